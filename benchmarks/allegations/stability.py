"""Which joins of the corpus merge move between two runs (round 24, issue 13, branch ``merge24``).

    .venv/bin/python benchmarks/allegations/stability.py --cache F [--held-out] \\
        --a kg.resolve.voice.POST_VOICE=False --b kg.resolve.voice.POST_VOICE=True \\
        [--merge kg.resolve.weights.TABLE=False]

Run A and run B: the cache (``run.py --cache``) resolved with A's switches and with B's
(``MODULE.NAME=VALUE``, comma-joined, as ``flags.py`` reads them), each merged with
``--merge``'s switches.  Per part: B-cubed F1 over every gold claim of each run, and the
*moved pairs*: gold claims aligned in both runs whose two system claims are in one corpus
allegation in one run and not in the other (``+``: toward the gold, ``-``: away), split by
whether B's corpus allegation of either claim holds a document allegation that B added or
changed (``own``: the added claims' own joins) or none (``elsewhere``: a merge moved by
what happened in other blocks).  A merge that does not reshuffle moves none elsewhere.
Held-out parts (``--held-out``) are numbers only; ``blind42`` is never scored.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from flags import applied  # noqa: E402
from run import GOLD, extractions  # noqa: E402

from kg.evaluate.allegations import (  # noqa: E402
    BLIND_PARTS,
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    GoldClaim,
    align,
    evaluate,
    load_gold,
    system_claims,
)
from kg.model import AllegationSummary, DocumentGraph, Extraction  # noqa: E402
from kg.pipeline import resolve_all  # noqa: E402
from kg.resolve import ActorRegistry  # noqa: E402
from kg.resolve.corpus import allegation_summaries, merge_allegations  # noqa: E402


def moved(
    truth: Mapping[str, str], a: Mapping[str, str], b: Mapping[str, str]
) -> list[tuple[str, str, bool]]:
    """The pairs of gold keys aligned in both runs (``a``, ``b``: key -> corpus allegation)
    that are together in one run only, each with whether B's grouping is the gold's.

    >>> moved({"x": "g", "y": "g", "z": "h"}, {"x": 1, "y": 2, "z": 3}, {"x": 1, "y": 1, "z": 3})
    [('x', 'y', True)]
    """
    keys = sorted(set(a) & set(b))
    found = []
    for n, x in enumerate(keys):
        for y in keys[n + 1 :]:
            together = b[x] == b[y]
            if (a[x] == a[y]) != together:
                found.append((x, y, together == (truth[x] == truth[y])))
    return found


def run(
    found: Sequence[Extraction],
    resolving: str,
    merging: str,
    gold: Sequence[GoldClaim],
    parts: Sequence[str],
) -> tuple[
    dict[str, tuple[float, dict[str, str]]], dict[str, frozenset[str]], dict[str, AllegationSummary]
]:
    """One run: per part (B-cubed F1, aligned gold key -> corpus allegation), each corpus
    allegation's members, and each document allegation's summary."""
    with applied(resolving):
        documents: list[DocumentGraph] = list(resolve_all(found, ActorRegistry()))
    summaries = [s for d in documents for s in allegation_summaries(d)]
    with applied(merging):
        merge = merge_allegations(summaries)
    system = system_claims(documents, merge)
    scored = {}
    for part in parts:
        aligned = align([g for g in gold if g.part == part], system)
        bcubed = evaluate(gold, system, part).scores["corpus"]["b-cubed"].f1
        scored[part] = (bcubed, {k: c.allegation for k, c in aligned.items()})
    members = {a.id: frozenset(a.members) for a in merge.allegations}
    return scored, members, {s.id: s for s in summaries}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=GOLD.parents[1] / "corpus")
    parser.add_argument("--a", default="", help="run A's switches (resolution)")
    parser.add_argument("--b", default="", help="run B's switches (resolution)")
    parser.add_argument("--merge", default="", help="both merges' switches")
    parser.add_argument("--held-out", action="store_true")
    args = parser.parse_args(argv)
    parts = [*DEVELOPMENT_PARTS, *(HELD_OUT_PARTS if args.held_out else ())]
    assert not set(BLIND_PARTS) & set(parts)
    _, gold = load_gold(GOLD)
    truth = {g.key: g.allegation for g in gold}
    found = extractions(args.corpus, 2, args.cache)
    a, _, before = run(found, args.a, args.merge, gold, parts)
    b, members, after = run(found, args.b, args.merge, gold, parts)
    changed = {i for i, s in after.items() if before.get(i) != s}
    print(f"{len(changed)} document allegations added or changed in B")
    print("| part | A | B | moved own + / - | moved elsewhere + / - |")
    print("|---|---|---|---|---|")
    for part in parts:
        counts = {("own", True): 0, ("own", False): 0, ("else", True): 0, ("else", False): 0}
        for x, y, right in moved(truth, a[part][1], b[part][1]):
            own = bool((members[b[part][1][x]] | members[b[part][1][y]]) & changed)
            counts["own" if own else "else", right] += 1
        print(
            f"| {part} | {a[part][0]:.4f} | {b[part][0]:.4f} | "
            f"+{counts['own', True]} / -{counts['own', False]} | "
            f"+{counts['else', True]} / -{counts['else', False]} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
