"""Build ``blind26_second.jsonl`` from ``blind26_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story is Voice of America, the story's own voice).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/voa4.jsonl`` (round 28's 24 texts).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind26_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    # Zimbabwe
    "Movement for Democratic Change": [
        "MDC",
        "the MDC",
        "the opposition Movement for Democratic Change",
        "Officials of the opposition party",
        "the party",
        "MDC officials",
        "Tsvangirai MDC formation",
        "they",
    ],
    "MDC sources": ["MDC sources", "Movement for Democratic Change", "MDC", "they"],
    "Morgan Tsvangirai": [
        "Tsvangirai",
        "Mr. Tsvangirai",
        "opposition leader Morgan Tsvangirai",
        "Movement for Democratic Change",
        "he",
    ],
    "Nelson Chamisa": [
        "Chamisa",
        "MDC spokesman Nelson Chamisa",
        "Movement for Democratic Change",
    ],
    "Zimbabwean human rights groups": ["Human rights groups", "human rights groups"],
    "political analysts": ["Political analysts", "analysts"],
    "sources in Zimbabwe's provinces": [
        "Sources in Mashonaland Central Province",
        "Mashonaland Central sources",
        "sources",
        "Sources in the area",
        "A source in Buhera South constituency",
        "the sources",
    ],
    "Zimbabwe police": [
        "Police",
        "police",
        "Zimbabwean police",
        "The police",
        "Zimbabwe Republic Police",
        "Zimbabwe",
    ],
    "Zimbabwe Republic Police": [
        "ZRP",
        "Zimbabwe Republic Police",
        "police",
        "Zimbabwe police",
        "Wayne Bvudzijena",
    ],
    "Wayne Bvudzijena": [
        "Bvudzijena",
        "Police spokesman Wayne Bvudzijena",
        "ZRP Senior Assistant Commissioner Wayne Bvudzijena",
        "Zimbabwe Republic Police",
        "police",
    ],
    "Augustine Chihuri": [
        "Chihuri",
        "Zimbabwe's police chief",
        "Zimbabwe police",
        "police",
    ],
    "Zimbabwe": ["Zimbabwe", "Zimbabwe's government", "Zimbabwe police", "police"],
    "ZANU-PF": ["ZANU-PF", "the ruling party", "Mugabe's ZANU-PF party"],
    "Rugare Gumbo": ["Gumbo", "ZANU-PF spokesman Rugare Gumbo", "ZANU-PF"],
    "Robert Mugabe": [
        "Mugabe",
        "Mr. Mugabe",
        "President Robert Mugabe",
        "The president and his supporters",
        "the president",
        "Zimbabwe",
    ],
    "United States": [*COMMON_ALIASES["United States"], "the U.S. government"],
    "U.S. Embassy in Harare": ["The U.S. Embassy", "U.S. Embassy", "United States"],
    "Human Rights Watch": ["HRW", "U.S.-based Human Rights Watch", "Human Rights Watch", "It"],
    "European Union": ["the European Union", "EU", "the EU", "In Brussels"],
    "British Embassy in Harare": ["The British Embassy", "Britain", "Mark Canning"],
    "Mark Canning": ["Canning", "Ambassador Mark Canning", "British Embassy in Harare"],
    "Terrence Chimhavi": [
        "Chimhavi",
        "Youth Forum Senior Program Manager Terrence Chimhavi",
        "Youth Forum",
    ],
    # Eritrea, Ethiopia, Somalia
    "Jendayi Frazer": [
        "Frazer",
        "Assistant Secretary Frazer",
        "Assistant Secretary of State for African Affairs Jendayi Frazer",
        "A senior U.S. State Department official",
        "The Assistant Secretary",
        "she",
        "I",
        "United States",
    ],
    "Ethiopia": [
        "Ethiopia",
        "Addis Ababa",
        "the Ethiopian government",
        "Ethiopia's government",
    ],
    "Ogaden National Liberation Front": ["ONLF", "the ONLF", "An Ethiopian separatist group"],
    "Abdul Khadir Hassan": [
        "Hassan",
        "ONLF's vice chairman",
        "Ogaden National Liberation Front",
        "ONLF",
    ],
    "Awad Mohamed Ashureh": [
        "Ashureh",
        "A member of parliament in Somalia's Ethiopian-backed transitional government",
        "Somalia",
        "his government",
    ],
    "The governments of Somalia, Ethiopia and the United States": [
        "Somalia",
        "Ethiopia",
        "the United States",
    ],
    "UN Security Council": [
        "The United Nations Security Council",
        "the Security Council",
        "U.N. Security Council",
        "The resolution",
        "the resolution",
    ],
    "The United States and the African Union": [
        "the United States",
        "the African Union",
        "United States",
    ],
    "Eritrea": ["Eritrea", "Eritrean leaders", "Asmara", "the Eritrean government"],
    "Ali Abdu": [
        "Abdu",
        "Minister Abdu",
        "Eritrea's information minister",
        "Eritrea",
        "he",
    ],
    "Araya Desta": ["Desta", "Eritrea's ambassador to the United Nations", "Eritrea"],
    "Ethiopian News Agency": ["Ethiopia's News Agency", "Ethiopia"],
    "Ethiopian security agencies": ["Ethiopia security agencies", "Ethiopia"],
    "Ethiopia's Joint Anti-Terror Taskforce": [
        "Ethiopia's Joint Anti-Terror Taskforce of the National Intelligence and Security Service",
        "the Federal Police",
        "Ethiopia",
    ],
    # Kenya
    "International Criminal Court": [
        "ICC",
        "the ICC",
        "the International Criminal Court",
        "the court's prosecutor",
        "prosecutors",
        "Luis Moreno-Ocampo",
    ],
    "Chile Eboe-Osuji": [
        "Eboe-Osuji",
        "the International Criminal Court's presiding judge",
        "International Criminal Court",
        "ICC",
    ],
    "William Ruto": [
        "Ruto",
        "William Samoei Ruto",
        "Kenya's deputy president William Ruto",
        "former higher education minister Ruto",
        "he",
    ],
    # Libya
    "Libyan government": [
        "The Libyan government",
        "Libyan officials",
        "Libyan government",
        "the government",
        "Libya",
    ],
    "Moussa Ibrahim": [
        "Ibrahim",
        "Libyan government spokesman Moussa Ibrahim",
        "Libyan government",
    ],
    "NATO": ["NATO", "the alliance", "NATO officials", "An official"],
    # Rwanda, M23
    "Rwanda": ["Rwanda", "Kigali", "President Paul Kagame's government"],
    "Louise Mushikiwabo": [
        "Mushikiwabo",
        "Rwandan Foreign Affairs Minister Louise Mushikiwabo",
        "Rwanda",
        "she",
        "we",
    ],
    "UN Group of Experts": [
        "U.N. Group of Experts",
        "the Group of Experts",
        "UN experts",
        "U.N. experts",
        "The experts' report",
        "the report",
    ],
    "Democratic Republic of Congo": [
        "Congo",
        "DRC",
        "President Joseph Kabila's government",
        "Kinshasa",
    ],
    "The DRC and U.N. experts": ["The DRC", "U.N. experts", "UN Group of Experts"],
    "Victoria Nuland": [
        "Nuland",
        "State Department spokeswoman Victoria Nuland",
        "U.S. Department of State",
        "United States",
        "we",
    ],
    # Baga
    "Nigerian soldier": [
        "A soldier involved in the field operations",
        "the soldier",
        "Nigerian military",
    ],
    "Nigerian military": ["The Nigerian military", "the military", "military officials"],
    "Nigerian soldiers and local officials": ["Soldiers and local officials", "Nigerian military"],
    "Baga residents": ["some locals", "residents", "Locals"],
    "Daniel Bekele": ["Bekele", "Its Africa director", "Human Rights Watch"],
    "Reuben Abati": [
        "Abati",
        "A spokesman for President Goodluck Jonathan",
        "the probe",
        "Nigeria's presidency",
    ],
    # Chad in the C.A.R.
    "Bangui resident": ["He", "A man", "he"],
    "Chadian government officials": ["Chadian government officials", "Chad", "They"],
    "Moussa Faki Mahamat": [
        "Faki",
        "Chad's minister of foreign affairs",
        "Chad",
        "his country",
    ],
    "C.A.R. residents": ["Some C.A.R. residents", "some C.A.R. residents", "residents"],
    "Anne Look": ["Look", "VOA's Anne Look", "Voice of America", "she"],
    "witnesses": ["Witnesses", "The witnesses"],
    "U.N. human rights office": [
        "The United Nations' human rights office",
        "The U.N. High Commissioner for Human Rights' office",
        "The investigators",
        "investigators",
        "Rupert Colville",
    ],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind26", sys.argv[1], ALIASES))
