"""A lone allegation joins the one that tells its act in other words
(:mod:`kg.resolve.paraphrases`, round 20).

The sentences are corpus sentences (President of Ukraine, 2022, in
corpus/president-of-ukraine-russia-ukraine.jsonl): "They even bombed a maternity hospital and
a children's hospital in Mariupol." (president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-
volodimira-zelenskogo-do-ital-73525, 2022-03-12); "At the maternity hospital in Mariupol?"
(president.gov.ua/en/news/...-shob-dopomogti-mariupolyu-zvernennya-prez-73485, 2022-03-11:
"Where will you strike with chemical weapons?  At the maternity hospital in Mariupol?");
"You might have seen footage of the maternity hospital bombed in Mariupol."
(president.gov.ua/en/news/vistup-kerivnika-ofisu-prezidenta-ukrayini-andriya-yermaka-n-75,
2022-05-23: in a gold part, listed in tests/data/gold_quotes_known.tsv: no corpus sentence
31 to 120 days after the first names Mariupol and shares two of its rare words); and, of
other acts, "Russian troops shelled residential areas of Kharkiv.", "This is looting of the
highest scale." and "Russia is blocking our seaports and the export of grain." (as in
``tests/test_resolve_corpus_classes.py``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import kg.resolve.paraphrases as paraphrases
from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import _days
from kg.resolve.groups import _Groups
from tests.allegation_helpers import summary

BOMBED = replace(
    summary(
        "bombed",
        "2022-03-12",
        "They even bombed a maternity hospital and a children's hospital in Mariupol.",
    ),
    places=("mariupol",),
)
VICTIMS = replace(
    summary(
        "victims",
        "2022-03-11",
        "At the maternity hospital in Mariupol?",
    ),
    places=("mariupol",),
)
FOOTAGE = replace(
    summary(
        "footage",
        "2022-05-23",
        "You might have seen footage of the maternity hospital bombed in Mariupol.",
    ),
    places=("mariupol",),
)
OTHERS = [
    replace(
        summary("kharkiv", "2022-03-11", "Russian troops shelled residential areas of Kharkiv."),
        places=("kharkiv",),
    ),
    summary("looting", "2022-03-13", "This is looting of the highest scale."),
    summary("ports", "2022-03-14", "Russia is blocking our seaports and the export of grain."),
]


def joined(items: list[AllegationSummary], groups: _Groups | None = None) -> _Groups:
    groups = groups or _Groups(len(items))
    days = [_days(item.published) for item in items]
    paraphrases.join_paraphrases(items, days, range(len(items)), groups)
    return groups


def together(items: list[AllegationSummary], groups: _Groups, a: str, b: str) -> bool:
    ids = [item.id for item in items]
    return groups.find(ids.index(a)) == groups.find(ids.index(b))


@pytest.fixture
def rare(monkeypatch: pytest.MonkeyPatch) -> None:
    # a word is rare when few allegations hold it: in a corpus of six, "maternity" is held
    # by two or three of them (in the corpus's ~2,300 allegations, by a handful)
    monkeypatch.setattr(paraphrases, "PARAPHRASE_SHARE", 0.5)


@pytest.fixture
def on(rare: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrases, "PARAPHRASE_BAR", 0.4)


def test_off_nothing_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrases, "PARAPHRASE_ANCHORS", False)
    monkeypatch.setattr(paraphrases, "PARAPHRASE_BAR", None)
    items = [BOMBED, VICTIMS, *OTHERS]
    groups = joined(items)
    assert len({groups.find(i) for i in range(len(items))}) == len(items)


@pytest.mark.usefixtures("rare")
def test_by_default_the_shared_place_joins() -> None:
    items = [BOMBED, VICTIMS, *OTHERS]
    assert together(items, joined(items), "bombed", "victims")


@pytest.mark.usefixtures("rare")
def test_without_the_place_only_the_cosine_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrases, "PARAPHRASE_BAR", None)
    unplaced = [replace(item, places=()) for item in (BOMBED, VICTIMS)]
    items = [*unplaced, *OTHERS]
    assert not together(items, joined(items), "bombed", "victims")
    monkeypatch.setattr(paraphrases, "PARAPHRASE_BAR", 0.4)
    assert together(items, joined(items), "bombed", "victims")


@pytest.mark.usefixtures("on")
def test_a_lone_report_joins_its_paraphrase() -> None:
    items = [BOMBED, VICTIMS, *OTHERS]
    assert together(items, joined(items), "bombed", "victims")


@pytest.mark.usefixtures("on")
def test_other_acts_and_places_stay_apart() -> None:
    items = [BOMBED, VICTIMS, *OTHERS]
    groups = joined(items)
    assert len({groups.find(i) for i in range(2, len(items))}) == len(OTHERS)
    assert not any(together(items, groups, "bombed", other.id) for other in OTHERS)


@pytest.mark.usefixtures("on")
def test_the_window_keeps_a_later_report_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [BOMBED, FOOTAGE, *OTHERS]
    assert together(items, joined(items), "bombed", "footage")  # 72 days apart
    monkeypatch.setattr(paraphrases, "PARAPHRASE_DAYS", 31)
    assert not together(items, joined(items), "bombed", "footage")


@pytest.mark.usefixtures("on")
def test_another_accuser_stays_apart() -> None:
    note = ClaimNote("victims-c", Stance.ACCUSE, "blinken", "usa")
    items = [BOMBED, replace(VICTIMS, claims=(note,)), *OTHERS]
    assert not together(items, joined(items), "bombed", "victims")


@pytest.mark.usefixtures("on")
def test_a_group_the_pass_made_is_not_moved() -> None:
    items = [BOMBED, VICTIMS, FOOTAGE, *OTHERS]
    groups = _Groups(len(items))
    groups.union(1, 2)  # victims and footage: a group of two, not lone
    joined(items, groups)
    assert together(items, groups, "bombed", "victims")  # bombed was lone: it joins
    items = [VICTIMS, FOOTAGE]
    groups = _Groups(2)
    groups.union(0, 1)
    joined(items, groups)  # nothing lone: nothing changes, nothing fails
    assert together(items, groups, "victims", "footage")
