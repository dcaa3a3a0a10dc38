"""A corpus allegation whose members accuse force against different kinds of victim is
split by kind (:func:`kg.resolve.victims.split_victims`, round 21 ``split21``; off by
default).

The sentences are corpus sentences in no gold or agreement part (President of Ukraine,
2022, in corpus/president-of-ukraine-russia-ukraine.jsonl), each with its page beside it.
"""

from __future__ import annotations

import pytest

import kg.resolve.victims as victims
from tests.allegation_helpers import summary

# president.gov.ua/en/news/rosijska-strategichna-porazka-ochevidna-vzhe-vsim-u-sviti-pr-75021
HOSPITALS = summary("hospitals", "2022-05-12", "101 hospitals were completely destroyed.")
# president.gov.ua/en/news/kolonka-kerivnika-ofisu-prezidenta-ukrayini-andriya-yermaka-73305
HEALTHCARE = summary(
    "healthcare",
    "2022-05-20",
    "A high-rise apartment building has been hit, and at least one hospital has been damaged.",
)
# president.gov.ua/en/news/rosijska-strategichna-porazka-ochevidna-vzhe-vsim-u-sviti-pr-75021
SCHOOLS = summary(
    "schools", "2022-05-12", "Tonight they struck at the Chernihiv region, at schools"
)
# president.gov.ua/en/news/rosijska-strategichna-porazka-ochevidna-vzhe-vsim-u-sviti-pr-75021
BURN = summary("burn", "2022-05-12", "But what can be achieved by destroying Ukrainian schools?")
# president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-volodimira-zelenskogo-do-ital-73525
TWO_KINDS = summary(
    "two-kinds",
    "2022-03-12",
    "They have already destroyed dozens of hospitals, hundreds of schools and kindergartens",
)


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(victims, "VICTIM_SPLIT", True)


def test_the_split_is_off_by_default() -> None:
    assert victims.VICTIM_SPLIT is False
    items = [HOSPITALS, SCHOOLS, HEALTHCARE, BURN]
    assert victims.split_victims(items, [[0, 1, 2, 3]]) == [[0, 1, 2, 3]]


def test_the_members_read_their_kind() -> None:
    assert victims.member_kind(HOSPITALS) == "medical"
    assert victims.member_kind(SCHOOLS) == "education"
    assert victims.member_kind(TWO_KINDS) is None  # two kinds: none of its own


@pytest.mark.usefixtures("on")
def test_hospitals_and_schools_split() -> None:
    items = [HOSPITALS, SCHOOLS, HEALTHCARE, BURN]
    assert victims.split_victims(items, [[0, 1, 2, 3]]) == [[0, 2], [1, 3]]


@pytest.mark.usefixtures("on")
def test_one_school_in_a_group_of_hospitals_stays() -> None:
    items = [HOSPITALS, HEALTHCARE, SCHOOLS]
    assert victims.split_victims(items, [[0, 1, 2]]) == [[0, 1, 2]]


@pytest.mark.usefixtures("on")
def test_a_member_of_no_kind_follows_the_earliest_majority(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [HOSPITALS, SCHOOLS, TWO_KINDS, HEALTHCARE, BURN]
    assert victims.split_victims(items, [[0, 1, 2, 3, 4]]) == [[0, 2, 3], [1, 4]]
    monkeypatch.setattr(victims, "SPLIT_REST", "remainder")
    assert victims.split_victims(items, [[0, 1, 2, 3, 4]]) == [[0, 3], [1, 4], [2]]


@pytest.mark.usefixtures("on")
def test_the_set_reading_keeps_a_list_of_two_kinds_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(victims, "SPLIT_READ", "set")
    monkeypatch.setattr(victims, "SPLIT_MIN", 1)
    assert victims.member_kind(TWO_KINDS) == "education+medical"
    items = [HOSPITALS, TWO_KINDS]
    assert victims.split_victims(items, [[0, 1]]) == [[0], [1]]
