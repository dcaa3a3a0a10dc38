"""Build ``blind40_second.jsonl`` from ``blind40_second_labels.txt`` (the second annotation;
the label format: ``second_build.py``; ``AUTO`` on a Voice of America story or editorial is Voice
of America, on the U.S. Agency for Global Media's two pages the U.S. Agency for Global Media
(formerly the Broadcasting Board of Governors), the text's own voice; on the State Department texts
it is ``second_build.auto``: "United States" for a sentence opening "The United States", the U.S.
Department of State otherwise, the records having no byline).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/zy3voa19.jsonl`` (the part's 4 VOA texts),
``corpus/zy6state4.jsonl`` (its 11 State Department texts) and ``corpus/zy7usagm1.jsonl`` (its 2
U.S. Agency for Global Media pages), the share copies, byte-identical: the three files sort after
every other corpus file, so no earlier file's sentence number moves.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind40_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "U.S. Agency for Global Media": [
        "USAGM",
        "U.S. Agency for Global Media",
        "The Broadcasting Board of Governors",
        "the BBG",
        "BBG",
    ],
    "Broadcasting Board of Governors": [
        "The Broadcasting Board of Governors",
        "the BBG",
        "BBG",
        "U.S. Agency for Global Media",
        "USAGM",
    ],
    # the State Department's own voice (second_build.auto), 2014-2019: the U.S. Mission to the
    # OSCE's statements to the Permanent Council (Ambassador Daniel Baer, Chargés Kate Byrnes and
    # Harry Kamian) and a ShareAmerica page; no byline
    "U.S. Department of State": [
        "the Department of State",
        "State Department",
        "the U.S. Department of State",
        "U.S. Mission to the OSCE",
        "the United States",
        "Kate Byrnes",
        "Harry Kamian",
        "We",
        "we",
        "I",
    ],
    "United States": ["The United States", "the United States", "U.S.", "the U.S.", "We", "we"],
    "Daniel Baer": [
        "Baer",
        "Ambassador Baer",
        "U.S. Ambassador to the Organization for Security and Cooperation in Europe Daniel Baer",
        "The United States",
        "the United States",
        "He",
        "he",
    ],
    "John Kirby": ["Kirby", "State Department Spokesman John Kirby", "He", "he"],
    "Heather Nauert": ["Nauert", "State Department spokesperson Heather Nauert", "she"],
    "Mike Pompeo": ["Pompeo", "Secretary of State Mike Pompeo", "The U.S. position"],
    "Jonathan Lalley": [
        "Lalley",
        "U.S. Embassy in Kyiv spokesman Jonathan Lalley",
        "The United States",
        "He",
        "he",
    ],
    "Western countries": [
        "Western countries",
        "Britain and the United States",
        "the West",
        "the United States",
    ],
    "European Union": ["The European Union", "the EU", "EU"],
    "Ukrainian government": ["The Ukrainian government", "Ukraine"],
    # the U.S. international broadcasters' officials
    "John Lansing": ["Lansing", "BBG CEO and Director John Lansing"],
    "Jeff Shell": ["Shell", "BBG Chairman Jeff Shell"],
    "Thomas Kent": ["Kent", "RFE/RL President Thomas Kent"],
    # Russia's side
    "Russian court": [
        "a Russian court",
        "a Russian military court",
        "the Russian court",
        "the court",
        "Russia",
    ],
    "Russian authorities": ["Russia", "the Russian Federation", "Russian prosecutors"],
    "Crimean prosecutors": [
        "The Moscow-backed Crimean Prosecutor General's Office",
        "The Moscow-backed Prosecutor-General's Office",
        "Officials in Russia-annexed Crimea",
        "the prosecutor",
        "Crimea's Prosecutor-General",
    ],
    "Natalya Poklonskaya": [
        "Poklonskaya",
        "Crimea's Prosecutor-General, Natalya Poklonskaya",
        "Crimea's Prosecutor-General",
    ],
    "Crimean court": ["the court", "a court in Crimea"],
    # the accused and their side
    "Oleg Sentsov": ["Sentsov", "Mr. Sentsov", "Oleg Sentsov"],
    "Oleg Sentsov and Oleksandr Kolchenko": [
        "Mr. Sentsov and Mr. Kolchenko",
        "Sentsov",
        "Kolchenko",
    ],
    "Mykola Karpyuk and Stanislav Klykh": [
        "Ukrainian citizens Stanislav Klikh and Mykola Karpyuk",
        "Klikh",
        "Karpyuk",
    ],
    "Nadiya Savchenko": ["Savchenko", "Ms. Savchenko", "She", "she"],
    "Ilmi Umerov": ["Umerov", "Ilmi Umerov", "he"],
    "Mark Feygin": ["Feygin", "Umerov's lawyer, Mark Feygin", "He", "he"],
    "Umerov's lawyer and a colleague": ["his lawyer and a colleague", "his lawyer", "Mark Feygin"],
    "Crimean Tatars": ["The Tatars", "the Tatars", "Crimean Tatars"],
    # rights groups
    "Amnesty International": ["Amnesty International", "The rights group", "Amnesty"],
    "Human Rights Watch": ["Human Rights Watch", "HRW"],
    "Human rights groups": ["Human rights groups", "human rights groups"],
    "Rights activists": ["rights activists"],
    "Freedom House": ["The respected NGO Freedom House", "Freedom House"],
    # outside the part's texts: joint statements and partners on the President of Ukraine's pages
    "Association Trio": [
        "Georgia, Republic of Moldova and Ukraine",
        "Heads of State/Government",
        "We",
        "we",
    ],
    "Volodymyr Zelenskyy and Mark Rutte": ["The two leaders", "Zelenskyy", "Rutte"],
    "Germany": ["Germany", "Lindner", "He", "he"],
    "Olaf Scholz": ["Scholz", "Olaf Scholz", "Germany"],
}  # beside second_build.COMMON_ALIASES (the entries above override its State Department ones)


def voa_usagm_auto(row: dict) -> str:
    """The text's own voice on the U.S. Agency for Global Media's pages too
    (``second_build.voa_auto`` knows VOA, and gives ``second_build.auto`` on the State
    Department texts)."""
    if row["outlet"] == "U.S. Agency for Global Media":
        return "U.S. Agency for Global Media"
    return second_build.voa_auto(row)


second_build.voice = voa_usagm_auto

if __name__ == "__main__":
    sys.exit(build("blind40", sys.argv[1], ALIASES))
