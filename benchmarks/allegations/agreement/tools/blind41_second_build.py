"""Build ``blind41_second.jsonl`` from ``blind41_second_labels.txt`` (the second annotation;
the label format: ``second_build.py``; ``AUTO`` is the text's own voice: Voice of America on its
two stories, Polygraph.info on its five fact checks, the Government of the Netherlands on its two
government.nl pages, Eliot L. Engel on his House Foreign Affairs Committee statement, and
``second_build.auto`` elsewhere: Vladimir Putin on the Kremlin pages, Volodymyr Zelenskyy on the
President of Ukraine pages, and on the State Department texts "United States" for a sentence
opening "The United States", the U.S. Department of State otherwise, the records having no
byline).  The sentence numbers are those of ``sentences.py`` over ``corpus/`` with the part's
nine corpus files (``corpus/zy8voa20.jsonl``, ``zy9state5``, ``zz2polygraph1``, ``zz3kremlin1``,
``zz5govnl1``, ``zz6state6``, ``zz7kremlin2``, ``zz9govnl2``, ``zzahouse1``), the share copies,
byte-identical: they sort after every other corpus file, so no earlier file's sentence number
moves.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind41_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Polygraph.info": ["Polygraph.info", "Polygraph", "VOA"],
    "Government of the Netherlands": ["the Netherlands", "the Dutch government", "we"],
    "Eliot L. Engel": [
        "Engel",
        "Representative Eliot L. Engel",
        "the top Democrat on the House Committee on Foreign Affairs",
        "we",
    ],
    # the State Department's own voice (second_build.auto), 2014-2020: the U.S. Missions to the
    # OSCE and the UN, the spokespersons' statements, Pompeo's statement; no byline
    "U.S. Department of State": [
        "the Department of State",
        "State Department",
        "the U.S. Department of State",
        "the United States",
        "The United States Government",
        "U.S. Mission to the OSCE",
        "Mark C. Toner",
        "Heather Nauert",
        "Michael R. Pompeo",
        "We",
        "we",
    ],
    "United States": [
        "The United States",
        "the United States",
        "The United States Government",
        "U.S.",
        "Washington",
        "Heather Nauert",
        "Michael R. Pompeo",
        "We",
        "we",
    ],
    "Barack Obama": ["Obama", "President Barack Obama", "He", "he", "we"],
    "Samantha Power": [
        "Power",
        "Ambassador Power",
        "U.S. Ambassador Samantha Power",
        "the U.S. ambassador to the U.N. Samantha Power",
        "The U.S. ambassdor to the United Nations",
        "the U.S.",
        "she",
        "I",
        "we",
    ],
    "Marie Harf": ["Harf", "MARIE HARF", "U.S. STATE DEPARTMENT", "we", "I"],
    "Heather Nauert": [
        "Nauert",
        "MS NAUERT",
        "U.S. State Department spokeswoman Heather Nauert",
        "Washington",
        "she",
        "We",
        "we",
    ],
    "Daniel Baer": [
        "Baer",
        "Ambassador Baer",
        "U.S. Permanent Representative to the OSCE Ambassador, Daniel Baer",
        "I",
    ],
    "John Kerry": ["Kerry", "Secretary Kerry", "the Secretary"],
    "Julie Bishop": ["Bishop", "Australian Foreign Minister Julie Bishop", "She", "she"],
    "Petro Poroshenko": ["Poroshenko", "President Petro Poroshenko", "I", "we"],
    "Ben Nimmo": ["Nimmo", "Atlantic Council disinformation expert Ben Nimmo", "he"],
    "European Council": ["The European Council", "the EU"],
    "Joint Investigation Team": [
        "the Joint Investigation Team",
        "the Joint Investigative Team",
        "The Team",
        "the JIT",
        "JIT",
    ],
    "Dutch Safety Board": ["The Dutch Safety Board", "the Board", "the Dutch Safety Board"],
    "Bellingcat": ["the Bellingcat investigative group", "Bellingcat"],
    "District Court of The Hague": [
        "a Dutch court",
        "the court",
        "The court",
        "The Hague District Court",
        "the presiding judge",
    ],
    "Dutch authorities": ["Dutch authorities", "the Dutch public prosecutor"],
    "The Netherlands and Australia": [
        "The Netherlands and Australia",
        "the Netherlands and Australia",
        "their countries",
        "ministers Blok and Payne",
        "we",
    ],
    "Stef Blok": ["Blok", "minister Blok", "Foreign minister Stef Blok", "we"],
    "Mark Rutte": ["Rutte", "Mr Rutte", "Prime Minister Mark Rutte", "He", "he"],
    # Russia's side
    "Russia": ["Russia", "Moscow", "the Russian government", "They", "they"],
    "Russian Ministry of Defence": [
        "the Russian defense ministry",
        "Russian Defense Ministry",
        "the ministry",
        "They",
        "they",
    ],
    "Sputnik": ["Sputnik", "Sputnik International", "Russia's state-owned news agency Sputnik"],
    # outside the part's texts
    "Volodymyr Zelenskyy and Mark Rutte": ["The leaders", "President Zelenskyy", "Rutte"],
    "Roman Mashovets": ["Mashovets", "Roman Mashovets"],
}  # beside second_build.COMMON_ALIASES (the entries above override its State Department ones)

VOICES = {
    "Polygraph.info": "Polygraph.info",
    "Government of the Netherlands": "Government of the Netherlands",
    "U.S. House of Representatives": "Eliot L. Engel",
}


def blind41_auto(row: dict) -> str:
    """The text's own voice on the Polygraph.info, government.nl and House pages too
    (``second_build.voa_auto`` knows VOA, and gives ``second_build.auto`` elsewhere)."""
    if row["outlet"] in VOICES:
        return VOICES[row["outlet"]]
    return second_build.voa_auto(row)


second_build.voice = blind41_auto

if __name__ == "__main__":
    sys.exit(build("blind41", sys.argv[1], ALIASES))
