"""Build ``blind13_second.jsonl`` from ``blind13_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind13_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Ursula von der Leyen": ["von der Leyen", "President of the European Commission", "she"],
    "Joseph R. Biden and Ursula von der Leyen": [
        "President Biden",
        "President von der Leyen",
        "the United States",
        "the European Union",
        "we",
    ],
    "Jill Biden": ["First Lady Jill Biden", "the First Lady", "Dr. Biden", "I"],
    "The United States and the EU": ["the U.S.", "the United States", "the EU", "Wendy R. Sherman"],
    "International Working Group on Russian Sanctions": [
        "the expert group",
        "the Yermak-McFaul group",
        "the group",
        "Andriy Yermak",
        "Michael McFaul",
        "we",
    ],
    "Tatyana Moskalkova": ["Moskalkova", "Human Rights Commissioner", "I", "we"],
    "Oleg Ustenko": [
        "Ustenko",
        "the adviser to the President",
        "Economic Adviser to the President",
    ],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind13", sys.argv[1], ALIASES))
