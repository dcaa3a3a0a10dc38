"""Build ``blind31_second.jsonl`` from ``blind31_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story is Voice of America, the story's own voice; the Wikinews texts' own voice is written out
as "Wikinews").  The sentence numbers are those of ``sentences.py`` over ``corpus/`` with
``corpus/voa9.jsonl`` and ``corpus/wikinews3.jsonl`` (round 33's 21 texts) and
``corpus/voa10.jsonl`` (the 5 texts added by ``blind31b``; it sorts before ``voa9.jsonl``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind31_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Wikinews": ["Wikinews"],
    # Georgia, Ukraine, Belarus: Russia's gas
    "Mikhail Saakashvili": [
        "Saakashvili",
        "Mr. Saakashvili",
        "President Saakashvili",
        "Georgian President Mikhail Saakashvili",
        "Mr. Saakashvili and other top officials",
        "Georgia",
        "He",
        "he",
    ],
    "Dick Cheney": [
        "Cheney",
        "Mr. Cheney",
        "U.S. Vice President Dick Cheney",
        "The American vice president",
        "United States",
        "He",
        "he",
    ],
    "United States": [*COMMON_ALIASES["United States"], "the Bush administration", "Washington"],
    "Western countries": ["Western concern", "the West", "Western capitals"],
    "Robert Legvold": ["Legvold", "a Russia expert at Columbia University", "Experts", "he"],
    "observers in Moscow": ["Some observers in Moscow", "observers", "Experts"],
    "Evgeni Volk": [
        "Volk",
        "Experts including Evgeni Volk",
        "head of the Moscow office of the Heritage Foundation",
        "Experts",
        "I",
    ],
    "Russia": ["Russia", "Moscow", "Russia's", "Gazprom"],
    "Vladimir Putin": [
        *COMMON_ALIASES["Vladimir Putin"],
        "Mr. Putin",
        "Russian Prime Minister Vladimir Putin",
        "Russia",
        "He",
    ],
    "Ukraine": ["Ukraine", "Kyiv", "Kiev", "Ukrainian leaders"],
    "Ukrainian leaders": ["Ukrainian leaders", "Ukraine", "They", "they"],
    # China, Xinjiang
    "Chinese officials": ["Chinese officials", "The officials", "China", "Chinese government"],
    "Chinese government": ["The Chinese government", "China", "Chinese officials"],
    "Chinese authorities": ["the Chinese", "Chinese", "China", "they"],
    "Kadeer's family members": [
        "her family members",
        "close relatives of Kadeer",
        "Kadeer's son Alim",
        "her daughter Roxingul",
        "brother Memet",
        "them",
    ],
    "Uighur exile groups": ["Exile groups", "exile groups", "They", "World Uighur Congress"],
    "Rebiya Kadeer": ["Kadeer", "World Uighur Congress", "president of the World Uighur Congress"],
    # Iran, Jundallah
    "Iran": [
        "Iran",
        "Tehran",
        "the Iranian government",
        "Iranian authorities",
        "Iranian officials",
        "It",
    ],
    "Iranian government": ["The Iranian government", "Iran", "Tehran", "it"],
    "Iranian officials": [
        "Some Iranian officials",
        "officials in Tehran",
        "Some of the officials",
        "Iran",
        "Tehran",
    ],
    "Iranian News Network": ["IRIN", "The official Iranian News Network", "Iran"],
    "IRNA": ["Iran's official news agency", "IRNA", "Iran"],
    "Iranian TV": ["Iranian TV", "Iran"],
    "Iranian media": ["Other Iranian media reports", "Iranian media", "Iran"],
    "Iranian investigators": ["Investigators", "Iran"],
    "Iranian Foreign Ministry": ["the Foreign Ministry in Tehran", "Iranian news agencies", "Iran"],
    "Mohammad Ali Jafari": [
        "Jafari",
        "Iran's Revolutionary Guard chief",
        "Major General Mohammad Ali Jafari",
        "Revolutionary Guards",
        "Iran",
    ],
    "Revolutionary Guards": [
        "A Revolutionary Guard statement",
        "Revolutionary Guard",
        "Iran",
    ],
    "Mahmoud Ahmadinejad": [
        "Ahmadinejad",
        "Mr. Ahmadinejad",
        "Iranian President Mahmoud Ahmadinejad",
        "Iran",
    ],
    "Heydar Moslehi": [
        "Moslehi",
        "Iranian Intelligence Minister Heydar Moslehi",
        "The intelligence minister",
        "Iran",
        "He",
        "he",
        "we",
    ],
    "Ali Larijani": ["Larijani", "Parliamentary speaker Ali Larijani", "Iran", "we"],
    "Hossein Ali Shahriyari": ["Shahriyari", "Zahedan deputy Hossein Ali Shahriyari", "Iran"],
    "Abdolmalek Rigi": ["Rigi", "a video of Rigi", "Jundallah"],
    "Jundallah": ["Jundallah", "Jundollah", "The group", "the group", "A Sunni Muslim group"],
    "Ian Kelly": [
        "Kelly",
        "U.S. State Department Spokesman Ian Kelly",
        "U.S. Department of State",
        "United States",
    ],
    "senior U.S. official": ["a senior U.S. official", "United States"],
    "U.S. authorities": ["U.S. authorities", "United States"],
    "United Kingdom": ["Britain", "the United Kingdom", "both governments", "London"],
    "Pakistan": ["Pakistan", "both governments", "Islamabad"],
    "Barack Obama": ["Obama", "Mr. Obama", "President Barack Obama", "He", "United States"],
    "Hillary Clinton": [
        "Clinton",
        "U.S. Secretary of State Hillary Clinton",
        "Secretary of State Hillary Clinton",
        "United States",
    ],
    "Barack Obama and Hillary Clinton": [
        "President Barack Obama",
        "Secretary of State Hillary Clinton",
        "United States",
    ],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind31", sys.argv[1], ALIASES))
