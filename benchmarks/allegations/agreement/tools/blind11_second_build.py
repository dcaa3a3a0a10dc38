"""Build ``blind11_second.jsonl`` from ``blind11_second_labels.txt`` (the second annotation).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind11_second_build.py /tmp/sentences.jsonl

A label line is ``<sentence number> <allegation> <stance> <claimer or AUTO>`` with an
optional ``@@<start>`` that keeps the sentence from ``<start>`` on (where the plain splitter
left two sentences joined).  ``AUTO`` is the issuing voice: Vladimir Putin on the Kremlin
pages, Andriy Yermak on the pages of his office, Volodymyr Zelenskyy on the other President of
Ukraine pages; on State Department and White House pages the statement's signatories, the
readout's principal or the byline, and "United States" for a sentence whose subject is the
United States.  Plain Python, no ``kg``.
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Vladimir Putin": [
        "Putin",
        "President Putin",
        "the President of Russia",
        "Russian President",
        "I",
        "we",
    ],
    "Volodymyr Zelenskyy": [
        "Zelenskyy",
        "President Zelenskyy",
        "the President of Ukraine",
        "the President",
        "the Head of State",
        "I",
        "we",
    ],
    "Andriy Yermak": [
        "Yermak",
        "Head of the Office of the President",
        "the Head of the President's Office",
        "I",
        "we",
    ],
    "Antony J. Blinken": [
        "Blinken",
        "Secretary Blinken",
        "the Secretary",
        "Secretary of State Antony J. Blinken",
        "Antony Blinken",
        "I",
        "we",
    ],
    "Wendy R. Sherman": [
        "Sherman",
        "Deputy Secretary Sherman",
        "the Deputy Secretary",
        "Deputy Secretary of State Wendy R. Sherman",
        "she",
    ],
    "United States": [
        "the United States",
        "U.S.",
        "the U.S.",
        "Antony J. Blinken",
        "Secretary Blinken",
        "we",
    ],
    "U.S. Department of State": [
        "the Department of State",
        "the Department",
        "State Department",
        "Ned Price",
        "we",
    ],
    "G7 Foreign Ministers": ["G7", "the G7", "G7 foreign ministers", "we"],
    "G7 Leaders": ["G7", "the G7", "Leaders of the Group of Seven", "we"],
    "The White House": ["White House", "the Administration", "the United States", "we"],
    "Joseph R. Biden": ["Biden", "President Biden", "Joe Biden", "the President", "I", "we"],
    "Joe Biden": [
        "Biden",
        "President Biden",
        "Ursula von der Leyen",
        "President von der Leyen",
        "we",
    ],
    "Sergei Lavrov": ["Lavrov", "Foreign Minister Lavrov", "Sergei Lavrov", "I"],
    "Emmanuel Macron": ["Macron", "President Macron", "French President Emmanuel Macron"],
    "Ursula von der Leyen": ["von der Leyen", "President of the European Commission"],
    "OSCE Moscow Mechanism report": [
        "That report",
        "the report",
        "OSCE report",
        "the current report",
        "OSCE",
    ],
    "Brian Deese": ["Deese", "NEC Director Brian Deese", "I", "we"],
    "Jake Sullivan": ["Sullivan", "Mr. Sullivan", "National Security Advisor Jake Sullivan", "he"],
    "Alexander Lukashenko": [
        "Lukashenko",
        "President of Belarus",
        "Alyaksandr Lukashenka",
        "I",
        "we",
    ],
    "Oleg Ustenko": ["Ustenko", "the adviser to the President", "an economic adviser to President"],
    "Klaus Iohannis": ["Iohannis", "the President of Romania"],
    "Boris Johnson": ["Johnson", "Prime Minister of the United Kingdom", "I"],
    "Ihor Zhovkva": ["Zhovkva", "Deputy Head of the Office of the President"],
    "Alar Karis": ["Karis", "President of Estonia", "he"],
    "The United States and Germany": ["the United States", "Germany", "we"],
    "The United States and France": ["the United States", "France", "we"],
    "The United States and Egypt": ["the United States", "Egypt", "President Biden", "we"],
    "The United States and Israel": ["the United States", "Israel", "the officials"],
    "Joseph R. Biden and Fumio Kishida": [
        "the two leaders",
        "President Biden",
        "Prime Minister Kishida",
    ],
}


if __name__ == "__main__":
    sys.exit(build("blind11", sys.argv[1], ALIASES))
