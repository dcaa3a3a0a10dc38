"""Build ``blind21_second.jsonl`` from ``blind21_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind21_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import COMMON_ALIASES, build

ALIASES = {
    "Antony J. Blinken": [*COMMON_ALIASES["Antony J. Blinken"], "@SecBlinken", "he"],
    "U.S. Department of State": [*COMMON_ALIASES["U.S. Department of State"], "@StateDept"],
    "United States": [
        "the United States",
        "United States",
        "U.S.",
        "the U.S.",
        "US",
        "the US",
        "Hillary Clinton",
        "#SecClinton",
        "Victoria Nuland",
        "Spokesperson Nuland",
        "Barack Obama",
        "President Obama",
        "State Department Spokesperson",
        "@StateDeptSpox",
        "@statedeptspox",
        "White House Press Secretary",
        "@PressSec",
        "U.S. Department of State",
        "@StateDept",
        "we",
    ],
    "Hillary Clinton": [
        "Clinton",
        "#SecClinton",
        "Secretary Clinton",
        "Secretary of State Hillary Clinton",
        "the Secretary",
        "U.S.",
        "I",
        "we",
    ],
    "Victoria Nuland": [
        "Nuland",
        "Spokesperson Nuland",
        "Spokesperson Victoria Nuland",
        "Spokesperson Toria Nuland",
        "Toria Nuland",
        "U.S. Department of State",
        "we",
    ],
    "Robert Ford": ["Ford", "Ambassador Ford", "Ambassador Robert Ford", "@USEmbassySyria", "we"],
    "Patrick Ventrell": [
        "Ventrell",
        "Acting Deputy Spokesperson Ventrell",
        "U.S. Department of State",
        "the U.S.",
        "we",
    ],
    "U.S. Mission to the UN": [
        "@USUN",
        "USUN",
        "Ambassador Rice",
        "@AmbassadorRice",
        "Susan Rice",
        "we",
    ],
    "NATO": ["#NATO", "@USAmbNATO", "the Alliance"],
    "Nikki Haley": ["Haley", "Ambassador Haley", "@USUN Ambassador Nikki Haley", "@USUN", "we"],
    "Rex Tillerson": [
        "Tillerson",
        "Secretary Tillerson",
        "Secretary of State Rex Tillerson",
        "Sec. Tillerson",
        "the Secretary",
        "we",
    ],
    "Sigmar Gabriel": ["Gabriel", "@sigmargabriel", "Germany's FM"],
    "State Department Spokesperson": [
        "@StateDeptSpox",
        "@statedeptspox",
        "the Spokesperson",
        "Department Spokesperson",
        "Heather Nauert",
        "U.S. Department of State",
        "we",
    ],
    "White House Press Secretary": ["@PressSec", "the Press Secretary", "The White House", "we"],
    "John Kerry": ["Kerry", "@JohnKerry", "Secretary Kerry", "Secretary of State John Kerry", "we"],
    "Joe Biden (Vice President)": [
        "Biden",
        "@VP",
        "Vice President Biden",
        "the Vice President",
        "VP Biden",
    ],
    "Carmen Lomellin": ["Lomellin", "Ambassador Lomellin", "we"],
    "U.S. Department of the Treasury": ["@USTreasury", "Treasury", "the Treasury"],
    "Syrian and Russian regimes": [
        "The Syrian and Russian regimes",
        "the Syrian regime",
        "the Russian regime",
        "they",
    ],
    "Polish government": ["the Polish government", "Poland", "they"],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind21", sys.argv[1], ALIASES))
