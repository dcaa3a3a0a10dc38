"""Build agreement/test33_second.jsonl from hand-written labels (a second, blind annotation).

Labels live in test33_labels_*.txt, one claim per line:

    N|claimer;alias;...|stance|target/alias;target/alias|cue|content|options

N is the sentence's 1-based position in test33_sentences.jsonl (the first hand-over, 277
sentences), then in test33_sentences_added.jsonl counted on from 278 (the document the first
annotator added after the hand-over; labels in test33_labels_c.txt, branch agreement33c).
``claimer`` may be a macro (``@name``, see MACROS) that expands to one claim per joint speaker.
``targets``: groups split by ';', a group's names by '/'; empty for none. ``cue``: '-' for
null. ``content``: '-' for null, the exact text, or ``first words ~~ last words`` for the span
from the first to the last.
``options``: ';'-separated ``anon``, ``note=...``, ``cites=...``, ``hedges=a/b``.
Offsets are computed from the text, never typed. Imports nothing of ``kg``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "test33_sentences.jsonl"
# added after the first hand-over; its lines follow the first 277, in the file's order
ADDED = HERE / "test33_sentences_added.jsonl"
OUT = HERE.parent / "test33_second.jsonl"
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

LIBYA5 = ["France", "Germany", "Italy", "United Kingdom", "United States;United States of America"]
SYRIA20 = [
    "United States",
    "Arab League",
    "Egypt",
    "European Union;EU",
    "France",
    "Germany",
    "Greece",
    "Iraq",
    "Italy",
    "Japan",
    "Jordan",
    "Kuwait",
    "Lebanon",
    "Norway",
    "Qatar",
    "Saudi Arabia",
    "Sweden",
    "Turkey",
    "United Arab Emirates;UAE",
    "United Kingdom;UK",
]
MACROS = {
    "@libya5": [c + ";We" for c in LIBYA5],
    # the twenty participants are listed for the alternative reading (notes); the labels use
    # the United States alone for this statement's "We"
    "@syria20": [c + ";We" for c in SYRIA20],
    "@syriaUS": ["United States;We;Representatives of the United States"],
    "@pacific4": [
        "United States;Kurt Campbell;Daniel Kritenbrink;John C. Aquilino;U.S. officials",
        "Australia;Australian officials",
        "Japan;Japanese officials",
        "New Zealand;New Zealand officials",
    ],
}

QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def find(text: str, needle: str) -> tuple[int, int]:
    """Offsets of needle in text; straight and typographic quotes match each other."""
    folded, fneedle = text.translate(QUOTES), needle.translate(QUOTES)
    if " ~~ " in fneedle:
        first, last = fneedle.split(" ~~ ")
        start = folded.find(first)
        end = folded.find(last, start)
        if start < 0 or end < 0:
            raise ValueError(f"span not found: {needle!r}")
        return start, end + len(last)
    start = folded.find(fneedle)
    if start < 0:
        raise ValueError(f"content not found: {needle!r}")
    if folded.find(fneedle, start + 1) >= 0:
        print(f"warning: content occurs twice, first taken: {needle!r}", file=sys.stderr)
    return start, start + len(fneedle)


def parse(line: str, texts: list[str]) -> tuple[int, list[dict]]:
    fields = line.split("|")
    if len(fields) != 7:
        raise ValueError(f"need 7 fields: {line!r}")
    num, claimer, stance, targets, cue, content, options = (f.strip() for f in fields)
    n = int(num)
    text = texts[n - 1]
    if stance not in STANCES:
        raise ValueError(f"unknown stance {stance!r}")
    base: dict = {"stance": stance}
    base["targets"] = (
        [[name.strip() for name in group.split("/")] for group in targets.split(";")]
        if targets
        else []
    )
    base["cue"] = None if cue == "-" else cue
    if content == "-":
        base["content"], base["content_start"], base["content_end"] = None, None, None
    else:
        start, end = find(text, content)
        base["content"], base["content_start"], base["content_end"] = text[start:end], start, end
    if (
        cue not in ("-", "")
        and cue.translate(QUOTES) not in text.translate(QUOTES)
        and " ... " not in cue
    ):
        print(f"warning: cue not in text at {n}: {cue!r}", file=sys.stderr)
    for opt in filter(None, (o.strip() for o in options.split(";;"))):
        if opt == "anon":
            base["anonymous"] = True
        elif opt.startswith("note="):
            base["note"] = opt[5:]
        elif opt.startswith("cites="):
            base["cites"] = opt[6:]
        elif opt.startswith("hedges="):
            base["hedges"] = opt[7:].split("/")
        else:
            raise ValueError(f"unknown option {opt!r}")
    speakers = MACROS.get(claimer, [claimer])
    claims = []
    for speaker in speakers:
        names = [s.strip() for s in speaker.split(";")]
        claim = {"claimer": names[0], "claimer_aliases": names[1:]}
        claim.update(base)
        claims.append(claim)
    return n, claims


def main() -> None:
    rows = [
        json.loads(line)
        for path in (SENTENCES, ADDED)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = [r["text"] for r in rows]
    claims: dict[int, list[dict]] = {}
    for path in sorted(HERE.glob("test33_labels_*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            n, cs = parse(raw, texts)
            claims.setdefault(n, []).extend(cs)
    out = []
    for i, row in enumerate(rows, 1):
        row = dict(row)
        row["claims"] = claims.get(i, [])
        out.append(row)
    # check: every id once, in order, every offset cuts its content, every stance known
    ids = [r["id"] for r in out]
    assert ids == [r["id"] for r in rows] and len(set(ids)) == len(ids)
    assert max(claims, default=0) <= len(rows)
    for r in out:
        for c in r["claims"]:
            assert c["stance"] in STANCES
            if c["content"] is not None:
                assert r["text"][c["content_start"] : c["content_end"]] == c["content"], r["id"]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    stances: dict[str, int] = {}
    for r in out:
        for c in r["claims"]:
            stances[c["stance"]] = stances.get(c["stance"], 0) + 1
    total = sum(stances.values())
    print(
        f"{len(out)} sentences, {total} claims,",
        f"{sum(1 for r in out if not r['claims'])} without a claim;",
        dict(sorted(stances.items(), key=lambda kv: -kv[1])),
        f"anonymous {sum(1 for r in out for c in r['claims'] if c.get('anonymous'))},",
        f"content null {sum(1 for r in out for c in r['claims'] if c['content'] is None)},",
        f"cue null {sum(1 for r in out for c in r['claims'] if c['cue'] is None)}",
    )


if __name__ == "__main__":
    main()
