"""The corpus merge on many near-copies: the same groups as verifying every pair.

Wire copy and republished statements put hundreds of copies of one allegation in one
block of the merge (one accused side, one time bucket).  The merge measures each pair of
distinct term sets once and finds its candidate links by LSH; here its groups are checked
against the plain reading of the rule: every pair verified as a link, then the same group
decision (:func:`kg.resolve.corpus._join_groups`).  The term sets are either clearly alike
(a shared core, Jaccard 0.5 and more) or share nothing, so LSH proposes every pair that
passes and the two must agree exactly.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from datetime import date, timedelta

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import (
    IDF_POWER,
    MIN_TERMS,
    RESTATES,
    SIMILAR,
    WINDOW_DAYS,
    _chronological,
    _Groups,
    _join_groups,
    merge_allegations,
)


def _summaries(count: int, seed: int) -> list[AllegationSummary]:
    """``count`` allegations against one side: copies of 60 propositions (a core of terms
    each, none shared between cores), dated over eight years, one in twenty undated."""
    rng = random.Random(seed)
    cores = [[f"t{k}x{n}" for n in range(5)] for k in range(60)]
    items = []
    for n in range(count):
        core = cores[rng.randrange(len(cores))]
        extra = [f"w{rng.randrange(40)}" for _ in range(rng.randrange(2))]
        stance = Stance.ACCUSE if rng.random() < 0.7 else Stance.DENY
        claimer = rng.choice(("germany", "uk", "usa", "russia"))
        published = None
        if rng.random() < 0.95:
            published = (date(2016, 1, 1) + timedelta(days=rng.randrange(3000))).isoformat()
        terms = sorted({*core[: rng.randrange(4, 6)], *extra})
        items.append(
            AllegationSummary(
                id=f"d{n:04d}-a0",
                document=f"d{n:04d}",
                published=published,
                outlet=rng.choice(("Wire", "Daily", None)),
                summary=" ".join(terms),
                accused=("russia",),
                sides=("russia",),
                answers=(),
                terms=tuple(terms),
                points_back=False,
                claims=(ClaimNote(f"d{n:04d}-c0", stance, claimer, claimer),),
            )
        )
    return items


def _every_pair(items: list[AllegationSummary]) -> list[set[str]]:
    """The groups of the rule read plainly: every pair verified as a link, in the merge's
    chronological order, then joined as the merge joins them."""
    items = sorted(items, key=_chronological)
    features = [frozenset(t for t in item.terms if t not in ("@russia",)) for item in items]
    frequency = Counter(t for f in features for t in f)
    weight = {
        t: (math.log((len(items) + 1) / (n + 1)) + 1.0) ** IDF_POWER for t, n in frequency.items()
    }
    days = [date.fromisoformat(i.published).toordinal() if i.published else None for i in items]
    accusing = [any(c.stance is Stance.ACCUSE for c in i.claims) for i in items]
    weak = [sum(1 for t in i.terms if not t.startswith("@")) < MIN_TERMS for i in items]
    linked: dict[int, set[int]] = {}
    restated: dict[int, set[int]] = {}
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if not (accusing[i] or accusing[j]) and (weak[i] or weak[j]):
                continue
            a, b = days[i], days[j]
            if a is not None and b is not None and abs(a - b) > WINDOW_DAYS:
                continue
            union = math.fsum(weight[t] for t in features[i] | features[j])
            shared = math.fsum(weight[t] for t in features[i] & features[j])
            if union and shared / union >= SIMILAR:
                linked.setdefault(j, set()).add(i)
            if union and shared / union >= RESTATES:
                restated.setdefault(j, set()).add(i)
    groups = _Groups(len(items))
    _join_groups(dict(enumerate(features)), weight, linked, groups, restated)
    found: dict[int, set[str]] = {}
    for i, item in enumerate(items):
        found.setdefault(groups.find(i), set()).add(item.id)
    return sorted(found.values(), key=min)


def test_near_copies_merge_as_every_pair_verified() -> None:
    for seed in range(3):
        items = _summaries(400, seed)
        merged = merge_allegations(items)
        found = sorted((set(a.members) for a in merged.allegations), key=min)
        assert found == _every_pair(items)
        # copies merged, but not all of them: the window and the weak denials keep some apart
        assert len(items) / 10 < len(found) < len(items) / 2
