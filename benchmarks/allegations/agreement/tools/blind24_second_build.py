"""Build ``blind24_second.jsonl`` from ``blind24_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story is Voice of America, the story's own voice).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind24_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Abdul-Halim Khaddam": [
        "Khaddam",
        "Mr. Khaddam",
        "Abdel Halim Khaddam",
        "former Syrian Vice President Abdul-Halim Khaddam",
        "the former vice president",
    ],
    "Al-Baath": ["the official Syrian newspaper Al-Baath", "Al-Baath", "Syria"],
    "UN investigation commission": [
        "An initial U.N. inquiry",
        "U.N. inquiry",
        "the Mehlis commission",
        "UN commission",
        "investigators",
    ],
    "Syria": ["Syria", "Damascus", "the government in Damascus", "Syrian government"],
    "Iran's Intelligence Ministry": [
        "the Iranian Intelligence Ministry",
        "Iran's Intelligence Ministry",
        "Intelligence Ministry",
        "Iran",
    ],
    "Lee Hamilton": [
        "Hamilton",
        "the Wilson Center's director",
        "former U.S. Congressman Lee Hamilton",
    ],
    "American scholars": ["Other American scholars", "scholars"],
    "Iran's judiciary": ["Iran's judiciary", "Ali Reza Jamshidi", "judiciary spokesman", "Iran"],
    "Ali Reza Jamshidi": ["Jamshidi", "A judiciary spokesman", "Iran's judiciary", "he"],
    "Iran": [
        "Iran",
        "Tehran",
        "the government of Iran",
        "the Iranian government",
        "Iranian officials",
    ],
    "U.S. Department of State": [
        *COMMON_ALIASES["U.S. Department of State"],
        "The U.S. State Department",
        "A U.S. State Department spokesman",
    ],
    "Indian security officials": ["Indian security officials", "India", "Indian officials"],
    "Lashkar-e-Taiba": ["The LET", "LET", "LeT", "Lashkar-e-Taiba"],
    "senior U.S. intelligence official": [
        "one senior U.S. intelligence official",
        "U.S. intelligence",
    ],
    "India": ["India", "it", "the Indian government"],
    "Jehangir Pocha": ["Pocha", "Indian journalist Jehangir Pocha", "he"],
    "Pakistan": ["Pakistan", "Islamabad", "the Pakistani government"],
    "North Korea": [
        "North Korea",
        "Pyongyang",
        "North Korea's official Central News Agency",
        "The official Korean Central News Agency",
        "KCNA",
        "the North",
        "it",
    ],
    "Iranian television": ["Iranian television", "Iran"],
    "Hillary Clinton": [
        "Clinton",
        "Secretary Clinton",
        "U.S. Secretary of State Hillary Clinton",
        "Secretary of State Hillary Clinton",
        "she",
        "I",
    ],
    "United States": [*COMMON_ALIASES["United States"], "The United States"],
    "the hikers' families": ["The families", "families"],
    "Barack Obama": [
        "Obama",
        "President Obama",
        "President Barack Obama",
        "Mr. Obama",
        "BARACK OBAMA",
        "he",
    ],
    "Mohammad Javad Larijani": [
        "Larijani",
        "A top Iranian official",
        "the secretary-general of Iran's High Council for Human Rights",
        "Iran",
    ],
    "Iranian court": ["Iranian court", "Iran"],
    "Abbas Jaafar Dolatabadi": [
        "Dolatabadi",
        "Iranian prosecutor general Abbas Jaafar Dolatabadi",
        "Tehran prosecutor-general",
        "Iran",
    ],
    "Ramin Mehmenparast": ["Mehmenparast", "Foreign Ministry spokesman", "Iran"],
    "The White House": [*COMMON_ALIASES["The White House"], "White House spokesman Tommy Vietor"],
    "Israel": ["Israel"],
    "Audrey Bomse": ["Bomse", "the Free Gaza movement", "One of the flotilla's organizers"],
    "Recep Tayyip Erdogan": [
        "Erdogan",
        "Mr. Erdogan",
        "Turkey's prime minister",
        "Turkish Prime Minister Recep Tayyip Erdogan",
        "Turkey",
        "he",
    ],
    "Turkey": ["Turkey", "Erdogan"],
    "Eric Holder": ["Holder", "U.S. Attorney General Eric Holder", "Attorney General Eric Holder"],
    "U.S. Department of Justice": [
        "the Justice Department",
        "Eric Holder",
        "U.S. officials",
        "United States",
    ],
    "U.S. officials": [
        "American officials",
        "U.S. officials",
        "Officials",
        "officials",
        "United States",
    ],
    "Saud al-Faisal": [
        "Prince Saud Al-Faisal",
        "Saudi Foreign Minister",
        "PRINCE SAUD AL-FAISAL",
        "Saudi Arabia",
    ],
    "Iran's Foreign Ministry": ["Iran's Foreign Ministry", "Foreign Ministry", "Iran"],
    "UN General Assembly": ["The U.N. General Assembly", "General Assembly"],
    "Saudi Arabia": ["Saudi Arabia"],
    "media reports": ["Various media reports"],
    "Russian officials": ["Russian officials", "Some Russian officials and state media", "Russia"],
    "The New York Times": ["a New York Times report", "The Times", "New York Times"],
    "former head of Russia's anti-doping agency": [
        "the former head of Russia's anti-doping agency",
        "he",
    ],
    "World Anti-Doping Agency": ["WADA", "The World Anti-Doping Agency", "It"],
    "International Olympic Committee": [
        "IOC",
        "The IOC",
        "An IOC committee",
        "The International Olympic Committee",
    ],
    "Craig Reedie": ["Sir Craig Reedie", "Reedie", "the president of WADA", "he"],
    "Chinese officials": ["Chinese officials", "China"],
    "Lu Kang": ["Lu", "Foreign ministry spokesman Lu Kang", "China"],
    "China": ["China", "Beijing", "People's Republic of China", "PRC"],
    "Chinese court in Dandong": ["A court in the northeastern city of Dandong", "China"],
    "Justin Trudeau": [
        "Trudeau",
        "Canadian Prime Minister Justin Trudeau",
        "Prime Minister Trudeau",
    ],
    "Antony J. Blinken": [
        *COMMON_ALIASES["Antony J. Blinken"],
        "U.S. Secretary of State Antony Blinken",
    ],
    "Canada": ["Ottawa", "Canada"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind24", sys.argv[1], ALIASES))
