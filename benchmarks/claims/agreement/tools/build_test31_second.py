"""Build agreement/test31_second.jsonl from the hand-written labels beside this script.

Why a script: offsets are computed from the content strings, never typed, and a check
confirms every sentence id once, in the sentence file's order, and that every offset cuts
its content.  It imports nothing of ``kg``.

Label form (``test31_labels_*.txt``), one claim a line::

    <document number>.<sentence number> | claimer | stance | targets | cue | content | options

``claimer`` and each target are a macro of ``MACROS`` or ``name;alias;...``; targets are
separated by `` & `` (``-`` for none); ``cue`` ``-`` is ``null``; ``content`` is the exact
span, ``START ~~ END`` (from START to the end of the first END after it), or ``-`` for
``null``.  Options, separated by `` | ``: ``anon``, ``hedges=a;b``, ``cites=name``,
``note=text``.  Straight and typographic quotes match each other; the span cut from the
text is what the line records.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "test31_sentences.jsonl"
OUT = HERE.parent / "test31_second.jsonl"
STANCES = {
    "assert",
    "report",
    "accuse",
    "deny",
    "approve",
    "criticize",
    "threaten",
    "decline_comment",
}

MACROS: dict[str, list[str]] = {
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "Zelensky",
        "Volodymyr Zelensky",
        "President Zelenskyy",
        "President Volodymyr Zelenskyy",
        "the President",
        "the Head of State",
        "President of Ukraine",
        "the President of Ukraine",
    ],
    "ARE": [
        "Oleksiy Arestovych",
        "Arestovych",
        "Adviser to the Head of the Office of the President",
        "Adviser to the Head of the President's Office",
        "the Adviser to the Head of the President's Office",
    ],
    "POD": [
        "Mykhailo Podoliak",
        "Podoliak",
        "Adviser to the Head of the President's Office",
        "the Adviser to the Head of the President's Office",
        "the Adviser to the President's Office",
    ],
    "ERD": [
        "Recep Tayyip Erdoğan",
        "Erdoğan",
        "Erdogan",
        "Recep Tayyip Erdogan",
        "President of Turkey",
        "the President of Turkey",
        "the President of the Republic of Turkey",
        "the Turkish leader",
        "The leader of the Republic of Turkey",
    ],
    "MAS": [
        "Roman Mashovets",
        "Mashovets",
        "The deputy head of the Office of the President",
        "Deputy Head of the Office of the President of Ukraine",
    ],
    "LIN": [
        "Tobias Lindner",
        "Lindner",
        "The German minister of state",
        "Minister of State at the Federal Foreign Office of Germany",
    ],
    "SEC": [
        "The meeting participants",
        "permanent members of the Security Council",
        "Security Council",
        "Russian Security Council",
        "Security Council of Russia",
        "Russia",
    ],
    "PUT": ["Vladimir Putin", "Putin", "The President", "President of Russia"],
    "MBZ": [
        "Mohamed bin Zayed Al Nahyan",
        "Mohamed bin Zayed",
        "Crown Prince of Abu Dhabi",
        "United Arab Emirates",
        "UAE",
    ],
    "MBS": ["Mohammed bin Salman Al Saud", "Mohammed bin Salman", "Crown Prince of Saudi Arabia"],
    "LUK": ["Alexander Lukashenko", "Lukashenko", "President of Belarus", "Belarus"],
    "SALL": ["Macky Sall", "Sall", "President of Senegal", "Chairperson of the African Union"],
    "MIR": [
        "Shavkat Mirziyoyev",
        "Mirziyoyev",
        "The President of Uzbekistan",
        "President of Uzbekistan",
        "Uzbekistan",
    ],
    "HAM": [
        "Hamad bin Isa Al Khalifa",
        "King Hamad bin Isa Al Khalifa",
        "King Hamad",
        "the King",
        "Bahrain",
    ],
    "US": ["United States", "U.S.", "US", "America", "United States of America", "Washington"],
    "BID": [
        "Joseph R. Biden",
        "Biden",
        "President Biden",
        "Joseph R. Biden, Jr.",
        "Joe Biden",
        "The President",
    ],
    "TAL": ["Transatlantic leaders"],
    "RU": [
        "Russia",
        "Russian Federation",
        "the Russian Federation",
        "Moscow",
        "Kremlin",
        "Russian",
    ],
    "UA": ["Ukraine", "Ukrainian", "Kyiv"],
}

QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def names(spec: str) -> list[str]:
    """A macro or ``name;alias;...`` as a flat list of names, first the canonical one."""
    spec = spec.strip()
    if spec in MACROS:
        return list(MACROS[spec])
    out: list[str] = []
    for part in spec.split(";"):
        part = part.strip()
        for n in MACROS.get(part, [part]):
            if n and n not in out:
                out.append(n)
    return out


def span(text: str, spec: str, key: str) -> tuple[int, int]:
    """Offsets of the content in the text, found with quotes normalised (same lengths)."""
    flat = text.translate(QUOTES)
    if " ~~ " in spec:
        start, end = (s.translate(QUOTES) for s in spec.split(" ~~ "))
        i = flat.find(start)
        j = flat.find(end, i + len(start)) if i >= 0 else -1
        if i < 0 or j < 0:
            sys.exit(f"{key}: content not found: {spec!r}")
        return i, j + len(end)
    i = flat.find(spec.translate(QUOTES))
    if i < 0:
        sys.exit(f"{key}: content not found: {spec!r}")
    return i, i + len(spec)


def parse_labels() -> dict[str, list[dict]]:
    """Every label file's claims, by key (document number, sentence number)."""
    claims: dict[str, list[dict]] = {}
    for path in sorted(HERE.glob("test31_labels_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            fields = [f.strip() for f in line.split(" | ")]
            key, claimer, stance, targets, cue, content, *opts = fields
            if stance not in STANCES:
                sys.exit(f"{key}: unknown stance {stance}")
            who = names(claimer)
            claim: dict = {"claimer": who[0]}
            if len(who) > 1:
                claim["claimer_aliases"] = who[1:]
            claim["stance"] = stance
            claim["targets"] = [] if targets == "-" else [names(t) for t in targets.split(" & ")]
            claim["cue"] = None if cue == "-" else cue
            claim["_content"] = content
            for opt in opts:
                if opt == "anon":
                    claim["anonymous"] = True
                elif opt.startswith("hedges="):
                    claim["hedges"] = opt[len("hedges=") :].split(";")
                elif opt.startswith("cites="):
                    claim["cites"] = opt[len("cites=") :]
                elif opt.startswith("note="):
                    claim["note"] = opt[len("note=") :]
                else:
                    sys.exit(f"{key}: unknown option {opt!r}")
            claims.setdefault(key, []).append(claim)
    return claims


def main() -> None:
    rows = [
        json.loads(line)
        for line in SENTENCES.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    labels = parse_labels()
    docs: list[str] = []
    used: set[str] = set()
    out_lines = []
    for row in rows:
        doc, num = row["id"].rsplit("-", 1)
        if not docs or docs[-1] != doc:
            docs.append(doc)
        key = f"{len(docs)}.{num}"
        claims = []
        for claim in labels.get(key, []):
            used.add(key)
            claim = dict(claim)
            spec = claim.pop("_content")
            if spec == "-":
                claim["content"], claim["content_start"], claim["content_end"] = None, None, None
            else:
                i, j = span(row["text"], spec, key)
                claim["content"], claim["content_start"], claim["content_end"] = (
                    row["text"][i:j],
                    i,
                    j,
                )
            ordered = {
                k: claim[k]
                for k in (
                    "claimer",
                    "claimer_aliases",
                    "stance",
                    "targets",
                    "content",
                    "content_start",
                    "content_end",
                    "cue",
                )
                if k in claim
            }
            ordered.update({k: v for k, v in claim.items() if k not in ordered})
            claims.append(ordered)
        new = {
            k: row[k] for k in ("id", "split", "text", "context", "source", "licence") if k in row
        }
        new["claims"] = claims
        out_lines.append(json.dumps(new, ensure_ascii=False))
    unused = set(labels) - used
    if unused:
        sys.exit(f"labels for no sentence: {sorted(unused)}")
    OUT.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    check(rows)


def check(rows: list[dict]) -> None:
    """Every id once, in the sentence file's order; every offset cuts its content."""
    built = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in built]
    assert ids == [r["id"] for r in rows], "ids differ from the sentence file or its order"
    assert len(set(ids)) == len(ids), "an id appears twice"
    counts: dict[str, int] = {}
    for r, src in zip(built, rows, strict=True):
        assert r["text"] == src["text"]
        for c in r["claims"]:
            if c["content"] is not None:
                assert r["text"][c["content_start"] : c["content_end"]] == c["content"], r["id"]
            assert c["stance"] in STANCES
            counts[c["stance"]] = counts.get(c["stance"], 0) + 1
    n = sum(counts.values())
    empty = sum(1 for r in built if not r["claims"])
    print(
        f"{len(built)} sentences, {n} claims, {empty} without a claim; "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    )


if __name__ == "__main__":
    main()
