"""Build ``blind32_second.jsonl`` from ``blind32_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
text, the VOA editorials included, is Voice of America, the text's own voice; the Wikinews
text's own voice is written out as "Wikinews").  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/voa11.jsonl`` and ``corpus/wikinews4.jsonl``
(round 34's 22 texts and the 3 added by blind32b, all 24 VOA texts in the grown ``voa11.jsonl``;
``voa11.jsonl`` sorts after ``voa10.jsonl``, ``wikinews4.jsonl`` last).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind32_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America", "Voice of America news"],
    "Wikinews": ["Wikinews"],
    # Uzbekistan, Andijan
    "Islam Karimov": [
        "Karimov",
        "President Islam Karimov",
        "Uzbek President Islam Karimov",
        "Uzbekistan president Islam Karimov",
        "Uzbekistan",
        "he",
    ],
    "Uzbek authorities": [
        "Uzbek authorities",
        "the Uzbek authorities",
        "Authorities in Uzbekistan",
        "they",
        "Uzbekistan",
    ],
    "Uzbek government": [
        "The Uzbek government",
        "The government",
        "the government of Uzbekistan",
        "Uzbekistan",
    ],
    "eyewitnesses": [
        "eyewitnesses",
        "Numerous eyewitnesses",
        "eyewitnesses interviewed by Human Rights Watch",
        "Human Rights Watch",
        "U-N report",
    ],
    "Doctors": ["Doctors"],
    "Richard Boucher": [
        "Boucher",
        "U.S. State Department spokesman, Richard Boucher",
        "U.S. State Department",
        "United States",
        "He",
    ],
    "Condoleezza Rice": [
        "Rice",
        "Secretary Rice",
        "Secretary of State Condoleezza Rice",
        "she",
        "United States",
    ],
    "U.S. State Department, United Nations and British foreign secretary": [
        "the U.S. State Department",
        "the United Nations",
        "British foreign secretary",
    ],
    "Louise Arbour and Jack Straw": [
        "The United Nations High Commissioner for Human Rights, Louise Arbour",
        "British foreign secretary Jack Straw",
    ],
    "Jack Straw": ["Straw", "British foreign secretary Jack Straw", "He", "We"],
    "Louise Arbour": [
        "Arbour",
        "the High Commissioner",
        "The United Nations High Commissioner for Human Rights",
        "U-N spokesman Jose Dias",
        "United Nations",
    ],
    "United States and other countries": ["The United States and other countries", "United States"],
    "United States and United Nations": ["Both the United States and United Nations"],
    "demonstrators in Moscow": ["a small group of demonstrators", "demonstrators"],
    "Human rights groups and Uzbek opposition activists": [
        "Human rights groups",
        "Uzbek opposition activists",
    ],
    "Human Rights Watch": ["Human Rights Watch", "HRW", "A report issued by Human Rights Watch"],
    "Human rights groups": ["Human rights groups", "human rights groups"],
    "United States": [*COMMON_ALIASES["United States"], "Washington"],
    "Sean McCormack": [
        "McCormack",
        "U.S. State Department spokesman Sean McCormack",
        "U.S. Department of State",
        "United States",
        "We",
    ],
    "UN report": [
        "A new report by the United Nations",
        "the U-N report",
        "U-N investigators",
        "United Nations",
        "the High Commissioner",
    ],
    "Thomas Casey": [
        "Casey",
        "U.S. State Department acting spokesman Thomas Casey",
        "United States",
    ],
    "international officials": ["international officials", "International refugee officials"],
    "UNHCR": [
        "UNHCR",
        "the U.N. refugee agency",
        "U.N. High Commissioner for Refugees",
        "Agency officials",
        "Astrid van Genderen Stort",
        "we",
    ],
    "United Nations": ["United Nations", "the U.N.", "U.N."],
    "western rights groups and analysts": ["western rights groups", "analysts"],
    "Uzbek political activists": ["Uzbek political activists"],
    "Umarov's lawyer": ["Mr. Umarov's lawyer", "His lawyer"],
    "Umarov's supporters": ["Mr. Umarov's supporters", "his supporters"],
    "Julieta Noyes": [
        "Noyes",
        "Julieta Noyes of the U.S. State Department's Bureau of Democracy, Human Rights, and Labor",
        "U.S. State Department",
        "United States",
        "We",
    ],
    "critics": ["critics", "Critics"],
    "Sanjar Umarov": ["Umarov", "Mr. Umarov"],
    "Allison Gill": ["Gill", "Human Rights Watch", "She"],
    "Thomas Melia": ["Melia", "Freedom House", "he", "we"],
    "Jennifer Windsor": ["Windsor", "Freedom House executive director Jennifer Windsor"],
    "Jeff Erlich": ["Erlich", "Eurasia Foundation", "we"],
    "Astrid van Genderen Stort": [
        "UNHCR spokeswoman Astrid van Genderen Stort",
        "The UNHCR spokeswoman",
        "UNHCR",
        "she",
        "we",
    ],
    "Experts": ["Experts", "they"],
    "Abdulaziz Kamilov": [
        "Kamilov",
        "Uzbek Ambassador to the United States Abdulaziz Kamilov",
        "Uzbekistan",
        "he",
        "we",
    ],
    "Bill Maynes": ["Maynes", "Eurasia Foundation President Bill Maynes", "He", "he", "We"],
    "Daria Sobolova": ["Sobolova", "Soboleva", "Memorial", "She"],
    "Bakhrom Khamroyev": ["Khamroyev", "The activist", "He", "Organizer Bakhrom Khamroyev"],
    # Iran, Roxana Saberi
    "Iran": [
        "Iran",
        "the Iranian court",
        "An Iranian court",
        "the Iranian judiciary",
        "the Islamic Republic",
        "Tehran",
    ],
    "Reza Saberi": ["Saberi's father Reza Saberi", "The father of the dual national Saberi", "he"],
    "Roxana Saberi": ["Saberi", "she", "I"],
    "Saberi's family": ["Her family", "Saberi's family"],
    "U.S. Department of State": [
        *COMMON_ALIASES["U.S. Department of State"],
        "The U.S. State Department",
        "United States",
    ],
    "Hillary Clinton": [
        "Clinton",
        "U.S. Secretary of State Hillary Clinton",
        "United States",
        "Washington",
        "she",
    ],
    "Reza Moini": ["Moini", "Reporters Without Borders", "his organization", "he"],
    "Abdolsamad Khorramshai": ["Khorramshai", "Her attorney", "He", "he"],
    "Fouad Ajami": ["Ajami", "Professor Fouad Ajami"],
    # added by blind32b (branch allegagree35b)
    "Human rights monitors": ["Human rights monitors"],
    "Adam Ereli": [
        "Ereli",
        "State Department spokesman Adam Ereli",
        "State Department",
        "The United States",
        "United States",
    ],
    "Ian Kelly": [
        "Kelly",
        "Spokesman Kelly",
        "Ian Kelly",
        "State Department",
        "He",
        "United States",
    ],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind32", sys.argv[1], ALIASES))
