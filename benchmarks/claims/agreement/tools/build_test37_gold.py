# ruff: noqa: E501
"""Build the gold lines of the blind claims part ``test37`` from its hand labels.

Reads the sentence file as handed over (``test37_sentences.jsonl``, written by
``make_test37_sentences.py``) and attaches the claims of ``test37_gold_labels.txt`` (one line per
claim, written by hand: ``id | claimer | aliases | stance | targets | content | cue | extras``;
aliases and target groups are separated by ``;``, a target group's names by ``/``; ``-`` is
``null``; extras are ``anon``, ``hedges=a,b``, ``cites=source`` and, last, ``note=...``). This script computes only
what follows mechanically from the labels: each content's offsets in its sentence (the label's
content must occur in the text; its first occurrence), the ``tags`` (the sorted stances, or
``no-claim``), and the key order of the gold file. Nothing of ``kg`` is imported, nothing is
parsed. Usage::

    python benchmarks/claims/agreement/tools/build_test37_gold.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DIRECTED = {"accuse", "deny", "approve", "criticize", "threaten"}
STANCES = DIRECTED | {"assert", "report", "decline_comment"}


def parse_labels(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("|")]
        if len(cols) == 7:
            cols.append("")
        if len(cols) != 8:
            raise SystemExit(f"line {n}: {len(cols)} columns")
        sid, claimer, aliases, stance, targets, content, cue, extras = cols
        if stance not in STANCES:
            raise SystemExit(f"line {n}: stance {stance!r}")
        claim: dict = {
            "claimer": claimer,
            "claimer_aliases": [a.strip() for a in aliases.split(";") if a.strip()],
            "stance": stance,
        }
        if stance in DIRECTED:
            claim["targets"] = [
                [x.strip() for x in g.split("/") if x.strip()]
                for g in targets.split(";")
                if g.strip()
            ]
        elif targets:
            raise SystemExit(f"line {n}: a target on an undirected stance")
        claim["content"] = None if content == "-" else content
        claim["cue"] = None if cue == "-" else cue
        if "note=" in extras:  # a note is last and may hold ";"
            extras, note = extras.split("note=", 1)
            claim["note"] = note.strip()
        for part in [p.strip() for p in extras.split(";") if p.strip()]:
            if part == "anon":
                claim["anonymous"] = True
            elif part.startswith("cites="):
                claim["cites"] = part[6:].strip()
            elif part.startswith("hedges="):
                claim["hedges"] = [h.strip() for h in part[7:].split(",")]
            else:
                raise SystemExit(f"line {n}: extra {part!r}")
        out.setdefault(sid, []).append(claim)
    return out


def main(path: str) -> None:
    lines = [json.loads(x) for x in (HERE / "test37_sentences.jsonl").open(encoding="utf-8")]
    labels = parse_labels(HERE / "test37_gold_labels.txt")
    ids = {r["id"] for r in lines}
    unknown = sorted(set(labels) - ids)
    if unknown:
        raise SystemExit(f"labels for unknown ids: {unknown}")
    out = []
    for r in lines:
        claims = []
        for c in labels.get(r["id"], []):
            c = dict(c)
            if c["content"] is not None:
                start = r["text"].find(c["content"])
                if start < 0:
                    raise SystemExit(f"{r['id']}: content not in text: {c['content']!r}")
                c["content_start"], c["content_end"] = start, start + len(c["content"])
            if c["cue"] is not None and any(
                part.strip().lower() not in r["text"].lower() for part in c["cue"].split("...")
            ):
                raise SystemExit(f"{r['id']}: cue not in text: {c['cue']!r}")
            claims.append(c)
        tags = sorted({c["stance"] for c in claims}) or ["no-claim"]
        line = {k: r[k] for k in ("id", "split", "text")}
        if r.get("context"):
            line["context"] = r["context"]
        line.update(
            {"source": r["source"], "licence": r["licence"], "tags": tags, "claims": claims}
        )
        out.append(line)
    with open(path, "w", encoding="utf-8") as fh:
        for line in out:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    docs = {r["id"].rsplit("-", 1)[0] for r in out}
    print(
        len(docs),
        "documents,",
        len(out),
        "sentences,",
        sum(len(r["claims"]) for r in out),
        "claims",
    )


if __name__ == "__main__":
    main(sys.argv[-1])
