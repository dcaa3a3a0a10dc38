"""Build a blind part's gold lines from its hand labels (the shared half of its build script).

The labels are one line per claim, written by hand::

    id | claimer | aliases | stance | targets | content | cue | extras

aliases and target groups are separated by ``;``, a target group's names by ``/``; ``-`` is
``null``; extras are ``anon``, ``hedges=a,b``, ``cites=source`` and, last, ``note=...``. Only the
offsets, the context and the tags are computed; a content or cue not found in its sentence stops
the build. Used from ``test36`` on (``test35``'s builder reads another format); nothing of ``kg``
is imported.
"""

from __future__ import annotations

import json
from pathlib import Path

DIRECTED = {"accuse", "deny", "approve", "criticize", "threaten"}
STANCES = DIRECTED | {"assert", "report", "decline_comment"}


def parse_labels(path: Path) -> dict[str, list[dict]]:
    """The claims of a labels file by sentence id (content and cue as written)."""
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


def build(lines: list[dict], labels: dict[str, list[dict]], path: str) -> None:
    """Write ``lines`` with the claims ``labels`` gives them, offsets computed, to ``path``."""
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
