"""Build ``blind14_second.jsonl`` from ``blind14_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind14_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Karine Jean-Pierre": [
        "Jean-Pierre",
        "White House Press Secretary Karine Jean-Pierre",
        "the Press Secretary",
        "The White House",
        "we",
    ],
    "Emily Horne": [
        "Horne",
        "NSC Spokesperson Emily Horne",
        "The White House",
        "the United States",
        "we",
    ],
    "The United States and Israel": ["the United States", "Israel", "the countries"],
    "The United States and the EU": [
        "the U.S.",
        "the United States",
        "the EU",
        "Wendy R. Sherman",
        "Stefano Sannino",
        "they",
    ],
    "Olaf Scholz": ["Scholz", "Federal Chancellor", "the Chancellor", "I"],
    "RT correspondent": ["RT", "a journalist", "I"],
    "ILO Committee of Experts": [
        "This report",
        "the report",
        "International Labor Organization",
        "ILO",
    ],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind14", sys.argv[1], ALIASES))
