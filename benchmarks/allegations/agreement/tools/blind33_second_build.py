"""Build ``blind33_second.jsonl`` from ``blind33_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
text is Voice of America, the text's own voice).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/wikinews5.jsonl`` and ``corpus/zvoa12.jsonl``
(the part's 28 texts, the 27-record ``zvoa12.jsonl`` of the first annotator's second hand-over
included: ``wikinews5.jsonl`` sorts after ``wikinews4.jsonl``, ``zvoa12.jsonl`` last, so no
earlier file's sentence number moves); the last labels are two texts of ``corpus/voa3.jsonl``
found by the keyword search.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind33_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America", "Voice of America news"],
    # Honduras
    "Manuel Zelaya": [
        "Zelaya",
        "Mr. Zelaya",
        "President Zelaya",
        "President Manuel Zelaya",
        "The ousted leader",
        "the ousted president",
        "The Honduran leader",
        "he",
    ],
    "Roberto Micheletti": [
        "Micheletti",
        "Mr. Micheletti",
        "Interim President Roberto Micheletti",
        "interim Honduran leader Roberto Micheletti",
        "The interim leader",
        "the interim president",
        "head of the Honduran Congress",
        "he",
    ],
    "Roberto Micheletti and other officials": [
        "Mr. Micheletti and other officials who backed the ouster",
        "Roberto Micheletti",
        "Micheletti",
    ],
    "Honduran officials": [
        "Officials",
        "Honduran officials",
        "Honduran interim government",
        "the interim government",
    ],
    "Honduran interim officials": [
        "Interim officials",
        "officials",
        "Honduran interim government",
        "the interim government",
    ],
    "Honduran interim government": [
        "The interim government",
        "the interim government",
        "Honduran interim government",
        "officials",
    ],
    "Honduras' Supreme Court": [
        "Honduras' Supreme Court",
        "the Supreme Court",
        "Supreme Court",
    ],
    "Obama administration": [
        "The Obama administration",
        "the Obama administration",
        "United States",
        "U.S. officials",
    ],
    "U.S. officials": ["U.S. officials", "United States", "Obama administration"],
    "Latin American blocs and foreign governments, including the United States": [
        "Several Latin American blocs and foreign governments",
        "foreign governments",
        "the United States",
    ],
    "The United States, United Nations and many Latin American nations": [
        "The United States",
        "United Nations",
        "many Latin American nations",
    ],
    "foreign governments": ["foreign governments", "foreign pressure", "international pressure"],
    "Organization of American States": [
        "The Organization of American States",
        "OAS",
        "O.A.S.",
        "the regional group",
    ],
    "Hugo Chavez": ["Chavez", "Mr. Chavez", "Venezuela's President Hugo Chavez", "he"],
    "Patricia Rodas": [
        "Rodas",
        "Honduran Foreign Minister Patricia Rodas",
        "she",
    ],
    "Spain and France": ["Spain", "France"],
    "a pro-Zelaya labor union member": ["This woman", "She", "she"],
    "Luiz Inacio Lula da Silva": [
        "Lula",
        "Mr. da Silva",
        "President Luiz Inacio Lula da Silva",
        "Brazilian President Luiz Inacio Lula da Silva",
        "The Brazilian leader",
        "he",
    ],
    "Globo radio announcer": ["The announcer", "Globo radio", "he"],
    "Honduran lawmakers": ["Honduran lawmakers", "lawmakers", "some lawmakers"],
    "Antonio Rivera Callejas": ["Callejas", "Antonio Rivera Callejas", "National Party"],
    # Iran
    "Ali Khamenei": [
        "Khamenei",
        "Ayatollah Ali Khamenei",
        "Supreme Leader of Iran Ali Khamenei",
        "the supreme leader",
        "He",
        "he",
    ],
    "Mahmoud Ahmadinejad": [
        "Ahmadinejad",
        "Mr. Ahmedinejad",
        "Mr. Ahmadinejad",
        "President Mahmoud Ahmadinejad",
        "he",
    ],
    "Ahmadinejad's opponents and their supporters": [
        "his opponents and their supporters",
        "his opponents",
        "opposition",
    ],
    "Mir Hossein Mousavi": [
        "Mousavi",
        "Moussavi",
        "Mir Hossein Mousavi",
        "Mir Hossein Moussavi",
        "Mr. Mousavi",
        "Top opposition leader",
        "he",
        "we",
    ],
    "Mousavi and his supporters": ["Mousavi", "his supporters", "Mousavi supporters"],
    "Mousavi supporters": [
        "thousands of Iranian supporters of Mr. Moussavi",
        "supporters of Mr. Moussavi",
        "many",
    ],
    "a Mousavi supporter": ["One Mousavi supporter", "the supporter", "We", "we"],
    "Associated Press photographer": ["an Associated Press photographer", "he"],
    "eyewitnesses": ["Eyewitnesses", "eyewitnesses", "eyewitness accounts"],
    "Witnesses": ["Witnesses", "witnesses", "VOA's Persian News Network"],
    "Barack Obama": [
        "Obama",
        "President Barack Obama",
        "U.S. President Barack Obama",
        "The president",
        "the president",
        "he",
        "I",
    ],
    "protesters": ["protesters"],
    "Iranians living in Australia": [
        "Iranians living in Australia",
        "Many Iranians in Australia",
        "Iranian expatriates",
    ],
    "an Iranian exile in Australia": ["One exile", "exile"],
    "The United States, France, Germany and other countries": [
        "The United States",
        "France",
        "Germany",
        "other countries",
    ],
    "Ali Larijani": ["Larijani", "Parliament Speaker Ali Larijani"],
    "Iranian police": ["Iranian police", "police"],
    "Iranian government TV": [
        "Iranian government TV",
        "State run Iranian TV",
        "state TV",
        "Iranian state TV",
        "Iran",
    ],
    "Iran's National Security Council": ["Iran's National Security Council", "Iran"],
    "Guardian Council": [
        "Iran's electoral watchdog",
        "the Guardian Council",
        "The Council",
        "Iran",
    ],
    "three defeated presidential candidates": [
        "three defeated presidential candidates",
        "All three defeated candidates",
    ],
    "Abbas-ali Kadkhodaie": [
        "Kadkhodaie",
        "The Council's spokesman",
        "Guardian Council",
        "he",
    ],
    "Ahmed Khatami": ["Khatami", "hardline cleric Ahmed Khatami", "a hardline cleric"],
    "Iranian revolutionary court": ["a trial", "the trial", "revolutionary court", "Iran"],
    "Mohammad Ali Abtahi": ["Abtahi", "Former reformist vice president Mohammad Ali Abtahi"],
    "Iranian opposition": ["opposition", "opposition claims"],
    "Mehrdad Khonsari": ["Khonsari", "Iran analyst Mehrdad Khonsari", "he", "I"],
    "Yadollah Javani": [
        "Javani",
        "The political chief of Iran's powerful Revolutionary Guard force",
        "a key figure in Iran's powerful Revolutionary Guard",
        "Revolutionary Guard",
        "he",
    ],
    "protesters in New York": ["Many", "protesters", "These protesters"],
    "Ahmed Rida Radan": [
        "Radan",
        "Iran's deputy police chief Ahmed Rida Radan",
        "He",
        "he",
        "The police",
    ],
    "Independent accounts published on the internet": ["Independent accounts"],
    "Britain and other Western nations": ["Britain", "Western nations"],
    "Ban Ki-moon": ["Ban", "Mr. Ban", "U.N. Secretary-General Ban Ki-moon", "he"],
    "Britain": ["Britain", "British officials", "London"],
    "Alistair Burt": ["Burt", "British Foreign Office Minister Alistair Burt", "Britain"],
    "Iranian opposition leaders": ["Iranian opposition leaders", "Opposition leaders", "they"],
    "Iranian government": ["The government", "Iran"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    sys.exit(build("blind33", sys.argv[1], ALIASES))
