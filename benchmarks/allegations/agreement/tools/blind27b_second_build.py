"""Build ``blind27b_second.jsonl`` from ``blind27b_second_labels.txt``: the second annotation of
the four ``blind27`` allegations added by the ``blind27b`` session (Guinea's stadium killings and
rapes of 28 September 2009, Camara's responsibility for them, and Russia's breaches of the August
2008 cease-fire with Georgia), with one new text's claims on two existing ``blind27`` allegations
(Sri Lanka, 2009).  The label format and the issuing voice: ``second_build.py``; ``AUTO`` on a
Voice of America story is Voice of America, the story's own voice.  The claims' ``part`` is
``blind27`` (the gold part they annotate).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind27b_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import json
import sys

import second_build
from second_build import COMMON_ALIASES, HERE, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    # Guinea
    "United States": [*COMMON_ALIASES["United States"], "The United States"],
    "news reports": ["News reports", "reports"],
    "Ian Kelly": [
        "Kelly",
        "State Department Spokesman Ian Kelly",
        "A written statement by State Department Spokesman Ian Kelly",
        "the United States",
        "U.S. Department of State",
        "the State Department",
    ],
    "P.J. Crowley": [
        "Crowley",
        "Assistant Secretary of State for Public Affairs P.J. Crowley",
        "U.S. Department of State",
        "the Obama administration",
    ],
    "human rights groups": [
        "Human rights groups",
        "Human rights groups in Guinea",
        "Local human rights groups",
        "Rights groups",
        "They",
    ],
    "Guinea's military government": [
        "Guinea's military government",
        "The military government",
        "His government",
        "the junta",
        "Guinea",
    ],
    "Moussa Dadis Camara": [
        "Camara",
        "Captain Camara",
        "Captain Moussa Dadis Camara",
        "Captain Moussa Camara",
        "Dadis Camara",
        "Guinea's military leader",
        "he",
    ],
    "Guinean politicians": ["most politicians", "politicians", "Guinea's opposition"],
    "France": [
        "Former colonial power France",
        "France",
        "Paris",
        "Bernard Kouchner",
        "it",
    ],
    "Guinean Organization of Human Rights": [
        "the Guinean Organization of Human Rights",
        "Guinea's Human Rights Organization",
        "Tierno Madjou Sow",
    ],
    "rape survivor": ["a woman who spoke at the human rights headquarters", "She", "she"],
    "Mamadou Dian Balde": [
        "Balde",
        "Journalist Mamadou Dian Balde",
        "a journalist for the Independent newspaper",
        "He",
    ],
    "Human Rights Watch": ["Human Rights Watch", "HRW", "the group", "Corinne Dufka"],
    "Guinean government commission of inquiry": [
        "A commission of inquiry established by Guinea's military government",
        "commission of inquiry",
        "Guinea's military government",
        "Guinea",
    ],
    "Corinne Dufka": [
        "Dufka",
        "Corinne Dufka",
        "the group's West Africa office",
        "Human Rights Watch",
        "We",
    ],
    "human rights leaders in Guinea": [
        "Human rights leaders in Guinea",
        "human rights leaders",
        "Tierno Madjou Sow",
    ],
    "Tierno Madjou Sow": [
        "Sow",
        "Tierno Madjou Sow",
        "president of Guinea's Human Rights Organization",
        "He",
    ],
    "United Nations": [
        "the United Nations",
        "U.N.",
        "UN",
        "A U.N. inquiry",
        "U.N. inquiry",
        "the U.N. commission",
        "international commission of inquiry",
    ],
    # Georgia
    "Mikhail Saakashvili": [
        "Saakashvili",
        "President Mikhail Saakashvili",
        "Georgia's president",
        "Georgia",
        "He",
    ],
    "Georgian leaders": ["Georgian leaders", "Georgia", "Tbilisi"],
    "Georgia": ["Georgia", "Georgian reports", "Georgian leaders", "Tbilisi"],
    "Russian military officials": ["Russian military officials", "Russia", "Moscow"],
    "Vyacheslav Borisov": [
        "Borisov",
        "Russian Major-General Vyacheslav Borisov",
        "a deputy commander with the Russian airborne troops",
        "He",
        "Russian military officials",
    ],
    "Anatoly Nogovitsyn": [
        "Nogovitsyn",
        "General Anatoly Nogovitsyn",
        "A Ministry of Defense spokesman",
        "He",
        "Russia",
    ],
    # Sri Lanka
    "Sri Lankan military": ["The Sri Lankan military", "the military", "Sri Lanka"],
    "Udaya Nanayakkara": [
        "Nanayakkara",
        "Brigadier Udaya Nanayakkara",
        "A military spokesman",
        "The spokesman",
        "Sri Lankan military",
    ],
    "Liberation Tigers of Tamil Eelam": [
        "the rebels",
        "Tamil Tigers",
        "LTTE",
        "Tamil rebels",
        "Both sides",
    ],
    "Sri Lankan government": ["the government", "Sri Lanka", "Colombo", "Both sides"],
    "Mahinda Samarasinghe": [
        "Samarasinghe",
        "Sri Lanka's Disaster Management and Human Rights minister Mahinda Samarasinghe",
        "He",
        "Sri Lankan government",
    ],
    "diplomats and humanitarian officials": ["diplomats", "humanitarian officials"],
    "Barack Obama": [
        "Obama",
        "U.S. President Barack Obama",
        "President Obama",
        "He",
        "United States",
    ],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto


def main(sentences: str) -> int:
    """Build the file, then give its claims the gold part they annotate, ``blind27``."""
    build("blind27b", sentences, ALIASES)
    target = HERE.parent / "blind27b_second.jsonl"
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        row["part"] = "blind27"
    target.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
