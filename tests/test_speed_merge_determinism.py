"""The corpus merge's group profiles (kg.resolve.corpus._Profile) score the same whatever
order a term set yields its terms in.  That order follows the string hash seed, which
changes from one run to the next: a plain float sum over it made equal scores differ in
the last bit, so that a build merged allegations differently from run to run."""

from __future__ import annotations

import random
from collections.abc import Iterator

from kg.resolve.corpus import _Profile


class _Ascending(frozenset[str]):
    def __iter__(self) -> Iterator[str]:
        return iter(sorted(frozenset.__iter__(self)))


class _Descending(frozenset[str]):
    def __iter__(self) -> Iterator[str]:
        return iter(sorted(frozenset.__iter__(self), reverse=True))


def _score(kind: type[frozenset[str]], seed: int) -> tuple[float, float]:
    rng = random.Random(seed)
    terms = [f"term{i}" for i in range(12)]
    weight = {term: rng.uniform(0.5, 9.0) for term in terms}  # IDF weights' range
    profile = _Profile()
    profile.add(kind(terms[:8]), weight)
    profile.add(kind(terms[4:]), weight)
    return profile.similarity(kind(terms[2:10]), weight), profile.mass


def test_profile_scores_do_not_depend_on_the_order_of_the_terms() -> None:
    for seed in range(50):  # a plain sum differed for most of these
        assert _score(_Ascending, seed) == _score(_Descending, seed)
