"""Build ``blind34_second.jsonl`` from ``blind34_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
text is Voice of America, the text's own voice).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/zvoa13.jsonl`` (the part's 29 texts, the share
copy, byte-identical: ``zvoa13.jsonl`` sorts after every other corpus file, so no earlier file's
sentence number moves).  No label is outside the part's texts.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind34_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America", "Voice of America news"],
    # China's side
    "China": ["China", "Beijing", "Chinese authorities", "the Chinese government"],
    "Chinese authorities": ["Chinese authorities", "authorities", "China", "Beijing"],
    "Chinese government": [
        "The Chinese government",
        "the Chinese government",
        "the government",
        "China",
        "Beijing",
    ],
    "Chinese state media": ["Chinese state media", "state media", "Xinhua", "China"],
    "Beijing police": [
        "a Beijing police statement",
        "The statement",
        "the statement",
        "police",
        "Xinhua",
    ],
    "Chinese police": ["Police", "police", "China"],
    "a Chinese diplomat": ["One of its diplomats", "China", "Chinese government"],
    "Chinese Foreign Ministry": [
        "China's Foreign Ministry",
        "Chinese Foreign Ministry",
        "the Chinese Foreign Ministry's website",
        "China's foreign ministry",
        "the ministry",
        "It",
        "it",
        "China",
    ],
    "Jiang Yu": [
        "Jiang",
        "Foreign Ministry spokeswoman Jiang Yu",
        "The spokeswoman",
        "the spokeswoman",
        "She",
        "she",
        "her",
        "Chinese government",
    ],
    "Hong Lei": [
        "Hong",
        "Chinese Foreign Ministry spokesman Hong Lei",
        "Chinese Foreign Ministry spokesperson Hong Lei",
        "he",
        "Chinese government",
        "China",
    ],
    "Xinhua": ["Xinhua", "The official Xinhua news agency", "It", "it"],
    "Global Times": ["China's state-run Global Times newspaper", "Global Times", "it"],
    "a Chinese court": ["A Chinese court", "the court", "China"],
    "Chinese prosecutors": ["Prosecutors", "prosecutors"],
    "Beijing Chaoyang District court": [
        "the Beijing Chaoyang District court",
        "the Chaoyang court",
        "the court",
        "the ruling",
    ],
    "Chinese hospital officials": [
        "Officials of a hospital in China",
        "Hospital officials",
        "hospital officials",
        "They",
    ],
    # the critics
    "Liu Xia": ["Liu Xia", "Liu's wife", "Liu", "she", "She"],
    "Mo Shaoping": ["Mo Shaoping", "His lawyer", "he"],
    "30 members of the U.S. House of Representatives": [
        "a group of 30 members of the U.S. House of Representatives",
        "U.S. House of Representatives",
    ],
    "Thomas Stanghelle": ["Stanghelle", "The composer", "He", "he"],
    "U.S. Embassy in Beijing": ["The U.S. Embassy in Beijing", "U.S. Embassy", "United States"],
    "United States": ["The United States", "the United States", "U.S.", "Washington"],
    "Victoria Nuland": [
        "Nuland",
        "State Department spokeswoman Victoria Nuland",
        "she",
        "United States",
    ],
    "Amnesty International": ["Amnesty International", "Amnesty", "Rights group"],
    "Sophie Richardson": [
        "Richardson",
        "China director for Human Rights Watch Sophie Richardson",
        "Human Rights Watch",
    ],
    "Ai Weiwei's family and supporters": ["Family and supporters", "family", "supporters"],
    "Ai Weiwei's supporters": ["Ai's supporters", "supporters"],
    "Ai Weiwei": ["Ai", "Ai Weiwei", "he", "He", "I"],
    "Lu Qing": ["Lu", "His wife, Lu Qing", "She", "she"],
    "Sam Zarifi": ["Zarifi", "Sam Zarifi", "Amnesty International", "He", "he"],
    "diplomats and activists": ["diplomats and activists", "diplomats", "activists"],
    "Liu Xiaoyuan": ["Liu", "Liu Xiaoyuan", "a lawyer close to Ai's family", "He", "he"],
    "Jon Huntsman": [
        "U.S. Ambassador to China Jon Huntsman",
        "Huntsman",
        "the international community",
    ],
    "international community": ["The international community", "international outcry"],
    "Chen Guangcheng": [
        "Chen",
        "Chen Guangcheng",
        "the blind dissident",
        "He",
        "he",
        "I",
        "me",
    ],
    "activists": ["activists", "according to activists"],
    "a top U.S. official": ["a top U.S. official", "the official", "United States"],
    "Chris Smith": ["Smith", "Representative Chris Smith", "CHRIS SMITH", "He", "he"],
    "Bob Fu": ["Fu", "Bob Fu", "ChinaAid", "He", "he"],
    "Chen Kegui's relatives": ["relatives", "Chen Kegui's family", "family"],
    "134 Nobel laureates": [
        "The group of 134 Nobel laureates",
        "a group of prominent Nobel laureates",
        "The letter",
        "Nobel laureates",
    ],
    "John Kerry": [
        "Kerry",
        "Secretary of State John Kerry",
        "U.S. Secretary of State John Kerry",
        "Secretary Kerry",
        "He",
        "he",
        "We",
        "we",
        "United States",
        "Washington",
    ],
    "World Uyghur Congress": [
        "An exiled Uighur group",
        "World Uyghur Congress",
        "Dolkun Isa",
    ],
    "Dolkun Isa": ["Isa", "Dolkun Isa", "World Uyghur Congress", "He", "he"],
    "Marie Harf": [
        "Harf",
        "U.S. State Department spokeswoman Marie Harf",
        "We",
        "we",
        "United States",
    ],
    "rights groups": ["rights groups", "Rights groups"],
    "Ilham Tohti": ["Tohti", "Ilham", "The 44-year-old academic", "he"],
    "Li Fangping": ["Li", "His lawyer, Li Fangping", "I"],
    "Obama Administration": ["The Obama Administration", "United States", "White House"],
    "The White House": ["A White House statement", "The White House statement", "It", "it"],
    "Michael Clarke": ["Clarke", "Michael Clarke", "I"],
    "two foreign doctors": ["Two foreign doctors", "They", "they"],
    "a Hong Kong-based rights group": ["One rights group based in Hong Kong", "rights group"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind34", sys.argv[1], ALIASES))
