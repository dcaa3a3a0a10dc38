"""Why gold targets are missed: each gold target of a directed claim, by the cause.

    .venv/bin/python benchmarks/claims/target_causes.py                  # development parts
    .venv/bin/python benchmarks/claims/target_causes.py --part test3     # one part
    .venv/bin/python benchmarks/claims/target_causes.py --list           # plus the target misses

Runs the extractor as ``run.py`` does (sentence scope) and, on the claims ``align`` pairs,
counts each gold target (of accuse, deny, approve, criticize, threaten) as found, or missed
because no system claim is aligned with its claim, the claimer differs, the stance differs,
the system claim has no target, or it names another party (or the same party under a name
the scorer does not match); and each system target likewise.  ``--list`` prints the claims
whose claimer and stance match the gold and whose targets do not (round 14's classification
of target errors).  Only the development parts (``dev``, ``test`` .. ``test5``) are allowed:
the held-out parts' errors are not read (``run.py`` gives their target P/R), the blind ones
never.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD, parse_items, score_items  # noqa: E402

from kg.evaluate.claims import DIRECTED, align, claimer_matches, load_gold, name_matches  # noqa: E402

#: The parts whose errors may be read while developing (README, "the held-out protocol").
DEVELOPMENT = ("dev", "test", "test2", "test3", "test4", "test5")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=DEVELOPMENT)
    parser.add_argument("--list", action="store_true", help="print the target misses")
    args = parser.parse_args(argv)
    parts = args.part or DEVELOPMENT
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    found = score_items([(e, d, start, None) for e, d, start in parse_items(gold, None)])
    missed: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for sentence, system in zip(gold, found, strict=True):
        for s, g in align(system, sentence.claims):
            same = s is not None and g is not None
            same = same and claimer_matches(s, g) and s.stance is g.stance  # type: ignore[arg-type]
            if g is not None and g.stance in DIRECTED:
                for names in g.targets:
                    if s is None:
                        missed["no system claim aligned"] += 1
                    elif not claimer_matches(s, g):
                        missed["claimer differs"] += 1
                    elif s.stance is not g.stance:
                        missed["stance differs"] += 1
                    elif any(name_matches(t, names) for t in s.targets):
                        missed["found"] += 1
                    elif not s.targets:
                        missed["system target missing"] += 1
                    else:
                        missed["another party or name"] += 1
            if s is not None and s.stance in DIRECTED:
                for t in s.targets:
                    if g is None or not same:
                        given["claim unmatched (claimer or stance)"] += 1
                    elif any(name_matches(t, names) for names in g.targets):
                        given["right"] += 1
                    elif not g.targets:
                        given["gold leaves it empty"] += 1
                    else:
                        given["another party or name"] += 1
            if args.list and same and s is not None and g is not None and s.stance in DIRECTED:
                ok = all(any(name_matches(t, n) for t in s.targets) for n in g.targets)
                ok = ok and all(any(name_matches(t, n) for n in g.targets) for t in s.targets)
                if not ok:
                    wanted = [names[0] for names in g.targets]
                    print(f"[{sentence.id}] {s.stance.value} by {g.claimer[0]}: gold {wanted}")
                    print(f"    system {list(s.targets)} | {sentence.text}")
    print(f"parts {', '.join(parts)}")
    print("gold targets:", ", ".join(f"{k} {v}" for k, v in missed.most_common()))
    print("system targets:", ", ".join(f"{k} {v}" for k, v in given.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
