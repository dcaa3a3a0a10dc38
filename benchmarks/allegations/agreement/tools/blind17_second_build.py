"""Build ``blind17_second.jsonl`` from ``blind17_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind17_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Iryna Vereshchuk": [
        "Vereshchuk",
        "the Deputy Prime Minister",
        "Deputy Prime Minister Iryna Vereshchuk",
        "she",
        "we",
    ],
    "Special Representatives and Envoys for Afghanistan": [
        "the Special Representatives and Envoys",
        "the European Union, France, Germany, Italy, Norway, the United Kingdom and the"
        " United States",
        "they",
    ],
    "Benjamin Netanyahu": ["Netanyahu", "Prime Minister Netanyahu", "the prime minister", "we"],
    "U.S. Security Coordinator": ["USSC", "the USSC", "the U.S. Security Coordinator"],
    "Law Enforcement Coordination Group": ["LECG", "the LECG", "participants", "LECG members"],
    "Mahmoud Abbas": ["Abbas", "President Abbas", "Palestinian President", "we"],
    "Ahmed Awad bin Mubarak": [
        "Bin Mubarak",
        "Yemeni Foreign Minister",
        "Foreign Minister Bin Mubarak",
        "we",
    ],
    "Tim Lenderking": ["Lenderking", "Special Envoy Lenderking", "the Special Envoy", "he"],
    "The United States and Saudi Arabia": [
        "the United States",
        "Saudi Arabia",
        "the two sides",
        "they",
    ],
    "Troika, Canada, Switzerland and the European Union": [
        "the Troika",
        "Norway, the United Kingdom, and the United States of America",
        "the United States",
        "we",
    ],
    "Troika and the European Union": [
        "the Troika",
        "the members of the Troika",
        "the United States",
        "we",
    ],
    "Friends of Sudan": ["the Friends of Sudan", "the UNITAMS report", "we"],
    "Molly Phee": ["Phee", "Assistant Secretary for African Affairs Molly Phee", "she"],
    "Wendy R. Sherman and Stefano Sannino": [
        "Wendy Sherman",
        "Stefano Sannino",
        "the U.S. and the EU",
        "they",
    ],
    "Joseph R. Biden and Abdel Fattah Al Sisi": [
        "the two leaders",
        "President Biden",
        "President Al Sisi",
    ],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind17", sys.argv[1], ALIASES))
