"""Build ``blind20_second.jsonl`` from ``blind20_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind20_second_build.py /tmp/sentences.jsonl

``AUTO`` on a @StateDept post is the U.S. Department of State (the account's own voice); a post
that quotes a named speaker (".@SecPompeo: ...", "#SecClinton: ...", "President @realDonaldTrump:
...") names that speaker in its label line instead.
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Hillary Rodham Clinton": [
        "Clinton",
        "#SecClinton",
        "Secretary Clinton",
        "the Secretary",
        "I",
        "we",
    ],
    "Barack Obama": ["Obama", "President Obama", "@POTUS", "the President", "I", "we"],
    "Michael R. Pompeo": [
        "Pompeo",
        "@SecPompeo",
        "Secretary Pompeo",
        "Mike Pompeo",
        "the Secretary",
        "I",
        "we",
    ],
    "Donald J. Trump": [
        "Trump",
        "@realDonaldTrump",
        "President Trump",
        "@POTUS",
        "the President",
        "I",
        "we",
    ],
    "Brian Hook": [
        "Hook",
        "Special Representative Brian Hook",
        "Special Representative for Iran",
        "Special Rep for Iran",
        "we",
    ],
    "Morgan Ortagus": ["Ortagus", "@StateDeptSPOX", "the Spokesperson", "we", "us"],
    "John Kirby": ["Kirby", "@statedeptspox", "the Spokesperson", "US", "U.S."],
    "Tom Malinowski": [
        "Malinowski",
        "Tom @Malinowski",
        "Assistant Secretary of @State_DRL",
        "Assistant Secretary",
    ],
    "Christopher Wray": ["Wray", "@FBI Director Christopher Wray", "FBI Director", "the FBI"],
    "Keith Krach": ["Krach", "@State_E Krach", "Under Secretary Krach"],
    "Rashad Hussain": [
        "Hussain",
        "Ambassador Hussain",
        "Ambassador at Large for International Religious Freedom",
        "the report",
        "I",
    ],
    "United States": [
        "the United States",
        "U.S.",
        "the U.S.",
        "US",
        "The U.S. Government",
        "@StateDept",
        "we",
    ],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind20", sys.argv[1], ALIASES))
