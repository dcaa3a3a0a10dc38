"""Corpus allegations: the wide-groups guard (:data:`kg.resolve.groups.WIDE_GUARD`).

After the pass two groups of one accused whose profiles agree join
(:func:`kg.resolve.groups._join_profiles`); with the guard on, two groups that are each wide
(:data:`~kg.resolve.groups.WIDE_GROUPS` members) join only when their profiles agree at least
:data:`~kg.resolve.groups.WIDE_SIMILAR` (or, with it ``None``, every group each was made of
agrees with every one of the other's), not at the bare bar: Russia's two widest groups at round
42's end ("the unprovoked invasion", "the attacks that destroy and kill") joined at 0.0815
against 0.08 (round 43, alleg58).  The groups here are made by hand (terms, not texts).
"""

from __future__ import annotations

import pytest

import kg.resolve.groups as groups_module
from kg.resolve.groups import _Groups, _join_profiles, _Profile, _wide_agree

WEIGHT = {"invasion": 4.0, "unprovok": 4.0, "destroy": 4.0, "school": 4.0, "war": 1.0}
INVASION = frozenset({"invasion", "unprovok", "war"})
BRIDGE = frozenset({"invasion", "destroy", "war"})
SCHOOLS = frozenset({"destroy", "school", "war"})


def profile(*members: frozenset[str]) -> _Profile:
    made = _Profile()
    for terms in members:
        made.add(terms, WEIGHT)
    return made


def joined(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two groups of two members each (items 0, 1 and 2, 3), one accused, the same
    days, are one after :func:`_join_profiles` at the bar 0.08 (they agree 5/13, 0.385)."""
    groups = _Groups(4)
    groups.union(0, 1)
    groups.union(2, 3)
    profiles = {0: profile(first, first), 2: profile(second, second)}
    spans = {0: (("russia",), 1, 2), 2: (("russia",), 1, 2)}
    _join_profiles(profiles, spans, WEIGHT, groups, 0.08)
    return groups.find(0) == groups.find(2)


def test_the_guard_is_off_by_default() -> None:
    assert groups_module.WIDE_GUARD is False
    assert joined(INVASION, BRIDGE)


def test_two_wide_groups_that_agree_below_the_wide_bar_stay_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(groups_module, "WIDE_GUARD", True)
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 2)
    monkeypatch.setattr(groups_module, "WIDE_SIMILAR", 0.5)
    assert not joined(INVASION, BRIDGE)


def test_wide_groups_that_agree_clearly_join(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(groups_module, "WIDE_GUARD", True)
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 2)
    monkeypatch.setattr(groups_module, "WIDE_SIMILAR", 0.3)
    assert joined(INVASION, BRIDGE)


def test_groups_narrower_than_wide_join_at_the_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(groups_module, "WIDE_GUARD", True)
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 3)
    monkeypatch.setattr(groups_module, "WIDE_SIMILAR", 0.5)
    assert joined(INVASION, BRIDGE)


def test_complete_linkage_joins_groups_whose_parts_all_agree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each side is one group as the pass left it: complete linkage is their own agreement
    monkeypatch.setattr(groups_module, "WIDE_GUARD", True)
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 2)
    monkeypatch.setattr(groups_module, "WIDE_SIMILAR", None)
    assert joined(INVASION, BRIDGE)


def test_complete_linkage_refuses_a_part_that_agrees_with_no_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours, theirs = [profile(INVASION), profile(BRIDGE)], [profile(SCHOOLS)]
    monkeypatch.setattr(groups_module, "WIDE_SIMILAR", 0.1)
    assert _wide_agree(0.1, ours, theirs, WEIGHT, 0.08)
    assert not _wide_agree(0.09, ours, theirs, WEIGHT, 0.08)
    monkeypatch.setattr(groups_module, "WIDE_SIMILAR", None)
    # "the unprovoked invasion" shares only "war", of little weight, with "destroyed schools"
    assert not _wide_agree(1.0, ours, theirs, WEIGHT, 0.08)
    assert _wide_agree(0.0, ours[1:], theirs, WEIGHT, 0.08)
