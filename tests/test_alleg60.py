"""Corpus allegations: wide groups that meet trade members by the victims they name
(:data:`kg.resolve.groups.WIDE_MOVES`, round 44, alleg60).

Russia's two widest groups of the dispute corpus ("the war's killings and destruction" and "the
invasion") agree about the bar's 0.08, and joined or stayed apart whole as a few claims tipped
it; the claims of the war's killings worded with the invasion's frame ("261 children were killed
by the Russian invasion") sat in the invasion's group.  With the switch, wide groups that meet
stay apart and each member naming a kind of victim goes to the group that most often names it.

All groups here are constructed (terms by hand, no text of the corpus or of any gold file).
"""

from __future__ import annotations

import pytest

import kg.resolve.groups as groups_module
from kg.resolve.groups import _Groups, _join_profiles, _move_members, _Profile, _wide_meetings
from kg.resolve.victims import victims

WEIGHT = {
    "invasion": 4.0, "unprovok": 4.0, "destroy": 4.0, "kill": 4.0, "children": 4.0,
    "school": 4.0, "war": 1.0, "elect": 4.0, "fraud": 4.0,
}  # fmt: skip
INVASION = frozenset({"invasion", "unprovok", "war"})
KILLINGS = frozenset({"destroy", "kill", "war"})
CHILDREN = frozenset({"kill", "children", "war"})
INVADED_CHILDREN = frozenset({"invasion", "children", "war"})


def profile(*members: frozenset[str]) -> _Profile:
    made = _Profile()
    for terms in members:
        made.add(terms, WEIGHT)
    return made


def test_the_switch_is_on_by_default() -> None:
    assert groups_module.WIDE_MOVES is True
    assert groups_module.WIDE_GROUPS == 100
    assert groups_module.WIDE_MEET == 0.06


def test_a_member_naming_a_victim_goes_to_the_group_that_names_it_most() -> None:
    # constructed: group 0 (the invasion) holds one member about children of four; group 4
    # (the killings) holds two of four
    groups = _Groups(8)
    for item in (1, 2, 3):
        groups.union(0, item)
    for item in (5, 6, 7):
        groups.union(4, item)
    members = {
        0: [(0, victims(INVASION), True), (1, victims(INVADED_CHILDREN), True),
            (2, victims(INVASION), True), (3, victims(INVASION), True)],
        4: [(4, victims(CHILDREN), True), (5, victims(KILLINGS), True),
            (6, victims(CHILDREN), True), (7, victims(KILLINGS), True)],
    }  # fmt: skip
    assert victims(INVADED_CHILDREN) == {"children"}
    moved = _move_members([[0, 4]], members, groups)
    assert moved == 1
    assert groups.find(1) == groups.find(4) == 1  # a group is named by its smallest member
    assert {groups.find(i) for i in (0, 2, 3)} == {0}
    assert {groups.find(i) for i in (5, 6, 7)} == {1}


def test_members_naming_no_victim_and_ties_stay() -> None:
    # constructed: both groups name children once in two members: a tie keeps the member
    groups = _Groups(4)
    groups.union(0, 1)
    groups.union(2, 3)
    members = {
        0: [(0, victims(INVADED_CHILDREN), True), (1, victims(INVASION), True)],
        2: [(2, victims(CHILDREN), True), (3, victims(KILLINGS), True)],
    }
    assert _move_members([[0, 2]], members, groups) == 0
    assert groups.find(1) == 0 and groups.find(3) == 2


def test_uncounted_members_move_but_make_no_share() -> None:
    # constructed: a speech's sentence (not in its group's profile) about children moves to
    # the group whose counted members name children; its own group's share stays 0
    groups = _Groups(4)
    groups.union(0, 1)
    groups.union(2, 3)
    members = {
        0: [(0, victims(INVASION), True), (1, victims(INVADED_CHILDREN), False)],
        2: [(2, victims(CHILDREN), True), (3, victims(KILLINGS), True)],
    }
    assert _move_members([[0, 2]], members, groups) == 1
    assert groups.find(1) == 1 and groups.find(2) == 1 and groups.find(0) == 0


def test_nothing_moves_with_the_victim_guard() -> None:
    groups = _Groups(2, [["@someone"], []])
    members = {0: [(0, victims(INVADED_CHILDREN), True)], 1: [(1, victims(CHILDREN), True)]}
    assert _move_members([[0, 1]], members, groups) == 0


def spans(*roots: int, side: str = "russia") -> dict[int, tuple[tuple[str, ...], int, int]]:
    return {root: ((side,), 1, 2) for root in roots}


def test_wide_groups_that_agree_below_the_bar_meet(monkeypatch: pytest.MonkeyPatch) -> None:
    # constructed: two groups of two members each that share "war" and a member's term each
    # (they agree 0.2); here the bar is 0.3 and the groups meet from 0.15
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 2)
    monkeypatch.setattr(groups_module, "WIDE_MEET", 0.15)
    groups = _Groups(4)
    groups.union(0, 1)
    groups.union(2, 3)
    merged = {0: profile(INVASION, INVADED_CHILDREN), 2: profile(KILLINGS, CHILDREN)}
    agreement = merged[0].agrees(merged[2], WEIGHT)
    assert 0.15 <= agreement < 0.3
    assert _wide_meetings(merged, spans(0, 2), {}, WEIGHT, groups, 0.3) == [[0, 2]]
    # another side's wide group, or one less wide, never meets
    assert _wide_meetings(merged, {0: (("russia",), 1, 2), 2: (("china",), 1, 2)}, {}, WEIGHT,
                          groups, 0.3) == []  # fmt: skip
    monkeypatch.setattr(groups_module, "WIDE_MEET", 0.25)  # agreeing less than it asks
    assert _wide_meetings(merged, spans(0, 2), {}, WEIGHT, groups, 0.3) == []
    monkeypatch.setattr(groups_module, "WIDE_MEET", 0.15)
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 3)
    assert _wide_meetings(merged, spans(0, 2), {}, WEIGHT, groups, 0.3) == []


def test_groups_years_apart_or_far_apart_in_words_do_not_meet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 2)
    groups = _Groups(4)
    groups.union(0, 1)
    groups.union(2, 3)
    merged = {0: profile(INVASION, INVADED_CHILDREN), 2: profile(KILLINGS, CHILDREN)}
    far = {0: (("russia",), 1, 2), 2: (("russia",), 1000, 1001)}
    assert _wide_meetings(merged, far, {}, WEIGHT, groups, 0.08) == []
    fraud = {0: merged[0], 2: profile(frozenset({"elect", "fraud"}), frozenset({"elect"}))}
    assert _wide_meetings(fraud, spans(0, 2), {}, WEIGHT, groups, 0.08) == []


def test_join_profiles_keeps_wide_groups_apart_below_the_wide_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # constructed: the two groups agree 5/13 (0.385), above the bar 0.08; as wide groups they
    # need WIDE_SIMILAR (here 0.5) to join, and meet instead
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 2)
    monkeypatch.setattr(groups_module, "WIDE_SIMILAR", 0.5)
    bridge = frozenset({"invasion", "destroy", "war"})
    groups = _Groups(4)
    groups.union(0, 1)
    groups.union(2, 3)
    profiles = {0: profile(INVASION, INVASION), 2: profile(bridge, bridge)}
    met = _join_profiles(profiles, spans(0, 2), WEIGHT, groups, 0.08)
    assert groups.find(0) != groups.find(2)
    assert met == [[0, 2]]


def test_join_profiles_meets_nothing_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(groups_module, "WIDE_MOVES", False)
    monkeypatch.setattr(groups_module, "WIDE_GROUPS", 2)
    bridge = frozenset({"invasion", "destroy", "war"})
    groups = _Groups(4)
    groups.union(0, 1)
    groups.union(2, 3)
    profiles = {0: profile(INVASION, INVASION), 2: profile(bridge, bridge)}
    assert _join_profiles(profiles, spans(0, 2), WEIGHT, groups, 0.08) == []
    assert groups.find(0) == groups.find(2)  # joined whole, as before


def test_regroup_names_each_group_by_its_smallest_member() -> None:
    groups = _Groups(6)
    for item in (1, 2, 5):
        groups.union(0, item)
    groups.regroup([[5, 2], [1, 0]])
    assert [groups.find(i) for i in range(6)] == [0, 0, 2, 3, 4, 2]
