"""Build ``blind19_second.jsonl`` from ``blind19_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind19_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import COMMON_ALIASES, build

ALIASES = {
    "Antony J. Blinken": [*COMMON_ALIASES["Antony J. Blinken"], "@SecBlinken", "he"],
    "Joseph R. Biden": [*COMMON_ALIASES["Joseph R. Biden"], "@POTUS"],
    "U.S. Department of State": [*COMMON_ALIASES["U.S. Department of State"], "@StateDept"],
    "State Department Spokesperson": [
        "@StateDeptSpox",
        "the Spokesperson",
        "Department Spokesperson",
        "U.S. Department of State",
        "we",
    ],
    "State Department Deputy Spokesperson": [
        "@StateDeputySpox",
        "the Deputy Spokesperson",
        "U.S. Department of State",
        "we",
    ],
    "John Kerry": ["Kerry", "@JohnKerry", "Secretary Kerry", "Secretary of State John Kerry", "we"],
    "Michelle Obama": ["@FLOTUS", "the First Lady", "FLOTUS", "I", "we"],
    "Jeff Rathke": ["Rathke", "Acting Deputy Spokesperson Rathke", "Spokesperson Rathke", "we"],
    "John Kirby": ["Kirby", "@statedeptspox", "Spokesperson John Kirby", "@StateDeptSpox Kirby"],
    "Mike Pence": ["Pence", "@VP", "@VP Pence", "the Vice President", "we"],
    "Mike Pompeo": ["Pompeo", "@SecPompeo", "Secretary Pompeo", "the Secretary", "I", "we"],
    "Steven Mnuchin": ["Mnuchin", "@stevenmnuchin1", "@USTreasury", "Treasury"],
    "Elliott Abrams": [
        "Abrams",
        "Special Representative Abrams",
        "Special Rep Abrams",
        "Special Representative for Venezuela Elliott Abrams",
        "we",
    ],
    "David Satterfield": ["Satterfield", "Special Envoy Satterfield", "the Special Envoy"],
    "Tim Lenderking": ["Lenderking", "the Special Envoy for Yemen", "Special Envoy Lenderking"],
    "World leaders": ["world leaders", "leaders"],
    "Dmytro Kuleba": ["Kuleba", "Foreign Minister Kuleba", "Ukrainian Foreign Minister"],
    "Costa Rica": ["Costa Rica", "the Costa Rican government"],
    "Antony J. Blinken, Josep Borrell and Marc Garneau": [
        "the United States, the EU and Canada",
        "Antony J. Blinken",
        "Josep Borrell",
        "Marc Garneau",
        "we",
    ],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind19", sys.argv[1], ALIASES))
