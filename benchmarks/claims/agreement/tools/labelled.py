"""Build a claims part's lines from hand-written labels: the shared reader of the builders here.

Rounds 33 to 35 each wrote a builder that read the same label format with its own copy of the
same functions; the builders now keep only what is theirs (the sentence files, the label files,
the claimer and target tables, the documents left out) and call :func:`build`. The format, one
line per claim::

    N | claimer | stance | targets | cue | content | extras

``N`` is the sentence's 1-based position in the sentence files read in order; a line ``N | -``
records a sentence judged to have no claim. ``claimer`` is ``name ; alias ; ...``, a ``$MACRO``,
several ``$MACRO``s joined by ``+`` or an ``&GROUP`` of macros (one claim per speaker, the rest of
the line shared); ``targets`` are groups separated by ``//``, each ``name ; alias ; ...`` or an
``@MACRO``; ``cue`` and ``content`` are ``-`` for null; ``content`` ``*`` is the whole sentence
without its edge quote marks and closing full stop; otherwise the content is searched in the text
(straight and typographic quotes match each other) and the offsets are computed, never typed
(``text#N`` takes the N-th of several occurrences). ``extras``: ``anon``, ``note: ...``,
``hedges: a ; b``, ``cites: name``, separated by ``##`` (no field may hold a ``|``). Nothing of
``kg`` is imported: a builder must not depend on the extractor it is used to score.

>>> locate("He called it \u201ca lie\u201d.", '"a lie"', "doc-1")
(13, 20)
>>> whole('"We will respond."')
'We will respond'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

STANCES = frozenset(
    {"assert", "report", "accuse", "deny", "approve", "criticize", "threaten", "decline_comment"}
)
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
#: The order of a claim's keys in the written line (the gold's order).
CLAIM_KEYS = (
    "claimer",
    "claimer_aliases",
    "stance",
    "targets",
    "content",
    "content_start",
    "content_end",
    "cue",
    "anonymous",
    "cites",
    "hedges",
    "note",
)


@dataclass(frozen=True)
class Tables:
    """A builder's macros: ``$NAME`` claimers, ``@NAME`` targets, ``&NAME`` groups of claimers."""

    claimers: Mapping[str, Sequence[str]]
    targets: Mapping[str, Sequence[str]]
    groups: Mapping[str, Sequence[str]] = field(default_factory=dict)


def split_names(spec: str, table: Mapping[str, Sequence[str]], sigil: str) -> list[str]:
    """The names of one claimer or target field: a macro's names or ``a ; b ; c``."""
    spec = spec.strip()
    if spec.startswith(sigil):
        return list(table[spec[1:]])
    return [n.strip() for n in spec.split(";") if n.strip()]


def claimers(spec: str, tables: Tables) -> list[list[str]]:
    """One list of names per claimer the field makes (a group or ``$A+$B`` makes several)."""
    spec = spec.strip()
    if spec.startswith("&"):
        return [list(tables.claimers[m]) for m in tables.groups[spec[1:]]]
    if "+" in spec and spec.startswith("$"):
        return [split_names(p, tables.claimers, "$") for p in spec.split("+")]
    return [split_names(spec, tables.claimers, "$")]


def whole(text: str) -> str:
    """The sentence without its edge quote marks and closing full stop (content ``*``)."""
    s = text.strip()
    s = s.lstrip("\"\u201c\u2018'")
    s = s.rstrip()
    s = s.rstrip("\"\u201d'\u2019")
    return s.rstrip(".")


def locate(text: str, content: str, key: str) -> tuple[int, int]:
    """The offsets of ``content`` in ``text``; it must occur once, or be chosen by ``#N``."""
    nth = 0
    if re.search(r"#\d$", content):
        content, nth = content[:-2], int(content[-1])
    folded = text.translate(QUOTES)
    want = content.translate(QUOTES)
    hits = [m.start() for m in re.finditer(re.escape(want), folded)]
    if nth:
        hits = hits[nth - 1 : nth]
    if len(hits) != 1:
        raise SystemExit(f"{key}: content found {len(hits)} times: {content!r}")
    return hits[0], hits[0] + len(want)


def _extras(claim: dict, extras: str, where: str) -> None:
    for ex in [e.strip() for e in extras.split("##") if e.strip()]:
        if ex == "anon":
            claim["anonymous"] = True
        elif ex.startswith("note:"):
            claim["note"] = ex[5:].strip()
        elif ex.startswith("hedges:"):
            claim["hedges"] = [h.strip() for h in ex[7:].split(";")]
        elif ex.startswith("cites:"):
            claim["cites"] = ex[6:].strip()
        else:
            raise SystemExit(f"{where}: extra {ex!r}")


def parse_labels(paths: Iterable[Path], tables: Tables) -> dict[int, list[dict]]:
    """Every label line of ``paths``, by sentence number (content still a spec: ``_content``)."""
    out: dict[int, list[dict]] = {}
    for path in paths:
        for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path.name}:{ln}"
            parts = [p.strip() for p in line.split("|")]
            n = int(parts[0])
            if parts[1:] == ["-"]:
                if out.get(n):
                    raise SystemExit(f"{where}: sentence {n} has claims and '-'")
                out.setdefault(n, [])
                continue
            if len(parts) < 6:
                raise SystemExit(f"{where}: too few fields")
            stance = parts[2]
            if stance not in STANCES:
                raise SystemExit(f"{where}: stance {stance!r}")
            targets = [
                split_names(g, tables.targets, "@") for g in parts[3].split("//") if g.strip()
            ]
            for names in claimers(parts[1], tables):
                claim: dict = {"claimer": names[0]}
                if len(names) > 1:
                    claim["claimer_aliases"] = names[1:]
                claim["stance"] = stance
                claim["targets"] = [list(t) for t in targets]
                claim["cue"] = None if parts[4] == "-" else parts[4]
                claim["_content"] = parts[5]
                _extras(claim, "|".join(parts[6:]), where)
                out.setdefault(n, []).append(claim)
    return out


def load_rows(paths: Iterable[Path], rename: Mapping[str, str] | None = None) -> list[dict]:
    """The sentence files' lines in order, a document id renamed where ``rename`` says."""
    rows = []
    for path in paths:
        rows += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    for row in rows if rename else ():
        doc, n = row["id"].rsplit("-", 1)
        row["id"] = f"{rename.get(doc, doc)}-{n}"  # type: ignore[union-attr]
    return rows


def _claim(c: dict, text: str, key: str) -> dict:
    c = dict(c)
    spec = c.pop("_content")
    if spec == "-":
        c["content"], c["content_start"], c["content_end"] = None, None, None
    else:
        s, e = locate(text, whole(text) if spec == "*" else spec, key)
        c["content"], c["content_start"], c["content_end"] = text[s:e], s, e
    folded = text.translate(QUOTES)
    if c["cue"] is not None and c["cue"].translate(QUOTES) not in folded:
        # a cue may be discontinuous ("thanked ... for"): each piece must be in the text
        for piece in c["cue"].split("..."):
            if piece.strip().translate(QUOTES) not in folded:
                raise SystemExit(f"{key}: cue {c['cue']!r} not in text")
    return {k: c[k] for k in CLAIM_KEYS if k in c}


def build(
    rows: Sequence[dict],
    labels: Mapping[int, list[dict]],
    out: Path,
    *,
    dropped: Sequence[str] = (),
    every_sentence: bool = True,
) -> str:
    """Write the labelled lines of ``rows`` to ``out``; return a one-line summary of the counts.

    A sentence of a document in ``dropped`` is not written. With ``every_sentence`` every written
    sentence must have a label line and no dropped one may have one; without it a sentence
    without a label line has no claim.
    """

    def is_dropped(row: dict) -> bool:
        return any(row["id"].startswith(doc + "-") for doc in dropped)

    bad = [
        n for n in labels if not 1 <= n <= len(rows) or (every_sentence and is_dropped(rows[n - 1]))
    ]
    if bad:
        raise SystemExit(f"labels for unknown or dropped sentences: {bad}")
    lines = []
    kept = []
    for n, row in enumerate(rows, 1):
        if is_dropped(row):
            continue
        if every_sentence and n not in labels:
            raise SystemExit(f"sentence {n} ({row['id']}) has no label line")
        claims = [_claim(c, row["text"], row["id"]) for c in labels.get(n, [])]
        line = {
            k: row[k] for k in ("id", "split", "text", "context", "source", "licence") if k in row
        }
        if row.get("tags"):
            line["tags"] = row["tags"]
        line["claims"] = claims
        lines.append(json.dumps(line, ensure_ascii=False))
        kept.append(row)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return check(kept, out)


def check(rows: Sequence[dict], out: Path) -> str:
    """Check ``out`` against the sentence rows it was built from; a summary of its counts."""
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == [r["id"] for r in rows], "ids differ from the sentence files"
    assert len({g["id"] for g in got}) == len(got), "an id repeats"
    counts: dict[str, int] = {}
    hosts: dict[str, int] = {}
    for g, r in zip(got, rows, strict=True):
        assert g["text"] == r["text"] and g.get("context") == r.get("context")
        assert g["split"] == r["split"] and g["source"] == r["source"]
        host = g["id"].split("-", 1)[0]
        for c in g["claims"]:
            assert c["stance"] in STANCES
            counts[c["stance"]] = counts.get(c["stance"], 0) + 1
            hosts[host] = hosts.get(host, 0) + 1
            if c["content"] is not None:
                assert g["text"][c["content_start"] : c["content_end"]] == c["content"], g["id"]
    claims = [c for g in got for c in g["claims"]]
    docs = len({g["id"].rsplit("-", 1)[0] for g in got})
    empty = sum(1 for g in got if not g["claims"])
    anon = sum(1 for c in claims if c.get("anonymous"))
    null = sum(1 for c in claims if c["content"] is None)
    nocue = sum(1 for c in claims if c["cue"] is None)
    return (
        f"{len(got)} lines, {docs} documents, {len(claims)} claims "
        f"{dict(sorted(counts.items(), key=lambda x: -x[1]))}; by host {hosts}; "
        f"{empty} without a claim; {anon} anonymous, {null} content null, {nocue} cue null"
    )
