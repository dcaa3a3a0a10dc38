"""Build ``agreement/test44_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test44`` (round 43, branch ``agreement44``). The
labels are ``test44_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test44_second_sentences.jsonl`` (the lead's
handed-over sentence file, committed unchanged); a line ``N | -`` records a sentence judged to have
no claim; every sentence must have a label line. The fields are read by ``labelled.py``, which
describes them; this builder holds only its files, its claimer and target tables and the documents
left out (none). Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test44_second_sentences.jsonl",)
LABELS = HERE / "test44_labels_second.txt"
OUT = HERE.parent / "test44_second.jsonl"
DROPPED: tuple[str, ...] = ()

CLAIMERS = {
    # Zimbabwe: the government, its officials and its press
    "ZIMSPOX": ["Zimbabwean government spokesman", "A Zimbabwean government spokesman", "Zimbabwe"],
    "ZIMOFF": ["Zimbabwean government officials", "Zimbabwe", "Harare"],
    "ZIM2": ["Zimbabwe", "Harare", "Zimbabwean government"],
    "MUGABE": [
        "Robert Mugabe",
        "Mugabe",
        "Mr. Mugabe",
        "President Mugabe",
        "President Robert Mugabe",
        "Zimbabwe",
    ],
    "MATONGA": [
        "Bright Matonga",
        "Matonga",
        "Deputy Information Minister Bright Matonga",
        "Zimbabwe",
    ],
    "MOHADI": ["Kembo Mohadi", "Mohadi", "Home Affairs Minister Kembo Mohadi", "He", "Zimbabwe"],
    "BVUD": [
        "Wayne Bvudzijena",
        "Bvudzijena",
        "Police spokesman Wayne Bvudzijena",
        "Zimbabwe Republic Police",
        "police",
    ],
    "POLICEOFF": ["Police officials in Zimbabwe", "Police officials", "Zimbabwe Republic Police"],
    "ZIMFM": ["Zimbabwe Foreign Ministry", "Foreign Ministry", "Zimbabwe", "Harare"],
    "MUMBENG": [
        "Simbarashe Mumbengegwi",
        "Mumbengegwi",
        "Foreign Minister Simbarashe Mumbengegwi",
        "Zimbabwe",
    ],
    "HERALD": ["The Herald", "Herald", "state-controlled Herald", "state-run Herald newspaper"],
    "ZIMONLINE": ["ZimOnline"],
    "NHARA": ["William Nhara", "Nhara", "Zimbabwe"],
    "MAPURANGA": ["Machivenyika Mapuranga", "Mapuranga", "Zimbabwe"],
    "CHINAMASA": ["Patrick Chinamasa", "Chinamasa", "ZANU-PF", "Zimbabwe"],
    "GUMBO": ["Rugare Gumbo", "Gumbo", "Zanu PF spokesman Rugare Gumbo", "ZANU-PF", "Zanu PF"],
    "CHARAMBA": [
        "George Charamba",
        "Charamba",
        "President Mnangagwa’s spokesperson George Charamba",
        "Zimbabwe",
    ],
    # Zimbabwe: the opposition and others
    "MDC": [
        "Movement for Democratic Change",
        "MDC",
        "Zimbabwean opposition",
        "The Zimbabwean opposition",
        "opposition",
        "Tsvangirai formation",
        "Morgan Tsvangirai",
        "Tsvangirai",
    ],
    "TSVANGIRAI": [
        "Morgan Tsvangirai",
        "Tsvangirai",
        "Opposition leader Tsvangirai",
        "Movement for Democratic Change",
        "MDC",
    ],
    "CHAMISA": ["Nelson Chamisa", "Chamisa", "Movement for Democratic Change", "MDC"],
    "MUTAMBARA": [
        "Mutambara faction",
        "the rival MDC faction led by Arthur Mutambara",
        "The Mutambara grouping",
        "Arthur Mutambara",
        "Movement for Democratic Change",
        "MDC",
    ],
    "CHAIBVA": ["Gabriel Chaibva", "Chaibva", "Mutambara formation"],
    "MAHLANGU": ["Thamsanqa Mahlangu", "Mahlangu", "MDC"],
    "BANGO": ["William Bango", "Bango", "Tsvangirai's spokesperson William Bango"],
    "KAGORO": ["Brian Kagoro", "Kagoro"],
    "KAY": ["Kerry Kay", "Kay", "Movement for Democratic Change", "MDC"],
    "RUHANYA": ["Pedzisai Ruhanya", "Ruhanya"],
    "SAKI": ["Otto Saki", "Saki", "Zimbabwe Lawyers for Human Rights"],
    "SMITH": ["Patrick Smith", "Smith", "Africa Confidential"],
    "SADCLEADERS": [
        "Southern African leaders",
        "Thabo Mbeki",
        "Mbeki",
        "South African President Thabo Mbeki",
    ],
    # the United States
    "US": ["United States", "U.S.", "Washington"],
    "STATEDEPT": ["U.S. State Department", "State Department", "United States", "U.S."],
    "FRAZER": ["Jendayi Frazer", "Frazer", "She", "United States", "U.S. State Department"],
    "MCGEE": ["James McGee", "McGee", "U.S. Ambassador James McGee", "United States"],
    "DELL": [
        "Christopher Dell",
        "Dell",
        "U.S. Ambassador to Zimbabwe Christopher Dell",
        "He",
        "United States",
    ],
    "EMBASSY": ["U.S. Embassy in Harare", "U.S. Embassy", "Embassy", "United States"],
    "EMBOFF": ["Embassy official", "an Embassy official", "U.S. Embassy", "United States"],
    "ADMIN": ["United States", "the administration", "U.S."],
    "PRICE": ["Ned Price", "Price", "MR PRICE", "State Department", "United States"],
    "USPRICE": ["United States", "U.S.", "We", "Ned Price", "Price", "State Department"],
    "MILLER": ["Matthew Miller", "Miller", "MR MILLER", "State Department", "United States"],
    "USMILLER": ["United States", "U.S.", "We", "Matthew Miller", "Miller", "State Department"],
    "RUBIN": [
        "James Rubin",
        "Jamie Rubin",
        "Rubin",
        "MR RUBIN",
        "Global Engagement Center",
        "State Department",
        "United States",
    ],
    "GEC": [
        "Global Engagement Center",
        "This report",
        "the report",
        "James Rubin",
        "Rubin",
        "State Department",
        "United States",
    ],
    "KIRBY": [
        "John Kirby",
        "John F. Kirby",
        "Kirby",
        "MR. KIRBY",
        "Department of Defense",
        "Pentagon",
        "United States",
    ],
    "USKIRBY": [
        "United States",
        "U.S.",
        "We",
        "Department of Defense",
        "Pentagon",
        "John Kirby",
        "Kirby",
    ],
    "AUSTIN": [
        "Lloyd Austin",
        "Austin",
        "Secretary Austin",
        "the secretary",
        "The secretary",
        "United States",
    ],
    "LAMBRECHT": [
        "Christine Lambrecht",
        "Lambrecht",
        "the defense minister",
        "the minister",
        "Germany",
    ],
    "SALMAN": [
        "Salman bin Hamad bin Isa Al Khalifa",
        "Salman bin Hamad",
        "the crown prince",
        "Crown Prince of the Kingdom of Bahrain",
        "Bahrain",
    ],
    # Europe, China, Russia and the outlets
    "EU": ["European Union", "EU", "The European Union", "the bloc", "The 28-member bloc", "It"],
    "DELLA": [
        "Aldo Dell'Ariccia",
        "Dell'Ariccia",
        "EU Ambassador to Zimbabwe Aldo Dell'Ariccia",
        "European Union",
        "EU",
    ],
    "ALTASAJ": ["Amadu Altasaj", "Altasaj", "European Commission", "European Union", "EU"],
    "CLANCY": ["John Clancy", "Clancy", "EU spokesman John Clancy", "He", "European Union", "EU"],
    "FRANCE": ["France"],
    "AFP": ["AFP", "Agence France-Presse"],
    "CHINAFM": [
        "Chinese Foreign Ministry",
        "China's foreign ministry",
        "foreign ministry",
        "China",
        "Beijing",
    ],
    "CHINA": ["China", "Beijing", "The Chinese government", "Chinese government"],
    "QIN": ["Qin Gang", "Qin", "He", "China's foreign ministry spokesman Qin Gang", "China"],
    "RUSEMB": ["Russian Embassy", "The Embassy", "Embassy of Russia", "the statement", "Russia"],
    "RT": ["RT", "Russian government international broadcaster RT", "Russia"],
}

TARGETS = {
    "US": ["United States", "U.S.", "Washington", "the United States", "U.S. Treasury"],
    "FRAZER": ["Jendayi Frazer", "Frazer"],
    "ZIM": [
        "Zimbabwe",
        "Harare",
        "Zimbabwean government",
        "Zimbabwe government",
        "the government",
        "Government of Zimbabwe",
        "Harare's ruling elite",
    ],
    "ZIMGOV": ["Zimbabwe", "government authorities", "Zimbabwean government", "Harare"],
    "MUGABEGOV": [
        "Robert Mugabe",
        "Mugabe",
        "Mr. Mugabe",
        "President Robert Mugabe",
        "government of President Robert Mugabe",
        "President Mugabe’s government",
        "Zimbabwe",
        "Harare",
    ],
    "MUGABE": ["Robert Mugabe", "Mugabe", "Mr. Mugabe", "President Mugabe", "Zimbabwe"],
    "MUGABEGANGS": ["violent gangs loyal to Mr. Mugabe", "Robert Mugabe", "Mugabe"],
    "TSVANGIRAI": [
        "Morgan Tsvangirai",
        "Tsvangirai",
        "Tsvangirai grouping",
        "Movement for Democratic Change",
        "MDC",
    ],
    "MDC": [
        "Movement for Democratic Change",
        "MDC",
        "opposition",
        "the opposition",
        "Tsvangirai grouping",
        "Morgan Tsvangirai",
        "Tsvangirai",
    ],
    "MOHADI": ["Kembo Mohadi", "Mohadi", "Home Affairs Minister Kembo Mohadi"],
    "POLICE": ["Zimbabwe Republic Police", "police", "provincial police", "Police"],
    "WARVETS": ["liberation war veterans", "war veterans"],
    "ZIMFM": [
        "Zimbabwe Foreign Ministry",
        "Foreign Ministry",
        "the ministry",
        "Zimbabwe",
        "Harare",
    ],
    "MCGEE": ["James McGee", "McGee", "U.S. Ambassador James McGee", "United States"],
    "ZANUPF": ["ZANU-PF", "Zanu PF", "President Mugabe’s Zanu PF party", "Robert Mugabe", "Mugabe"],
    "EU": ["European Union", "EU", "the bloc"],
    "HRGROUPS": ["human rights groups"],
    "HERALD": ["The Herald", "Herald", "state-run Herald newspaper", "Zimbabwe"],
    "MNAJR": [
        "Emmerson Mnangagwa Jr.",
        "Mnangagwa Jr.",
        "President Emmerson Mnangagwa’s son",
        "son of Zimbabwe's president",
    ],
    "DOS": ["Department of State", "State Department", "United States"],
    "DOJ": ["Department of Justice", "Justice Department", "United States"],
    "RUSSIA": ["Russia", "Moscow", "Russian Federation", "Kremlin"],
    "PUTIN": ["Vladimir Putin", "Putin", "President Putin", "Russia"],
    "UKRAINE": ["Ukraine", "Ukrainians", "Ukrainian forces"],
    "UAF": ["Ukrainian Armed Forces", "Ukraine", "Ukrainian forces"],
    "CHINA": [
        "China",
        "PRC",
        "People's Republic of China",
        "People’s Republic of China",
        "Beijing",
    ],
    "CPC": ["Communist Party of China", "CPC", "Chinese Communist Party", "China"],
    "GERMANY": ["Germany", "Christine Lambrecht", "Lambrecht", "the minister", "Germans"],
    "BAHRAIN": [
        "Bahrain",
        "Salman bin Hamad bin Isa Al Khalifa",
        "the crown prince",
        "Kingdom of Bahrain",
    ],
    "IRAN": ["Iran", "Tehran"],
}

TABLES = Tables(CLAIMERS, TARGETS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
