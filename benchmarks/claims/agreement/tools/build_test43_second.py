"""Build ``agreement/test43_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test43`` (round 42, branch ``agreement43``). The
labels are ``test43_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test43_second_sentences.jsonl`` (the lead's
handed-over sentence file, committed unchanged); a line ``N | -`` records a sentence judged to
have no claim; every sentence must have a label line. The fields are read by ``labelled.py``,
which describes them; this builder holds only its files and its claimer and target tables.
Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test43_second_sentences.jsonl",)
LABELS = HERE / "test43_labels_second.txt"
OUT = HERE.parent / "test43_second.jsonl"
# No document is left out.
DROPPED: tuple[str, ...] = ()

US = ["United States", "U.S.", "US", "Washington", "We"]

CLAIMERS = {
    # VOA: China and the lockdown messages
    "USINTEL": ["U.S. intelligence agencies", "intelligence agencies", "United States"],
    "NYT": ["The New York Times", "New York Times", "The Times", "The newspaper"],
    "NSC": ["National Security Council", "NSC", "United States"],
    "TWOOFF": [
        "Two of the officials",
        "American officials",
        "U.S. officials",
        "officials",
        "United States",
    ],
    "CHMFA": [
        "Chinese Foreign Ministry",
        "The Chinese Foreign Ministry",
        "China's Foreign Ministry",
        "China",
        "Beijing",
    ],
    "POMPEO": [
        "Mike Pompeo",
        "Pompeo",
        "U.S. Secretary of State Mike Pompeo",
        "Secretary of State",
        "United States",
    ],
    # VOA: the Houthis
    "HOUTHILEAD": ["Houthi leaders", "Houthis", "the Houthis", "the group", "Houthi rebels"],
    "STSPOX": [
        "State Department spokesperson",
        "A spokesperson from the U.S. State Department",
        "The spokesperson",
        "U.S. State Department",
        "State Department",
        "United States",
        "Washington",
    ],
    # @StateDept posts
    "SPOX14": [
        "State Department Spokesperson",
        "@StateDeptSpox",
        "StateDeptSpox",
        "Jen Psaki",
        "State Department",
        "United States",
    ],
    "SPOX22": [
        "State Department Spokesperson",
        "@StateDeptSpox",
        "StateDeptSpox",
        "Ned Price",
        "State Department",
        "United States",
    ],
    "USSPOX22": [
        "United States",
        "The U.S.",
        "U.S.",
        "State Department Spokesperson",
        "@StateDeptSpox",
        "Ned Price",
    ],
    "USSPOX18": [
        "United States",
        "The U.S.",
        "U.S.",
        "State Department Spokesperson",
        "@statedeptspox",
        "Heather Nauert",
    ],
    "WHA": [
        "Assistant Secretary of State for Western Hemisphere Affairs",
        "@WHAAsstSecty",
        "WHAAsstSecty",
        "Roberta Jacobson",
        "United States",
    ],
    "KERRY": ["John Kerry", "@JohnKerry", "JohnKerry", "Kerry", "Secretary Kerry", "United States"],
    "BLINKEN": [
        "Antony Blinken",
        "@SecBlinken",
        "SecBlinken",
        "Blinken",
        "Secretary Blinken",
        "United States",
    ],
    "TILLERSON": [
        "Rex Tillerson",
        "Tillerson",
        "Secretary TIllerson",
        "Secretary Tillerson",
        "United States",
    ],
    "HUNTSMAN": [
        "Jon Huntsman",
        "Huntsman",
        "Ambassador Jon Huntsman",
        "@USEmbRu",
        "United States",
    ],
    "USA": US,
    "VENEZUELA": ["Venezuela", "Venezuela's government", "Venezuelan government", "#Venezuela"],
    "OPCW": [
        "OPCW",
        "@OPCW",
        "Organisation for the Prohibition of Chemical Weapons",
        "OPCW's independent report",
    ],
    "G7FM": ["G7 Foreign Ministers", "G7", "@G7", "@G7 Foreign Ministers"],
    # White House and State Department readouts and releases
    "USEXP": ["United States", "U.S.", "Experts from both governments", "U.S. experts"],
    "SULLIVAN": [
        "Jake Sullivan",
        "Sullivan",
        "Mr. Sullivan",
        "National Security Advisor Jake Sullivan",
        "United States",
    ],
    "MOHIB": [
        "Hamdullah Mohib",
        "Mohib",
        "Dr. Mohib",
        "Afghan National Security Advisor Hamdullah Mohib",
        "Afghanistan",
    ],
    "BIDEN": [
        "Joe Biden",
        "Joseph R. Biden, Jr.",
        "Joseph R. Biden",
        "President Biden",
        "Biden",
        "United States",
    ],
    "BOLSONARO": [
        "Jair Bolsonaro",
        "Jair Messias Bolsonaro",
        "President Bolsonaro",
        "Bolsonaro",
        "Brazil",
    ],
    "SANCHEZ": ["Pedro Sánchez", "President Sánchez", "Sánchez", "Pedro Sanchez", "Spain"],
    "HARRIS": [
        "Kamala Harris",
        "Vice President Kamala Harris",
        "The Vice President",
        "Harris",
        "United States",
    ],
    "HASSAN": [
        "Samia Suluhu Hassan",
        "President Samia Suluhu Hassan",
        "President Hassan",
        "Hassan",
        "Tanzania",
    ],
    "USDEL": [
        "U.S. delegation",
        "The U.S. delegation",
        "A senior U.S. delegation",
        "Donald Lu",
        "United States",
    ],
    "NORLAND": [
        "Richard Norland",
        "Ambassador Norland",
        "Norland",
        "U.S. Special Envoy and Ambassador to Libya Richard Norland",
        "United States",
    ],
    "NULAND": [
        "Victoria Nuland",
        "Under Secretary Nuland",
        "The Under Secretary",
        "Nuland",
        "United States",
    ],
    "HAITIDEL": [
        "U.S. delegation",
        "the delegation",
        "United States interagency delegation",
        "United States",
    ],
    "HOOD": [
        "Joey Hood",
        "Acting Assistant Secretary Hood",
        "Hood",
        "Acting Assistant Secretary of State for Near Eastern Affairs Joey Hood",
        "United States",
    ],
    # Kremlin
    "PUTIN": [
        "Vladimir Putin",
        "Putin",
        "President of Russia",
        "the President of Russia",
        "Russia",
    ],
    "DIAZCANEL": [
        "Miguel Diaz-Canel Bermudez",
        "Miguel Diaz-Canel",
        "Diaz-Canel",
        "The President of Cuba",
        "President of Cuba",
        "Cuba",
    ],
    # VOA and Polygraph fact checks
    "POLYGRAPH": ["Polygraph.info", "Polygraph", "Voice of America", "VOA"],
    "RUDSKOY": [
        "Sergei Rudskoy",
        "Rudskoy",
        "Colonel-General Sergei Rudskoy",
        "Russian General",
        "Chief of Staff of the Russian Defense Ministry",
        "Russian Defense Ministry",
        "Russia",
    ],
    "EXPERTS": ["Experts"],
    "WILLIAMS": ["Brian G. Williams", "Brian Williams", "Williams"],
    "OBSERVERS": ["Observers"],
    "CZECH": ["Czech Republic", "the Czech Republic", "Czech side", "Czechia"],
    "BBC": ["BBC", "the BBC"],
    "HRW": ["Human Rights Watch", "Human Rights Watch report", "HRW"],
    "RUSSIA": ["Russia", "Moscow", "Kremlin", "Russian Federation"],
    "BIDENADMIN": ["Biden administration", "The Biden administration", "United States"],
    "UN": ["United Nations", "U.N.", "UN", "Multiple investigations"],
    "CHINA": ["China", "Beijing", "People's Republic of China", "PRC"],
    "INVREP": ["investigative reports"],
    "M23": ["M23 rebels", "M23", "M23 rebel group"],
    "UKRCHOICE": [
        "The leader of the pro-Russian Ukrainian Choice organization",
        "Ukrainian Choice",
        "leader of Ukrainian Choice",
        "Viktor Medvedchuk",
    ],
    "TASS": ["TASS", "Russia's state news agency TASS", "Russia's state news agency", "Russia"],
    "ZAKHAROVA": ["Maria Zakharova", "Zakharova", "Russian Foreign Ministry", "Russia"],
    # President of Ukraine
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President of Ukraine",
        "the Ukrainian President",
        "the President",
        "Head of State",
        "Ukraine",
    ],
    "BETTEL": [
        "Xavier Bettel",
        "Bettel",
        "Prime Minister of Luxembourg",
        "The Prime Minister",
        "Luxembourg",
    ],
}
TARGETS = {
    "CHINA": ["China", "Beijing", "People's Republic of China", "PRC"],
    "CHINAOPS": ["China", "Chinese operatives", "Beijing"],
    "CCP": ["Chinese Communist Party", "China", "CCP", "Beijing"],
    "HOUTHIS": ["Houthis", "the Houthis", "Houthi rebels", "Yemen's Houthi rebels"],
    "ISRAEL": ["Israel"],
    "IRAN": ["Iran", "Tehran"],
    "VENEZUELA": ["Venezuela", "Venezuela's government", "Venezuelan government", "#Venezuela"],
    "USDIPL": ["United States", "U.S. diplomats", "our diplomats", "US officials", "U.S."],
    "USA": ["United States", "U.S.", "US", "Washington"],
    "RUSSIA": ["Russia", "Moscow", "Kremlin", "the Kremlin", "Russian Federation", "#Russia"],
    "OPCW": ["OPCW", "Organisation for the Prohibition of Chemical Weapons", "@OPCW"],
    "RADA": [
        "Ukraine's Parliament",
        "Ukrainian Parliament",
        "Verkhovna Rada",
        "#Ukraine's Parliament",
        "Ukraine",
    ],
    "UKRAINE": ["Ukraine", "Ukrainian people", "people of Ukraine", "Kyiv", "our state"],
    "UKRAINIANS": ["Ukraine", "Ukrainians", "Ukrainian people"],
    "SANCHEZ": ["Pedro Sánchez", "President Sánchez", "Sánchez", "Pedro Sanchez"],
    "SPAIN": ["Spain", "Madrid"],
    "AFGHANS": ["Afghan people", "Afghanistan", "Government of Afghanistan"],
    "RUDSKOY": ["Sergei Rudskoy", "Rudskoy", "Russian General", "Russia"],
    "RWANDA": ["Rwanda", "Rwandan forces", "Kigali"],
    "CNN": ["CNN"],
    "HASSAN": ["Samia Suluhu Hassan", "President Hassan", "Hassan", "Tanzania"],
    "TURKMENISTAN": ["Turkmenistan"],
    "MOHAMUD": [
        "Hassan Sheikh Mohamud",
        "President Hassan Sheikh Mohamud",
        "Mohamud",
        "Somalia",
    ],
    "SOMALIA": ["Somalia", "Somali"],
    "AU": ["African Union", "AU"],
    "HAITIGOV": ["Haitian government", "Government of Haiti", "Haiti"],
    "HAITI": ["Haiti", "people of Haiti"],
    "JAPAN": ["Japan", "Suga Yoshihide", "Prime Minister Suga", "Tokyo"],
    "BETTEL": ["Xavier Bettel", "Bettel", "Prime Minister of Luxembourg", "the Prime Minister"],
    "LUX": ["Luxembourg", "Grand Duchy of Luxembourg", "the Duchy"],
    "EU": ["European Union", "EU", "EU member states", "all the EU member states"],
    "VDL": ["Ursula von der Leyen", "von der Leyen", "President of the European Commission"],
    "SIMSON": ["Kadri Simson", "Simson", "European Commissioner for Energy"],
}

TABLES = Tables(CLAIMERS, TARGETS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
