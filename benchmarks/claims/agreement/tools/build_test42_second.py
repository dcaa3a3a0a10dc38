"""Build ``agreement/test42_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test42`` (round 41, branch ``agreement42``). The
labels are ``test42_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test42_second_sentences.jsonl`` (the lead's
handed-over sentence file, committed unchanged); a line ``N | -`` records a sentence judged to have
no claim; every sentence must have a label line. The fields are read by ``labelled.py``, which
describes them; this builder holds only its files, its claimer and target tables and the documents
left out (none). Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test42_second_sentences.jsonl",)
LABELS = HERE / "test42_labels_second.txt"
OUT = HERE.parent / "test42_second.jsonl"
DROPPED: tuple[str, ...] = ()

CLAIMERS = {
    # VOA: South Korea and the North's threat
    "CHUN": [
        "Chun Yung-woo",
        "Chun",
        "National Security Adviser",
        "South Korea's top national security official",
        "South Korea",
        "Seoul",
    ],
    "NK": ["North Korea", "Pyongyang", "DPRK"],
    "JON": [
        "Jon Yong Ryong",
        "Jon",
        "North Korean diplomat",
        "a North Korean diplomat",
        "North Korea",
        "Pyongyang",
    ],
    "LEE": [
        "Lee Myung-bak",
        "Lee",
        "South Korean President Lee Myung-bak",
        "President Lee",
        "South Korea",
    ],
    # State Department briefings (the spokesperson's opening remarks)
    "PSAKI": [
        "Jen Psaki",
        "Psaki",
        "MS. PSAKI",
        "Spokesperson",
        "State Department",
        "United States",
    ],
    "USPSAKI": [
        "United States",
        "United States Government",
        "U.S.",
        "We",
        "Jen Psaki",
        "Psaki",
        "State Department",
    ],
    "KERRY": ["John Kerry", "Kerry", "Secretary Kerry", "He", "United States"],
    "OBAMA": ["Barack Obama", "Obama", "President Obama", "The President", "He", "United States"],
    # White House: Neuberger
    "NEU": [
        "Anne Neuberger",
        "Neuberger",
        "Deputy National Security Advisor for Cyber and Emerging Technology Anne Neuberger",
        "She",
        "United States",
    ],
    # Kremlin
    "PUT": [
        "Vladimir Putin",
        "Putin",
        "President of Russia",
        "the President of Russia",
        "The President",
        "Russia",
    ],
    "MIRZ": [
        "Shavkat Mirziyoyev",
        "Mirziyoyev",
        "President of Uzbekistan",
        "President of the Republic of Uzbekistan",
        "Uzbekistan",
    ],
    "ALI": [
        "Ilham Aliyev",
        "Aliyev",
        "President of Azerbaijan",
        "President of the Republic of Azerbaijan",
        "Azerbaijan",
    ],
    "LUK": [
        "Alexander Lukashenko",
        "Lukashenko",
        "President of Belarus",
        "President of the Republic of Belarus",
        "Belarus",
    ],
    # State Department readouts and statements
    "SHE": [
        "Wendy Sherman",
        "Sherman",
        "Wendy R. Sherman",
        "Deputy Secretary Sherman",
        "The Deputy Secretary",
        "Deputy Secretary of State Wendy Sherman",
        "United States",
    ],
    "SAN": [
        "Stefano Sannino",
        "Sannino",
        "Secretary-General",
        "European External Action Service",
        "European Union",
        "EU",
    ],
    "MOLS": [
        "Jesper Moller Sorensen",
        "Moller Sorensen",
        "Acting Permanent Secretary",
        "Denmark",
    ],
    "BLI": [
        "Antony Blinken",
        "Antony J. Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State",
        "United States",
    ],
    "EBR": ["Marcelo Ebrard", "Ebrard", "Foreign Secretary Ebrard", "Foreign Secretary", "Mexico"],
    "STO": [
        "Jens Stoltenberg",
        "Stoltenberg",
        "NATO Secretary General",
        "Secretary General Stoltenberg",
        "NATO",
    ],
    "BONGO": [
        "Ali Bongo Ondimba",
        "Bongo Ondimba",
        "President Bongo Ondimba",
        "Gabonese President Ali Bongo Ondimba",
        "Gabon",
    ],
    "USST": ["United States", "U.S.", "the United States", "We", "Antony Blinken"],
    "DOS": [
        "Department of State",
        "the Department of State",
        "State Department",
        "United States",
        "We",
        "Antony Blinken",
    ],
    # Blinken and Popescu before their meeting (a transcript)
    "BLIT": [
        "Antony Blinken",
        "Blinken",
        "SECRETARY BLINKEN",
        "Secretary Blinken",
        "United States",
        "We",
    ],
    "POP": [
        "Nicu Popescu",
        "Popescu",
        "FOREIGN MINISTER POPESCU",
        "Foreign Minister Popescu",
        "Moldova",
        "We",
    ],
    # White House: Sullivan
    "SUL": [
        "Jake Sullivan",
        "Sullivan",
        "Mr. Sullivan",
        "National Security Advisor Jake Sullivan",
        "United States",
    ],
    "SHM": ["Denys Shmyhal", "Shmyhal", "Prime Minister Denys Shmyhal", "Ukraine"],
    # President of Ukraine: the telethon interview
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President of Ukraine",
        "The President",
        "The Head of State",
        "Ukraine",
    ],
    "ANALYSTS": ["analysts"],
    # White House: the U.S.-GCC joint statement and the Mali letters
    "USL": ["United States", "Joe Biden", "President Biden", "Biden", "The leaders", "They"],
    "GCC": [
        "Gulf Cooperation Council",
        "GCC",
        "GCC member states",
        "leaders of the GCC member states",
        "the leaders of the GCC member states",
        "The leaders",
        "They",
    ],
    "BID": ["Joe Biden", "Biden", "President Biden", "JOSEPH R. BIDEN JR.", "United States", "I"],
}
GROUPS = {
    "USGCC": ["USL", "GCC"],
}
TARGETS = {
    "NK": ["North Korea", "Pyongyang", "DPRK", "North Korean diplomat", "Jon Yong Ryong"],
    "SK": ["South Korea", "the South", "Seoul"],
    "LEE": ["Lee Myung-bak", "Lee", "South Korean President Lee Myung-bak", "South Korea"],
    "RU": ["Russia", "Russian Federation", "the Russian Federation", "Moscow", "Kremlin"],
    "UA": [
        "Ukraine",
        "people of Ukraine",
        "the government and people of Ukraine",
        "Ukrainian people",
        "Kyiv",
    ],
    "DEN": ["Denmark"],
    "QATAR": [
        "Qatar",
        "Mohammed bin Abdulrahman Al-Thani",
        "Al-Thani",
        "the Foreign Minister",
        "Qatari Minister of Foreign Affairs",
    ],
    "GRUND": [
        "Hans Grundberg",
        "Grundberg",
        "UN Special Envoy",
        "UN Special Envoy for Yemen",
        "United Nations",
    ],
    "LAT": ["Latvia", "Baltic states", "Edgars Rinkevics", "Rinkevics"],
    "LIT": ["Lithuania", "Baltic states", "Gabrielius Landsbergis", "Landsbergis"],
    "EST": ["Estonia", "Baltic states", "Eva-Maria Liimets", "Liimets"],
    "RUS_UZ": ["Russia", "Russian Federation", "Moscow"],
    "COL": [
        "Colombia",
        "the government of Colombia",
        "Colombian government",
        "Iván Duque",
        "Ivan Duque",
        "Duque",
        "Colombian President Duque",
    ],
    "TUR": ["Turkey", "Türkiye", "Ankara"],
    "CAV": ["Mevlut Cavusoglu", "Cavusoglu", "Foreign Minister Cavusoglu", "Turkey"],
    "MEX": ["Mexico", "Mexican government"],
    "ROK": ["Republic of Korea", "ROK", "South Korea", "the ROK"],
    "AUS": ["Australia", "NATO's Asia-Pacific partners"],
    "JPN": ["Japan", "NATO's Asia-Pacific partners"],
    "ROKN": ["Republic of Korea", "South Korea", "ROK", "NATO's Asia-Pacific partners"],
    "NZ": ["New Zealand", "NATO's Asia-Pacific partners"],
    "NATO": ["NATO", "North Atlantic Treaty Organization"],
    "MOL": ["Moldova", "Nicu Popescu", "Popescu", "Nicu", "Moldovan people", "the Moldovan people"],
    "US": ["United States", "U.S.", "the United States"],
    "ACG": ["Arab Coordination Group", "ACG"],
    "OPEC": ["OPEC+", "OPEC Plus", "OPEC+ members"],
    "KSA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "the Kingdom of Saudi Arabia"],
    "GCC": ["Gulf Cooperation Council", "GCC", "GCC member states", "GCC countries"],
    "USB": ["United States", "Joe Biden", "President Biden", "Biden"],
    "UAE": ["United Arab Emirates", "UAE", "Mohammed bin Zayed", "Crown Prince Mohammed bin Zayed"],
    "LAPID": ["Yair Lapid", "Lapid", "Israeli Foreign Minister Lapid", "Israel"],
}

TABLES = Tables(CLAIMERS, TARGETS, GROUPS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
