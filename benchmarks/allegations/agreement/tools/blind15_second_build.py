"""Build ``blind15_second.jsonl`` from ``blind15_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind15_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Sergei Shoigu": ["Shoigu", "Defence Minister", "Minister of Defence", "we"],
    "Tatyana Moskalkova": [
        "Moskalkova",
        "Human Rights Commissioner",
        "High Commissioner for Human Rights",
        "I",
        "we",
    ],
    "The United States and Israel": [
        "the United States",
        "Israel",
        "the two countries",
        "the countries",
        "they",
    ],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind15", sys.argv[1], ALIASES))
