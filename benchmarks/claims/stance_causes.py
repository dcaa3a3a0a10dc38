"""Why the stance is wrong when the claimer is right: a confusion matrix and the rules.

    .venv/bin/python benchmarks/claims/stance_causes.py                  # first half + dev4
    .venv/bin/python benchmarks/claims/stance_causes.py --part test3     # one part
    .venv/bin/python benchmarks/claims/stance_causes.py --list           # plus each mismatch
    .venv/bin/python benchmarks/claims/stance_causes.py --held-out       # counts only
    .venv/bin/python benchmarks/claims/stance_causes.py --cache F        # keep the parses in F

Runs the extractor as ``run.py`` does (sentence scope, the previous gold sentence as the
context of an item that has none) and, on the pairs ``align`` makes whose claimer matches
the gold's, counts gold stance x system stance (the diagonal: the stance right), per part,
and the wrong ones by the rule that made the system claim (``Claim.rule``).  ``--list``
prints each wrong-stance pair with its sentence, on development parts only; ``--held-out``
(``test21`` .. ``test44``) prints counts only, never a sentence.  Round 20 (issue 12).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD  # noqa: E402
from target_causes import DEVELOPMENT, FIRST_HALF, parsed_graphs  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    HELD_OUT_PARTS,
    align,
    claimer_matches,
    claims_from,
    claims_in,
    evaluate,
    load_gold,
)
from kg.extract.claims import OPTIONAL  # noqa: E402
from kg.model import DocumentGraph  # noqa: E402

HELD_OUT = HELD_OUT_PARTS


def print_headline(scored: dict[str, list[object]], parts: Sequence[str]) -> None:
    """The line both cause scripts end with: claimer+stance+target F1 per part, four places."""
    print(
        "\nclaimer+stance+target F1: "
        + ", ".join(f"{p} {evaluate(scored[p]).headline.f1:.4f}" for p in parts)  # type: ignore[arg-type]
    )


def rules_of(graph: DocumentGraph, start: int) -> list[str]:
    """The rule of each claim :func:`claims_from` keeps, in its order."""
    return [r.claim.rule for r in claims_in(graph, start)]


def parts_asked(
    description: str, listing: str, argv: list[str] | None
) -> tuple[argparse.Namespace, tuple[str, ...]]:
    """The command line shared with ``criticize_causes.py``: its arguments and the parts to
    run (``--list`` reads sentences, so it refuses held-out parts)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--part", action="append", choices=DEVELOPMENT + HELD_OUT)
    parser.add_argument("--held-out", action="store_true", help="test21..test44, counts only")
    parser.add_argument("--list", action="store_true", help=listing)
    parser.add_argument("--cache", type=Path, help="a DocBin file to keep the parses in")
    parser.add_argument(
        "--with", dest="extra", action="append", choices=sorted(OPTIONAL), default=[]
    )
    args = parser.parse_args(argv)
    parts = tuple(args.part or (HELD_OUT if args.held_out else FIRST_HALF))
    if args.list and set(parts) & set(HELD_OUT):
        parser.error("--list reads sentences: development parts only")
    return args, parts


def main(argv: list[str] | None = None) -> int:
    args, parts = parts_asked(__doc__.splitlines()[0], "print the wrong-stance pairs", argv)
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    graphs = parsed_graphs(gold, args.cache, args.extra)
    matrix: Counter[tuple[str, str]] = Counter()
    by_part: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    scored: dict[str, list[object]] = {p: [] for p in parts}
    for sentence, (graph, start, _text) in zip(gold, graphs, strict=True):
        system = claims_from(graph, start)
        rules = dict(zip(system, rules_of(graph, start), strict=True))
        scored[sentence.split].append((sentence.claims, system))
        for s, g in align(system, sentence.claims):
            if s is None or g is None or not claimer_matches(s, g):
                continue
            matrix[(g.stance.value, s.stance.value)] += 1
            if s.stance is g.stance:
                continue
            by_part[sentence.split] += 1
            rule = rules.get(s, "?")
            by_rule[f"{rule}: {g.stance.value}->{s.stance.value}"] += 1
            if args.list:
                print(
                    f"[{sentence.id}] {g.claimer[0]}: gold {g.stance.value}, system "
                    f"{s.stance.value} ({rule})"
                )
                print(f"    gold content:   {g.content!r}")
                print(f"    system content: {s.content!r}")
                print(f"    {sentence.text}")
    stances = sorted({k for k, _ in matrix} | {v for _, v in matrix})
    print(f"parts {', '.join(parts)}")
    print("\n| gold \\ system | " + " | ".join(stances) + " |")
    print("|---|" + "---:|" * len(stances))
    for g in stances:
        print(f"| {g} | " + " | ".join(str(matrix[(g, s)]) for s in stances) + " |")
    right = sum(v for (g, s), v in matrix.items() if g == s)
    print(f"\nclaimer right: {sum(matrix.values())}; stance right too: {right}")
    print("wrong stance per part: " + ", ".join(f"{p} {by_part[p]}" for p in parts))
    print("\n| rule: gold->system | n |\n|---|---:|")
    for name, count in by_rule.most_common():
        print(f"| {name} | {count} |")
    print_headline(scored, parts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
