"""Build ``blind36_second.jsonl`` from ``blind36_second_labels.txt`` (the second annotation;
the label format: ``second_build.py``; ``AUTO`` on a Voice of America story is Voice of America
and on a Wikinews story Wikinews, the story's own voice).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/zvoa15.jsonl`` (the part's 19 VOA texts) and
``corpus/zwikinews6.jsonl`` (its 6 Wikinews texts), the share copies, byte-identical: the two
files sort after every other corpus file, so no earlier file's sentence number moves.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind36_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Wikinews": ["Wikinews", "a report"],
    # East Timor
    "Jose Ramos-Horta": [
        "Ramos Horta",
        "Ramos-Horta",
        "East Timorese Foreign Minister Jose Ramos Horta",
        "he",
    ],
    "East Timor's dismissed soldiers": [
        "The dismissed soldiers",
        "soldiers who were dismissed in March",
        "600 soldiers",
        "nearly half the military",
        "They",
        "they",
    ],
    "many East Timorese": ["many East Timorese", "Many East Timorese"],
    "Xanana Gusmao": ["Gusmao", "Mr. Gusmao", "President Xanana Gusmao", "he"],
    "Mari Alkatiri": [
        "Alkatiri",
        "Mr. Alkatiri",
        "Mari Alkitiri",
        "Fretilin's leader",
        "former prime minister Mari Alkatiri",
        "He",
        "he",
    ],
    "East Timor's prosecutors": ["prosecutors", "the prosecutor-general's office"],
    "East Timor army spokesman": ["an army spokesman", "army spokesman"],
    "reports from Dili": ["Reports from Dili", "reports"],
    "East Timor television": ["East Timor television"],
    "Stephen Smith": [
        "Smith",
        "Australian foreign minister Stephen Smith",
        "the Australian government",
        "I",
        "we",
    ],
    # Fiji
    "international community": [
        "The international community",
        "widespread international condemnation",
    ],
    "Don McKinnon": [
        "McKinnon",
        "British Commonwealth Secretary-General Don McKinnon",
        "Commonwealth",
    ],
    "British Foreign Office": ["Britain's Foreign Office", "Foreign Office", "Britain", "It"],
    "Helen Clark": ["Clark", "New Zealand Prime Minister Helen Clark", "New Zealand"],
    "Alexander Downer": [
        "Downer",
        "Australian Foreign Minister Alexander Downer",
        "Canberra",
    ],
    "John Howard": ["Howard", "Mr. Howard", "Australian Prime Minister John Howard"],
    "Fiji Court of Appeal": [
        "the Fiji Court of Appeal",
        "The court",
        "Court of Appeal",
        "the three Court of Appeal judges",
        "judges",
    ],
    "Frank Bainimarama": [
        "Bainimarama",
        "Commodore Bainimarama",
        "Commodore Frank Bainimarama",
        "Voreqe Bainimarama",
        "Fiji's interim prime minister",
        "the military leader",
        "He",
        "he",
    ],
    "Australia and New Zealand": [
        "Fiji's South Pacific neighbors",
        "Australia",
        "New Zealand",
    ],
    "Paul Reeves": [
        "Reeves",
        "Paul Reeves",
        "A senior Commonwealth envoy",
        "The Commonwealth's special representative",
        "he",
    ],
    "Kevin Rudd": [
        "Rudd",
        "Prime Minister Kevin Rudd",
        "Australian Prime Minister Kevin Rudd",
        "He",
        "we",
    ],
    "Barbara Dreaver": ["Dreaver", "Barbara Dreaver", "she", "I"],
    "Anthony Flannery": [
        "Flannery",
        "TVNZ head of news and current affairs Anthony Flannery",
        "TVNZ",
        "he",
    ],
    "Aiyaz Sayed-Khaiyum": [
        "Sayed-Khaiyum",
        "Fiji's interim Attorney-General Aiyaz Sayed-Khaiyum",
        "Fiji",
    ],
    "Fiji's interim government": [
        "The Fijian government",
        "Fiji's military regime",
        "the interim regime",
        "Fiji",
    ],
    "New Zealand government": ["The New Zealand government", "New Zealand"],
    "Murray McCully": ["McCully", "New Zealand Foreign Minister Murray McCully", "New Zealand"],
    "Ratu Josefa Iloilo": [
        "Iloilo",
        "President Iloilo",
        "President Ratu Josefa Iloilo",
        "Fijian President Ratu Josefa Iloilo",
        "He",
        "he",
    ],
    "Peceli Kinivuwai": [
        "Kinivuwai",
        "Soqosoqo Duavata ni Lewenivanua Party director Peceli Kinivuwai",
        "SDL",
    ],
    "Fiji Television": ["Fiji Television"],
    "Kamalesh Sharma": ["Sharma", "Secretary-General Kamalesh Sharma", "Commonwealth of Nations"],
    "Eduardo del Buey": ["del Buey", "Commonwealth spokesman Eduardo del Buey", "Commonwealth"],
}  # beside second_build.COMMON_ALIASES


def voa_wikinews_auto(row: dict) -> str:
    """The story's own voice on Wikinews texts too (``second_build.voa_auto`` knows VOA only)."""
    if row["outlet"] == "Wikinews":
        return "Wikinews"
    return second_build.voa_auto(row)


second_build.voice = voa_wikinews_auto

if __name__ == "__main__":
    sys.exit(build("blind36", sys.argv[1], ALIASES))
