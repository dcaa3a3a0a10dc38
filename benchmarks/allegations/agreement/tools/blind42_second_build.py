"""Build ``blind42_second.jsonl`` from ``blind42_second_labels.txt`` (the second annotation;
the label format: ``second_build.py``; ``AUTO`` is the text's own voice: Voice of America on its
four stories, the Government of the Netherlands on its news item, the U.S. Department of Defense
on the two Mattis stories, Donald J. Trump on the two "Statement by President Trump on Syria"
pages, the four foreign ministers on the Khan Sheikhoun anniversary joint statement, and
``second_build.auto`` elsewhere: "United States" for a sentence opening "The United States", The
White House on its assessment of 11 April 2017, the U.S. Department of State on the other State
Department texts, the records having no byline).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with the part's five corpus files (``corpus/zzcvoa22.jsonl``,
``zzdstate7``, ``zzewhitehouse1``, ``zzfdefense1``, ``zzggovnl3``), the share copies,
byte-identical: they sort after every other corpus file, so no earlier file's sentence number
moves.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind42_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

HALEY = ["Nikki Haley", "Haley", "Ambassador Haley", "Ambassador Nikki Haley"]

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    # the State Department's own voice (second_build.auto), 2017-2023: the U.S. Mission to the
    # UN's remarks and explanations of vote (their speakers unnamed in the texts), the embassies'
    # and ShareAmerica's reprints, the Department's statements; no byline
    "U.S. Department of State": [
        "the Department of State",
        "State Department",
        "the U.S. Department of State",
        "the United States",
        "U.S. Mission to the United Nations",
        "USUN",
        "@StateDeptSpox",
        *HALEY,
        "I",
        "We",
        "we",
    ],
    "United States": [
        "The United States",
        "the United States",
        "The United States of America",
        "U.S.",
        "We",
        "we",
    ],
    "Nikki Haley": [
        *HALEY[1:],
        "U.S. Ambassador to the United Nations Nikki Haley",
        "U.S. Permanent Representative to the United Nations",
        "She",
        "she",
        "I",
        "We",
        "we",
    ],
    "Robert Wood": [
        "Wood",
        "Ambassador Robert Wood",
        "Alternate Representative for Special Political Affairs",
        "I",
        "we",
    ],
    "Donald J. Trump": [
        "Trump",
        "President Trump",
        "President Donald Trump",
        "President Donald J. Trump",
        "the president",
        "He",
        "he",
        "I",
        "we",
    ],
    "Donald J. Trump and Emmanuel Macron": [
        "the two leaders",
        "President Trump",
        "French President Emmanuel Macron",
        "the Trump administration",
    ],
    "Jim Mattis": [
        "Mattis",
        "Defense Secretary Jim Mattis",
        "U.S. Defense Secretary Jim Mattis",
        "the secretary",
        "He",
        "he",
    ],
    "U.S. Department of Defense": ["Department of Defense", "DoD", "the Defense Department"],
    "U.S. officials": ["U.S. officials", "the United States", "President Trump", *HALEY[1:3]],
    "Foreign Ministers of the United Kingdom, France, Germany and the United States": [
        "UK Foreign Secretary Boris Johnson",
        "Boris Johnson",
        "French Foreign Minister Jean-Yves Le Drian",
        "German Foreign Minister Heiko Maas",
        "U.S. Acting Secretary John Sullivan",
        "John Sullivan",
        "We",
        "we",
    ],
    "Rex Tillerson": ["Tillerson", "Secretary Tillerson", "Secretary of State Rex Tillerson", "we"],
    "OPCW-UN Joint Investigative Mechanism": [
        "the Joint Investigative Mechanism",
        "the JIM",
        "JIM",
        "the report",
        "investigators",
        "the investigators",
        "It",
    ],
    "OPCW Investigation and Identification Team": [
        "the OPCW's Investigation and Identification Team",
        "the IIT",
        "IIT",
        "the OPCW",
        "OPCW",
        "the Organization for the Prohibition of Chemical Weapons",
    ],
    "OPCW Fact-Finding Mission": [
        "the Organization for the Prohibition of Chemical Weapons Fact-Finding Mission",
        "the FFM",
        "FFM",
        "the report",
    ],
    "Government of the Netherlands": [
        "The Netherlands",
        "the Netherlands",
        "Dutch officials",
        "the Dutch government",
        "the Netherlands Defence Intelligence and Security Service",
        "DISS",
        "we",
    ],
    "Ank Bijleveld": ["Bijleveld", "Defence Minister Ank Bijleveld", "our", "we"],
    "Jens Stoltenberg": [
        "Stoltenberg",
        "NATO Secretary General Jens Stoltenberg",
        "NATO allies",
        "NATO",
    ],
    # the accused's side
    "Russia": [
        "Russia",
        "Moscow",
        "the Russian Federation",
        "Our Russian friends",
        "Our friends from Russia",
        "They",
        "they",
    ],
    "Russian Foreign Ministry": ["Russia's Foreign Ministry", "Russia", "the ministry"],
    "Syrian government": [
        "Syria's government",
        "the Syrian government",
        "the regime",
        "the Assad regime",
        "Syria",
        "Damascus",
    ],
}  # beside second_build.COMMON_ALIASES (the entries above override its State Department ones)

VOICES = {
    "Government of the Netherlands": "Government of the Netherlands",
    "U.S. Department of Defense": "U.S. Department of Defense",
}

TITLES = {
    "Statement by President Trump on Syria": "Donald J. Trump",
    "Joint Statement on First Anniversary of Chemical Attack on Khan Sheikhoun, Syria": (
        "Foreign Ministers of the United Kingdom, France, Germany and the United States"
    ),
}


def blind42_auto(row: dict) -> str:
    """The text's own voice on the government.nl and Defense pages, the President's statements
    and the four ministers' joint statement too (``second_build.voa_auto`` knows VOA, and gives
    ``second_build.auto`` elsewhere)."""
    if row["title"] in TITLES:
        return TITLES[row["title"]]
    if row["outlet"] in VOICES:
        return VOICES[row["outlet"]]
    return second_build.voa_auto(row)


second_build.voice = blind42_auto

if __name__ == "__main__":
    sys.exit(build("blind42", sys.argv[1], ALIASES))
