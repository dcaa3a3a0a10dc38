"""Build ``blind38_second.jsonl`` from ``blind38_second_labels.txt`` (the second annotation;
the label format: ``second_build.py``; ``AUTO`` on a Voice of America story is Voice of America
and on a Global Voices post Global Voices, the text's own voice; on the State Department texts it
is ``second_build.auto``: "United States" for a sentence opening "The United States", the U.S.
Department of State otherwise, the records having no byline).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/zx4voa17.jsonl`` (the part's 5 VOA texts),
``corpus/zx6globalvoices1.jsonl`` (its 7 Global Voices posts) and ``corpus/zx7state2.jsonl`` (its
7 State Department texts), the share copies, byte-identical: the three files sort after every other
corpus file, so no earlier file's sentence number moves.  The labels' last section holds claims
from outside the part's texts (``corpus/voa7.jsonl``; ``AUTO`` there is Voice of America).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind38_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Global Voices": ["Global Voices", "The Global Voices community", "GV", "we", "our"],
    # the State Department's own voice (second_build.auto), 2014-2016: no Ned Price, no Blinken
    "U.S. Department of State": [
        "the Department of State",
        "State Department",
        "the United States",
        "We",
        "we",
    ],
    "United States": ["The United States", "the United States", "U.S.", "the U.S.", "We", "we"],
    "John Kerry": ["Kerry", "Secretary Kerry", "Secretary Kerry's May 1 call"],
    "John Kirby": ["Kirby", "MR KIRBY", "Mr. Kirby", "State Department", "we", "We", "I"],
    "Linda Thomas-Greenfield": [
        "Thomas-Greenfield",
        "Assistant Secretary Thomas-Greenfield",
        "Assistant Secretary of State for African Affairs Linda Thomas-Greenfield",
        "The United States",
        "We",
        "we",
    ],
    # Ethiopia's side
    "Ethiopian prosecutors": [
        "prosecutors",
        "Prosecutors",
        "the prosecution",
        "the prosecutor",
        "the Ethiopian government prosecutor",
        "the government",
    ],
    "Ethiopian authorities": [
        "Authorities",
        "authorities",
        "Ethiopian authorities",
        "Ethiopia",
        "they",
    ],
    "Ethiopia's government": [
        "Ethiopia's government",
        "the government",
        "Ethiopian government",
        "Ethiopia's government spokesman",
    ],
    "Ethiopian Federal High Court": ["the Ethiopian Federal High Court", "Federal High Court"],
    "Ethiopian court": [
        "the court",
        "The court",
        "an Addis Ababa court",
        "Ethiopian court",
        "court",
    ],
    "Ethiopian officials": ["Ethiopian officials"],
    # the bloggers' side
    "Zone 9 blogging collective": [
        "Zone 9",
        "Zone Nine",
        "the Zone Nine group",
        "our group",
        "We",
        "we",
    ],
    "Zone 9's allies": ["Allies"],
    "Zone 9's supporters": ["Supporters around the world", "Supporters", "supporters"],
    "Ameha Mekonnen": [
        "Ameha",
        "Mekonnen",
        "Ameha Mekonnen",
        "The bloggers' lawyer",
        "The bloggers' attorney",
        "Zone 9 lawyer Ameha Mekonnen",
        "the lawyer",
        "he",
        "I",
    ],
    "Yoseph Mulugeta": ["Yoseph", "Mulugeta", "a former Human Rights Watch representative"],
    "Nwachukwu Egbunike": ["Egbunike", "Nigerian writer and GV community leader", "he"],
    "Befekadu Hailu": ["Befekadu", "Blogger Befekadu Hailu", "Befekadu Hailu"],
    # rights groups and the Oromo side
    "Committee to Protect Journalists": [
        "the Committee to Protect Journalists",
        "The Committee to Protect Journalists",
        "CPJ",
        "The organization",
    ],
    "Tom Rhodes": [
        "Rhodes",
        "Tom Rhodes",
        "The Committee to Protect Journalists' East Africa Representative",
        "the organization",
        "Committee to Protect Journalists",
        "I",
    ],
    "International human rights organizations": ["International human rights organizations"],
    "Oromo Federalist Congress": ["OFC", "The Oromo Federalist Congress", "an opposition party"],
    "Ethiopian American groups": ["several Ethiopian American groups", "They", "they"],
    # outside the part's texts (corpus/voa7.jsonl, 2012)
    "Molla Zegeye": ["Zegeye", "Molla Zegeye", "Reeyot's attorney", "he", "I"],
    "Victoria Nuland": [
        "Nuland",
        "State Department Victoria Nuland",
        "State Department",
        "the United States",
    ],
    "Critics": ["critics"],
    "Amnesty International": [
        "Amnesty International",
        "Rights group Amnesty International",
        "The group",
        "the group",
    ],
    "Rights groups": ["Rights groups", "rights groups"],
}  # beside second_build.COMMON_ALIASES (the entries above override its State Department ones)


def voa_globalvoices_auto(row: dict) -> str:
    """The text's own voice on Global Voices posts too (``second_build.voa_auto`` knows VOA, and
    gives ``second_build.auto`` on the State Department texts)."""
    if row["outlet"] == "Global Voices":
        return "Global Voices"
    return second_build.voa_auto(row)


second_build.voice = voa_globalvoices_auto

if __name__ == "__main__":
    sys.exit(build("blind38", sys.argv[1], ALIASES))
