"""Build ``blind37_second.jsonl`` from ``blind37_second_labels.txt`` (the second annotation;
the label format: ``second_build.py``; ``AUTO`` on a Voice of America story is Voice of America,
the story's own voice; the two State Department texts are Assistant Secretary Blake's own words,
so ``AUTO`` there is Robert O. Blake, Jr., though their labels write him out).  The sentence
numbers are those of ``sentences.py`` over ``corpus/`` with ``corpus/zx1voa16.jsonl`` (the part's
8 VOA texts) and ``corpus/zx3state1.jsonl`` (its 2 State Department texts), the share copies,
byte-identical: the two files sort after every other corpus file, so no earlier file's sentence
number moves.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind37_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    # Maldives
    "Mohamed Nasheed": [
        "Nasheed",
        "Mr. Nasheed",
        "Mohamed Nasheed",
        "Former President Mohamed Nasheed",
        "Former Maldives President Mohamed Nasheed",
        "The Maldives' former president",
        "the former president",
        "He",
        "he",
        "we",
    ],
    "Maldivian Democratic Party": [
        "Nasheed's Maldivian Democratic Party",
        "Maldivian Democratic Party",
        "MDP",
    ],
    "Mohamed Waheed Hassan": [
        "Waheed",
        "Hassan",
        "President Hassan",
        "Mohammed Waheed Hassan",
        "Mohamed Waheed",
        "he",
    ],
    "Victoria Nuland": [
        "Nuland",
        "State Department spokeswoman Victoria Nuland",
        "State Department",
        "the United States",
    ],
    "Commission of National Inquiry": [
        "the Maldives' Commission of National Inquiry",
        "An internationally-backed commission",
        "The commission",
        "the commission",
        "a report",
    ],
    "The Commonwealth and the United States": ["the Commonwealth", "the United States"],
    "Robert O. Blake, Jr.": [
        "Blake",
        "Assistant Secretary Blake",
        "Assistant Secretary Robert O. Blake, Jr.",
        "the United States",
        "the U.S.",
        "I",
        "we",
    ],
    # Zambia
    "United Party for National Development": [
        "UPND",
        "the party",
        "Zambia's main opposition party",
        "United Party for National Development",
    ],
    "Hakainde Hichilema": [
        "Hichilema",
        "Hakainde Hichilema",
        "Zambia's outspoken opposition leader",
        "the opposition leader",
        "both contenders",
        "He",
        "he",
        "We",
    ],
    "Edgar Lungu": ["Lungu", "President Edgar Lungu", "both contenders"],
    "Charles Kakoma": [
        "Kakoma",
        "Opposition spokesman Charles Kakoma",
        "a party spokesman",
        "He",
        "he",
    ],
    "Patriotic Front senior officials": [
        "senior people in the ruling party, the Patriotic Front",
        "the Patriotic Front",
        "the ruling party",
        "they",
    ],
    "Zambia Police": ["police", "Zambian police"],
    "Kakoma Kanganja": ["Kanganja", "police chief Kakoma Kanganja", "police", "We", "we"],
}  # beside second_build.COMMON_ALIASES


def voa_blake_auto(row: dict) -> str:
    """The story's own voice on the VOA texts, Assistant Secretary Blake on the two State
    Department transcripts (their records have no byline, which ``second_build.auto`` reads)."""
    if row["outlet"] == "U.S. Department of State":
        return "Robert O. Blake, Jr."
    return second_build.voa_auto(row)


second_build.voice = voa_blake_auto

if __name__ == "__main__":
    sys.exit(build("blind37", sys.argv[1], ALIASES))
