"""Groups of one accused that tell force against one kind of victim join
(:mod:`kg.resolve.victims`, round 21; off by default).

The sentences are corpus sentences in no gold part (President of Ukraine, 2022, in
corpus/president-of-ukraine-russia-ukraine.jsonl), each with its page beside it.
"""

from __future__ import annotations

import pytest

import kg.resolve.victims as victims
from kg.model import AllegationSummary
from kg.resolve.corpus import _days
from kg.resolve.groups import _Groups
from tests.allegation_helpers import summary

# president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-volodimira-zelenskogo-do-parl-73441
KILLED = summary(
    "killed", "2022-03-08", "In 13 days of the Russian invasion, 50 children were killed"
)
# president.gov.ua/en/news/svit-povinen-oficijno-viznati-sho-rosiya-stala-derzhavoyu-te-73613
WOUNDED = summary("wounded", "2022-03-17", "Five Ukrainians were wounded, including two children")
# president.gov.ua/en/news/vistup-kerivnika-ofisu-prezidenta-ukrayini-andriya-yermaka-n-75353
DEPORTED = summary(
    "deported", "2022-05-24", "Over two hundred and thirty thousand kids were deported to Russia"
)
# president.gov.ua/en/news/rosijska-strategichna-porazka-ochevidna-vzhe-vsim-u-sviti-pr-75021
SCHOOLS = summary(
    "schools", "2022-05-12", "Tonight they struck at the Chernihiv region, at schools"
)
# president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-volodimira-zelenskogo-do-ital-73525
TWO_KINDS = summary(
    "two-kinds",
    "2022-03-12",
    "They have already destroyed dozens of hospitals, hundreds of schools and kindergartens",
)
# president.gov.ua/en/news/zvernennya-prezidenta-volodimira-zelenskogo-do-uchasnikiv-am-75797
LATE = summary("late", "2022-07-20", "In the name of children killed by the Russian army")


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(victims, "VICTIM_JOIN", True)


def together(items: list[AllegationSummary]) -> list[bool]:
    """Whether each item after the first ended in the first one's group."""
    groups = _Groups(len(items))
    days = [_days(item.published) for item in items]
    victims.join_victims(items, days, range(len(items)), groups)
    return [groups.find(i) == groups.find(0) for i in range(1, len(items))]


def test_the_join_is_on_by_default_and_can_be_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert victims.VICTIM_JOIN is True  # since round 22 (reopt22)
    monkeypatch.setattr(victims, "VICTIM_JOIN", False)
    assert together([KILLED, WOUNDED]) == [False]


@pytest.mark.usefixtures("on")
def test_children_killed_and_children_wounded_are_one_allegation() -> None:
    # "killed" is a fight (190), "wounded" an assault (180): other words, one kind of victim
    assert together([KILLED, WOUNDED]) == [True]


@pytest.mark.usefixtures("on")
def test_children_deported_are_another_allegation() -> None:
    # a deportation (174) is not force: an allegation of its own
    assert not victims.force(victims._features(DEPORTED))
    assert together([KILLED, DEPORTED]) == [False]


@pytest.mark.usefixtures("on")
def test_a_report_of_two_kinds_of_victim_joins_neither() -> None:
    assert victims.victims(victims._features(TWO_KINDS)) == {"education", "medical"}
    assert together([SCHOOLS, TWO_KINDS]) == [False]


@pytest.mark.usefixtures("on")
def test_groups_months_apart_stay_apart() -> None:
    # 2022-03-17 to 2022-07-20: more than VICTIM_DAYS
    assert together([WOUNDED, LATE]) == [False]
    assert together([WOUNDED, KILLED, LATE]) == [True, False]


def test_the_kinds_are_data() -> None:
    kinds = victims.victim_kinds()
    assert kinds["school"] == kinds["kindergarten"] == "education"
    assert kinds["children"] == "children"
