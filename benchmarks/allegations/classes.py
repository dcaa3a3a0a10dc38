"""Measure the event-class join of the corpus merge (issue 13, round 19): every open part's
scores with the join as configured and with it off, and the corpus allegations it changes.

    .venv/bin/python benchmarks/allegations/classes.py --cache F            # scores, on / off
    .venv/bin/python benchmarks/allegations/classes.py --cache F --sample 20 --seed 19

One parse (``--cache``), one resolve, then the merge once per setting.  A *changed*
allegation is a corpus allegation with the join on whose members came from two or more
corpus allegations with it off; ``--sample`` prints a seeded random sample of them, each
earlier group's member texts, for reading (right / mixed / wrong).  Held-out parts are
scored for their numbers only; the blind part (``blind42``) is never scored.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import kg.resolve.blocking as blocking
from kg.evaluate.allegations import (
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    evaluate,
    load_gold,
    system_claims,
)
from kg.model import AllegationSummary
from kg.pipeline import resolve_all
from kg.resolve import ActorRegistry
from kg.resolve.corpus import CorpusMerge, _features, allegation_summaries, merge_allegations

sys.path.insert(0, str(Path(__file__).parent))
from run import CORPUS, GOLD, extractions  # noqa: E402

DEVELOPMENT = DEVELOPMENT_PARTS
HELD_OUT = HELD_OUT_PARTS


@contextmanager
def class_join(on: bool, share: float = 0.05) -> Iterator[None]:
    """The merge with the event-class join on (``share``, MinHash copies) or off."""
    saved = blocking.CLASS_SHARE, blocking.CLASS_COPIES
    blocking.CLASS_SHARE, blocking.CLASS_COPIES = (share, True) if on else (None, False)
    try:
        yield
    finally:
        blocking.CLASS_SHARE, blocking.CLASS_COPIES = saved


def changed(on: CorpusMerge, off: CorpusMerge) -> list[tuple[str, list[list[str]]]]:
    """The corpus allegations of ``on`` made of members of several of ``off``'s, each with
    its members grouped by their ``off`` allegation."""
    found = []
    for allegation in on.allegations:
        groups: dict[str, list[str]] = {}
        for member in allegation.members:
            groups.setdefault(off.of_member[member], []).append(member)
        if len(groups) > 1:
            found.append((allegation.id, list(groups.values())))
    return found


def shared_classes(groups: list[list[str]], by_id: dict[str, AllegationSummary]) -> set[str]:
    """The joining event classes (:func:`kg.resolve.blocking._specific`) that two or more
    of ``groups`` hold (in one of their members' terms)."""
    seen: dict[str, int] = {}
    for members in groups:
        held = {t for m in members for t in _features(by_id[m]) if blocking._specific(t)}
        for term in held:
            seen[term] = seen.get(term, 0) + 1
    return {term for term, n in seen.items() if n > 1}


def score_line(name: str, merge: CorpusMerge, documents: list, parts: Sequence[str]) -> str:
    _, gold = load_gold(GOLD)
    system = system_claims(documents, merge)
    cells = []
    for part in parts:
        report = evaluate(gold, system, part)
        everything = report.scores["corpus"]["b-cubed"]
        aligned = report.scores["corpus, aligned"]["b-cubed"]
        cells.append(f"{part} {everything.f1:.3f} (P {aligned.precision:.3f})")
    return f"{name}: {len(merge.allegations)} allegations; " + "; ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--held-out", action="store_true", help="score blind, blind13..18 too")
    parser.add_argument(
        "--classes-off",
        action="store_true",
        help="every specific class joins (round 19's alleg19), not event_classes.tsv's",
    )
    parser.add_argument(
        "--no-finds", action="store_true", help="a class does not find groups (CLASS_FINDS)"
    )
    args = parser.parse_args(argv)
    if args.no_finds:
        blocking.CLASS_FINDS = False
    if args.classes_off:
        blocking.CLASSES_FROM_DATA = False
    documents = list(resolve_all(extractions(args.corpus, 2, args.cache), ActorRegistry()))
    summaries: list[AllegationSummary] = [
        s for document in documents for s in allegation_summaries(document)
    ]
    parts = DEVELOPMENT + (HELD_OUT if args.held_out else ())
    merges = {}
    for name, on in (("off", False), ("on", True)):
        with class_join(on):
            merges[name] = merge_allegations(summaries)
        print(score_line(name, merges[name], documents, parts), flush=True)
    found = changed(merges["on"], merges["off"])
    by_id = {s.id: s for s in summaries}
    direct = {allegation: shared_classes(groups, by_id) for allegation, groups in found}
    print(
        f"changed: {len(found)} corpus allegations made of several; "
        f"{sum(1 for c in direct.values() if c)} of them with two groups sharing a joining "
        "class, the others knock-on effects of the chronological pass"
    )
    if args.sample:
        texts = {s.id: (s.published, s.accused, s.summary) for s in summaries}
        picked = random.Random(args.seed).sample(found, min(args.sample, len(found)))
        for allegation, groups in picked:
            shared = " ".join(sorted(direct[allegation])) or "none (knock-on)"
            print(f"\n=== {allegation}: {len(groups)} groups; classes shared: {shared}")
            for k, members in enumerate(groups):
                print(f"  -- group {k + 1} ({len(members)} members)")
                for member in members[:4]:
                    day, accused, text = texts[member]
                    print(f"     {day} {','.join(accused)}: {' '.join(text.split())[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
