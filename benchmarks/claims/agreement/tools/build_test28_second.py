"""Build agreement/test28_second.jsonl from the hand-written labels beside this script.

The labels (test28_labels_*.txt) hold one line per claim: ``NN | claimer;aliases | stance |
targets | cue | content | extras``; this script only joins them to the sentence file, computes
every content offset from the content string (never typed), and checks that every sentence id
is there once, in order, and that every offset cuts its content out of the text.
``build_test30_second.py`` builds ``test30``'s file in the same label form through :func:`build`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The sentence file the annotator was given (every line without claims), less the one document
# the gold's annotator dropped after the hand-over (an extractor test already quoted a sentence of
# it): the labels written for that document are kept in the label files but not built.
SENTENCES = HERE / "test28_sentences.jsonl"
DROPPED_DOCUMENT = "voa-2012-drc-foreign-interests-fueling-conflict-"
OUT = HERE.parent / "test28_second.jsonl"
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
QUOTES = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}


def _norm(s: str) -> str:
    return "".join(QUOTES.get(ch, ch) for ch in s)


def parse_labels(pattern: str = "test28_labels_*.txt") -> dict[str, list[dict]]:
    labels: dict[str, list[dict]] = {}
    doc = None
    for path in sorted(HERE.glob(pattern)):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@ "):
                doc = line[2:].strip()
                continue
            if line.endswith(" |"):
                line += " "  # an empty extras field
            fields = [f.strip() for f in line.split(" | ")]
            key = f"{doc}-{fields[0]}"
            claims = labels.setdefault(key, [])
            if len(fields) == 1:
                continue
            if len(fields) == 6:
                fields.append("")
            if len(fields) != 7:
                sys.exit(f"bad line: {raw}")
            _, claimer, stance, targets, cue, content, extras = fields
            if stance not in STANCES:
                sys.exit(f"bad stance: {raw}")
            names = [n.strip() for n in claimer.split(";") if n.strip()]
            claim: dict = {"claimer": names[0], "claimer_aliases": names[1:], "stance": stance}
            claim["targets"] = (
                []
                if targets == "-"
                else [[n.strip() for n in t.split(";") if n.strip()] for t in targets.split(" / ")]
            )
            claim["content"] = None if content == "-" else content
            claim["cue"] = None if cue == "-" else cue
            for extra in [e.strip() for e in extras.split("&&") if e.strip()]:
                if extra == "anon":
                    claim["anonymous"] = True
                elif extra.startswith("note="):
                    claim["note"] = extra[5:]
                elif extra.startswith("cites="):
                    claim["cites"] = extra[6:]
                elif extra.startswith("hedges="):
                    claim["hedges"] = extra[7:].split(";")
                else:
                    sys.exit(f"bad extra: {raw}")
            claims.append(claim)
    return labels


def locate(text: str, content: str, key: str) -> tuple[int, int, str]:
    start = text.find(content)
    if start < 0:
        # the labels may spell a quote mark straight where the text has a curly one
        start = _norm(text).find(_norm(content))
    if start < 0:
        sys.exit(f"{key}: content not in text: {content!r}")
    end = start + len(content)
    return start, end, text[start:end]


def main() -> None:
    build(SENTENCES, "test28_labels_*.txt", OUT, dropped=DROPPED_DOCUMENT)


def build(sentences: Path, pattern: str, target: Path, dropped: str | None = None) -> None:
    """Join the labels matching ``pattern`` to the sentence file, write ``target``, check it;
    labels of ids starting with ``dropped`` (a document left out after the hand-over) are
    kept in the label files but not built."""
    labels = parse_labels(pattern)
    out = []
    seen = set()
    for raw in sentences.read_text(encoding="utf-8").splitlines():
        item = json.loads(raw)
        key = item["id"]
        if key not in labels:
            sys.exit(f"no label for {key}")
        seen.add(key)
        claims = []
        for claim in labels[key]:
            c = dict(claim)
            if c["content"] is not None:
                s, e, exact = locate(item["text"], c["content"], key)
                c["content"], c["content_start"], c["content_end"] = exact, s, e
            else:
                c["content_start"] = c["content_end"] = None
            if c["cue"] is not None and c["cue"] not in item["text"]:
                print(f"warning {key}: cue {c['cue']!r} not in text", file=sys.stderr)
            order = [
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
            ]
            claims.append({k: c[k] for k in order if k in c})
        new = {
            k: item[k] for k in ("id", "split", "text", "context", "source", "licence") if k in item
        }
        new["claims"] = claims
        out.append(new)
    extra = {key for key in set(labels) - seen if dropped is None or not key.startswith(dropped)}
    if extra:
        sys.exit(f"labels for unknown ids: {sorted(extra)}")
    target.write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8"
    )
    check(sentences, target)


def check(sentences: Path = SENTENCES, target: Path = OUT) -> None:
    """Every id once and in the sentence file's order; every offset cuts its content."""
    want = [json.loads(r)["id"] for r in sentences.read_text(encoding="utf-8").splitlines()]
    got = [json.loads(r) for r in target.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == want and len(set(want)) == len(want)
    counts: dict[str, int] = {}
    for g in got:
        for c in g["claims"]:
            counts[c["stance"]] = counts.get(c["stance"], 0) + 1
            if c["content"] is not None:
                assert g["text"][c["content_start"] : c["content_end"]] == c["content"], g["id"]
            assert all(
                isinstance(t, list) and all(isinstance(n, str) for n in t) for t in c["targets"]
            )
    n = sum(counts.values())
    empty = sum(1 for g in got if not g["claims"])
    print(
        f"{len(got)} sentences, {n} claims, {empty} without a claim; {dict(sorted(counts.items()))}"
    )


if __name__ == "__main__":
    main()
