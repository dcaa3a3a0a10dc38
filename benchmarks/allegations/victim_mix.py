"""Corpus allegations that mix kinds of victim, and how the gold splits them (round 21,
issue 13, branch ``split21``).

    .venv/bin/python benchmarks/allegations/victim_mix.py --cache F [--set module.NAME=value]
                     [--held-out] [--list]

One parse (the cache's resolved documents, as ``splits.py``), one merge.  Each corpus
allegation's members are read by :func:`kg.resolve.victims.member_kind` (the one kind of
victim a member accuses force against); an allegation *mixes* kinds when two or more
kinds have members (``>=1``) or at least two members each (``>=2``, what
:data:`~kg.resolve.victims.SPLIT_MIN` splits).  On the development parts, each mixing
allegation's aligned gold claims are counted: pairs of them in one gold allegation over
all their pairs (aligned pairwise precision within the allegation).  Then every part is
scored (``--held-out``: blind, blind13..blind18, blind20..blind22, blind24..blind33 and
blind35..blind41 too, numbers only). ``blind42`` is never scored.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD  # noqa: E402
from splits import DEVELOPMENT, documents_of, print_scores  # noqa: E402

from kg.evaluate.allegations import align, load_gold, system_claims  # noqa: E402
from kg.resolve import victims  # noqa: E402
from kg.resolve.corpus import allegation_summaries, corpus_allegations  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--list", action="store_true", help="list each mixing allegation")
    parser.add_argument("--set", action="append", default=[])
    args = parser.parse_args(argv)
    for setting in args.set:
        name, value = setting.split("=", 1)
        module, attribute = name.rsplit(".", 1)
        setattr(importlib.import_module("kg.resolve." + module), attribute, ast.literal_eval(value))
    documents = documents_of(args.cache)
    summaries = {s.id: s for d in documents for s in allegation_summaries(d)}
    merge = corpus_allegations(documents)
    system = system_claims(documents, merge)
    _, gold = load_gold(GOLD)
    dev_gold = [g for g in gold if g.part in DEVELOPMENT]
    aligned = align(dev_gold, system)
    by_corpus: dict[str, list[str]] = {}
    for g in dev_gold:
        if g.key in aligned:
            by_corpus.setdefault(aligned[g.key].allegation, []).append(g.key)
    gold_of = {g.key: g.allegation for g in dev_gold}
    kind_of_claim = {}
    for s in system:
        item = summaries.get(s.document_allegation)
        kind_of_claim[s.id] = victims.member_kind(item) if item else None
    mixing = Counter()
    same = total = 0
    listed = []
    for a in merge.allegations:
        kinds = Counter(
            k
            for m in a.members
            if m in summaries
            for k in [victims.member_kind(summaries[m])]
            if k is not None
        )
        if len(kinds) < 2:
            continue
        strong = sum(1 for n in kinds.values() if n >= 2)
        mixing[">=1"] += 1
        mixing[">=2"] += strong >= 2
        keys = by_corpus.get(a.id, [])
        pairs = list(combinations(keys, 2))
        s = sum(gold_of[x] == gold_of[y] for x, y in pairs)
        same += s
        total += len(pairs)
        if args.list and keys:
            golds = Counter((gold_of[k], kind_of_claim.get(aligned[k].id)) for k in keys)
            listed.append(
                f"{len(a.members):4} members {dict(kinds)} strong={strong} aligned={len(keys)} "
                f"pairs {s}/{len(pairs)} {a.summary[:80]!r}\n      "
                + "; ".join(f"{g}[{k}] {n}" for (g, k), n in golds.most_common())
            )
    print(f"{len(merge.allegations)} corpus allegations; mixing kinds: {dict(mixing)}")
    print(f"aligned development claim pairs inside them: {same} of {total} in one gold allegation")
    print("\n".join(listed))
    print_scores(documents, system, args.held_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
