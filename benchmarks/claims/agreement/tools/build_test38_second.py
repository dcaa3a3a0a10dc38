"""Build ``agreement/test38_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test38`` (round 37, branch ``agreement38``). The
labels are ``test38_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test38_sentences.jsonl`` (the lead's sentence file,
committed unchanged); a line ``N | -`` records a sentence judged to have no claim; every sentence
written must have a label line. The fields are read by ``labelled.py``, which describes them; this
builder holds only its file, its claimer and target tables. Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test38_sentences.jsonl",)
LABELS = HERE / "test38_labels_second.txt"
OUT = HERE.parent / "test38_second.jsonl"
# No document was left out: the lead named none.
DROPPED: tuple[str, ...] = ()

CLAIMERS = {
    # Wikinews: Chengdu protest (2005)
    "PROTESTERS": ["Protesters", "Protesters demonstrating against Japan", "protesters", "China"],
    "KYODO": ["Kyodo News", "Kyodo", "Kyodo news agency", "Japan"],
    "JPCONS": ["Japanese Consulate General", "The Japanese Consulate General", "Japan"],
    "CHENTONG": ["Chen Tong", "Chen", "editor-in-chief of the sina.com web site"],
    # VOA: Syria and Iraq (2005)
    "SYRIA": ["Syria", "Damascus", "Syrian government"],
    "JABR": [
        "Bayan Jabr",
        "Jabr",
        "Mr. Jabr",
        "Iraqi Interior Minister Bayan Jabr",
        "Iraqi Interior Minister",
        "Iraq",
    ],
    "SANA": ["SANA", "SANA news agency", "Syria's state-run SANA news agency", "Syria"],
    "SYROFF": [
        "unidentified foreign ministry official",
        "The official",
        "Syrian foreign ministry official",
        "an unidentified foreign ministry official",
        "Syria",
    ],
    # VOA: the U.N. report on Hariri (2005)
    "UNREP": [
        "U.N. report",
        "The report",
        "report",
        "Mehlis' report",
        "Detlev Mehlis",
        "Mehlis",
        "United Nations",
    ],
    "FUTURETV": ["Future TV", "Beirut's Future TV", "The station"],
    "ANTISYR": ["Anti-Syrian politicians", "Anti-Syrian politicians in Lebanon"],
    "LAHOFF": [
        "Emile Lahoud's office",
        "Mr. Lahoud's office",
        "Lahoud's office",
        "Emile Lahoud",
        "Lahoud",
        "Lebanon",
    ],
    "CHAMOUN": [
        "Dory Chamoun",
        "Chamoun",
        "head of Lebanon's anti-Syrian National Liberal Party",
        "National Liberal Party",
    ],
    "DAKH": [
        "Mehdi Dakhlallah",
        "Dakhlallah",
        "Syria's information minister",
        "Syrian information minister",
        "Syria",
    ],
    "SYRWORKERS": ["Some Syrian workers", "Syrian workers"],
    # VOA: Iran and Hezbollah (2006)
    "ASEFI": [
        "Hamid Reza Asefi",
        "Asefi",
        "Spokesman Asefi",
        "Foreign Ministry spokesman Hamid Reza Asefi",
        "Iranian government spokesman",
        "An Iranian government spokesman",
        "Iran",
    ],
    "UDIADAM": ["Udi Adam", "Adam", "An Israeli army general", "Israeli army general", "Israel"],
    "ANALYSTS": ["most Western analysts", "Western analysts"],
    "IRAN": ["Iran", "Tehran", "Iranian government"],
    "KADKH": [
        "Abbas Ali Kadkhodai",
        "Kadkhodai",
        "spokesman for Iran's powerful Guardian Council",
        "Guardian Council",
        "Iran",
    ],
    "BUSH": ["George W. Bush", "Bush", "President Bush", "United States"],
    # VOA: Bashir on Darfur (2007)
    "BASHIR": [
        "Omar al-Bashir",
        "al-Bashir",
        "Bashir",
        "Mr. Bashir",
        "Sudanese President Omar al-Bashir",
        "Sudan",
    ],
    "ICCPROS": [
        "International Criminal Court prosecutors",
        "ICC prosecutors",
        "International Criminal Court",
        "ICC",
    ],
    "USA": ["United States", "U.S.", "Washington"],
    "HRGROUPS": ["several human rights groups", "human rights groups"],
    # VOA: NATO, Russia and Estonia (2007)
    "NATO": ["NATO", "A NATO statement", "North Atlantic Treaty Organization"],
    "RUSSIA": ["Russia", "Moscow", "Kremlin", "The Kremlin", "Russian government"],
    "ESTONIA": ["Estonia", "Tallinn", "Estonian government"],
    "RUSAUTH": ["Russian authorities", "Russia"],
    "LAVROV": [
        "Sergei Lavrov",
        "Lavrov",
        "Russian Foreign Minister Sergei Lavrov",
        "ministry",
        "Russian Foreign Ministry",
        "Russia",
    ],
    "ETHRUS": ["Ethnic Russians in Estonia", "Ethnic Russians"],
    "KREMLIN": ["Kremlin", "The Kremlin", "Russia", "Moscow"],
    "MANYEST": ["Many Estonians", "Estonians"],
    # VOA: Iran and the Taleban (2007)
    "STATE": [
        "U.S. State Department",
        "State Department",
        "The U.S. State Department",
        "Sean McCormack",
        "United States",
    ],
    "BURNS": [
        "Nicholas Burns",
        "Burns",
        "U.S. Undersecretary of State Nicholas Burns",
        "Undersecretary of State",
        "United States",
    ],
    "MCCORMACK": [
        "Sean McCormack",
        "McCormack",
        "spokesman McCormack",
        "State Department spokesman Sean McCormack",
        "U.S. State Department",
        "United States",
    ],
    "GATES": [
        "Robert Gates",
        "Gates",
        "U.S. Defense Secretary Robert Gates",
        "Defense Secretary",
        "United States",
    ],
    "KARZAI": ["Hamid Karzai", "Karzai", "Afghan President Hamid Karzai", "Afghanistan"],
    # Wikinews: Syria fires on Israeli planes (2007)
    "SYRMIL": [
        "a spokesman for the Syrian military force",
        "spokesman for the Syrian military force",
        "Syrian military",
        "Syria",
    ],
    "ISRAEL": ["Israel", "Israeli government", "Israeli military"],
    "IDF": ["Israeli military", "Israel Defense Forces", "Israel"],
    # VOA: Venezuela and Colombia (2008)
    "VENFM": [
        "Venezuela's foreign ministry",
        "Venezuelan foreign ministry",
        "foreign ministry",
        "Venezuela",
    ],
    "COLOMBIA": ["Colombia", "Bogota", "Colombian government"],
    "MADURO": [
        "Nicolas Maduro",
        "Maduro",
        "Venezuelan Foreign Minister Nicolas Maduro",
        "Venezuela",
    ],
    "COLAUTH": ["Colombian authorities", "Colombia"],
    "VENEZUELA": ["Venezuela", "Caracas", "Hugo Chavez", "Chavez"],
    "ECUADOR": ["Ecuador", "Quito"],
    # Wikinews: South Ossetia (2008)
    "GEOSOURCES": ["Georgian sources", "Georgia"],
    "AFP": ["Agence France-Presse", "AFP", "the Agence France-Presse"],
    "SAAK": [
        "Mikheil Saakashvili",
        "Saakashvili",
        "President of Georgia Mikheil Saakashvili",
        "President of Georgia",
        "Georgia",
    ],
    "PUTINPM": [
        "Vladimir Putin",
        "Putin",
        "Prime Minister of Russia Vladimir Putin",
        "Prime Minister of Russia",
        "Russia",
    ],
    "GEOGOV": ["Georgian government", "The Georgian government", "Georgia"],
    # Press-service texts
    "USS": ["United States", "The United States", "U.S.", "We"],
    "SULLIVAN": [
        "Jake Sullivan",
        "Sullivan",
        "National Security Advisor Jake Sullivan",
        "United States",
    ],
    "SEIBERT": [
        "Bjoern Seibert",
        "Seibert",
        "Head of Cabinet of the President of the European Commission",
        "European Commission",
        "European Union",
    ],
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President of Ukraine",
        "The President",
        "The Ukrainian President",
        "Ukraine",
    ],
    "KARIS": [
        "Alar Karis",
        "Karis",
        "President of the Republic of Estonia Alar Karis",
        "President of Estonia",
        "Estonia",
    ],
    "ESTONIAZ": ["Estonia", "Republic of Estonia"],
    "PUTIN": [
        "Vladimir Putin",
        "Putin",
        "The President of Russia",
        "President of Russia",
        "Russia",
    ],
    "NEHAMMER": [
        "Karl Nehammer",
        "Nehammer",
        "Federal Chancellor of Austria Karl Nehammer",
        "The Chancellor",
        "Chancellor of Austria",
        "Austria",
    ],
    "TEBBOUNE": [
        "Abdelmadjid Tebboune",
        "Tebboune",
        "President of Algeria",
        "President of the People's Democratic Republic of Algeria Abdelmadjid Tebboune",
        "Algeria",
    ],
    "BLINKEN": [
        "Antony J. Blinken",
        "Antony Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State Antony J. Blinken",
        "United States",
    ],
    "RAMAPHOSA": [
        "Cyril Ramaphosa",
        "Ramaphosa",
        "President of South Africa",
        "President of the Republic of South Africa Cyril Ramaphosa",
        "South Africa",
    ],
}
GROUPS = {
    "SULSEI": ["SULLIVAN", "SEIBERT"],
    "ZELKARIS": ["ZEL", "KARIS"],
    "PUTTEB": ["PUTIN", "TEBBOUNE"],
    "PUTRAM": ["PUTIN", "RAMAPHOSA"],
    "THREE": ["VENEZUELA", "ECUADOR", "COLOMBIA"],
    "ETHKREM": ["ETHRUS", "KREMLIN"],
    "USHR": ["USA", "HRGROUPS"],
}
TARGETS = {
    "JAPAN": ["Japan", "Tokyo", "Japanese government"],
    "SYRIA": ["Syria", "Damascus", "Syrian officials", "Syrian government"],
    "IRAQ": ["Iraq", "Baghdad", "Iraqi government", "Bayan Jabr", "Mr. Jabr"],
    "SYROFFS": ["Syria", "Syrian officials", "senior Syrian officials", "Damascus"],
    "LEBOFFS": [
        "Lebanon",
        "Lebanese officials",
        "pro-Syrian Lebanese officials",
        "high-level Lebanese officials",
    ],
    "UNREP": [
        "U.N. report",
        "the report",
        "United Nations",
        "Detlev Mehlis",
        "Mehlis",
        "Mehlis' report",
    ],
    "LAHOUD": ["Emile Lahoud", "Lahoud", "Mr. Lahoud", "Lebanon's president", "Lebanon"],
    "UN": ["United Nations", "U.N.", "UN"],
    "ISRAEL": ["Israel", "Israeli enemy government", "Israeli government", "Israeli army"],
    "IRAN": ["Iran", "Tehran", "Iranian government", "Iranian troops"],
    "SYRIAS": ["Syria", "Damascus"],
    "ICCPROS": [
        "International Criminal Court prosecutors",
        "International Criminal Court",
        "ICC",
    ],
    "HARUN": ["Ahmed Muhammed Harun", "Harun", "former junior interior minister"],
    "USA": ["United States", "U.S.", "Washington"],
    "RUSSIA": ["Russia", "Moscow", "Kremlin", "the Kremlin", "Russian government"],
    "ESTONIA": ["Estonia", "Estonian police", "Tallinn", "Estonian government"],
    "SOVIET": ["Soviet Union", "USSR", "Russia"],
    "COLOMBIA": ["Colombia", "Colombian authorities", "Colombian government"],
    "CHAVEZ": ["Hugo Chavez", "Hugh Chavez", "Chavez", "Mr. Chavez", "Venezuela"],
    "GEORGIA": ["Georgia", "Georgian authorities", "Georgian government", "Tbilisi"],
    "SEPARATISTS": [
        "separatist rebels",
        "South Ossetian separatists",
        "separatists",
        "South Ossetia",
    ],
    "AFGH": [
        "Islamic Republic of Afghanistan",
        "Afghanistan",
        "Afghan government",
        "senior leaders of the Islamic Republic of Afghanistan",
    ],
    "TALIBAN": ["Taliban", "the Taliban"],
    "QATAR": ["Qatar", "State of Qatar"],
    "AFGHPEOPLE": ["Afghanistan", "people of Afghanistan", "Afghan people"],
    "ESTONIA2": ["Estonia", "Republic of Estonia", "Alar Karis", "Karis"],
    "KARIS": ["Alar Karis", "Karis", "President of Estonia", "Estonia"],
    "UKRAINE": ["Ukraine", "Ukrainian people"],
    "POLAND": ["Poland"],
    "LITHUANIA": [
        "Lithuania",
        "Viktorija Čmilytė-Nielsen",
        "Čmilytė-Nielsen",
        "Seimas of the Republic of Lithuania",
    ],
    "LATVIA": ["Latvia", "Ināra Mūrniece", "Mūrniece", "Saeima of the Republic of Latvia"],
    "ESTONIAP": ["Estonia", "Jüri Ratas", "Ratas", "Riigikogu of the Republic of Estonia"],
    "BALTIC": ["Baltic States", "Lithuania", "Latvia", "Estonia"],
    "AUSTRIA": ["Austria", "Karl Nehammer", "Nehammer"],
    "NEHAMMER": ["Karl Nehammer", "Nehammer", "Chancellor of Austria", "Austria"],
    "EU": ["European Union", "EU"],
    "ARMENIA": ["Armenia", "Ararat Mirzoyan", "Mirzoyan", "Foreign Minister"],
    "ARMENIA2": ["Armenia", "Armenian Foreign Minister"],
    "AZERBAIJAN": ["Azerbaijan", "Azerbaijani Foreign Minister"],
    "PASH": ["Nikol Pashinyan", "Pashinyan", "the Prime Minister", "Armenia"],
}

TABLES = Tables(CLAIMERS, TARGETS, GROUPS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
