"""Build ``agreement/test39_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test39`` (round 38, branch ``agreement39``). The
labels are ``test39_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test39_sentences.jsonl`` (the lead's sentence file,
committed unchanged); a line ``N | -`` records a sentence judged to have no claim; every sentence
written must have a label line. The fields are read by ``labelled.py``, which describes them; this
builder holds only its file, its claimer and target tables. Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test39_sentences.jsonl",)
LABELS = HERE / "test39_labels_second.txt"
OUT = HERE.parent / "test39_second.jsonl"
# No document was left out: the lead named none.
DROPPED: tuple[str, ...] = ()

CLAIMERS = {
    # VOA: China and Vietnam at sea (2011)
    "CHINA": ["China", "Beijing", "Chinese government"],
    "CFM": [
        "Chinese Foreign Ministry",
        "The Chinese Foreign Ministry",
        "China's Foreign Ministry",
        "China",
    ],
    "HONG": [
        "Hong Lei",
        "Hong",
        "Chinese Foreign Ministry spokesman Hong Lei",
        "The spokesman",
        "Chinese Foreign Ministry spokesman",
        "China",
    ],
    "CHOFFS": ["Chinese officials", "China"],
    "LEI": [
        "Lei Jianchao",
        "China's ambassador to the Philippines",
        "Chinese ambassador",
        "Liu Jianchao",
        "China",
    ],
    "VIETNAM": ["Vietnam", "Hanoi", "Vietnamese government", "Vietnam government"],
    "PHIL": ["Philippines", "Manila", "Philippine government"],
    "BRUNEI": ["Brunei"],
    "TAIWAN": ["Taiwan", "Taipei"],
    "MALAYSIA": ["Malaysia", "Kuala Lumpur"],
    "DUNG": [
        "Nguyen Tan Dung",
        "Dung",
        "Vietnam's Prime Minister Nguyen Tan Dung",
        "Vietnam's Prime Minister",
        "Vietnam",
    ],
    # VOA: Pakistan and Afghanistan (2011)
    "PAK": ["Pakistan", "Islamabad", "Pakistan's government", "Pakistani government"],
    "KARZAI": [
        "Hamid Karzai",
        "Karzai",
        "Mr. Karzai",
        "Afghan President Hamid Karzai",
        "The Afghan leader",
        "Afghanistan",
    ],
    "ABBAS": [
        "Athar Abbas",
        "Abbas",
        "Major General Athar Abbas",
        "Pakistani army spokesman",
        "Pakistani army spokesman Major General Athar Abbas",
        "Pakistan",
    ],
    "KAYANI": [
        "Ashfaq Kayani",
        "Kayani",
        "General Kayani",
        "Pakistani army chief General Ashfaq Kayani",
        "Pakistan",
    ],
    "AFG": ["Afghanistan", "Kabul", "Afghan government"],
    # State Department, White House
    "BLI": [
        "Antony Blinken",
        "Antony J. Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State Antony J. Blinken",
        "United States",
    ],
    "BLII": [
        "Antony Blinken",
        "Antony J. Blinken",
        "Blinken",
        "I",
        "Secretary of State",
        "United States",
    ],
    "MABBAS": [
        "Mahmoud Abbas",
        "Abbas",
        "President Abbas",
        "The President",
        "Palestinian Authority President Mahmoud Abbas",
        "Palestinian Authority",
    ],
    "ABDULLAH": [
        "King Abdullah II",
        "Abdullah II",
        "King Abdullah",
        "His Majesty King Abdullah II of Jordan",
        "Jordan",
    ],
    "SHE": [
        "Wendy Sherman",
        "Sherman",
        "Deputy Secretary Sherman",
        "The Deputy Secretary",
        "Deputy Secretary of State Wendy Sherman",
        "United States",
    ],
    "BORGES": [
        "Julio Borges",
        "Borges",
        "Commissioner Borges",
        "Venezuelan Interim Government International Relations Commissioner Julio Borges",
        "Venezuela",
    ],
    "BIDEN": [
        "Joe Biden",
        "Biden",
        "President Biden",
        "The President",
        "Joseph R. Biden",
        "President Joseph R. Biden, Jr.",
        "I",
        "United States",
    ],
    "JOHNSON": [
        "Boris Johnson",
        "Johnson",
        "Prime Minister Boris Johnson",
        "Prime Minister Johnson",
        "United Kingdom",
    ],
    "MACRON": ["Emmanuel Macron", "Macron", "President Emmanuel Macron", "France"],
    "BORRELL": [
        "Josep Borrell",
        "Borrell",
        "High Representative Borrell",
        "EU High Representative Josep Borrell",
        "The High Representative",
        "European Union",
    ],
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President Zelenskyy",
        "President of Ukraine",
        "The President",
        "The head of state",
        "He",
        "Ukraine",
    ],
    "USS": ["United States", "The United States", "U.S.", "We", "America"],
    "USWE": ["United States", "We", "U.S.", "My Administration", "Joe Biden"],
    "LIPAVSKY": [
        "Jan Lipavsky",
        "Lipavsky",
        "Czech Foreign Minister Jan Lipavsky",
        "Czech Republic",
    ],
    "SUL": [
        "Jake Sullivan",
        "Sullivan",
        "Mr. Sullivan",
        "National Security Advisor Jake Sullivan",
        "United States",
    ],
    "COLONNA": [
        "Catherine Colonna",
        "Colonna",
        "Foreign Minister Colonna",
        "French Minister for Europe and Foreign Affairs Catherine Colonna",
        "France",
    ],
    "TRUDEAU": [
        "Justin Trudeau",
        "Trudeau",
        "Prime Minister Trudeau",
        "Prime Minister Justin Trudeau",
        "The Prime Minister",
        "Canada",
    ],
    "UNHCR": ["UN Refugee Agency", "UNHCR", "United Nations"],
    # President of Ukraine: the Yermak-McFaul expert group
    "EXPG": [
        "Yermak-McFaul International Expert Group",
        "Yermak-McFaul international expert group",
        "The expert group",
        "The authors of the roadmap for energy sanctions",
        "The document",
        "Members of the Yermak-McFaul international expert group",
        "Andriy Yermak",
        "Michael McFaul",
    ],
}
GROUPS = {
    "BLIABBAS": ["BLI", "MABBAS"],
    "BLIABD": ["BLI", "ABDULLAH"],
    "SHEBOR": ["SHE", "BORGES"],
    "BIDJOH": ["BIDEN", "JOHNSON"],
    "BIDMAC": ["BIDEN", "MACRON"],
    "BLIBOR": ["BLI", "BORRELL"],
    "BIDZEL": ["BIDEN", "ZEL"],
    "BLILIP": ["BLI", "LIPAVSKY"],
    "BLICOL": ["BLI", "COLONNA"],
    "BIDTRU": ["BIDEN", "TRUDEAU"],
    "AFPAK": ["AFG", "PAK"],
    "PHVN": ["PHIL", "VIETNAM"],
}
TARGETS = {
    "CHINA": ["China", "Beijing", "Chinese vessels", "Chinese fishing trawler", "Chinese"],
    "VIETNAM": ["Vietnam", "Hanoi", "Vietnamese"],
    "PHIL": ["Philippines", "Manila"],
    "PAK": ["Pakistan", "Islamabad", "Pakistani military", "its military", "Pakistani"],
    "KARZAI": ["Hamid Karzai", "Karzai", "Mr. Karzai", "Afghan President Hamid Karzai"],
    "AFG": ["Afghanistan", "Kabul"],
    "EGYPT": ["Egypt"],
    "JORDAN": [
        "Jordan",
        "Hashemite Kingdom of Jordan",
        "King Abdullah II",
        "Abdullah II",
        "King Abdullah",
    ],
    "ISRAEL": ["Israel"],
    "BLINKEN": ["Antony Blinken", "Blinken", "Secretary Blinken", "United States"],
    "UKRAINE": [
        "Ukraine",
        "Ukrainian people",
        "people of Ukraine",
        "government of Ukraine",
        "armed forces of Ukraine",
    ],
    "UKRABROAD": ["Ukrainians abroad", "Ukrainians living abroad", "Ukraine"],
    "RUSSIA": ["Russia", "Russian Federation", "Moscow", "Kremlin", "Russia's military forces"],
    "PUTIN": ["Vladimir Putin", "Putin", "President Putin", "Russia"],
    "BELARUS": ["Belarus", "Lukashenka regime", "Lukashenka", "Alexander Lukashenka"],
    "EU": ["European Union", "EU"],
    "EC": ["European Commission", "European Union", "EU"],
    "MOLDOVA": ["Moldova", "Maia Sandu", "Sandu", "President Sandu"],
    "UN": [
        "United Nations",
        "UN",
        "U.N.",
        "Antonio Guterres",
        "Guterres",
        "Secretary-General",
    ],
    "GREECE": ["Greece", "Mitsotakis", "Prime Minister Mitsotakis"],
    "CZECH": [
        "Czech Republic",
        "Government of the Czech Republic",
        "Czechia",
        "Jan Lipavsky",
        "Lipavsky",
    ],
    "KOSOVO": ["Kosovo", "Albin Kurti", "Kurti", "Prime Minister Albin Kurti"],
    "CANADA": ["Canada", "Justin Trudeau", "Trudeau", "Prime Minister Trudeau"],
}

TABLES = Tables(CLAIMERS, TARGETS, GROUPS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
