"""Build ``blind28c_second.jsonl`` from ``blind28c_second_labels.txt`` (the second annotation of
the six allegations the ``blind28c`` session added to ``blind28``, on its nine Voice of America
texts; the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of
America story is Voice of America, the story's own voice, as in ``blind28b_second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind28c_second_build.py /tmp/sentences.jsonl

The sentence numbers are those of the corpus with ``corpus/voa6.jsonl`` as the ``blind28c``
session left it (27 records; 49,581 sentences in all).
"""

from __future__ import annotations

import sys

import second_build
from blind28_second_build import voice  # the part's own voices: VOA, Wikinews
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    # Georgia, Abkhazia and Russia, 2008: the drones and Russia's moves
    "Abkhazia's separatists": [
        "Separatists in Georgia's breakaway republic of Abkhazia",
        "separatists",
        "Abkhazia",
        "their forces",
    ],
    "Sergei Bagapsh": [
        "Bagapsh",
        "the leader of the self-proclaimed government of Abkhazia, Sergei Bagapsh",
        "Abkhazia",
    ],
    "Georgia": [
        "Georgia",
        "Tbilisi",
        "Georgian officials",
        "the Georgian government",
        "the former Soviet republic",
        "Georgian side",
    ],
    "Mikhail Saakashvili": [
        "Saakashvili",
        "Mr. Saakashvili",
        "Georgian President Mikhail Saakashvili",
        "Georgia",
        "He",
    ],
    "Irakli Alasania": [
        "Alasania",
        "Georgia's U.N. ambassador, Irakli Alasania",
        "Georgia",
        "we",
    ],
    "United States": [
        "the United States",
        "U.S.",
        "the U.S.",
        "Washington",
        "the Bush administration",
        "U.S. officials",
        "U.S. intelligence reports",
        "It",
    ],
    "United Nations Observer Mission in Georgia": [
        "UNOMIG",
        "The United Nations Observer Mission in Georgia",
        "the report",
        "U.N. observer mission report",
    ],
    "Russia": ["Russia", "The Russians", "Moscow", "the Russian Federation"],
    "Vitaly Churkin": ["Churkin", "Russian Ambassador Vitaly Churkin", "Russia", "he"],
    # Syria's reactor at al-Kibar, North Korea's help and the cover-up
    "The White House": [
        "White House",
        "A statement from the White House",
        "the White House statement",
        "the statement",
        "the United States",
        "We",
        "It",
    ],
    "Bashar Ja'afari": [
        "Ja'afari",
        "Syria's ambassador to the United Nations, Bashar Ja'afari",
        "Syria",
    ],
    "Syria": ["Syria", "Damascus", "Syria's government"],
    "Imad Moustapha": [
        "Moustapha",
        "Syria's ambassador to the U.S. Imad Moustapha",
        "Syria",
        "He",
    ],
    "Sean McCormack": [
        "McCormack",
        "State Department Spokesman Sean McCormack",
        "United States",
        "he",
    ],
    "International Atomic Energy Agency": [
        "IAEA",
        "the IAEA",
        "The United Nations' nuclear agency",
        "The United Nations nuclear watchdog agency",
        "A report by the International Atomic Energy Agency",
        "the report",
        "The board of the International Atomic Energy Agency",
        "It",
    ],
    "Israel": ["Israel"],
    "Yukiya Amano": [
        "Amano",
        "IAEA Director General Yukiya Amano",
        "International Atomic Energy Agency",
        "we",
    ],
    "Jay Carney": ["Carney", "White House spokesman Jay Carney", "He", "United States"],
}  # beside second_build.COMMON_ALIASES


second_build.voice = voice

if __name__ == "__main__":
    sys.exit(build("blind28c", sys.argv[1], ALIASES))
