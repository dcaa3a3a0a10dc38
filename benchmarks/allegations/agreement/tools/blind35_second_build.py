"""Build ``blind35_second.jsonl`` from ``blind35_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
text is Voice of America, the text's own voice).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/zvoa14.jsonl`` (the part's 35 texts, the share
copy, byte-identical: ``zvoa14.jsonl`` sorts after every other corpus file, so no earlier file's
sentence number moves).  One label is outside the part's texts (``corpus/voa4.jsonl``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind35_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America", "Voice of America news"],
    # Kenya
    "Basil Mjomba": ["Mjomba", "Basil Mjomba", "an insurance agent", "I", "Odinga"],
    "Raila Odinga": ["Odinga", "Raila Odinga", "Mr. Odinga", "He", "he"],
    "protesters in Kisumu": ["crowds protesting alleged rigging efforts", "crowds"],
    "Kennedy Ajowi": ["Ajowi", "Kennedy Ajowi", "an Odinga supporter", "he", "He", "They"],
    "Kenya's opposition leaders": [
        "Kenya's opposition leaders",
        "Opposition leaders",
        "opposition",
        "they",
    ],
    "Kenya's government": ["The government", "the government", "Kenya"],
    "Odinga supporters": ["Odinga supporters", "supporters", "they"],
    "European Union election observers": [
        "The European Union's electoral mission",
        "European Union",
        "EU",
        "it",
    ],
    "European Union": ["the European Union", "European Union", "EU"],
    "Kenya's police commissioner": ["Kenya's police commissioner", "police commissioner"],
    "Anyang Nyongo": [
        "Nyongo",
        "Anyang Nyongo",
        "Orange Democratic Movement (ODM) Secretary-General Anyang Nyongo",
        "ODM",
        "he",
        "we",
    ],
    "critics": ["critics", "Critics"],
    "Jane Nyanyuki": ["Nyanyuki", "Dr. Jane Nyanyuki", "Our pathologists' report", "she"],
    "Independent Medico-Legal Unit": ["The group", "Independent Medico-Legal Unit", "IMLU"],
    "Samuel Mohochi": ["Mohochi", "Executive director Samuel Mohochi", "we"],
    "international observers": ["international observers", "observers"],
    # Burma
    "George W. Bush": [
        "Bush",
        "President Bush",
        "U.S. President George Bush",
        "he",
        "we",
        "our",
        "We",
    ],
    "U.S. Department of State": ["The U.S. State Department", "State Department", "it"],
    "U.N. officials": ["U.N. officials", "They", "they", "United Nations"],
    "Burma's military government": [
        "Burma's military leadership",
        "The government",
        "the military government",
        "Burma",
        "it",
    ],
    "news reports": ["News reports", "news reports"],
    "aid groups and governments": ["these groups", "aid organizations", "governments"],
    "humanitarian groups": ["Humanitarian groups", "humanitarian groups"],
    "Tony Banbury": ["Banbury", "Tony Banbury", "World Food Program", "he", "We"],
    "U.S. officials": ["U.S. officials", "United States"],
    "Ban Ki-moon": [
        "Ban",
        "Mr. Ban",
        "U.N. Secretary-General Ban Ki-moon",
        "He",
        "he",
        "I",
    ],
    "John Holmes": ["Holmes", "U.N. Humanitarian Chief John Holmes"],
    "Timothy Keating": ["Keating", "Admiral Keating", "Admiral Timothy Keating", "We", "us"],
    "The Pentagon": ["The Pentagon", "Pentagon", "Geoff Morrell"],
    "Geoff Morrell": [
        "Morrell",
        "Pentagon Press Secretary Geoff Morrell",
        "The Pentagon",
        "he",
        "Our government",
    ],
    "Joanna Maclean": ["Maclean", "A Red Cross coordinator in Thailand, Joanna Maclean", "She"],
    "international community": ["intense international pressure", "international community"],
    "witnesses": ["Witnesses", "They", "they"],
    "Terje Skavdal": ["Skavdal", "Terje Skavdal", "the agency", "U.N. officials"],
    "Burma's state media": ["Burma's state media", "state media", "the government"],
    "Amnesty International": [
        "Amnesty International",
        "Amnesty",
        "A new Amnesty International report",
        "The report",
        "The Amnesty report",
    ],
    "Benjamin Zawacki": ["Zawacki", "Benjamin Zawacki", "Amnesty International", "He", "he"],
    "Johns Hopkins report": [
        "The report",
        "A report led by the Johns Hopkins Bloomberg School of Medicine",
        "Johns Hopkins Bloomberg School of Public Health",
        "After the Storm: Voices from the Delta",
    ],
    "Zarganar": ["Zarganar", "Thura", "He", "he"],
    # Madagascar
    "African Union Peace and Security Council": [
        "The African Union Peace and Security Council",
        "PSC",
        "The Council",
        "African Union",
    ],
    "Bruno Nongoma Zidouemba": [
        "Zidouemba",
        "Ambassador Zidouemba",
        "Acting PSC President",
        "acting PSC chairman Zidouemba",
        "he",
        "He",
        "The council",
        "we",
    ],
    "African Union": ["The African Union", "African Union", "AU"],
    "Madagascar's Constitutional Court": [
        "The island nation's Constitutional Court",
        "Constitutional Court",
    ],
    "The United States and the European Union": [
        "The United States",
        "the European Union",
    ],
    "Mswati III": ["Mswati", "Swaziland's King Mswati III", "SADC", "We"],
    "Southern African Development Community": ["SADC", "Southern African Development Community"],
    "The African Union and COMESA": ["The African Union", "COMESA"],
    "The African Union and SADC": [
        "The African Union",
        "Southern African Development Community",
        "SADC",
    ],
    "Andry Rajoelina": ["Rajoelina", "Andry Rajoelina", "He", "he"],
    "Madagascar's opposition groups": [
        "Opposition groups",
        "The opposition groups",
        "Mr. Ravalomanana",
    ],
    # Niger
    "Seini Moumarou": ["Moumarou", "Prime Minister Seini Moumarou", "Mr. Moumarou", "we"],
    "Niger's parliament and constitutional court": [
        "Niger's parliament",
        "its constitutional court",
        "Niger's constitutional court",
    ],
    "Mahamadou Issoufou": ["Issoufou", "Opposition leader Mohamadou Issoufou"],
    "Niger's opposition": ["Opponents of the measure", "Niger's opposition"],
    "Bazoum Mohammed": ["Mohammed", "Bazoum Mohammed", "PNDS", "He", "he", "us"],
    "Niger Party for Democracy and Socialism": [
        "The opposition Niger Party for Democracy and Socialism",
        "PNDS",
    ],
    "civil society groups": ["Civil society groups"],
    "ECOWAS leaders": ["ECOWAS leaders", "ECOWAS"],
    "French foreign ministry": ["The French foreign ministry", "France"],
    "Abdel Fatau Musah": ["Musah", "Abdel Fatau Musah", "ECOWAS", "we"],
    "ECOWAS": ["The Economic Community of West African States", "ECOWAS"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind35", sys.argv[1], ALIASES))
