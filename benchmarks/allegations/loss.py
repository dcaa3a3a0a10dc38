"""Where each part's allegation B-cubed is lost (round 25, issue 13, branch ``joins25``).

    .venv/bin/python benchmarks/allegations/loss.py --cache F [--held-out] [--set M.N=V,...]

One parse (``run.py --cache``), one resolution, one merge; then, per part, the B-cubed F1
over every gold claim (``run.py``'s score) and the same after oracle corrections applied in
turn, each to the system's assignment of the aligned gold claims (unaligned gold claims stay
singletons, as in the score):

1. ``within``: within each document, the aligned claims of one gold allegation take one
   corpus allegation (the one most of them are in, then the one holding most of the gold
   allegation's claims: within-document splits undone), and two gold
   allegations of one document that share a corpus allegation are told apart (within-document
   joins undone);
2. ``joins``: a corpus allegation holding claims of several gold allegations is cut by gold
   allegation (cross-document joins undone);
3. ``splits``: every aligned claim takes its gold allegation (cross-document splits undone):
   the score of a perfect merge over what extraction found.

The gains of the steps are the B-cubed lost to each class, in that order; ``1 - perfect`` is
the loss to extraction (gold claims no claim in a corpus allegation aligns with).  The order
matters (a join undone after the splits would count less); the table says which was first.
Pair counts of the aligned claims (wrong joins and splits, within and across documents)
are given beside.  Held-out parts (``--held-out``) are numbers only; ``blind42`` is never
scored.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD, extractions  # noqa: E402

from kg.evaluate.allegations import (  # noqa: E402
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    GoldClaim,
    SystemClaim,
    align,
    bcubed,
    load_gold,
    system_claims,
)
from kg.evaluate.switches import settings  # noqa: E402
from kg.pipeline import resolve_all  # noqa: E402
from kg.resolve import ActorRegistry  # noqa: E402
from kg.resolve.corpus import corpus_allegations  # noqa: E402

STEPS = ("score", "within", "joins", "splits")


def _f1(gold: Mapping[str, str], system: Mapping[str, str]) -> float:
    return bcubed(gold, system).f1


def oracles(items: Sequence[GoldClaim], aligned: Mapping[str, SystemClaim]) -> dict[str, float]:
    """The part's B-cubed F1 as scored and after each correction in turn (:data:`STEPS`)."""
    truth = {item.key: item.allegation for item in items}
    where = {item.key: item.doc for item in items}
    label = {
        key: aligned[key].allegation if key in aligned else f"unaligned:{key}" for key in truth
    }
    found = {"score": _f1(truth, label)}
    # 1: within documents
    size = Counter((truth[key], label[key]) for key in aligned)
    held: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for key in aligned:
        held[where[key], truth[key]][label[key]] += 1
    first = {
        place: min(counts, key=lambda c: (-counts[c], -size[place[1], c], c))
        for place, counts in held.items()
    }
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (doc, allegation), corpus in first.items():
        owners[doc, corpus].add(allegation)
    within = dict(label)
    for key in aligned:
        corpus = first[where[key], truth[key]]
        shared = len(owners[where[key], corpus]) > 1
        within[key] = f"{corpus}|{truth[key]}" if shared else corpus
    found["within"] = _f1(truth, within)
    # 2: joins across documents
    joined = {
        key: f"{within[key]}|{truth[key]}" if key in aligned else within[key] for key in truth
    }
    found["joins"] = _f1(truth, joined)
    # 3: splits across documents
    perfect = {key: truth[key] if key in aligned else label[key] for key in truth}
    found["splits"] = _f1(truth, perfect)
    return found


def pair_counts(items: Sequence[GoldClaim], aligned: Mapping[str, SystemClaim]) -> Counter[str]:
    """The aligned claim pairs the merge gets wrong, by kind: ``join``/``split`` x
    ``within``/``across`` documents."""
    counts: Counter[str] = Counter()
    keyed = {item.key: item for item in items if item.key in aligned}
    for a, b in combinations(sorted(keyed), 2):
        ga, gb = keyed[a], keyed[b]
        same_gold = ga.allegation == gb.allegation
        same_system = aligned[a].allegation == aligned[b].allegation
        if same_gold == same_system:
            continue
        kind = "split" if same_gold else "join"
        counts[f"{kind} {'within' if ga.doc == gb.doc else 'across'}"] += 1
    return counts


def table(
    gold: Sequence[GoldClaim], system: Sequence[SystemClaim], parts: Sequence[str]
) -> list[str]:
    """A Markdown table: per part the score, the loss to each class, and the pair counts."""
    lines = [
        "| part | claims | aligned | B-cubed | within-doc | cross joins | cross splits "
        "| perfect merge | extraction | pairs: join w/a, split w/a |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for part in parts:
        items = [item for item in gold if item.part == part]
        aligned = align(items, system)
        found = oracles(items, aligned)
        pairs = pair_counts(items, aligned)
        lines.append(
            f"| {part} | {len(items)} | {len(aligned)} | {found['score']:.3f} "
            f"| {found['within'] - found['score']:+.3f} "
            f"| {found['joins'] - found['within']:+.3f} "
            f"| {found['splits'] - found['joins']:+.3f} | {found['splits']:.3f} "
            f"| {1 - found['splits']:.3f} "
            f"| {pairs['join within']}/{pairs['join across']}, "
            f"{pairs['split within']}/{pairs['split across']} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--held-out", action="store_true", help="numbers of the held-out parts")
    parser.add_argument("--set", default="", help="MODULE.NAME=VALUE[,...] for the merge")
    args = parser.parse_args(argv)
    found = extractions(Path(), 1, args.cache)
    with settings(filter(None, args.set.split(","))):
        documents = list(resolve_all(found, ActorRegistry()))
        merge = corpus_allegations(documents)
    _, gold = load_gold(GOLD)
    system = system_claims(documents, merge)
    parts = DEVELOPMENT_PARTS + (HELD_OUT_PARTS if args.held_out else ())
    print("\n".join(table(gold, system, parts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
