"""Build ``agreement/test29_second.jsonl`` from hand-written labels.

The second annotation of the blind part ``test29`` (round 28, branch ``agreement29``) is written
by hand in ``tools/test29_labels_*.txt``, one line per claim::

    # <document id>
    <nn> | <claimer>[; <alias> ...] | <stance> | <targets> | <cue> | <content> [| key=value ...]

where ``<targets>`` is ``<target>[; <alias> ...]``, several joined by `` ++ ``.

``-`` stands for an empty field (no targets, ``cue: null``, ``content: null``); the extras are
``anon`` (an anonymous claimer), ``cites=NAME``, ``hedges=a;b`` and ``note=TEXT``. Offsets are
computed, never typed: the content is found in the sentence's text (straight and typographic
quotes are treated alike in the search, so a label may be typed with either), and the span cut
from the text is what the line records. The sentence file (the lead's hand-over, every sentence
with ``"claims": []``) gives the order and every other field. The check at the end confirms each
id once, in the sentence file's order, every offset cutting its content, and every stance known.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = Path("/work/wt/share/test29_sentences.jsonl")
OUT = HERE.parent / "test29_second.jsonl"
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
QUOTES = {
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
    "'": "['’‘]",
    "’": "['’‘]",
    "‘": "['’‘]",
}


def _pattern(content: str) -> re.Pattern[str]:
    """A regex that finds ``content`` whatever kind of quote marks it was typed with."""
    return re.compile("".join(QUOTES.get(ch, re.escape(ch)) for ch in content))


def _names(field: str) -> list[str]:
    return [name.strip() for name in field.split(";") if name.strip()]


def read_labels() -> dict[str, list[dict[str, object]]]:
    """Every label file's claims, keyed by sentence id."""
    claims: dict[str, list[dict[str, object]]] = {}
    for path in sorted(HERE.glob("test29_labels_*.txt")):
        doc = None
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("#"):
                doc = line[1:].strip()
                continue
            fields = [field.strip() for field in line.split(" | ")]
            if len(fields) < 6 or doc is None:
                sys.exit(f"{path.name}:{lineno}: malformed: {raw}")
            nn, claimer, stance, targets, cue, content, *extras = fields
            names = _names(claimer)
            claim: dict[str, object] = {"claimer": names[0]}
            if names[1:]:
                claim["claimer_aliases"] = names[1:]
            claim["stance"] = stance
            claim["targets"] = [] if targets == "-" else [_names(t) for t in targets.split(" ++ ")]
            claim["cue"] = None if cue == "-" else cue
            claim["content"] = None if content == "-" else content
            for extra in extras:
                key, _, value = extra.partition("=")
                if key == "anon":
                    claim["anonymous"] = True
                elif key == "cites":
                    claim["cites"] = value
                elif key == "hedges":
                    claim["hedges"] = _names(value)
                elif key == "note":
                    claim["note"] = value
                else:
                    sys.exit(f"{path.name}:{lineno}: unknown extra {extra!r}")
            claims.setdefault(f"{doc}-{nn}", []).append(claim)
    return claims


def build() -> None:
    labels = read_labels()
    sentences = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    ids = [item["id"] for item in sentences]
    unknown = sorted(set(labels) - set(ids))
    if unknown:
        sys.exit(f"labels for ids not in the sentence file: {unknown}")
    out = []
    for item in sentences:
        text = item["text"]
        claims = []
        for claim in labels.get(item["id"], []):
            content = claim["content"]
            record = dict(claim)
            if isinstance(content, str):
                found = list(_pattern(content).finditer(text))
                if len(found) != 1:
                    sys.exit(f"{item['id']}: content found {len(found)} times: {content!r}")
                start, end = found[0].span()
                record["content"] = text[start:end]
                record["content_start"] = start
                record["content_end"] = end
            else:
                record["content_start"] = None
                record["content_end"] = None
            ordered = {k: record[k] for k in ("claimer", "claimer_aliases") if k in record}
            for key in ("stance", "targets", "content", "content_start", "content_end", "cue"):
                ordered[key] = record[key]
            for key in ("anonymous", "cites", "hedges", "note"):
                if key in record:
                    ordered[key] = record[key]
            claims.append(ordered)
        line = {k: item[k] for k in ("id", "split", "text") if k in item}
        if item.get("context"):
            line["context"] = item["context"]
        for key in ("source", "licence"):
            line[key] = item[key]
        line["claims"] = claims
        out.append(line)
    OUT.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in out), encoding="utf-8"
    )
    check(ids)


def check(ids: list[str]) -> None:
    """Every id once and in order, every offset cutting its content, every stance known."""
    lines = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ids, "ids differ from the sentence file"
    assert len(set(ids)) == len(ids), "an id is repeated"
    counts: dict[str, int] = {}
    for line in lines:
        for claim in line["claims"]:
            assert claim["stance"] in STANCES, (line["id"], claim["stance"])
            counts[claim["stance"]] = counts.get(claim["stance"], 0) + 1
            if claim["content"] is not None:
                cut = line["text"][claim["content_start"] : claim["content_end"]]
                assert cut == claim["content"], (line["id"], cut, claim["content"])
            for target in claim["targets"]:
                assert isinstance(target, list) and all(isinstance(n, str) for n in target)
    total = sum(counts.values())
    empty = sum(1 for line in lines if not line["claims"])
    print(f"{len(lines)} sentences, {total} claims, {empty} without a claim; {counts}")


if __name__ == "__main__":
    build()
