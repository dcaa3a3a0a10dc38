"""Build ``blind39_second.jsonl`` from ``blind39_second_labels.txt`` (the second annotation;
the label format: ``second_build.py``; ``AUTO`` on a Voice of America story or editorial is Voice
of America and on the Global Voices post Global Voices, the text's own voice; on the State
Department texts it is ``second_build.auto``: "United States" for a sentence opening "The United
States", the U.S. Department of State otherwise, the records having no byline).  The sentence
numbers are those of ``sentences.py`` over ``corpus/`` with ``corpus/zx8voa18.jsonl`` (the part's
10 VOA texts), ``corpus/zx9globalvoices2.jsonl`` (its Global Voices post) and
``corpus/zy2state3.jsonl`` (its 6 State Department texts), the share copies, byte-identical: the
three files sort after every other corpus file, so no earlier file's sentence number moves.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind39_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Global Voices": ["Global Voices", "GV"],
    # the State Department's own voice (second_build.auto), 2014-2017: no Ned Price, no Blinken;
    # three of the six texts are the U.S. Mission to the OSCE's statements
    "U.S. Department of State": [
        "the Department of State",
        "State Department",
        "U.S. Mission to the OSCE",
        "the United States",
        "We",
        "we",
        "I",
    ],
    "United States": ["The United States", "the United States", "U.S.", "the U.S.", "We", "we"],
    "Marie Harf": ["Harf", "State Department spokeswoman Marie Harf", "the U.S.", "She", "she"],
    "Mark Toner": [
        "Toner",
        "U.S. State Department Deputy Spokesperson Mark Toner",
        "deputy spokesman Mark Toner",
        "The U.S. State Department",
        "The statement",
        "The U.S.",
    ],
    "Heather Nauert": [
        "Nauert",
        "State Department spokesperson Heather Nauert",
        "She",
        "she",
        "We",
        "we",
    ],
    "American officials": ["American officials", "They", "they"],
    # Radio Free Europe/Radio Liberty and its board
    "Jeff Shell": [
        "Shell",
        "Jeff Shell",
        "The chairman of the Broadcasting Board of Governors",
        "chairman of the U.S. Broadcasting Board of Governors",
        "the BBG",
        "He",
        "he",
    ],
    "Nenad Pejic": [
        "Pejic",
        "Nenad Pejic",
        "RFE/RL's editor in chief",
        "RFE chief editor Nenad Pejic",
        "RFE/RL Editor in Chief Nenad Pejic",
        "He",
        "he",
        "We",
        "we",
    ],
    "Radio Free Europe/Radio Liberty": [
        "RFE/RL",
        "Radio Free Europe/Radio Liberty",
        "The news agency",
    ],
    # Azerbaijan's side
    "Azerbaijani prosecutors": [
        "prosecutors",
        "The officials",
        "the officials",
        "The prosecutor's office",
        "the state prosecutor's office",
        "Government lawyers",
    ],
    "Azerbaijani court": [
        "an Azerbaijani court",
        "A court in the capital, Baku",
        "the court",
        "Azerbaijan",
        "Baku court",
    ],
    # the accused journalists and activists, and their side
    "Khadija Ismayilova": ["Ismayilova", "Ms. Ismayilova", "Khadija Ismayilova", "She", "she", "I"],
    "Rasul Jafarov": ["Jafarov", "Rasul Jafarov"],
    "Jafarov's lawyer": ["His lawyer", "his lawyer"],
    "Afgan Mukhtarli": ["Mukhtarli", "Mr. Mukhtarli", "he"],
    "Mukhtarli's colleagues": ["His colleagues", "his colleagues"],
    "Mehman Huseynov": ["Huseynov", "Mehman Huseynov", "he"],
    "Elchin Sadigov": ["Sadigov", "his lawyer Elchin Sadigov"],
    # international bodies and rights groups
    "OSCE": [
        "The Organization for Security and Cooperation in Europe",
        "OSCE",
        "OSCE Representative on Freedom of the Media Dunja Mijatović",
        "Mijatović",
    ],
    "Dunja Mijatović": [
        "Mijatović",
        "OSCE Representative on Freedom of the Media Dunja Mijatović",
        "OSCE",
        "The Organization for Security and Cooperation in Europe",
    ],
    "European Court of Human Rights": [
        "the European Court of Human Rights",
        "The court",
        "the court",
        "the Strasbourg-based court",
        "ECHR",
    ],
    "Human rights groups": [
        "Human rights groups",
        "human rights groups",
        "international human rights groups",
    ],
    "Rights groups and foreign governments": [
        "rights groups and foreign governments",
        "rights groups",
        "foreign governments",
    ],
    "Rights groups and Azerbaijan observers": ["Rights groups", "Azerbaijan observers"],
    "Human rights organizations": ["human rights organizations"],
    "Local and international human rights defenders": ["human rights defenders"],
    "Human Rights Watch": ["Human Rights Watch", "HRW"],
    "Human Rights House": ["Human Rights Houses", "The Geneva based rights organization", "they"],
    "Reporters Without Borders": ["Reporters Without Borders", "The rights organization", "RSF"],
    "Amnesty International": ["Amnesty International"],
}  # beside second_build.COMMON_ALIASES (the entries above override its State Department ones)


def voa_globalvoices_auto(row: dict) -> str:
    """The text's own voice on the Global Voices post too (``second_build.voa_auto`` knows VOA,
    and gives ``second_build.auto`` on the State Department texts)."""
    if row["outlet"] == "Global Voices":
        return "Global Voices"
    return second_build.voa_auto(row)


second_build.voice = voa_globalvoices_auto

if __name__ == "__main__":
    sys.exit(build("blind39", sys.argv[1], ALIASES))
