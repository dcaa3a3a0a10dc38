"""Which rule families pay for themselves: matched and system triples with each removed.

    python benchmarks/claims/prune.py --group h1=FILE:dev,test,... --group h2=FILE:test16,...
        [--family NAME ...] [--switch MODULE.NAME=VALUE ...] [--joint NAME,NAME,...]
        [--enable NAME ...] [--rows base] --json OUT

``run.py --ablation`` prints F1 per part; a precision question needs counts.  Each
``--group`` is a set of parts and the ``run.py --cache`` pickle of exactly those parts (one
scope: the pickle's; written by ``run.py --part P ... --scope S --cache FILE``).  Every row
is scored on every group at once, the parse reused: the baseline (the families a build
applies, with the optional ones ``--enable``\\ d), then each family removed (every family on
in the baseline, or the ``--family`` ones), each ``--switch`` set, and each ``--joint`` row
(comma-joined families removed and ``MODULE.NAME=VALUE`` switches set together).  For each
row and part: the claimer+stance+target triples matched (system side), made, and the gold's
(``kg.evaluate.claims.triple_scores``); the baseline row also counts the claims each family
took part in, per group (a claim's ``rule`` names every family that made it, joined by
"+").  Rows are written to ``--json`` as they are scored, so a run cut short keeps what it
scored.
``--rows base`` scores the baseline only (a held-out part's numbers, no family's effect).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD, PARTS, Item, rule_set  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    GoldSentence,
    SystemClaim,
    claims_in,
    load_gold,
    system_claim,
    triple_scores,
)
from kg.evaluate.switches import settings  # noqa: E402
from kg.extract import gated  # noqa: E402
from kg.extract.claims import RULES, extract_claims  # noqa: E402
from kg.model import DocumentGraph  # noqa: E402
from kg.resolve import ActorRegistry, resolve  # noqa: E402

#: One group: its name, its parts, its gold sentences in ``run.py``'s order, its parse.
Group = tuple[str, list[str], list[GoldSentence], list[Item]]


def load_group(spec: str, every: Sequence[GoldSentence]) -> Group:
    """``NAME=FILE:PART,PART`` as a group (the gold of its parts in ``run.py``'s order)."""
    name, _, rest = spec.partition("=")
    path, _, listed = rest.rpartition(":")
    asked = set(listed.split(","))
    parts = [p for p in PARTS if p in asked]
    if set(parts) != asked:
        raise SystemExit(f"unknown parts in {spec}: {sorted(asked - set(parts))}")
    gold = [s for s in every if s.split in asked]
    with open(path, "rb") as file:
        parsed, _ = pickle.load(file)
    if len(parsed) != len(gold):
        raise SystemExit(f"{path} holds {len(parsed)} items, {name}'s parts {len(gold)}")
    return name, parts, gold, parsed


def score(
    group: Group, rules: frozenset[str], families: Counter[str] | None = None
) -> dict[str, dict[str, float]]:
    """Per part: matched (system side), system and gold triples with ``rules``; with
    ``families``, each family's claims counted into it."""
    _, parts, gold, parsed = group
    graphs: dict[int, DocumentGraph] = {}
    found: dict[str, list[tuple[tuple, tuple[SystemClaim, ...]]]] = {p: [] for p in parts}
    for sentence, (extraction, doc, start, end) in zip(gold, parsed, strict=True):
        graph = graphs.get(id(extraction))
        if graph is None:
            chosen = gated(rules, extraction.article)
            claims = extract_claims(doc, extraction.mentions, chosen)
            graph = resolve(replace(extraction, claims=claims), ActorRegistry())
            graphs[id(extraction)] = graph
        resolved = claims_in(graph, start, end)
        actors = {actor.id: actor for actor in graph.actors}
        if families is not None:
            for claim in resolved:
                families.update(set(claim.claim.rule.split("+")))
        system = tuple(system_claim(claim, actors) for claim in resolved)
        found[sentence.split].append((sentence.claims, system))
    result = {}
    for part in parts:
        prf = triple_scores(found[part])
        result[part] = {"matched": prf.matched_system, "system": prf.system, "gold": prf.gold}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", action="append", required=True, help="NAME=FILE:PART,PART")
    parser.add_argument("--family", action="append", default=None)
    parser.add_argument("--switch", action="append", default=[])
    parser.add_argument("--joint", action="append", default=[])
    parser.add_argument("--enable", action="append", default=[])
    parser.add_argument("--rows", choices=["all", "base"], default="all")
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args(argv)
    every = load_gold(GOLD)
    groups = [load_group(spec, every) for spec in args.group]
    base = rule_set(args.enable)
    out: dict[str, object] = {"groups": {g[0]: g[1] for g in groups}, "rows": {}}
    rows: dict[str, object] = out["rows"]  # type: ignore[assignment]

    def row(label: str, rules: frozenset[str], count: bool = False) -> None:
        counted: dict[str, Counter[str]] = {g[0]: Counter() for g in groups}
        rows[label] = {g[0]: score(g, rules, counted[g[0]] if count else None) for g in groups}
        if count:
            out["claims_by_family"] = {g: dict(c.most_common()) for g, c in counted.items()}
        args.json.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(label, flush=True)

    row("base", base, count=True)
    if args.rows == "base":
        return 0
    for name in args.family if args.family is not None else sorted(base & RULES):
        row(f"-{name}", base - {name})
    for switch in args.switch:
        with settings([switch]):
            row(switch, base)
    for joint in args.joint:
        names = [n for n in joint.split(",") if "=" not in n]
        switches = [n for n in joint.split(",") if "=" in n]
        with settings(switches):
            row(f"joint:{joint}", base - set(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
