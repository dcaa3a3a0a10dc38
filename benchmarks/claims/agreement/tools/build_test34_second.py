"""Build ``agreement/test34_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test34`` (round 33, branch ``agreement34``). The
labels are ``test34_labels_*.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test34_sentences.jsonl`` (a line ``N | -`` records a
sentence judged to have no claim; sentences without any label line have none either).
The fields are read by ``labelled.py``, which describes them; this builder holds only its
files, its claimer and target tables and the documents left out. Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "test34_sentences.jsonl"
OUT = HERE.parent / "test34_second.jsonl"
# The first annotator took this document out of the gold after the hand-over (a unit test quotes
# one of its sentences); its lines stay labelled here, by position, but are not written.
DROPPED = ("ukraine-2021-zelenskyy-detainees-list-erdogan-biden",)

CLAIMERS = {
    "KPA": ["North Korea's military", "North Korea", "Korean People's Army", "Pyongyang"],
    "SKDM": [
        "South Korea's Defense Ministry",
        "South Korea",
        "South Korean Defense Ministry",
        "Seoul",
    ],
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President of Ukraine",
        "the President",
        "Head of State",
        "Ukraine",
    ],
    "POD": ["Mykhailo Podoliak", "Podoliak", "Adviser to the Head of the President's Office"],
    "TAS": ["Tamila Tasheva", "Tasheva"],
    "DZH": ["Nariman Dzhelialov", "Dzhelialov"],
    "PUT": ["Vladimir Putin", "Putin", "President of Russia", "Russia"],
    "BLI": [
        "Antony Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State Antony J. Blinken",
        "United States",
    ],
    "LAV": ["Sergey Lavrov", "Lavrov", "the Foreign Minister", "Russia"],
    "LII": ["Eva-Maria Liimets", "Liimets", "Foreign Minister Liimets", "Estonia"],
    "LED": ["Jean-Yves Le Drian", "Le Drian", "France"],
    "KUL": ["Dmytro Kuleba", "Kuleba", "Foreign Minister Kuleba", "Ukraine"],
    "USA": ["United States", "U.S.", "the United States", "We"],
    "LEN": ["Tim Lenderking", "Lenderking", "U.S. Special Envoy for Yemen", "United States"],
    "BID": [
        "Joe Biden",
        "Biden",
        "President Biden",
        "Joseph R. Biden, Jr.",
        "The President",
        "United States",
    ],
    "G7": ["G7", "G7 Leaders", "G7 leaders", "The Leaders"],
    "DUD": ["Andrzej Duda", "Duda", "President Duda", "Poland"],
    "BEN": ["Naftali Bennett", "Bennett", "Prime Minister Bennett", "Israel"],
    "SUL": [
        "Jake Sullivan",
        "Sullivan",
        "Mr. Sullivan",
        "National Security Advisor",
        "United States",
    ],
    "AKI": ["Akiba Takeo", "Akiba", "Secretary General Akiba", "Japan"],
    "HAJ": ["Hikmat Hajiyev", "Hajiyev", "Azerbaijan"],
    "SCH": ["Olaf Scholz", "Scholz", "Chancellor Scholz", "Germany"],
}
TARGETS = {
    "US": ["United States", "U.S.", "Washington", "US"],
    "SK": ["South Korea", "Seoul", "Republic of Korea"],
    "RU": ["Russia", "Russian Federation", "Moscow", "Kremlin"],
    "RUARMY": ["Russian army", "Russia", "Russian Federation", "Russian forces"],
    "UA": ["Ukraine", "Ukrainian people", "people of Ukraine", "Kyiv"],
    "PUTIN": ["Vladimir Putin", "Putin", "President Putin", "Russia"],
    "NG": ["National Guard", "Russian National Guard", "National Guard Troops", "Rosgvardia"],
    "BGS": [
        "Border Guard Service",
        "FSB Border Guard Service",
        "Russian Border Guard Service",
        "border guards",
    ],
    "NATO": ["NATO", "NATO Allies", "North Atlantic Treaty Organization"],
    "ZEL": ["Volodymyr Zelenskyy", "Zelenskyy", "President of Ukraine"],
    "ISR": ["Israel"],
    "POL": ["Poland", "people of Poland"],
    "BIDEN": ["Joe Biden", "Biden", "the President", "United States"],
    "SCHOLZ": ["Olaf Scholz", "Scholz", "the Chancellor", "Germany"],
    "HOUTHI": ["Houthis", "Ansar Allah"],
    "HERN": ["Juan Orlando Hernandez", "Hernandez"],
    "UN": ["United Nations", "UN"],
}

TABLES = Tables(CLAIMERS, TARGETS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(
        load_rows([SENTENCES]),
        parse_labels(sorted(HERE.glob("test34_labels_*.txt")), TABLES),
        out,
        dropped=DROPPED,
        every_sentence=False,
    )


if __name__ == "__main__":
    print(main())
