"""Build ``blind18_second.jsonl`` from ``blind18_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind18_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Troika": [
        "The Troika",
        "Troika (United States, United Kingdom, and Norway)",
        "the United States",
        "we",
    ],
    "Uzra Zeya": [
        "Zeya",
        "Under Secretary Zeya",
        "the Under Secretary",
        "Under Secretary of State for Civilian Security, Democracy, and Human Rights",
        "she",
    ],
    "Kyriakos Mitsotakis": ["Mitsotakis", "Prime Minister of Greece", "I"],
    "Abdalla Hamdok": ["Hamdok", "PM Hamdok", "Sudanese Prime Minister", "the Prime Minister"],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind18", sys.argv[1], ALIASES))
