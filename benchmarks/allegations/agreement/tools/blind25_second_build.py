"""Build ``blind25_second.jsonl`` from ``blind25_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story is Voice of America, the story's own voice).  The sentence numbers are those of
``sentences.py`` over the corpus with ``corpus/voa3.jsonl`` in it.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind25_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Turkey": [
        "Turkey",
        "Ankara",
        "the Turkish government",
        "Turkish government",
        "the government",
        "Turkish authorities",
        "Turkish officials",
    ],
    "Turkish officials": ["Turkish officials", "They", "Turkey"],
    "Recep Tayyip Erdogan": [
        "Erdogan",
        "President Recep Tayyip Erdogan",
        "Turkish President Recep Tayyip Erdogan",
        "he",
        "Turkey",
    ],
    "Fethullah Gulen": [
        "Gulen",
        "Fethullah Gulen",
        "the cleric",
        "U.S.-based cleric Fethullah Gulen",
        "He",
        "he",
    ],
    "Ahmet Davutoglu": [
        "Davutoglu",
        "Prime Minister Ahmet Davutoglu",
        "Turkish Prime Minister Ahmet Davutoglu",
        "He",
        "Turkey",
    ],
    "Andrew Brunson": ["Brunson", "Andrew Craig Brunson", "Pastor Brunson", "He", "I"],
    "Turkish court": ["The Turkish court", "a Turkish court", "Turkey"],
    "Donald Trump": [
        "Trump",
        "President Trump",
        "U.S. President Donald Trump",
        "The White House",
        "I",
    ],
    "Mike Pompeo": [
        "Pompeo",
        "Secretary of State Mike Pompeo",
        "the Trump administration",
        "we",
    ],
    "Mike Pence": ["Pence", "Vice President Mike Pence"],
    "United States": [*COMMON_ALIASES["United States"], "Washington"],
    "American Center for Law and Justice": [
        "ACLJ",
        "the statement",
        "the legal Christian advocacy group",
    ],
    "Rwanda": [
        "Rwanda",
        "the Rwandan government",
        "Rwandan authorities",
        "the government",
        "Kigali",
    ],
    "Rwanda Investigation Bureau": ["Rwanda Investigation Bureau", "RIB", "Rwanda"],
    "Paul Kagame": ["Kagame", "President Paul Kagame", "Rwanda's president", "Rwanda"],
    "Rusesabagina's family": [
        "The family",
        "the family",
        "Rusesabagina's family and supporters",
        "family",
    ],
    "Rusesabagina's daughter": ["The daughter of Paul Rusesabagina", "daughter"],
    "new report": ["A new report", "report"],
    "Police in New York": ["Police in New York", "New York police"],
    "U.S. Department of Justice": ["the Justice Department", "Justice Department", "United States"],
    "China": ["China", "Beijing", "It", "People's Republic of China", "PRC"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind25", sys.argv[1], ALIASES))
