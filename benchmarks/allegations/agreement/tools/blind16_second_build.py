"""Build ``blind16_second.jsonl`` from ``blind16_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind16_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Nikol Pashinyan": ["Pashinyan", "Prime Minister of Armenia", "I"],
    "Rashad Hussain": [
        "Hussain",
        "Ambassador Hussain",
        "Ambassador at Large for International Religious Freedom",
        "we",
    ],
    "Rewards for Justice": ["RFJ", "the U.S. Department of State", "the Department of State"],
    "Luigi Di Maio": ["Di Maio", "Italian Minister of Foreign Affairs", "I", "we"],
    "Ministers of the Global Coalition to Defeat Daesh/ISIS": [
        "the Ministers",
        "the Coalition",
        "Global Coalition to Defeat Daesh/ISIS",
        "they",
        "we",
    ],
    "Global Coalition to Defeat Daesh/ISIS": ["the Coalition", "we"],
    "Joint statement of the EU High Representative and nine Foreign Ministers": [
        "High Representative on behalf of the European Union",
        "Foreign Ministers of Australia, Canada, Japan, New Zealand, Norway, Republic of Korea,"
        " the United Kingdom and the United States",
        "we",
    ],
    "Joint Statement on Cuba signatories": [
        "the Foreign Ministers",
        "the Governments of Austria, Brazil, Colombia, ... and the United States",
        "we",
    ],
    "OAS Permanent Council resolution": [
        "the resolution",
        "Organization of American States",
        "OAS",
        "OAS member states",
    ],
    "Special Representatives and Envoys for Afghanistan": [
        "The Special Representatives and Special Envoys of the United States of America,"
        " the European Union, France, Germany, Italy, NATO, Norway, and the United Kingdom",
        "we",
    ],
    "Antony J. Blinken and Ashraf Ghani": ["Both leaders", "Secretary Blinken", "President Ghani"],
    "Antony J. Blinken and Abdullah Abdullah": [
        "Both leaders",
        "Secretary Blinken",
        "Chairman Abdullah",
    ],
    "Joseph R. Biden and Ashraf Ghani": ["President Biden", "President Ghani"],
    "Derek Chollet": ["Chollet", "the Counselor", "they"],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind16", sys.argv[1], ALIASES))
