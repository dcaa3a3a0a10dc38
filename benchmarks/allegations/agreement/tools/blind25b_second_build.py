"""Build ``blind25b_second.jsonl`` from ``blind25b_second_labels.txt`` (the second annotation of
the five ``blind25`` allegations added by the session ``blind25b``; the label format and the
issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America story is Voice of America, the
story's own voice).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind25b_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Hadi Ghaemi": [
        "Ghaemi",
        "executive director of the International Campaign for Human Rights in Iran",
        "International Campaign for Human Rights in Iran",
    ],
    "Barack Obama": [
        "Obama",
        "President Obama",
        "U.S. President Barack Obama",
        "Obama's statement",
        "the statement",
        "United States",
    ],
    "The Washington Post": ["the newspaper", "Washington Post", "The Post"],
    "Iran": [
        "Iran",
        "Tehran",
        "Iranian authorities",
        "Iran's judiciary",
        "Iranian officials",
    ],
    "Martin Baron": [
        "Baron",
        "The executive editor of The Washington Post",
        "The Washington Post",
    ],
    "Gholamhossein Mohseni Ejehi": [
        "Gholam Hossein Mohseni Ejehi",
        "Mohseni Ejehi",
        "judiciary spokesman",
        "a spokesman for Iran's judiciary",
        "Iran",
        "He",
    ],
    "United States": [*COMMON_ALIASES["United States"], "US", "Washington", "The United States"],
    "U.S. Department of State": [
        *COMMON_ALIASES["U.S. Department of State"],
        "The U.S. State Department",
        "It",
        "United States",
    ],
    "Douglas Jehl": [
        "Jehl",
        "Washington Post foreign editor Douglas Jehl",
        "The Washington Post",
        "He",
    ],
    "Saudi Arabia": ["Saudi Arabia", "The kingdom", "the kingdom's energy minister"],
    "Donald Trump": ["Trump", "President Donald Trump", "President Trump", "we"],
    "United Arab Emirates": ["the UAE", "UAE", "United Arab Emirates"],
    "Khalid al-Falih": [
        "Khalid al Falih",
        "Saudi Oil Minister Khalid al Falih",
        "Saudi Arabia",
    ],
    "Arab League, Gulf Cooperation Council, Egypt, Kuwait, Bahrain and Jordan": [
        "The Arab League",
        "the Gulf Cooperation Council",
        "Egypt",
        "Kuwait",
        "Bahrain",
        "Jordan",
    ],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind25b", sys.argv[1], ALIASES))
