"""Where gold ``criticize`` claims are lost: missed, another stance, wrong claimer or target.

    .venv/bin/python benchmarks/claims/criticize_causes.py                # first half + dev4
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

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD  # noqa: E402
from stance_causes import parts_asked, rules_of  # noqa: E402
from target_causes import parsed_graphs  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    DIRECTED,
    align,
    claimer_matches,
    claims_from,
    load_gold,
    name_matches,
)

CRITICIZE = "criticize"


def _targets_right(system_targets: tuple[str, ...], gold_targets: tuple) -> bool:
    """The scorer's target test for a directed stance (``same_claim``'s)."""
    return len(system_targets) == len(gold_targets) and all(
        any(name_matches(t, names) for t in system_targets) for names in gold_targets
    )


def main(argv: list[str] | None = None) -> int:
    args, parts = parts_asked(__doc__.splitlines()[0], "print the lost gold claims", argv)
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
