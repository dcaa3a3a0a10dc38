"""Corpus allegations join claims that tell one kind of act in other words, by its class.

"Such people were abducted" and "kidnapping mayors" share no word:
each names the act with its own verb.  The content lexicon gives both verbs one CAMEO event
class (181, abduction), a term of both allegations (:func:`kg.resolve.propositions._code_terms`);
a specific class that few allegations hold weighs as a distinctive act's head term does
(:data:`kg.resolve.blocking.CLASS_SHARE`), so the two join.  CAMEO's catch-all classes,
whose code ends in 0 ("wounded" and "harmed" are 180, "any other unconventional
violence"), do not (:data:`kg.resolve.blocking.SPECIFIC_CLASSES`).

The sentences are corpus sentences (President of Ukraine, 2022) in
no gold part.
"""

from __future__ import annotations

import pytest

import kg.resolve.blocking as blocking
from kg.model import AllegationSummary
from kg.resolve.corpus import _features, merge_allegations
from tests.allegation_helpers import other_russian_acts, summary

ABDUCTION = [
    summary("people", "2022-04-11", "Such people were abducted."),
    summary(
        "mayors",
        "2022-03-15",
        "And this will NOT be changed by putting pressure on mayors or kidnapping mayors.",
    ),
]
#: Other acts against Russia: none of them of the abduction class.
OTHERS = [
    *other_russian_acts(),
    summary("looting", "2022-04-05", "This is looting of the highest scale."),
]
#: Two reports of wounded people in other places: one catch-all class (180), no act.
WOUNDED = [
    summary("baby", "2022-05-30", "Two more children were wounded: a 7-month-old baby."),
    summary("soldiers", "2022-03-14", "His colleague was wounded."),
]


def together(a: str, b: str, items: list[AllegationSummary]) -> bool:
    merged = merge_allegations(items)
    return merged.of_member[a] == merged.of_member[b]


@pytest.fixture
def small_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    # a class is specific when few allegations hold it: in a corpus of six, "~181" is
    # held by two of them (in the 1,260 texts' ~2,000 allegations, by 17)
    # (the join is off by default since round 19's classes19: switched on here)
    monkeypatch.setattr(blocking, "CLASS_SHARE", 0.4)
    monkeypatch.setattr(blocking, "CLASS_COPIES", True)


def test_the_two_verbs_share_only_their_event_class() -> None:
    people, mayors = (_features(item) for item in ABDUCTION)
    assert "abduct" in people and "kidnapp" in mayors
    assert people & mayors == {"~181"}


@pytest.mark.usefixtures("small_corpus")
def test_one_kind_of_act_in_other_words_joins() -> None:
    assert together("people", "mayors", [*ABDUCTION, *OTHERS])


@pytest.mark.usefixtures("small_corpus")
def test_without_the_class_weight_they_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocking, "CLASS_SHARE", None)
    assert not together("people", "mayors", [*ABDUCTION, *OTHERS])


@pytest.mark.usefixtures("small_corpus")
def test_other_acts_stay_apart() -> None:
    merged = merge_allegations([*ABDUCTION, *OTHERS])
    assert len({merged.of_member[item.id] for item in OTHERS}) == len(OTHERS)
    assert merged.of_member["mayors"] not in {merged.of_member[i.id] for i in OTHERS}


@pytest.mark.usefixtures("small_corpus")
def test_a_catch_all_class_weighs_as_any_term() -> None:
    assert "~180" in _features(WOUNDED[0]) & _features(WOUNDED[1])
    assert not blocking._distinct_class("~180", 1, 8)
    assert blocking._distinct_class("~181", 1, 8)
