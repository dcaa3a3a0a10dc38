"""Build ``agreement/test41_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test41`` (round 40, branch ``agreement41``). The
labels are ``test41_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test41_second_sentences.jsonl`` (the lead's
handed-over ``test41_sentences_final.jsonl``, 27 documents and 223 sentences, copied unchanged);
a line ``N | -`` records a sentence judged to have no claim; every sentence must have a label
line. The fields are read by ``labelled.py``, which describes them; this builder holds only its
file, its claimer and target tables and the documents left out (none). Nothing of ``kg`` is
imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test41_second_sentences.jsonl",)
LABELS = HERE / "test41_labels_second.txt"
OUT = HERE.parent / "test41_second.jsonl"
DROPPED: tuple[str, ...] = ()

CLAIMERS = {
    # VOA: Cambodia
    "KHENG": [
        "Sar Kheng",
        "Kheng",
        "Cambodia Interior Minister Sar Kheng",
        "Interior Minister",
        "Cambodia",
        "Cambodian People's Party",
    ],
    "PROTESTERS": [
        "The protesters",
        "protesters",
        "Cambodia National Rescue Party",
        "CNRP",
        "opposition",
    ],
    "CHHAY": [
        "Son Chhay",
        "Chhay",
        "the opposition's chief whip",
        "Cambodia National Rescue Party",
    ],
    "MEASNY": ["Meas Ny", "Ny", "a political analyst", "political analyst"],
    # VOA: Burma
    "BURMA": ["Burma", "Burma's government", "Myanmar", "Burmese government", "government"],
    "NLM": ["New Light of Myanmar", "An article", "state-run newspaper", "Burma", "Myanmar"],
    "STATEMEDIA": [
        "State media",
        "Burmese state media",
        "New Light of Myanmar",
        "Burma",
        "Myanmar",
    ],
    "USEMB": [
        "U.S. Embassy in Rangoon",
        "U.S. Embassy",
        "US Embassy",
        "American Embassy",
        "United States",
    ],
    # VOA: Zimbabwe
    "MDC": ["Movement for Democratic Change", "MDC", "Zimbabwe's main opposition party"],
    "HERALD": ["The Herald", "Herald", "the state-controlled daily", "The newspaper", "Zimbabwe"],
    "SHAMU": [
        "Webster Shamu",
        "Shamu",
        "ZANU-PF's election spokesperson",
        "ZANU-PF",
    ],
    "NYATHI": [
        "Paul Themba Nyathi",
        "Themba Nyathi",
        "Nyathi",
        "Mr. Themba Nyathi",
        "opposition spokesperson",
        "Movement for Democratic Change",
        "MDC",
    ],
    "MDCSTMT": [
        "Movement for Democratic Change",
        "MDC",
        "An MDC press statement",
        "MDC press statement",
        "The statement",
    ],
    "ZIMGOV": ["Zimbabwe", "the government", "Zimbabwean government", "government of Zimbabwe"],
    # VOA: Senkaku / Diaoyu
    "CHINA": ["China", "Beijing"],
    "TAIWAN": ["Taiwan", "Taipei"],
    "JPMEDIA": ["Japanese media reports", "Japanese media", "media reports"],
    "MUK": [
        "Koichi Mukoyama",
        "Mukoyama",
        "Lawmaker Koichi Mukoyama",
        "Democratic Party of Japan",
        "Japan",
    ],
    "KATS": [
        "Koichiro Katsumata",
        "Katsumata",
        "Another DPJ lawmaker",
        "Democratic Party of Japan",
        "Japan",
    ],
    # State Department briefings: the spokesperson, and his "we"
    "TONER": [
        "Mark Toner",
        "Toner",
        "Mark C. Toner",
        "MR TONER",
        "Deputy Spokesperson Mark C. Toner",
        "State Department",
        "United States",
    ],
    "USTON": [
        "United States",
        "U.S.",
        "We",
        "State Department",
        "Mark Toner",
        "Toner",
        "Mark C. Toner",
    ],
    "UNEXP": [
        "United Nations human rights experts",
        "UN human rights experts",
        "special rapporteur on freedom of opinion and expression",
        "United Nations",
    ],
    "CPJ": ["Committee to Protect Journalists", "CPJ"],
    "PETITION": ["change.org petition", "a change.org petition", "petition"],
    # White House and State Department readouts
    "BID": [
        "Joe Biden",
        "Joseph R. Biden, Jr.",
        "Biden",
        "President Biden",
        "President Joseph R. Biden, Jr.",
        "The President",
        "President Joe Biden",
        "United States",
    ],
    "MAC": ["Emmanuel Macron", "Macron", "President Macron", "President Emmanuel Macron", "France"],
    "SCH": ["Olaf Scholz", "Scholz", "Chancellor Scholz", "Chancellor Olaf Scholz", "Germany"],
    "JOH": ["Boris Johnson", "Johnson", "Prime Minister Johnson", "United Kingdom"],
    "BLI": [
        "Antony Blinken",
        "Antony J. Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State Antony J. Blinken",
        "United States",
    ],
    "CAV": [
        "Mevlut Cavusoglu",
        "Cavusoglu",
        "Foreign Minister Cavusoglu",
        "Turkish Foreign Minister Mevlut Cavusoglu",
        "Turkey",
    ],
    "AUS": [
        "Lloyd Austin",
        "Lloyd J. Austin III",
        "Austin",
        "Secretary Austin",
        "Secretary of Defense Lloyd J. Austin III",
        "United States",
    ],
    "SUL": [
        "Jake Sullivan",
        "Sullivan",
        "Mr. Sullivan",
        "National Security Advisor Jake Sullivan",
        "United States",
    ],
    "KAL": ["Ibrahim Kalin", "Kalin", "Dr. Ibrahim Kalin", "Turkey"],
    "USA": ["United States", "U.S.", "the U.S."],
    "HAR": [
        "Kamala Harris",
        "Harris",
        "Vice President Harris",
        "Vice President Kamala Harris",
        "The Vice President",
        "United States",
    ],
    "STO": [
        "Jens Stoltenberg",
        "Stoltenberg",
        "NATO Secretary General Jens Stoltenberg",
        "NATO Secretary General",
        "NATO",
    ],
    "COV": ["Simon Coveney", "Coveney", "Minister for Foreign Affairs", "Ireland"],
    "OPR": ["Ion Oprișor", "Ion Oprisor", "Oprișor", "Oprisor", "Romania"],
    "TRU": ["Justin Trudeau", "Trudeau", "Prime Minister Trudeau", "Canada"],
    "WHUS": ["United States", "We", "White House", "Jen Psaki", "Press Secretary Jen Psaki"],
    "CONGLEAD": [
        "Congressional leaders in both parties",
        "Congressional leaders",
        "Congress",
    ],
    "CONGREP": ["several Congressional Republicans", "Congressional Republicans", "Republicans"],
    # Kremlin readouts
    "PUT": [
        "Vladimir Putin",
        "Putin",
        "President of Russia",
        "The President of Russia",
        "Russia",
    ],
    "LOU": ["Joao Lourenco", "Lourenco", "President of Angola", "Angola"],
    "ALI": ["Ilham Aliyev", "Aliyev", "President of Azerbaijan", "Azerbaijan"],
    # President of Ukraine items
    "YER": [
        "Andriy Yermak",
        "Yermak",
        "Head of the Office of the President of Ukraine",
        "The Head of the Office of the President",
        "The Head of the President's Office",
        "Ukraine",
    ],
    "WIL": [
        "Damon Wilson",
        "Wilson",
        "President of the National Endowment for Democracy",
        "National Endowment for Democracy",
        "NED",
    ],
}
TARGETS = {
    "CNRP": [
        "Cambodia National Rescue Party",
        "CNRP",
        "opposition",
        "opposition Cambodia National Rescue Party (CNRP) lawmakers",
        "The protesters",
        "opposition leaders",
        "the opposition party leaders",
    ],
    "CPP": ["Cambodian People's Party", "CPP", "ruling Cambodian People's Party", "Cambodia"],
    "SOKHA": ["Kem Sokha", "Sokha", "Cambodia National Rescue Party", "CNRP"],
    "RAINSY": ["Sam Rainsy", "Rainsy", "Cambodia National Rescue Party", "CNRP"],
    "USEMB": ["U.S. Embassy", "U.S. embassy", "United States", "U.S.", "Western embassies"],
    "UKEMB": [
        "British Embassy",
        "British embassy",
        "Britain",
        "United Kingdom",
        "Western embassies",
    ],
    "NLD": ["National League for Democracy", "NLD", "opposition National League for Democracy"],
    "MDC": [
        "Movement for Democratic Change",
        "MDC",
        "opposition party",
        "the opposition",
        "Zimbabwe's main opposition party",
    ],
    "HERALD": ["The Herald", "Herald", "The newspaper", "the state-controlled daily", "Zimbabwe"],
    "ZANUPF": ["ZANU-PF", "Webster Shamu", "Shamu", "ruling ZANU-PF party"],
    "CIO": [
        "Central Intelligence Organization",
        "CIO",
        "the government spy organization",
        "Zimbabwe",
    ],
    "CHACT": ["Chinese activists", "Chinese people", "China"],
    "JAPAN": ["Japan", "Japanese government", "Tokyo"],
    "IRAN": ["Iran", "Iranian government", "Tehran"],
    "KHAMENEI": ["Iran's supreme leader", "Ali Khamenei", "Khamenei", "Iran"],
    "PETITION": ["change.org petition", "petition"],
    "TALIBAN": ["Taliban", "the Taliban"],
    "ANDSF": [
        "Afghan National Defense and Security Forces",
        "ANDSF",
        "Afghan forces",
        "Afghanistan",
    ],
    "AFGH": ["Afghanistan", "Afghan partners", "our Afghan partners", "Afghan government"],
    "RU": ["Russia", "Russian Federation", "Russian Government", "Moscow", "Kremlin"],
    "LEVADA": ["Levada Center", "The Levada Center"],
    "UA": [
        "Ukraine",
        "Ukrainian people",
        "people of Ukraine",
        "Ukrainians",
        "government of Ukraine",
        "Kyiv",
    ],
    "RAU": ["Zbigniew Rau", "Rau", "Foreign Minister Rau", "Polish Foreign Minister", "Poland"],
    "POLAND": ["Poland", "Zbigniew Rau", "Rau", "the Foreign Minister"],
    "GERMANY": ["Germany", "Olaf Scholz", "Scholz", "Chancellor Scholz"],
    "CONGRESS": ["Congress", "Congressional leaders", "U.S. Congress"],
    "HOUSE": [
        "House leadership",
        "House",
        "House of Representatives",
        "members of the Appropriations committee",
        "Appropriations committee",
        "Congress",
    ],
    "TURKEY": ["Turkey", "Ibrahim Kalin", "Kalin"],
    "SWEDEN": ["Sweden"],
    "FINLAND": ["Finland"],
    "NATO": ["NATO", "Transatlantic Alliance", "North Atlantic Treaty Organization"],
    "UAAF": [
        "Armed Forces of Ukraine",
        "our Armed Forces",
        "Ukrainian army",
        "Armed Forces",
        "Ukraine",
    ],
    "ROMANIA": ["Romania", "Ion Oprișor", "Oprișor"],
    "US": ["United States", "U.S.", "US", "America"],
    "CANADA": ["Canada", "Justin Trudeau", "Trudeau"],
}
GROUPS = {
    "BIDMAC": ["BID", "MAC"],
    "BLICAV": ["BLI", "CAV"],
    "BIDSCH": ["BID", "SCH"],
    "QUAD": ["BID", "MAC", "SCH", "JOH"],
    "BLIAUS": ["BLI", "AUS"],
    "SULKAL": ["SUL", "KAL"],
    "HARSTO": ["HAR", "STO"],
    "PUTLOU": ["PUT", "LOU"],
    "SULCOV": ["SUL", "COV"],
    "SULOPR": ["SUL", "OPR"],
    "BIDTRU": ["BID", "TRU"],
    "PUTALI": ["PUT", "ALI"],
}

TABLES = Tables(CLAIMERS, TARGETS, GROUPS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
