"""Corpus allegations: two groups of one act that formed apart join by their profiles.

In the merge's chronological pass an allegation joins the one group it matches best, so
when the first reports of one act are worded apart ("shelling a hospital in Kherson",
"firing rockets at a maternity ward and a children's clinic in Kherson") they start two
groups, and later reports that bridge them ("a hospital and a maternity ward") join one
of them only.  After the pass, two groups of one accused whose profiles agree
(:data:`kg.resolve.corpus.GROUPS_SIMILAR`) join; groups at different places, or months
apart, do not.

The sentences are written for these tests in the style of wire reports; none is in a gold
part.  They are parsed by the real pipeline (``kg.analyse``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

import kg.resolve.corpus as corpus
import kg.resolve.groups as groups_module
from kg.model import AllegationSummary
from kg.pipeline import analyse
from kg.resolve.corpus import allegation_summaries, merge_allegations

SENTENCES = {
    "hospital": "Ukraine's defence ministry accused Russian forces of shelling a hospital in "
    "Kherson.",
    "clinic": "The mayor accused Russian troops of firing rockets at a maternity ward and a "
    "children's clinic in Kherson.",
    "hospital-ward": "The regional governor accused Russia of shelling a hospital and a "
    "maternity ward in Kherson.",
    "clinic-again": "Ukraine's foreign minister accused Russia of firing rockets at a "
    "children's clinic in Kherson.",
    "deported": "Ukraine's ombudsman accused Russian forces of deporting children from Mariupol.",
    "deported-again": "The mayor accused Russia of deporting hundreds of children from Mariupol.",
}


@cache
def summary(key: str, day: str) -> AllegationSummary:
    """The one allegation of ``SENTENCES[key]``, parsed, dated ``day``, with its own ids."""
    found = allegation_summaries(analyse(SENTENCES[key]))
    assert len(found) == 1, found
    return replace(found[0], id=f"{key}@{day}", document=f"doc-{key}@{day}", published=day)


def groups(items: list[AllegationSummary]) -> list[set[str]]:
    return [{m.split("@")[0] for m in a.members} for a in merge_allegations(items).allegations]


def kherson(start: int = 1) -> list[AllegationSummary]:
    """The four Kherson reports on consecutive days from April ``start``."""
    keys = ("hospital", "clinic", "hospital-ward", "clinic-again")
    return [summary(key, f"2022-04-{start + n:02d}") for n, key in enumerate(keys)]


def test_the_reports_are_read_as_one_accused_at_one_place() -> None:
    for item in kherson():
        assert item.sides == ("russia",)
        assert item.places == ("kherson",)


def test_without_the_group_join_one_act_stays_in_two_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(corpus, "GROUPS_SIMILAR", None)
    found = groups(kherson())
    assert sorted(map(sorted, found)) == [
        ["clinic", "clinic-again"],
        ["hospital", "hospital-ward"],
    ]


def test_two_groups_whose_profiles_agree_join() -> None:
    found = groups(kherson())
    assert found == [{"hospital", "clinic", "hospital-ward", "clinic-again"}]


def test_another_act_at_another_place_stays_apart() -> None:
    items = [
        *kherson(),
        summary("deported", "2022-04-05"),
        summary("deported-again", "2022-04-06"),
    ]
    found = groups(items)
    assert {"deported", "deported-again"} in found
    assert len(found) == 2


@pytest.mark.parametrize("bar", [None, corpus.GROUPS_SIMILAR])
def test_groups_months_apart_do_not_join(monkeypatch: pytest.MonkeyPatch, bar: float) -> None:
    # the hospital reports in April, the clinic reports five months later
    monkeypatch.setattr(corpus, "GROUPS_SIMILAR", bar)
    items = [
        summary("hospital", "2022-04-01"),
        summary("hospital-ward", "2022-04-02"),
        summary("clinic-again", "2022-09-01"),
        summary("clinic", "2022-09-02"),
    ]
    found = groups(items)
    assert sorted(map(sorted, found)) == [
        ["clinic", "clinic-again"],
        ["hospital", "hospital-ward"],
    ]


def test_the_same_groups_weeks_apart_join() -> None:
    items = [
        summary("hospital", "2022-04-01"),
        summary("hospital-ward", "2022-04-02"),
        summary("clinic-again", "2022-05-01"),
        summary("clinic", "2022-05-02"),
    ]
    assert groups(items) == [{"hospital", "hospital-ward", "clinic", "clinic-again"}]


@pytest.mark.parametrize("order", [1, -1])
def test_the_join_does_not_depend_on_the_input_order(order: int) -> None:
    items = [*kherson(), summary("deported", "2022-04-03"), summary("deported-again", "2022-04-04")]
    forward = merge_allegations(items).allegations
    assert merge_allegations(items[::order]).allegations == forward


def _profile(members: list[tuple[list[str], list[str]]]) -> corpus._Profile:
    profile = corpus._Profile()
    weight = dict.fromkeys({t for terms, _ in members for t in terms}, 1.0)
    for terms, places in members:
        profile.add(frozenset(terms), weight, places)
    return profile


def test_two_groups_at_one_place_need_less_agreement() -> None:
    # "shelled Kharkiv again" and "nine people killed in Kharkiv by shelling": one place,
    # the act, and otherwise other words
    shelled_words = [
        "again",
        "city",
        "constant",
        "largest",
        "east",
        "residential",
        "area",
        "fire",
        "night",
        "district",
        "heavy",
        "rocket",
        "launcher",
        "overnight",
    ]
    killed_words = [
        "kill",
        "nine",
        "peopl",
        "result",
        "died",
        "yesterday",
        "artillery",
        "ten",
        "wounded",
        "civilian",
        "hospital",
        "injur",
        "child",
        "regional",
    ]
    shelled = _profile([(["@kharkiv", "attack", *shelled_words], ["kharkiv"])] * 2)
    killed = _profile([(["@kharkiv", "attack", *killed_words], ["kharkiv"])] * 2)
    elsewhere = _profile([(["attack", *killed_words], [])] * 2)
    bar = corpus.GROUPS_SIMILAR
    assert bar is not None and corpus.GROUPS_THERE is not None
    assert corpus.GROUPS_THERE <= shelled.agrees(killed, {}) < bar  # 2 of 30 terms
    assert corpus._bar(shelled, killed, bar) == corpus.GROUPS_THERE
    assert corpus._bar(shelled, elsewhere, bar) == bar
    assert not shelled.apart(killed)


def test_the_agreement_is_the_fuzzy_weighted_jaccard() -> None:
    a = _profile([(["x", "y"], []), (["x"], [])])  # x 1, y 1/2
    b = _profile([(["x", "z"], [])])  # x 1, z 1
    # shared min: x 1; union max: x 1 + y 1/2 + z 1
    assert a.agrees(b, {}) == pytest.approx(1 / 2.5)
    assert a.agrees(b, {}) == b.agrees(a, {})


def test_two_groups_of_one_distinctive_act_may_need_less_agreement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "troops looted shops and homes in the occupied villages" and "the monitoring
    # station's equipment was stolen and looted": one act, otherwise other words
    villages = ["shop", "home", "villag", "occupi", "openly", "captur", "citi", "everyth", "out"]
    station = ["monitor", "station", "equip", "stolen", "radi", "broken", "control", "point", "sit"]
    looted_villages = _profile([(["loot", *villages], [])] * 2)
    looted_station = _profile([(["loot", *station], [])] * 2)
    invaded = _profile([(["invad", *villages], [])] * 2)
    invaded_too = _profile([(["invad", *station], [])] * 2)
    bar = corpus.GROUPS_SIMILAR
    assert bar is not None
    assert looted_villages.agrees(looted_station, {}) < bar  # 1 of 19 terms
    distinct = corpus._distinct_acts({"loot": 3, "invad": 3}, 1000)
    assert distinct == {"loot"}  # an invasion is what the whole war is made of
    monkeypatch.setattr(groups_module, "GROUPS_ACT", None)
    assert corpus._bar(looted_villages, looted_station, bar, distinct) == bar  # off
    monkeypatch.setattr(groups_module, "GROUPS_ACT", 0.05)
    assert corpus._bar(looted_villages, looted_station, bar, distinct) == 0.05
    assert corpus._bar(invaded, invaded_too, bar, distinct) == bar
    assert corpus._bar(looted_villages, looted_station, bar) == bar  # no act distinctive


def test_the_act_join_is_on_by_default() -> None:
    assert groups_module.GROUPS_ACT == 0.08  # since round 22 (reopt22)
