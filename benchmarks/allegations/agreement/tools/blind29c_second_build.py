"""Build ``blind29c_second.jsonl`` from ``blind29c_second_labels.txt`` (the second annotation of
the six allegations the ``blind29c`` session added to ``blind29``, on its eleven Voice of America
texts; the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of
America story is Voice of America, the story's own voice).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind29c_second_build.py /tmp/sentences.jsonl

The sentence numbers are those of the corpus with ``corpus/voa7.jsonl`` as the ``blind29c``
session left it (21 records, byte-identical to the lead's ``/work/wt/share/voa7c.jsonl``).
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "shortwave radio monitors": [
        "Short wave radio monitors",
        "International shortwave radio monitors",
        "the reports from listeners and monitors",
        "Monitors",
        "monitors",
    ],
    "Ethiopian government": [
        "Ethiopia's government",
        "Ethiopian government",
        "The Ethiopian government",
        "the government",
        "Ethiopia",
        "it",
    ],
    "BBC Monitoring": [
        "A report by the BBC monitoring service",
        "the authoritative BBC monitoring service",
        "BBC monitoring service",
        "BBC",
    ],
    "Zemedkun Tekle": [
        "Ethiopia's Information Ministry spokesman Zemedkun Tekle",
        "Zemedkun Tekle",
        "he",
        "I",
        "we",
    ],
    "Deutsche Welle": [
        "the German government's Deutsche Welle Amharic language program",
        "Deutsche Welle",
    ],
    "Shimelis Kemal": [
        "Ethiopian Communications Office spokesman Shimelis Kemal",
        "Shimelis Kemal",
        "he",
    ],
    "Ethiopian officials": ["Ethiopian officials", "Ethiopia", "Ethiopian government"],
    "U.S. Department of State": [
        "The U.S. State Department",
        "State Department",
        "Gordon Duguid",
        "United States",
    ],
    "Gordon Duguid": [
        "State Department Spokesman Gordon Duguid",
        "Duguid",
        "The State Department spokesman",
        "U.S. Department of State",
    ],
    "Meles Zenawi": [
        "Prime Minister Meles Zenawi",
        "The prime minister",
        "Mr. Meles",
        "Ethiopia's prime minister",
        "Ethiopian government",
    ],
    "Danforth Austin": [
        "Voice of America Director Danforth Austin",
        "Austin",
        "He",
        "His statement",
        "the VOA",
        "Voice of America",
    ],
    "Human Rights Watch": [
        "Human Rights Watch",
        "New York-based Human Rights Watch",
        "An international watchdog",
        "An international human rights group",
        "A U.S.-based human rights group",
        "The report",
        "The Human Rights Watch report",
        "The 105-page document",
    ],
    "Ben Rawlence": [
        "Human Rights Watch researcher Ben Rawlence",
        "Rawlence",
        "Human Rights Watch",
    ],
    "Ethiopian foreign ministry": [
        "Statements posted on the foreign ministry website",
        "One statement",
        "The government",
        "Ethiopian government",
    ],
    "Development Assistance Group": [
        "A consortium of 25 aid donors, known as the Development Assistance Group",
        "The DAG",
        "DAG",
    ],
    "Shiferaw Teklemariam": [
        "Ethiopia's Minister of Federal Affairs Shiferaw Teklemariam",
        "Shiferaw Teklemariam",
        "He",
        "Ethiopian government",
    ],
    "Leslie Lefkow": [
        "Leslie Lefkow, the deputy director for Human Rights Watch's Africa Division",
        "Leslie Lefkow",
        "Human Rights Watch",
    ],
    "U.N. Security Council": ["The U.N. Security Council", "The U.N.", "United Nations"],
    "Djibouti": ["Djibouti", "Djiboutian officials", "Mohamed Siad Doualeh"],
    "Mohamed Siad Doualeh": [
        "Djibouti's Ambassador to the U.S. and Permanent Representative to the United Nations,"
        " Mohamed Siad Doualeh",
        "Ambassador Doualeh",
        "Doualeh",
        "He",
        "he",
        "Djibouti",
    ],
    "Araya Desta": [
        "Eritrea's ambassador to the African Union, Araya Desta",
        "Araya Desta",
        "his government",
        "we",
        "Eritrea",
    ],
}  # beside second_build.COMMON_ALIASES ("U.S. Department of State" overridden here)

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind29c", sys.argv[1], ALIASES))
