"""Build ``blind29_second.jsonl`` from ``blind29_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story, the 2012 editorial included, is Voice of America, the story's own voice).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind29_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ETHIOPIA = ["Ethiopia", "Addis Ababa", "the government", "Ethiopia's government"]

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "human rights groups": ["Human rights groups", "Rights groups", "rights groups"],
    "Ogaden eyewitnesses": [
        "The eyewitnesses",
        "eyewitnesses",
        "several eyewitnesses from the Ogaden region",
        "The Ogadenis",
        "They",
        "they",
    ],
    "Ethiopian government": [
        *ETHIOPIA,
        "Ethiopian government",
        "the government in Addis Ababa",
        "Ethiopian government assurances",
    ],
    "Ahmed": ["College student Ahmed", "Ahmed", "He", "he"],
    "Human Rights Watch": [
        "Human Rights Watch",
        "U.S.-based Human Rights Watch",
        "HRW",
        "the rights group",
        "the group",
        "the Human Rights Watch report",
        "The initial report",
        "It",
    ],
    "Georgette Gagnon": [
        "Gagnon",
        "Researcher Georgette Gagnon",
        "Human Rights Watch",
        "she",
    ],
    "Ethiopian investigators": [
        "a team of Ethiopian investigators",
        "a government-appointed team of investigators",
        "Lissane Yohannes",
        "commission members",
        "an announcer",
        "They",
        "we",
        "Ethiopia's foreign ministry",
        "Ethiopia",
    ],
    "Jakob Kellenberger": [
        "Kellenberger",
        "ICRC President Jakob Kellenberger",
        "ICRC",
        "I",
    ],
    "U.S. Department of State human rights report": [
        "a recent US State Department human rights report",
        "US State Department",
        "State Department",
        "U.S. Department of State",
    ],
    "Ogaden National Liberation Front": [
        "ONLF",
        "The Ogaden National Liberation Front",
        "Rebels fighting for independence in Ethiopia's Ogaden region",
        "the rebels",
        "It",
    ],
    "Shimelis Kemal": [
        "government spokesman Shimelis Kemal",
        "Shimeles",
        "Ethiopian government",
        "He",
    ],
    "Molla Zegeye": ["Reeyot's attorney", "Molla Zegeye", "he", "I"],
    "Committee to Protect Journalists": [
        "The Committee to Protect Journalists",
        "CPJ",
        "The organization",
    ],
    "United States": [*COMMON_ALIASES["United States"], "The United States"],
    "Victoria Nuland": [
        "Nuland",
        "State Department Victoria Nuland",
        "U.S. Department of State",
        "State Department",
    ],
    "critics": ["critics"],
    "Amnesty International": [
        "Amnesty International",
        "Rights group Amnesty International",
        "Amnesty",
        "The group",
    ],
    "Ethiopian court": ["A court in Ethiopia", "An Ethiopian court", "Ethiopia"],
    "Ethiopian prosecutors": ["Prosecutors", "prosecutors", "Ethiopia", "Ethiopian government"],
    "Eskinder Nega and co-defendants": [
        "all of the defendants",
        "the defendants",
        "Eskinder Nega",
    ],
    "Russia's Investigative Committee": [
        "Russian investigators",
        "Russia's Investigative Committee",
        "Investigative Committee",
        "It",
    ],
    "Sergei Magnitsky": ["Magnitsky", "Sergei Magnitsky", "He", "he"],
    "Presidential Human Rights Council": [
        "Medvedev's human rights council",
        "then Russian President Dmitry Medvedev's human rights council",
        "an investigation",
        "It",
    ],
    "William Browder": [
        "Browder",
        "Hermitage Capital Management founder William Browder",
        "A report by Hermitage Capital Management founder William Browder",
        "he",
        "I",
    ],
    "Russian authorities": ["Russia", "Russian prosecutors", "Russian authorities"],
    "Moscow court": ["A Moscow court", "Russian court", "Russia"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind29", sys.argv[1], ALIASES))
