"""Build ``blind22_second.jsonl`` from ``blind22_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind22_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import COMMON_ALIASES, build

ALIASES = {
    "United States": ["the United States", "U.S.", "the U.S.", "US", "the US", "@StateDept", "we"],
    "Antony J. Blinken": [*COMMON_ALIASES["Antony J. Blinken"], "@SecBlinken", "he"],
    "Joseph R. Biden": [*COMMON_ALIASES["Joseph R. Biden"], "he"],
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
    "John Kerry": [
        "Kerry",
        "@JohnKerry",
        "Secretary Kerry",
        "#SecKerry",
        "Secretary of State John Kerry",
        "we",
    ],
    "John Kirby": ["Kirby", "@statedeptspox", "Spokesperson John Kirby", "@StateDeptSpox Kirby"],
    "Marie Harf": ["Harf", "@MarieHarf", "Deputy Spokesperson Harf", "we"],
    "Mike Pompeo": ["Pompeo", "@SecPompeo", "Secretary Pompeo", "the Secretary", "I", "we"],
    "Rex Tillerson": ["Tillerson", "Sec Tillerson", "Secretary Tillerson", "the Secretary"],
    "Donald J. Trump": ["Trump", "President Trump", "@realDonaldTrump", "I", "we"],
    "Barack Obama": ["Obama", "President Obama", "the President"],
    "Michael Hammer": ["Hammer", "Assistant Secretary Hammer", "we"],
    "John J. Sullivan": [
        "Sullivan",
        "Deputy Secretary Sullivan",
        "the Deputy Secretary",
        "Argentina, Canada, Australia, Mexico, and Chile",
    ],
    "White House Press Secretary": ["@PressSec", "the Press Secretary", "The White House", "we"],
    "NSC Spokesperson": ["@NSCPress", "the National Security Council", "The White House", "we"],
    "The Troika": [
        "Troika",
        "the Troika (US, UK and Norway)",
        "US, UK & Norway",
        "the United States, the United Kingdom and Norway",
        "United States",
        "we",
    ],
    "The Troika and the EU": ["the members of the Troika and the EU", "Troika", "EU", "we"],
    "Russia": ["Russia", "Russian officials"],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind22", sys.argv[1], ALIASES))
