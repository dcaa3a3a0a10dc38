"""The post rules' sentence scans read their candidate tokens off the document index
(round 25, issue 12, branch ``perf25``): ``_charged``, ``_urged`` and ``_judgement`` of
``kg.extract.claims.posts`` find the same things inside ``indexed`` (prefiltered) as
outside it (every token tested).

The texts are @StateDept posts of the dispute corpus (``corpus/state-department-x-*.jsonl``,
public domain) that hold no sentence of any gold part or agreement file.
"""

from __future__ import annotations

import pytest

from kg.extract._index import indexed
from kg.extract.claims.posts import _charged, _judgement, _urged
from kg.nlp import load_pipeline

POSTS = (
    # https://twitter.com/StateDept/status/283362338059476992,
    # corpus/state-department-x-syria-2012.jsonl
    "U.S. condemns latest attacks by #Syria regime, most notably attack on people waiting to "
    "buy bread at bakery in Helfeya.",
    # https://twitter.com/StateDept/status/436694375834611712,
    # corpus/state-department-x-ukraine-maidan-2014.jsonl
    ".@JohnKerry: The violence must stop.",
    # https://twitter.com/StateDept/status/251898830600155136,
    # corpus/state-department-x-syria-2012.jsonl
    "#SecClinton: We urge all of #Syria's neighbors to take steps to prevent their territory "
    "or airspace from being used to fuel Assad's war.",
    # https://twitter.com/StateDept/status/206140104610295808,
    # corpus/state-department-x-syria-2012.jsonl
    "#SecClinton: We call on the Syrian regime to stop the violence against its people and "
    "fully implement the Annan Plan.",
)


def _found(doc: object) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = []
    for sentence in doc.sents:  # type: ignore[attr-defined]
        found.append(tuple((p.i, w.i, e) for p, w, e in _charged(sentence)))
        found.append(tuple((a.i, c.i) for a, c in _urged(sentence)))
        judged = _judgement(sentence)
        found.append((judged.i if judged is not None else None,))
    return found


@pytest.mark.parametrize("text", POSTS)
def test_the_scans_find_the_same_with_and_without_the_index(text: str) -> None:
    doc = load_pipeline()(text)
    every_token = _found(doc)
    with indexed(doc):
        prefiltered = _found(doc)
    assert prefiltered == every_token


def test_the_scans_find_something_in_these_posts() -> None:
    """The comparison above is not of empty findings only."""
    found = [row for text in POSTS for row in _found(load_pipeline()(text))]
    assert sum(1 for row in found if row and row != (None,)) >= 3
