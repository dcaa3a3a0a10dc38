"""Build ``agreement/test45_second.jsonl`` from hand-written labels.

A blind second annotation of the claims part ``test45`` (round 44, branch ``agreement45``). The
labels are ``test45_labels_second.txt`` beside this script, one line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in ``test45_second_sentences.jsonl`` (the handed-over
sentence file, committed unchanged); a line ``N | -`` records a sentence judged to have no claim;
every sentence must have a label line. The fields are read by ``labelled.py``, which describes
them; this builder holds only its files, its claimer and target tables and the documents left out
(none). Nothing of ``kg`` is imported.
"""

from __future__ import annotations

from pathlib import Path

from labelled import Tables, build, load_rows, parse_labels

HERE = Path(__file__).resolve().parent
SENTENCES = (HERE / "test45_second_sentences.jsonl",)
LABELS = HERE / "test45_labels_second.txt"
OUT = HERE.parent / "test45_second.jsonl"
DROPPED: tuple[str, ...] = ()

_BURMA = [
    "Burma",
    "Myanmar",
    "Rangoon",
    "Burma's military government",
    "Burmese government",
    "Burma's government",
    "Burmese military government",
    "Burma's military rulers",
    "Burmese junta",
    "junta",
    "military government",
    "State Peace and Development Council",
    "SPDC",
]
_US = ["United States", "U.S.", "Washington"]
_ILO = ["International Labor Organization", "ILO", "I.L.O.", "U.N. agency"]
_ISLAMISTS = [
    "Somalia's Islamic courts",
    "Islamic courts",
    "Council of Islamic Courts",
    "Somalia's Council of Islamic Courts",
    "Islamists",
    "Islamist movement",
]

CLAIMERS = {
    # Cuba, the United States and its officials
    "CUBA": ["Cuban government", "Cuba", "Havana", "Cuba's foreign ministry"],
    "CUBAFM": [
        "Cuban foreign ministry",
        "Cuba's foreign ministry",
        "It",
        "Cuba",
        "Cuban government",
        "Havana",
    ],
    "US": _US,
    "STATEDEPT": ["U.S. State Department", "State Department", "It", "United States", "U.S."],
    "STATESPOX": [
        "U.S. State Department spokesman",
        "State Department spokesman",
        "The spokesman",
        "U.S. State Department",
        "State Department",
        "United States",
    ],
    "USEMB": ["U.S. Embassy in Nairobi", "U.S. Embassy", "embassy", "United States", "U.S."],
    "MCCORMACK": [
        "Sean McCormack",
        "McCormack",
        "Mr. McCormack",
        "State Department Spokesman Sean McCormack",
        "State Department",
        "United States",
    ],
    "PSAKI": ["Jen Psaki", "Psaki", "MS. PSAKI", "State Department", "United States"],
    "USPSAKI": ["United States", "U.S.", "Jen Psaki", "Psaki", "MS. PSAKI", "State Department"],
    # Somalia and the Horn
    "ETHIOPIA": ["Ethiopia", "Addis Ababa", "Ethiopian government"],
    "ERITREA": ["Eritrea", "Asmara", "Eritrean government"],
    "ISLAMISTS": _ISLAMISTS,
    "ICLEADERS": ["Somalia's Islamic Courts leaders", "Islamic Courts leaders", *_ISLAMISTS],
    "ISLAMICOFF": ["Islamic officials based in Mogadishu", "Islamic officials", *_ISLAMISTS],
    "SOLDIERS": ["soldiers from Somalia's last national army", "Many", "soldiers"],
    "GULED": [
        "Mohamud Guled",
        "Guled",
        "Interior Minister Mohamud Guled",
        "A top Somali official",
        "He",
        "Somalia",
        "Somali government",
    ],
    "HAWIYE": ["Hawiye assessment committee", "Hawiye clan", "Hawiye"],
    "UNHCR": ["U.N. refugee agency", "UNHCR", "The agency", "United Nations", "U.N."],
    "WEIBEL": [
        "Catherine Weibel",
        "Weibel",
        "A spokeswoman",
        "She",
        "U.N. refugee agency",
        "UNHCR",
    ],
    "REPORTS": ["Reports from southern Somalia", "Reports"],
    # Burma: the government, its officials and its press
    "BURMA": _BURMA,
    "BURMASPOX": ["government spokesman", "A spokesman", "He", "Burma", "Rangoon"],
    "BURMAREP": ["Burma's representative to the ILO Conference", "Burma", "Myanmar"],
    "BURMESEOFF": ["Burmese officials", "Burma", "Rangoon"],
    "SOENYUNT": [
        "Soe Nyunt",
        "Director General Soe Nyunt",
        "Director-General Soe Nyunt",
        "He",
        "Burma",
        "Burma's labor department",
    ],
    "SOEWIN": ["Soe Win", "Prime Minister Soe Win", "The prime minister", "he", "Burma"],
    "NLM": [
        "New Light of Myanmar",
        "The New Light of Myanmar",
        "Burma's state-run newspaper",
        "state-run newspaper",
        "It",
        "The report",
        "Burma",
        "Myanmar",
    ],
    "BURMAMEDIA": [
        "Burma's state-run media",
        "State-run media",
        "state media",
        "New Light of Myanmar",
        "Burma",
        "Myanmar",
    ],
    "BURMESEMEDIA": ["Burmese state controlled media", "state controlled media", "Burma"],
    # Burma: the opposition, rebels, protesters and critics
    "SUUKYI": [
        "Aung San Suu Kyi",
        "Suu Kyi",
        "Ms. Aung San Suu Kyi",
        "the opposition leader",
        "she",
        "National League for Democracy",
        "NLD",
    ],
    "OPPONENTS": [
        "Opponents of Burma's military regime",
        "Burmese insurgents",
        "ethnic rebel groups",
    ],
    "SHAN": ["Shan", "Shan rebels", "Shan State Army", "ethnic groups", "ethnic rebel groups"],
    "KAREN": ["Karen", "Karen National Union", "KNU", "ethnic groups", "ethnic rebel groups"],
    "KARENNI": [
        "Karenni",
        "Karenni National Progressive Party",
        "ethnic groups",
        "ethnic rebel groups",
    ],
    "SANNAUNG": [
        "Sann Aung",
        "National Coalition Government of the Union of Burma",
        "NCGUB",
    ],
    "ABSDF": ["All Burma Students' Democratic Front", "ABSDF", "Both groups"],
    "DAB": ["Democratic Alliance of Burma", "DAB", "Both groups"],
    "SUPPORTERS": ["supporters of Burma's military government", "supporters"],
    "PROTESTERS": ["tens of thousands of Burmese", "Burmese protesters", "protesters"],
    "DEMONSTRATORS": ["demonstrators", "20,000 Burmese", "Burmese demonstrators"],
    "OPPGROUPS": ["opposition groups", "Burmese opposition groups"],
    "AUNGZAW": ["Aung Zaw", "Irrawaddy", "Irawaddy"],
    "CSW": [
        "Christian Solidarity Worldwide",
        "CSW",
        "British-based human rights group",
        "the group",
    ],
    # the ILO and labour groups
    "ILO": _ILO,
    "ILOTEAM": ["ILO team", "high-level ILO team", "the team", *_ILO],
    "ILC": ["International Labor Conference", "ILO Conference", *_ILO],
    "ILOGB": ["ILO governing body", "International Labor Organization's governing body", *_ILO],
    "COI": ["ILO Commission of Inquiry", "Commission of Inquiry", *_ILO],
    "DOUMBIA": [
        "Cleopatra Doumbia-Henry",
        "Doumbia-Henry",
        "Ms. Doumbia-Henry",
        "she",
        *_ILO,
    ],
    "HORSEY": ["Richard Horsey", "Horsey", "Mr. Horsey", *_ILO],
    "HRORGS": ["human rights organizations", "investigations", "The investigations", "They"],
    "ICFTU": [
        "International Confederation of Free Trade Unions",
        "ICFTU",
        "An international labor rights group",
        "international labor rights group",
        "labor rights group",
    ],
    "KUCZ": [
        "Janek Kuczkiewicz",
        "Kuczkiewicz",
        "He",
        "International Confederation of Free Trade Unions",
        "ICFTU",
    ],
    "RAZALI": ["Razali Ismail", "Razali", "Mr. Razali", "United Nations envoy to Burma"],
    # Sri Lanka
    "SLGOV": ["Sri Lankan government", "government", "It", "Sri Lanka", "Colombo"],
    "SLARMY": [
        "Sri Lankan army",
        "army",
        "Sri Lanka's army",
        "military",
        "Sri Lankan military",
        "Sri Lanka",
        "Colombo",
    ],
    "NANAYAKARA": [
        "Udaya Nanayakara",
        "Nanayakara",
        "Army spokesman Udaya Nanayakara",
        "he",
        "Sri Lankan army",
        "Sri Lanka",
    ],
    "TAMIL": ["Tamil rebels", "Tamil Tigers", "LTTE", "Liberation Tigers of Tamil Eelam", "rebels"],
    "PROREBELWEB": ["pro-rebel Web site", "A pro-rebel Web site", "Web site"],
    "PERERA": ["Jehan Perera", "Perera", "National Peace Council"],
    # Sudan
    "SUDANREBELS": [
        "Rebels in western Sudan",
        "rebels",
        "Sudan Liberation Movement",
        "SLM",
        "Justice and Equality Movement",
        "JEM",
    ],
    "SHOGAR": ["Adam Ali Shogar", "Shogar", "Mr. Shogar", "Sudan Liberation Movement", "SLM"],
    "JEMSPOX": [
        "spokesman for the other main rebel group",
        "Justice and Equality Movement",
        "JEM",
    ],
    "SUDANGOV": ["Sudanese government", "Sudan", "Khartoum"],
    "KHARTOUMOFF": ["Officials in Khartoum", "Sudanese government", "Sudan", "Khartoum"],
    # Uzbekistan
    "UZBEK": ["Uzbekistan", "Uzbek government", "Tashkent"],
    "UZBEKOFF": ["Uzbek officials", "Uzbekistan", "Uzbek government"],
    "KARIMOV": ["Islam Karimov", "Karimov", "Mr. Karimov", "Uzbek President Islam Karimov"],
    "HRACT": ["Human rights activists"],
    # Venezuela, Thailand, North Korea, China and others
    "MADURO": [
        "Nicolas Maduro",
        "Maduro",
        "President Maduro",
        "Venezuela",
        "Venezuelan Government",
    ],
    "THAILAND": ["Thailand", "Bangkok", "Thai government"],
    "THAKSIN": [
        "Thaksin Shinawatra",
        "Thaksin",
        "Thai Prime Minister Thaksin Shinawatra",
        "Thailand's prime minister",
        "Thailand",
    ],
    "CHAVALIT": [
        "Chavalit Yongchaiyudh",
        "Chavalit",
        "Thai Defense Minister Chavalit Yongchaiyudh",
        "defense minister",
        "Thailand",
    ],
    "THAIOFF": ["Thai officials", "Thailand"],
    "OBSERVERS": ["international observers"],
    "CHAIYACHOKE": ["Chaiyachoke Chulasiriwong", "Chaiyachoke", "Chulasiriwong"],
    "NEWSREPORTS": ["News reports"],
    "MORET": [
        "Jean-Pascal Moret",
        "Moret",
        "Mr. Moret",
        "International Committee of the Red Cross",
        "ICRC",
    ],
    "NK": ["North Korea", "Pyongyang", "DPRK", "the North"],
    "KCNA": ["Korean Central News Agency", "KCNA", "The agency", "North Korea"],
    "UN": ["United Nations", "U.N.", "UN"],
    "CHINA": ["China", "Beijing", "People's Republic of China"],
    "TANG": [
        "Tang Jiaxuan",
        "Tang Jaixuan",
        "Tang",
        "Mr. Tang",
        "Chinese State Councilor",
        "China",
    ],
    "BRITAIN": ["Britain", "United Kingdom", "UK", "London"],
}

TARGETS = {
    "US": _US,
    "BURMA": _BURMA,
    "SPDC": ["State Peace and Development Council", "SPDC", *_BURMA],
    "ILO": _ILO,
    "ISLAMISTS": _ISLAMISTS,
    "CUBA": ["Cuba", "Cuban government", "Havana", "Castro government"],
    "ETHIOPIA": ["Ethiopia", "Ethiopian troops", "Addis Ababa"],
    "ERITREA": ["Eritrea", "Asmara"],
    "SOMGOV": [
        "Somali interim government",
        "interim government",
        "interim Somali government",
        "Somali government",
    ],
    "HAWIYE": ["Hawiye clan", "Hawiye", "Hawiye assessment committee"],
    "SUUKYI": ["Aung San Suu Kyi", "Suu Kyi", "Ms. Aung San Suu Kyi", "her"],
    "NLD": ["National League for Democracy", "NLD", "Aung San Suu Kyi's party"],
    "CSW": [
        "Christian Solidarity Worldwide",
        "CSW",
        "British-based human rights group",
    ],
    "NLM": ["New Light of Myanmar", "The report", "Burma's state-run media", "Burma", "Myanmar"],
    "TAMIL": ["Tamil rebels", "Tamil Tigers", "LTTE", "Liberation Tigers of Tamil Eelam", "rebels"],
    "SLGOV": [
        "Sri Lankan government",
        "Sri Lanka",
        "Colombo",
        "government forces",
        "Sri Lankan army",
    ],
    "PROREBELWEB": ["pro-rebel Web site", "Web site"],
    "SOENYUNT": ["Soe Nyunt", "Director General Soe Nyunt", "Burma"],
    "SHAN": ["Shan", "Shan rebels", "Shan State Army"],
    "KAREN": ["Karen", "Karen National Union", "KNU"],
    "KARENNI": ["Karenni", "Karenni National Progressive Party"],
    "NCGUB": ["National Coalition Government of the Union of Burma", "NCGUB"],
    "ABSDF": ["All Burma Students' Democratic Front", "ABSDF"],
    "DAB": ["Democratic Alliance of Burma", "DAB"],
    "BRITAIN": ["Britain", "United Kingdom", "UK", "London", "British"],
    "JANJAWEED": [
        "Janjaweed",
        "Janjaweed militias",
        "Janjaweed militiamen",
        "Arab Janjaweed militias",
    ],
    "SUDAN": ["Sudan", "Sudanese government", "Khartoum", "Sudanese military"],
    "UZBEK": ["Uzbekistan", "Uzbek government", "Tashkent"],
    "HRACT": ["Human rights activists"],
    "EU": ["European Union", "EU"],
    "MADURO": ["Nicolas Maduro", "Maduro", "President Maduro"],
    "VENEZUELA": ["Venezuela", "Venezuelan Government", "Caracas", "Maduro"],
    "BIDEN": ["Joe Biden", "Biden", "Vice President Biden"],
    "DACIC": ["Ivica Dacic", "Dacic", "Serbia"],
    "GASIC": ["Bratislav Gasic", "Gasic", "Serbia"],
    "SERBIA": ["Serbia", "Republic of Serbia"],
    "RUSSIA": ["Russia", "Russian Federation", "Moscow"],
    "SOSSETIA": ["South Ossetia"],
    "GEORGIA": ["Georgia", "Tbilisi"],
    "THAILAND": ["Thailand", "Bangkok", "Thai forces"],
    "WA": ["Wa", "Wa ethnic group", "Burma's Wa ethnic group", "United Wa State Army", "Wa rebels"],
    "USEMB": ["U.S. Embassy in Nairobi", "U.S. Embassy", "United States", "U.S."],
    "KHINNYUNT": ["Khin Nyunt", "General Khin Nyunt", "Burma's new prime minister"],
}

TABLES = Tables(CLAIMERS, TARGETS)


def main(out: Path = OUT) -> str:
    """Write ``out`` from the labels; the summary of its counts."""
    return build(load_rows(SENTENCES), parse_labels([LABELS], TABLES), out, dropped=DROPPED)


if __name__ == "__main__":
    print(main())
