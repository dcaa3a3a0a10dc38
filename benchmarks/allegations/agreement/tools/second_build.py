"""What the second annotations' builders (``blind<N>_second_build.py``) share: reading
the label lines against the plain splitter's sentences, the claimers' aliases, the issuing
voice, and writing the part's ``blind<N>_second.jsonl``.

A label line is ``<sentence number> <allegation> <stance> <claimer or AUTO>`` with an
optional ``@@<start>`` that keeps the sentence from ``<start>`` on (where the plain splitter
left two sentences joined).  ``AUTO`` is the issuing voice: Vladimir Putin on the Kremlin
pages, Andriy Yermak on the pages of his office, Volodymyr Zelenskyy on the other President of
Ukraine pages; on State Department and White House pages the statement's signatories, the
readout's principal or the byline, and "United States" for a sentence whose subject is the
United States.  Plain Python, no ``kg``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Claimers named alike by every part that names them; a part's own table adds or overrides.
COMMON_ALIASES = {
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
    "Yury Ushakov": ["Ushakov", "Aide to the President", "Presidential Aide Yury Ushakov", "we"],
    "Dmitry Rogozin": ["Rogozin", "Roscosmos General Director", "we"],
    "Derek Chollet": ["Chollet", "the Counselor", "Counselor of the Department Derek Chollet"],
    "Joseph R. Biden and Mario Draghi": ["President Biden", "Prime Minister Draghi", "they"],
}

SIGNATORIES = {  # joint statements published by the State Department or the White House
    "Joint Statement on the Occasion of the 11-year Anniversary of the Syrian Uprising": (
        "Joint statement signatories"
    ),
    "Joint Statement on Limited Resumption of Arctic Council Cooperation": (
        "Arctic Council founding states"
    ),
    "Joint Statement on Canada-Mexico-United States Cooperation": (
        "Canada, Mexico and the United States"
    ),
    "Joint Statement on Further Restrictive Economic Measures": (
        "Leaders of the European Commission, France, Germany, Italy, the United Kingdom, Canada"
        " and the United States"
    ),
}


def auto(row: dict) -> str:
    title, outlet, byline, s = row["title"], row["outlet"], row["byline"], row["s"]
    if outlet == "President of Russia":
        return "Vladimir Putin"
    if outlet == "President of Ukraine":
        if (
            "Yermak" in title
            or "Head of the Office" in title
            or "Head of President's Office" in title
        ):
            return "Andriy Yermak"
        return "Volodymyr Zelenskyy"
    if title in SIGNATORIES:
        return SIGNATORIES[title]
    if s.startswith("The United States"):
        return "United States"
    if outlet == "U.S. Department of State":
        if title.startswith("G7 Foreign Ministers"):
            return "G7 Foreign Ministers"
        if title.startswith("Deputy Secretary Sherman"):
            return "Wendy R. Sherman"
        if title.startswith("Secretary Blinken") or byline.startswith("Antony J. Blinken"):
            return "Antony J. Blinken"
        return "U.S. Department of State"
    if title.startswith("G7 Leaders"):
        return "G7 Leaders"
    if "President Joe Biden" in title or "President Joseph R. Biden" in title:
        return "Joseph R. Biden"
    if "Jake Sullivan" in title:
        return "Jake Sullivan"
    if "Brian Deese" in title:
        return "Brian Deese"
    return "The White House"


def voa_auto(row: dict) -> str:
    """The issuing voice with Voice of America on its own stories (the VOA parts, blind23 and
    blind24), :func:`auto` elsewhere; a part's script sets ``second_build.voice = voa_auto``."""
    if row["outlet"] == "Voice of America":
        return "Voice of America"
    return auto(row)


#: How ``AUTO`` resolves to a claimer in :func:`build`.
voice = auto


def build(part: str, sentences: str, aliases: dict[str, list[str]]) -> int:
    """Write ``<part>_second.jsonl`` from ``<part>_second_labels.txt`` and the sentences file
    (``sentences.py``'s output): one claim per label line, the claimer ``AUTO`` by :func:`auto`."""
    rows = [json.loads(line) for line in Path(sentences).read_text(encoding="utf-8").splitlines()]
    out = []
    for line in (HERE / f"{part}_second_labels.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        start = None
        if "@@" in line:
            line, start = line.split("@@", 1)
            line = line.strip()
        number, allegation, stance, claimer = line.split(None, 3)
        row = rows[int(number)]
        sentence = row["s"]
        if start:
            sentence = sentence[sentence.index(start) :]
        if claimer == "AUTO":
            claimer = voice(row)
        out.append(
            {
                "allegation": allegation,
                "doc": row["url"],
                "sentence": sentence,
                "claimer": claimer,
                "claimer_aliases": {**COMMON_ALIASES, **aliases}.get(claimer, ["we"]),
                "stance": stance,
                "part": part,
            }
        )
    target = HERE.parent / f"{part}_second.jsonl"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    target.write_text(lines, encoding="utf-8")
    print(
        len(out),
        "claims,",
        len({(r["doc"], r["sentence"]) for r in out}),
        "sentences,",
        len({r["doc"] for r in out}),
        "documents",
    )
    return 0
