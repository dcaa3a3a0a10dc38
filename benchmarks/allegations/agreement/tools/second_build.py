"""What the second annotations' builders share (``blind<N>_second_build.py``): reading
the label lines against the plain splitter's sentences and writing the part's
``blind<N>_second.jsonl``; and the issuing voice (``AUTO``) of the parts from ``blind11`` on.
Plain Python, no ``kg``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

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


def build(
    part: str,
    sentences: str,
    aliases: dict[str, list[str]],
    voice: Callable[[dict], str] = auto,
) -> int:
    """Write ``<part>_second.jsonl`` from ``<part>_second_labels.txt`` and the sentences file
    (``sentences.py``'s output): one claim per label line, the claimer ``AUTO`` by ``voice``."""
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
                "claimer_aliases": aliases.get(claimer, ["we"]),
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
