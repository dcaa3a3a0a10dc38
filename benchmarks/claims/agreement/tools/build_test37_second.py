"""Build ``agreement/test37_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test37`` (round 36, branch ``agreement37``). The
labels are ``test37_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test37_sentences.jsonl`` (the lead's sentence file,
committed unchanged); a line ``N | -`` records a sentence judged to have no claim; every sentence
written must have a label line. The fields are read by ``labelled.py``, which describes them; this
builder holds only its file, its claimer and target tables. Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test37_sentences.jsonl",)
LABELS = HERE / "test37_labels_second.txt"
OUT = HERE.parent / "test37_second.jsonl"
# No document was left out: the lead named none.
DROPPED: tuple[str, ...] = ()

CLAIMERS = {
    # VOA: the Senkaku / Diaoyu islands (2012, 2013)
    "JAPAN": ["Japan", "Tokyo", "Japanese government"],
    "CHINA": ["China", "Beijing", "Chinese government"],
    "JCG": ["Japan Coast Guard", "Japan's Coast Guard", "Coast Guard", "The Coast Guard", "Japan"],
    "XINHUA": [
        "Xinhua",
        "Xinhua news agency",
        "China's official news agency",
        "China's Xinhua news agency",
        "China",
    ],
    "PROTESTERS": ["protesters", "hundreds of protesters", "Chinese protesters", "demonstrators"],
    "KYODO": ["Kyodo", "Kyodo news agency", "Japan's Kyodo news agency"],
    "JIANG": ["Jiang Zengwei", "Jiang", "China's vice commerce minister", "China"],
    "CHOFF": ["A Chinese official", "Chinese official", "China"],
    "JPEMB": ["Japanese Embassy", "The embassy", "Japanese Embassy in Beijing", "Japan"],
    "ABE": ["Shinzo Abe", "Abe", "Japan's Prime Minister", "Prime Minister Shinzo Abe", "Japan"],
    "JDM": ["Japan's defense ministry", "Japanese Defense Ministry", "defense ministry", "Japan"],
    "OBSERVERS": ["observers"],
    "PENTAGON": ["Pentagon", "The Pentagon", "U.S. Department of Defense", "United States"],
    "WHITEHOUSE": ["White House", "The White House", "United States"],
    "BIDENVP": [
        "Joe Biden",
        "Biden",
        "U.S. Vice President Joe Biden",
        "Vice President Biden",
        "United States",
    ],
    "USA": ["United States", "Washington", "U.S."],
    "SKOREA": ["South Korea", "Seoul"],
    # VOA: Scarborough Shoal (2012)
    "PHIL": ["Philippines", "Manila", "Philippine government"],
    "HER": [
        "Raul Hernandez",
        "Hernandez",
        "Philippine Foreign Affairs spokesperson",
        "Philippine Foreign Affairs spokesperson Raul Hernandez",
        "Philippines",
    ],
    "VIETNAM": ["Vietnam", "Hanoi"],
    "TAIWAN": ["Taiwan", "Taipei"],
    "MALAYSIA": ["Malaysia", "Kuala Lumpur"],
    "BRUNEI": ["Brunei"],
    # Wikinews: the Hariri investigation (2005)
    "UNINV": [
        "U.N. investigation",
        "an investigation submitted to the U.N. Security Council",
        "investigation",
        "U.N. report",
        "The report",
        "Detlev Mehlis",
        "United Nations",
    ],
    "DAKH": ["Mahdi Dakhlallah", "Dakhlallah", "Syrian Information Minister", "Syria"],
    "HARIRI": ["Rafik al-Hariri", "Hariri", "Rafik Hariri", "former Lebanese Prime Minister"],
    "LAHOFF": [
        "Emile Lahoud's office",
        "Lahoud's office",
        "Emile Lahoud",
        "Lahoud",
        "Lebanese President Emile Lahoud",
    ],
    "BOLTON": ["John Bolton", "Bolton", "U.S. ambassador to the United Nations", "United States"],
    # VOA: Iran's spy arrests (2011)
    "IRAN": ["Iran", "Tehran", "Iranian government"],
    "IRINT": [
        "Iran's Intelligence Ministry",
        "Intelligence Ministry",
        "Iranian Intelligence Ministry",
        "The statement",
        "Iran",
    ],
    # VOA: Kaesong (2013)
    "NKMEDIA": ["North Korean state media", "state media", "North Korea"],
    "PYRADIO": [
        "Pyongyang radio",
        "An announcer on Pyongyang radio",
        "North Korean state media",
        "North Korea",
    ],
    "KIMYG": [
        "Kim Yang Gon",
        "Kim",
        "secretary of the Workers Party central committee",
        "North Korea",
    ],
    "RYOO": [
        "Ryoo Kihl-jae",
        "Ryoo",
        "Unification Minister Ryoo Kihl-jae",
        "Unification Minister",
        "The top government official in Seoul charged with handling North-South relations",
        "South Korea",
    ],
    # VOA: Heglig (2012)
    "AU": ["African Union", "The African Union", "AU"],
    "AUPSC": [
        "AU Peace and Security Council",
        "The AU Peace and Security Council",
        "Peace and Security Council",
        "African Union",
        "AU",
    ],
    "LAM": [
        "Ramtane Lamamra",
        "Lamamra",
        "Peace and Security Commissioner",
        "Commissioner Lamamra",
        "African Union",
    ],
    "SUDAN": ["Sudan", "Khartoum", "The Khartoum government", "Khartoum government"],
    "AUDIP": ["AU diplomats", "African Union diplomats"],
    "KIIR": ["Salva Kiir", "Kiir", "South Sudan President Kiir", "South Sudan"],
    "SSUDAN": ["South Sudan", "Juba"],
    "UN": ["United Nations", "The United Nations", "UN", "U.N."],
    "DAGOOT": [
        "Majak D'Agoot",
        "D'Agoot",
        "Deputy Defense Minister Majak D'Agoot",
        "Deputy Defense Minister",
        "South Sudan",
    ],
    # White House, State Department
    "BIDEN": [
        "Joe Biden",
        "Biden",
        "President Biden",
        "Joseph R. Biden",
        "President Joseph R. Biden, Jr.",
        "United States",
    ],
    "USWE": ["United States", "We", "U.S.", "Joe Biden"],
    "USS": ["United States", "The United States", "U.S.", "We"],
    "FOS": ["United States", "United States of America", "We", "Friends of Sudan"],
    "BLI": [
        "Antony Blinken",
        "Antony J. Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State Antony J. Blinken",
        "United States",
    ],
    "SUL": [
        "Jake Sullivan",
        "Sullivan",
        "Mr. Sullivan",
        "National Security Advisor Jake Sullivan",
        "United States",
    ],
    "YANG": [
        "Yang Jiechi",
        "Yang",
        "Politburo Member Yang Jiechi",
        "Director of the Office of the Foreign Affairs Commission Yang Jiechi",
        "China",
    ],
    "SHE": [
        "Wendy Sherman",
        "Sherman",
        "Deputy Secretary Sherman",
        "The Deputy Secretary",
        "Deputy Secretary of State Wendy Sherman",
        "United States",
    ],
    "MORI": [
        "Mori Takeo",
        "Mori",
        "Vice Foreign Minister Mori",
        "Japanese Vice Foreign Minister Mori Takeo",
        "Japan",
    ],
    "RETNO": [
        "Retno Marsudi",
        "Retno",
        "Foreign Minister Retno",
        "Indonesian Foreign Minister Retno Marsudi",
        "Indonesia",
    ],
    # President of Ukraine items
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President of Ukraine",
        "The President of Ukraine",
        "Ukraine",
    ],
    "NAU": ["Gitanas Nausėda", "Nausėda", "Nauseda", "President of Lithuania", "Lithuania"],
    "DUDA": ["Andrzej Duda", "Duda", "President of Poland", "Poland"],
    "YER": [
        "Andriy Yermak",
        "Yermak",
        "Head of the President's Office",
        "The Head of the President's Office",
        "Head of the President's Office Andriy Yermak",
        "Ukraine",
    ],
    "EXPG": [
        "Yermak-McFaul International Expert Group",
        "expert group",
        "The document",
        "Sanctions Action Plan",
        "Andriy Yermak",
        "Michael McFaul",
    ],
}
GROUPS = {
    "LUBLIN": ["ZEL", "NAU", "DUDA"],
    "POLLIT": ["DUDA", "NAU"],
}
TARGETS = {
    "CHINA": ["China", "Beijing", "Chinese vessels", "Chinese patrol ships", "Chinese government"],
    "CHINAMIL": ["China", "Beijing", "Chinese navy", "Chinese warship", "Chinese navy frigate"],
    "JAPAN": ["Japan", "Tokyo", "Japanese government"],
    "PHIL": ["Philippines", "Manila"],
    "UNINV": [
        "U.N. investigation",
        "U.N. report",
        "the report",
        "investigation",
        "United Nations",
        "Detlev Mehlis",
    ],
    "SYRIA": ["Syria", "Syrian officials", "Syrian security officials", "the Syrians", "Damascus"],
    "LEB": ["Lebanese officials", "Lebanon"],
    "LAHOUD": ["Emile Lahoud", "Lahoud", "Lebanese President Emile Lahoud"],
    "CIA": [
        "Central Intelligence Agency",
        "CIA",
        "U.S. Central Intelligence Agency",
        "United States",
    ],
    "SK": ["South Korea", "South Korean authorities", "Seoul"],
    "NK": ["North Korea", "Pyongyang", "DPRK"],
    "SSUDAN": ["South Sudan", "Juba", "the south", "South Sudanese troops"],
    "SSKIIR": ["South Sudan", "Salva Kiir", "Kiir", "the south", "Juba"],
    "SUDAN": ["Sudan", "Khartoum", "the north"],
    "RUSSIA": ["Russia", "Russian Federation", "Moscow", "Kremlin"],
    "UKRAINE": ["Ukraine", "Ukrainian people", "people of Ukraine", "brave people of Ukraine"],
    "HOUTHIS": ["Houthis", "Houthi", "Houthi rebels", "Ansarallah"],
    "SAUDI": ["Saudi Arabia", "Kingdom of Saudi Arabia", "the Kingdom"],
    "POLAND": ["Poland", "Andrzej Duda", "Duda", "President of Poland"],
    "LITHUANIA": ["Lithuania", "Gitanas Nausėda", "Nausėda", "President of Lithuania"],
    "ZEL": ["Volodymyr Zelenskyy", "Zelenskyy", "President of Ukraine"],
    "CONGRESS": ["Congress", "U.S. Congress", "the Congress"],
    "EU": ["European Union", "EU"],
    "ALIYEV": ["Ilham Aliyev", "Aliyev", "President Aliyev", "Azerbaijan"],
    "PASH": ["Nikol Pashinyan", "Pashinyan", "Prime Minister Pashinyan", "Armenia"],
    "UNITAMS": [
        "UNITAMS",
        "UN Integrated Transition Assistance Mission to Sudan",
        "United Nations",
    ],
    "AU": ["African Union", "AU"],
    "IGAD": ["IGAD", "Intergovernmental Authority on Development"],
    "SUDAUTH": ["Sudanese authorities", "Sudan"],
    "SUDPEOPLE": ["Sudanese people", "Sudan"],
    "EXPG": [
        "Yermak-McFaul International Expert Group",
        "expert group",
        "the expert group",
        "McFaul-Yermak group",
    ],
    "EGYPT": ["Egypt", "Abdel Fattah Al Sisi", "Sisi", "President Sisi", "President Al Sisi"],
    "IRAQ": ["Government of Iraq", "Iraq"],
    "INDONESIA": ["Indonesia"],
    "TURKEY": ["Turkey", "Turkish government", "government of Turkey"],
}

TABLES = Tables(CLAIMERS, TARGETS, GROUPS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
