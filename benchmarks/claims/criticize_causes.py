"""Where gold ``criticize`` claims are lost: missed, another stance, wrong claimer or target.

    .venv/bin/python benchmarks/claims/criticize_causes.py                # development parts
    .venv/bin/python benchmarks/claims/criticize_causes.py --list         # plus each loss
    .venv/bin/python benchmarks/claims/criticize_causes.py --held-out     # counts only
    .venv/bin/python benchmarks/claims/criticize_causes.py --cache F      # keep the parses in F

Runs the extractor as ``run.py`` does and sorts each gold ``criticize`` claim by what the
system made of it (the alignment ``run.py`` scores with): ``right`` (claimer, stance and
targets), ``target`` (claimer and stance right, a target wrong), ``stance:<s>`` (claimer
right, stance ``s``), ``claimer`` (aligned by content, another claimer), ``missed`` (nothing
aligned).  Also counts the system's ``criticize`` claims with no gold claim or a gold claim
of another stance, by rule.  ``--list`` prints the lost ones with their sentence, on
development parts only; held-out parts give counts only.  Round 21 (issue 12, crit21).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD  # noqa: E402
from stance_causes import HELD_OUT, rules_of  # noqa: E402
from target_causes import DEVELOPMENT, parsed_graphs  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    DIRECTED,
    align,
    claimer_matches,
    claims_from,
    load_gold,
    name_matches,
)
from kg.extract.claims import OPTIONAL  # noqa: E402

CRITICIZE = "criticize"


def _targets_right(system_targets: tuple[str, ...], gold_targets: tuple) -> bool:
    """The scorer's target test for a directed stance (``same_claim``'s)."""
    return len(system_targets) == len(gold_targets) and all(
        any(name_matches(t, names) for t in system_targets) for names in gold_targets
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=DEVELOPMENT + HELD_OUT)
    parser.add_argument("--held-out", action="store_true", help="test11..test21, counts only")
    parser.add_argument("--list", action="store_true", help="print the lost gold claims")
    parser.add_argument("--cache", type=Path, help="a DocBin file to keep the parses in")
    parser.add_argument(
        "--with", dest="extra", action="append", choices=sorted(OPTIONAL), default=[]
    )
    args = parser.parse_args(argv)
    parts = tuple(args.part or (HELD_OUT if args.held_out else DEVELOPMENT))
    if args.list and set(parts) & set(HELD_OUT):
        parser.error("--list reads sentences: development parts only")
    assert CRITICIZE in {s.value for s in DIRECTED}
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    graphs = parsed_graphs(gold, args.cache, args.extra)
    kinds: Counter[str] = Counter()
    per_part: dict[str, Counter[str]] = {p: Counter() for p in parts}
    spurious: Counter[str] = Counter()
    for sentence, (graph, start, _text) in zip(gold, graphs, strict=True):
        system = claims_from(graph, start)
        rules = dict(zip(system, rules_of(graph, start), strict=True))
        for s, g in align(system, sentence.claims):
            if (
                s is not None
                and s.stance.value == CRITICIZE
                and (g is None or g.stance.value != CRITICIZE)
            ):
                gold_stance = g.stance.value if g else "-"
                spurious[f"{rules.get(s, '?')}: {gold_stance}"] += 1
            if g is None or g.stance.value != CRITICIZE:
                continue
            if s is None:
                kind = "missed"
            elif not claimer_matches(s, g):
                kind = "claimer"
            elif s.stance.value != CRITICIZE:
                kind = f"stance:{s.stance.value}"
            elif not _targets_right(s.targets, g.targets):
                kind = "target"
            else:
                kind = "right"
            kinds[kind] += 1
            per_part[sentence.split][kind] += 1
            if args.list and kind != "right":
                rule = rules.get(s, "-") if s is not None else "-"
                print(f"[{sentence.id}] {kind} ({rule}) gold {g.claimer[0]} -> {g.targets}")
                print(f"    gold content:   {g.content!r}")
                if s is not None:
                    print(f"    system: {s.claimer} {s.stance.value} {s.targets} {s.content!r}")
                print(f"    {sentence.text}")
    print(f"parts {', '.join(parts)}")
    names = sorted(kinds, key=lambda k: -kinds[k])
    print("\n| part | " + " | ".join(names) + " | gold |")
    print("|---|" + "---:|" * (len(names) + 1))
    for part in (*parts, "all"):
        row = kinds if part == "all" else per_part[part]
        print(f"| {part} | " + " | ".join(str(row[k]) for k in names) + f" | {sum(row.values())} |")
    print("\n| system criticize rule: gold stance | n |\n|---|---:|")
    for name, count in spurious.most_common():
        print(f"| {name} | {count} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
