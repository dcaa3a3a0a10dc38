"""Build ``agreement/test40_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test40`` (round 39, branch ``agreement40``). The
labels are ``test40_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test40_sentences.jsonl`` (the lead's sentence file,
committed unchanged); a line ``N | -`` records a sentence judged to have no claim; every sentence
must have a label line. The fields are read by ``labelled.py``, which describes them; this
builder holds only its files, its claimer and target tables and the documents left out (none).
Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test40_sentences.jsonl",)
LABELS = HERE / "test40_labels_second.txt"
OUT = HERE.parent / "test40_second.jsonl"
DROPPED: tuple[str, ...] = ()

CLAIMERS = {
    # Wikinews: India and Pakistan
    "INDIA": ["India", "New Delhi", "Indian government"],
    "PAKISTAN": ["Pakistan", "Islamabad", "Pakistani government"],
    "PAKPRESS": ["Pakistani press", "Pakistani media", "Pakistan"],
    "INDPRESS": ["Indian press", "Indian media", "India"],
    "INDARMY": ["Indian army", "Indian Army", "India"],
    "RANGERS": ["Pakistani Rangers", "Rangers", "Pakistan Rangers", "Pakistan"],
    "DUNYA": ["Dunya News", "Pakistani Dunya News", "Dunya"],
    # DoD: Gates on Russia and Georgia
    "GATES": [
        "Robert M. Gates",
        "Gates",
        "Robert Gates",
        "Defense Secretary Robert M. Gates",
        "the secretary",
        "Defense Secretary",
        "United States",
    ],
    "BUSH": ["George W. Bush", "Bush", "President Bush", "United States"],
    # DoD: Whitman on WikiLeaks
    "WHITMAN": [
        "Bryan Whitman",
        "Whitman",
        "Pentagon spokesman Bryan Whitman",
        "A Defense Department spokesman",
        "Defense Department spokesman",
        "Pentagon",
        "Defense Department",
        "United States",
    ],
    "CNN": ["CNN"],
    "ASSANGE": ["Julian Assange", "Assange", "WikiLeaks founder Julian Assange", "WikiLeaks"],
    # VOA: Hamas and Israel
    "HAMAS": ["Hamas", "Islamic militant group Hamas"],
    "HAMASMIL": ["Hamas military wing", "The Hamas military wing", "Hamas"],
    "IDF": ["Israeli army", "The Israeli army", "Israel Defense Forces", "Israel"],
    "REGEV": ["Mark Regev", "Regev", "Israeli spokesman Mark Regev", "Israel"],
    # VOA: Tibet
    "CHINA": ["China", "Beijing", "Chinese government"],
    "WHITEPAPER": [
        "China",
        "State Council",
        "China's Cabinet",
        "The white paper",
        "government report",
        "Beijing",
        "Chinese government",
    ],
    "SAMPHEL": [
        "Thupten Samphel",
        "Samphel",
        "spokesman Thupten Samphel",
        "Dharmsala",
        "Tibetan government-in-exile",
    ],
    "MA": [
        "Ma Zhaoxu",
        "Ma",
        "Chinese Foreign Ministry spokesman Ma Zhaoxu",
        "Chinese Foreign Ministry",
        "China",
    ],
    "STATEDEPT": [
        "State Department",
        "U.S. State Department",
        "Department of State",
        "United States",
    ],
    "WH": ["White House", "The White House", "United States"],
    "USOFF": ["U.S. officials", "United States"],
    "TIBETANS": ["Tibetans and their supporters", "Tibetans"],
    "DALAI": [
        "Dalai Lama",
        "the Dalai Lama",
        "Tibet's exiled spiritual leader",
        "exiled spiritual leader",
    ],
    "RESIDENTS": ["Residents of Tibet and Tibetan regions of western China", "Residents of Tibet"],
    # State Department and White House texts
    "RFJ": [
        "Rewards for Justice",
        "Rewards for Justice program",
        "RFJ",
        "U.S. Department of State",
        "State Department",
        "United States",
        "We",
    ],
    "USA": ["United States", "U.S.", "the United States", "We", "America"],
    "DEPT": [
        "U.S. Department of State",
        "Department of State",
        "State Department",
        "The Department",
        "United States",
        "We",
    ],
    "BLI": [
        "Antony Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State Antony J. Blinken",
        "Antony J. Blinken",
        "United States",
    ],
    "BLII": [
        "Antony Blinken",
        "Blinken",
        "Secretary of State",
        "Antony J. Blinken",
        "I",
        "United States",
    ],
    "STOLTENBERG": ["Jens Stoltenberg", "Stoltenberg", "NATO Secretary General", "NATO"],
    "RAU": [
        "Zbigniew Rau",
        "Rau",
        "OSCE Chairman-in-Office",
        "Polish Foreign Minister Rau",
        "OSCE",
        "Poland",
    ],
    "BORRELL": ["Josep Borrell", "Borrell", "EU High Representative", "European Union", "EU"],
    "MACRON": ["Emmanuel Macron", "Macron", "President Macron", "French President", "France"],
    "USUK_US": [
        "United States",
        "U.S.",
        "U.S. officials",
        "U.S. delegation",
        "Kurt Campbell",
        "Campbell",
    ],
    "USUK_UK": [
        "United Kingdom",
        "UK",
        "UK officials",
        "UK delegation",
        "David Quarrey",
        "Quarrey",
        "Her Majesty's Government",
    ],
    "VERESHCHUK": [
        "Iryna Vereshchuk",
        "Vereshchuk",
        "Deputy Prime Minister",
        "The Deputy Prime Minister",
        "Minister for Reintegration of the Temporarily Occupied Territories",
        "Ukraine",
    ],
    "BIDEN": [
        "Joe Biden",
        "Biden",
        "President Biden",
        "President Joseph R. Biden, Jr.",
        "The President",
        "United States",
    ],
    "DUDA": ["Andrzej Duda", "Duda", "President Duda", "President of Poland", "Poland"],
    "HARRIS": [
        "Kamala Harris",
        "Harris",
        "Vice President Kamala Harris",
        "The Vice President",
        "United States",
    ],
    "LEE": [
        "Lee Hsien Loong",
        "Lee",
        "Prime Minister Lee",
        "The Prime Minister",
        "Prime Minister of Singapore",
        "Singapore",
    ],
    "USEU_US": ["United States", "U.S.", "Lisa Peterson", "State Department"],
    "USEU_EU": ["European Union", "EU", "Eamon Gilmore", "European Union delegation"],
    "KULEBA": [
        "Dmytro Kuleba",
        "Kuleba",
        "Foreign Minister Kuleba",
        "Ukrainian Foreign Minister",
        "Ukraine",
    ],
    "AURESCU": [
        "Bogdan Aurescu",
        "Aurescu",
        "Foreign Minister Aurescu",
        "Romanian Foreign Minister",
        "Romania",
    ],
    "ARMENIA": ["Armenia", "Republic of Armenia", "Armenian delegation", "Ararat Mirzoyan"],
    "USARM": ["United States", "United States of America", "U.S.", "U.S. delegation"],
    "DONFRIED": [
        "Karen Donfried",
        "Donfried",
        "Assistant Secretary Donfried",
        "Assistant Secretary of State for European and Eurasian Affairs",
        "United States",
    ],
    "AKIBA": [
        "Akiba Takeo",
        "Akiba",
        "National Security Advisor Akiba",
        "The National Security Advisor",
        "Japanese National Security Advisor",
        "Japan",
    ],
}
GROUPS = {
    "BLINATO": ["BLI", "STOLTENBERG", "RAU", "BORRELL"],
    "USUK": ["USUK_US", "USUK_UK"],
    "USEU": ["USEU_US", "USEU_EU"],
    "USARMG": ["USARM", "ARMENIA"],
}
TARGETS = {
    "INDIA": ["India", "New Delhi", "India's Border Security Force", "BSF"],
    "PAKISTAN": ["Pakistan", "Islamabad"],
    "RU": ["Russia", "Russian Federation", "Moscow", "Kremlin", "Russian forces"],
    "PUTIN": ["Vladimir Putin", "President Putin", "Putin", "Russia"],
    "WIKILEAKS": ["WikiLeaks", "Julian Assange", "Assange"],
    "ISRAEL": ["Israel", "Israeli army"],
    "CHINA": ["China", "Beijing", "Chinese government"],
    "CHINASEC": ["Chinese security forces", "China"],
    "DALAI": ["Dalai Lama", "the Dalai Lama", "Tibet's exiled spiritual leader"],
    "US": ["United States", "U.S.", "Washington"],
    "USLAW": ["U.S. lawmakers", "lawmakers", "U.S. Congress", "United States"],
    "UA": ["Ukraine", "Ukrainian people", "people of Ukraine", "government and people of Ukraine"],
    "NATOALLIES": ["NATO Allies", "NATO allies", "NATO"],
    "SLOVAKIA": ["Slovakia", "Ivan Korcok", "Korcok", "Foreign Minister Korcok"],
    "POLAND": ["Poland", "Andrzej Duda", "President Duda", "people of Poland"],
    "SINGAPORE": ["Singapore", "Lee Hsien Loong", "Prime Minister Lee"],
    "ARMENIA": ["Armenia", "Nikol Pashinyan", "Pashinyan", "Armenian government"],
    "AZERBAIJAN": ["Azerbaijan", "Ilham Aliyev", "Aliyev", "President Aliyev"],
    "BALKANOFF": [
        "Nikola Gruevski",
        "Gruevski",
        "Sasho Mijalkov",
        "Mijalkov",
        "Gordana Tadić",
        "Tadić",
        "former officials",
    ],
    "GRUEVSKI": ["Nikola Gruevski", "Gruevski"],
    "MIJALKOV": ["Sasho Mijalkov", "Mijalkov"],
    "TADIC": ["Gordana Tadić", "Tadić", "Tadic"],
    "ROMANIA": ["Romania", "Bogdan Aurescu", "Aurescu"],
    "PALESTINIANS": ["Palestinian people", "Palestinians", "Palestinian Authority"],
    "PLC": [
        "Presidential Leadership Council",
        "the Council",
        "Rashad al-Alimi",
        "al-Alimi",
        "Yemen",
        "Yemeni government",
    ],
    "JAPAN": ["Japan", "Akiba Takeo", "Akiba"],
    "KAZAKHSTAN": ["Kazakhstan", "Mukhtar Tileuberdi", "Tileuberdi"],
    "TOKAYEV": ["Kassym-Jomart Tokayev", "Tokayev", "President Tokayev", "Kazakhstan"],
}

TABLES = Tables(CLAIMERS, TARGETS, GROUPS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
