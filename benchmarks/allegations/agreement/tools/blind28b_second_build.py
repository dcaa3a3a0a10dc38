"""Build ``blind28b_second.jsonl`` from ``blind28b_second_labels.txt`` (the second annotation of
the three texts the first ``blind28`` session added; the label format and the issuing voice:
``second_build.py``; ``AUTO`` on a Voice of America story is Voice of America and on a Wikinews
story Wikinews, the story's own voice, as in ``blind28_second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind28b_second_build.py /tmp/sentences.jsonl

The sentence numbers are those of the corpus with the three records in place (49,476 sentences).
"""

from __future__ import annotations

import sys

import second_build
from blind28_second_build import voice  # the part's own voices: VOA, Wikinews
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Wikinews": ["Wikinews"],
    # The ICC prosecutor's charges against al-Bashir, July 2008
    "Luis Moreno-Ocampo": [
        "Moreno-Ocampo",
        "Luis Moreno-Ocampo",
        "The International Criminal Court's, ICC, prosecutor",
        "ICC prosecutor",
        "ICC prosecutors",
        "International Criminal Court",
    ],
    "Sudan": ["Khartoum", "Sudan", "Sudan's Foreign Ministry spokesman", "Sudanese officials"],
    # Khodorkovsky's sentence, 30 December 2010
    "Western governments": ["Western governments", "United States", "European Union", "some"],
    "Mark Toner": [
        "Toner",
        "U.S. State Department spokesman Mark Toner",
        "U.S. State Department",
        "United States",
        "U.S. officials",
    ],
    "Yury Shmidt": [
        "Shmidt",
        "Defense lawyer Yury Shmidt",
        "Defense lawyers",
        "he",
        "Khodorkovsky and his supporters",
    ],
    "Marina Khodorkovskaya": [
        "Khodorkovsky's mother",
        "Marina",
        "Khodorkovsky and his supporters",
    ],
    "Angela Merkel": ["Merkel", "German Chancellor Angela Merkel", "Germany"],
    "Judge Viktor Danilkin": ["Danilkin", "Judge Viktor Danilkin", "a Moscow court", "Russia"],
    "Vladimir Putin": [
        *COMMON_ALIASES["Vladimir Putin"],
        "Mr. Putin",
        "Russian Prime Minister Vladimir Putin",
        "Russia",
    ],
}  # beside second_build.COMMON_ALIASES


second_build.voice = voice

if __name__ == "__main__":
    sys.exit(build("blind28b", sys.argv[1], ALIASES))
