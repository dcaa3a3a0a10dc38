"""The corpus merge's term statistics (:mod:`kg.resolve.weights`): read from a fixed table,
so that allegations added elsewhere in the corpus move no term's weight (round 24, issue 13,
branch ``merge24``).

Measured on the corpus being merged, a term's IDF, and whether an act is distinctive, moved
with every allegation added anywhere: round 23's ``post_voice`` added 40 allegations of
official posts and groups of other accused formed otherwise.  The propositions below are
of real sentences in ``corpus/`` documents in no gold part:

* "We condemn the Houthi attacks over the last 48 hours against civilian infrastructure in
  Saudi Arabia." (corpus/white-house-yemen.jsonl, whitehouse.gov, 2022-03-20) and "We
  condemn the Houthi attacks launched against Saudi Arabia's civil infrastructure earlier
  today." (corpus/white-house-yemen.jsonl, whitehouse.gov, 2022-03-25);
* "The leaders discussed their serious concerns about Russia's brutal tactics in Ukraine,
  including its attacks on civilians." (corpus/white-house-russia-ukraine.jsonl,
  whitehouse.gov readout of 2022-03-21) and "... hold the Russian Federation accountable
  for Putin's unprovoked war and abhorrent attacks on civilians in Ukraine."
  (corpus/state-department-russia-ukraine.jsonl, state.gov, 2022-04-21).
"""

from __future__ import annotations

import random

import pytest

import kg.resolve.weights as weights
from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import merge_allegations, term_table
from kg.resolve.propositions import proposition_terms

HOUTHI = (
    ("2022-03-20", "the Houthi attacks over the last 48 hours against civilian infrastructure "
     "in Saudi Arabia"),
    ("2022-03-25", "the Houthi attacks launched against Saudi Arabia's civil infrastructure "
     "earlier today"),
)  # fmt: skip
RUSSIA = (
    ("2022-03-21", "Russia's brutal tactics in Ukraine, including its attacks on civilians"),
    ("2022-04-21", "Putin's unprovoked war and abhorrent attacks on civilians in Ukraine"),
)


def _item(key: str, accused: str, day: str, text: str) -> AllegationSummary:
    note = ClaimNote(f"{key}-c", Stance.CRITICIZE, "united-states", "united-states")
    return AllegationSummary(
        key, f"doc-{key}", day, None, text, (accused,), (accused,), (),
        tuple(sorted(proposition_terms(text))), False, (note,),
    )  # fmt: skip


def _houthi() -> list[AllegationSummary]:
    return [_item(f"h{k}", "houthis", day, text) for k, (day, text) in enumerate(HOUTHI)]


def _russia(copies: int) -> list[AllegationSummary]:
    """``copies`` reprints of each Russia allegation (wire copy, republished statements)."""
    return [
        _item(f"r{k}-{c}", "russia", day, text)
        for k, (day, text) in enumerate(RUSSIA)
        for c in range(copies)
    ]


def _weights_of(items: list[AllegationSummary], terms: frozenset[str]) -> dict[str, int]:
    frequency, total = weights.frequencies(items, range(len(items)))  # type: ignore[arg-type]
    return {t: frequency[t] for t in sorted(terms)} | {"(total)": total}


def test_added_allegations_move_no_weight_with_a_fixed_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    houthi = _houthi()
    terms = frozenset(houthi[0].terms)
    monkeypatch.setattr(weights, "FIXED", ({"attack": 300, "civilian": 120, "arabia": 9}, 2000))
    alone = _weights_of(houthi, terms)
    assert alone == _weights_of(houthi + _russia(20), terms)
    assert alone["attack"] == 300 and alone["hour"] == 1  # a term the table lacks: counted
    # measured on the corpus instead, the reprints of Russia's attacks make "attack" and
    # "civilian" common and every weight of the Houthi pair moves
    monkeypatch.setattr(weights, "FIXED", None)
    monkeypatch.setattr(weights, "TABLE", False)
    assert _weights_of(houthi, terms) != _weights_of(houthi + _russia(20), terms)


def test_the_merge_of_one_accused_does_not_move_with_another_accused_added(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(weights, "FIXED", ({"attack": 300, "civilian": 120}, 2000))

    def houthi_groups(items: list[AllegationSummary]) -> list[tuple[str, ...]]:
        merged = merge_allegations(items)
        return sorted(a.members for a in merged.allegations if a.members[0].startswith("h"))

    houthi = _houthi()
    assert houthi_groups(houthi) == [("h0", "h1")]
    for copies in (1, 5, 40):
        assert houthi_groups(houthi + _russia(copies)) == [("h0", "h1")]
    shuffled = houthi + _russia(5)
    random.Random(24).shuffle(shuffled)  # the order they arrive in changes nothing
    assert houthi_groups(shuffled) == [("h0", "h1")]


def test_the_table_is_what_the_merge_counts() -> None:
    items = _houthi() + _russia(2)
    counts, total = term_table(items)
    assert total == 6
    assert counts["attack"] == 6 and counts["houthi"] == 2


def test_the_shipped_table() -> None:
    counts, total = weights.table()
    assert total > 1000
    assert 0 < counts["attack"] <= total
    assert all(0 < n <= total for n in counts.values())
