"""Build ``blind23_second.jsonl`` from ``blind23_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind23_second_build.py /tmp/sentences.jsonl

``AUTO`` on a Voice of America record (``corpus/voa.jsonl``, no byline) is the outlet itself:
the sentence states or relays the act in the story's own voice.
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

LEADERS = "Leaders of France, Germany, the United States and the United Kingdom"

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "VOA Learning English"],
    "United States": [
        "the United States",
        "U.S.",
        "the U.S.",
        "US",
        "the US",
        "The U.S. government",
        "Nikki Haley",
        "@USUN Ambassador Nikki Haley",
        "@StateDept",
        "we",
    ],
    "Antony J. Blinken": [*COMMON_ALIASES["Antony J. Blinken"], "we"],
    "U.S. Department of State": [
        *COMMON_ALIASES["U.S. Department of State"],
        "the State Department",
    ],
    "Nikki Haley": ["Haley", "@USUN Amb. Haley", "U.S. Ambassador to the United Nations", "we"],
    LEADERS: [
        "the leaders of #France, #Germany, the #USA and the #UnitedKingdom",
        "@WhiteHouse",
        "#USA, #France, #Germany & UK",
        "we",
    ],
    "United Kingdom": ["#UnitedKingdom", "the UK", "U.K.", "Britain"],
    "Alexander Litvinenko": ["Litvinenko", "It", "he", "a deathbed letter", "I"],
    "Vladimir Putin": [*COMMON_ALIASES["Vladimir Putin"], "Russian president", "he"],
    "Kremlin officials": ["the Kremlin", "Kremlin"],
    "Andrei Lugovoi": ["Lugovoi"],
    "Britain": ["London", "the British government", "British"],
    "South Korea": ["Seoul", "the South Korean government"],
    "South Korean inquiry": [
        "A South Korean inquiry",
        "a South Korean-led international investigation",
        "the investigation",
    ],
    "P.J. Crowley": ["Crowley", "State Department Spokesman P.J. Crowley", "we"],
    "UN Security Council": [
        "the Security Council",
        "the council",
        "The United Nations Security Council",
    ],
    "Susan Rice": ["Rice", "U.S. Ambassador Susan Rice"],
    "Park In-kook": ["South Korean Ambassador Park In-kook", "I"],
    "North Korea": ["Pyongyang", "it", "The North Korean government", "the DPRK"],
    "North Korean officials": ["North Korea", "Pyongyang"],
    "North Korean Foreign Ministry": [
        "The Foreign Ministry in Pyongyang",
        "the Foreign Ministry",
        "North Korea's foreign ministry",
        "North Korea",
        "the statement",
    ],
    "Frank Cilluffo": ["Cilluffo", "Mr. Cilluffo", "He"],
    "U.S. officials": ["officials", "investigators", "two United States officials", "they"],
    "U.S. official": ["One U.S. official"],
    "FBI": ["the FBI", "The Federal Bureau of Investigation"],
    "Barack Obama": [
        "Obama",
        "President Barack Obama",
        "U.S. President Barack Obama",
        "he",
        "I",
        "we",
    ],
    "Turkey": ["Turkish officials", "Ankara"],
    "Turkish officials": ["Turkey"],
    "Russian military officials": ["Russia"],
    "Recep Tayyip Erdogan": ["Erdogan", "Turkish President Recep Tayyip Erdogan", "we", "our"],
    "Analysts": ["analysts"],
    "KCNA": [
        "the official North Korean news agency, KCNA",
        "the dispatch",
        "North Korea's official news agency",
        "It",
    ],
    "Josh Earnest": ["Earnest", "White House spokesman Josh Earnest", "He"],
    "Otto Warmbier": ["Warmbier", "the 21-year-old student"],
    "North Korean authorities": ["authorities in the reclusive communist country", "North Korea"],
    "Malaysia": ["Kuala Lumpur", "the Malaysian government"],
    "Yonhap": ["South Korea's Yonhap news agency"],
    "South Korean officials": ["South Korea", "They"],
    "Najib Razak": ["Najib", "Malaysia's Prime Minister Najib Razak", "we"],
    "North Korean ambassador": ["The North Korean ambassador in Kuala Lumpur", "He"],
    "Malaysian police": ["police", "Malaysian authorities"],
    "Malaysian authorities": ["Authorities", "Malaysian police"],
    "Malaysian officials": ["Malaysian police"],
    "Khalid Abu Bakar": ["Khalid", "Inspector-General of Police Khalid Abu Bakar", "we"],
    "John McLaughlin": [
        "McLaughlin",
        "A former acting director of the Central Intelligence Agency",
        "He",
    ],
    "North Korean official": ["North Korea"],
    "Theresa May": ["May", "Britain's Prime Minister", "British Prime Minister Theresa May", "she"],
    "British officials": ["they"],
    "British lawmakers": ["lawmakers"],
    "Amber Rudd": ["Rudd", "Home Secretary Amber Rudd"],
    "Jonathan Allen": [
        "Allen",
        "Britain's deputy U.N. ambassador",
        "British deputy Ambassador Jonathan Allen",
    ],
    "U.S. allies": ["France", "Germany", "Poland", "A number of U.S. allies"],
    "Russia": ["Moscow", "It", "Russian border guards"],
    "Ukraine": ["Kyiv", "the Ukrainian government"],
    "Petro Poroshenko": [
        "Poroshenko",
        "President Petro Poroshenko",
        "Ukrainian President Petro Poroshenko",
        "He",
    ],
    "North Atlantic Council": ["The North Atlantic Council", "NATO"],
    "NATO": ["the alliance", "North Atlantic Council"],
    "Donald J. Trump": ["Trump", "U.S. President Donald Trump", "President Trump", "I"],
    "U.S. and Canadian officials": ["U.S. officials", "Canadian officials"],
    "Justin Trudeau": ["Trudeau", "Canadian Prime Minister Justin Trudeau", "He"],
    "Iran": ["Iranian claims", "Iranian authorities", "Tehran"],
    "Ali Abedzadeh": ["Abedzadeh", "Iranian Civil Aviation Organization chief Ali Abedzadeh", "we"],
    "U.S. and Canada": ["the U.S.", "Canada"],
    "Chinese official": ["China"],
    "China": ["Beijing", "a Chinese official"],
    "Senior defense official": ["The official", "A senior defense official"],
    "Senior administration official": ["the senior administration official", "we"],
    "Russian pro-government media": ["Pro-Kremlin media"],
    "Some analysts": ["analysts"],
    "Many Russians": ["Russians"],
    "Some British officials": ["British officials"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind23", sys.argv[1], ALIASES))
