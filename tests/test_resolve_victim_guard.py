"""The corpus merge's victim guard (kg.resolve.corpus.VICTIM_GUARD, round 38, victim43)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve import corpus
from kg.resolve.corpus import merge_allegations
from kg.resolve.groups import _Groups


def _summary(id: str, day: str, victims: tuple[str, ...]) -> AllegationSummary:
    note = ClaimNote(id + "c", Stance.ACCUSE, "voa", "voa")
    terms = ("detain", "hous", "arrest", "dissid", *("@" + v for v in victims))
    return AllegationSummary(
        id, id[:2], day, None, id, ("china",), ("china",), (), terms, False, (note,),
        victims=victims,
    )  # fmt: skip


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "VICTIM_GUARD", True)


def _members(items: list[AllegationSummary]) -> list[tuple[str, ...]]:
    return sorted(a.members for a in merge_allegations(items).allegations)


def test_off_joins_other_victims() -> None:
    items = [_summary("d1a", "2024-03-01", ("liu",)), _summary("d2a", "2024-03-02", ("chen",))]
    assert _members(items) == [("d1a", "d2a")]


def test_guard_keeps_other_victims_apart(guard: None) -> None:
    items = [_summary("d1a", "2024-03-01", ("liu",)), _summary("d2a", "2024-03-02", ("chen",))]
    assert _members(items) == [("d1a",), ("d2a",)]


def test_guard_joins_one_victim_and_none(guard: None) -> None:
    items = [
        _summary("d1a", "2024-03-01", ("liu",)),
        _summary("d2a", "2024-03-02", ("liu",)),
        _summary("d3a", "2024-03-03", ()),
    ]
    assert _members(items) == [("d1a", "d2a", "d3a")]


def test_groups_carry_their_victims() -> None:
    groups = _Groups(3, [("liu",), (), ("chen",)])
    groups.union(0, 1)
    assert groups.apart(1, 2)
    groups.union(1, 2)
    assert groups.find(2) == 2
    assert not _Groups(2).apart(0, 1)


def test_narrated_mode_reads_only_narrated_victims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "VICTIM_GUARD", "narrated")
    told = replace(_summary("d2a", "2024-03-02", ("chen",)), narrated=True)
    apart = [replace(_summary("d1a", "2024-03-01", ("liu",)), narrated=True), told]
    assert _members(apart) == [("d1a",), ("d2a",)]
    joined = [_summary("d1a", "2024-03-01", ("liu",)), told]  # a statement's victims unread
    assert _members(joined) == [("d1a", "d2a")]
