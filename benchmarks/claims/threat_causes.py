"""What happens to each gold threat: missed, read as another stance, or its target wrong.

    .venv/bin/python benchmarks/claims/threat_causes.py                  # first half + dev4
    .venv/bin/python benchmarks/claims/threat_causes.py --list           # plus each loss
    .venv/bin/python benchmarks/claims/threat_causes.py --held-out       # counts only
    .venv/bin/python benchmarks/claims/threat_causes.py --cache F --with NAME

Runs the extractor as ``run.py`` does (``stance_causes.py``'s parses and cache) and sorts
every gold ``threaten`` claim: ``missed`` (no aligned system claim by its claimer), the stance
it was read as, or ``threaten`` with the target right or wrong; and every system
``threaten`` claim whose gold is another stance or none (false threats).  ``--list`` prints
the losses with their sentences, on development parts only; held-out parts print counts
only, never a sentence.  Round 22 (issue 12).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD  # noqa: E402
from stance_causes import parts_asked, print_headline, rules_of  # noqa: E402
from target_causes import parsed_graphs  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    align,
    claimer_matches,
    claims_from,
    load_gold,
    same_claim,
)
from kg.model import Stance  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args, parts = parts_asked(__doc__.splitlines()[0], "print each lost threat", argv)
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    graphs = parsed_graphs(gold, args.cache, args.extra)
    fate: Counter[str] = Counter()
    per_part: Counter[tuple[str, str]] = Counter()
    false: Counter[str] = Counter()
    scored: dict[str, list[object]] = {p: [] for p in parts}
    for sentence, (graph, start, _text) in zip(gold, graphs, strict=True):
        system = claims_from(graph, start)
        rules = dict(zip(system, rules_of(graph, start), strict=True))
        scored[sentence.split].append((sentence.claims, system))
        for s, g in align(system, sentence.claims):
            if g is not None and g.stance is Stance.THREATEN:
                if s is None or not claimer_matches(s, g):
                    kind = "missed"
                elif s.stance is not Stance.THREATEN:
                    kind = f"read as {s.stance.value}"
                else:
                    kind = (
                        "threaten, target right" if same_claim(s, g) else "threaten, target wrong"
                    )
                fate[kind] += 1
                per_part[(sentence.split, kind)] += 1
                if args.list and kind != "threaten, target right":
                    shown = (
                        f"{s.claimer}: {s.stance.value} {list(s.targets)} ({rules.get(s, '?')})"
                        if s is not None
                        else "-"
                    )
                    print(
                        f"[{sentence.split} {sentence.id}] {kind}; gold {g.claimer[0]} -> "
                        f"{[t[0] for t in g.targets]}; system {shown}"
                    )
                    print(f"    gold content: {g.content!r}")
                    print(f"    {sentence.text}")
            elif s is not None and s.stance is Stance.THREATEN:
                kind = "no gold claim" if g is None else f"gold {g.stance.value}"
                false[kind] += 1
                if args.list:
                    print(
                        f"[{sentence.split} {sentence.id}] FALSE threat ({kind}); "
                        f"system {s.claimer} -> {list(s.targets)} ({rules.get(s, '?')})"
                    )
                    print(f"    {sentence.text}")
    print(f"parts {', '.join(parts)}")
    print("\n| gold threat read as | n |\n|---|---:|")
    for kind, n in fate.most_common():
        print(f"| {kind} | {n} |")
    print(
        "\nper part: "
        + "; ".join(
            f"{p} " + ", ".join(f"{k} {per_part[(p, k)]}" for k in sorted(fate) if per_part[(p, k)])
            for p in parts
        )
    )
    print("\n| system threat, gold | n |\n|---|---:|")
    for kind, n in false.most_common():
        print(f"| {kind} | {n} |")
    print_headline(scored, parts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
