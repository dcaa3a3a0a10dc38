"""Which event classes join corpus allegations is data, and "violence" is not "violation".

Round 19's event-class join (:data:`kg.resolve.blocking.CLASS_SHARE`) joined unlike acts
through classes whose lexicon words name several kinds of act: 112 holds "distort" and
"violation", 173 "imprison" and "torture".  ``kg/data/event_classes.tsv`` lets a class join
only when its words name one kind of act (181, abduction, does; 112 and 173 do not); and
the stemmer no longer makes "violence" and "violation" one term ("viol"), which gave every
"violence" the class of "violation".

The sentences are corpus sentences (President of Ukraine, 2021-2022) in no gold part.
"""

from __future__ import annotations

import pytest

import kg.resolve.blocking as blocking
from kg.resolve.corpus import _features, merge_allegations
from kg.resolve.propositions import act_terms, stem
from tests.allegation_helpers import summary

DISTORT = summary("distort", "2022-04-05", "They are trying to distort the facts.")
CEASEFIRE = summary(
    "ceasefire",
    "2022-03-16",
    "During the work of humanitarian corridors in the last few days, Russia has started "
    "gross violations of the ceasefire agreements.",
)
VIOLENCE = summary(
    "violence",
    "2022-04-01",
    "These fossil-fuel exports have enabled Russia's invasion of Ukraine and its extreme "
    "violence against unarmed civilians and civilian infrastructure.",
)
TORTURED = summary("tortured", "2022-03-17", "After thousands of people tortured and killed.")
# the sentence first used here is now in an allegations second annotation (blind40's
# corpus-wide search): another sentence of the same President of Ukraine text
IMPRISONED = summary(
    "imprisoned",
    "2021-11-26",
    "Among the priorities is helping families whose men have been imprisoned for political "
    "reasons.",
)
ALL = [DISTORT, CEASEFIRE, VIOLENCE, TORTURED, IMPRISONED]


@pytest.fixture
def small_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    # in a corpus of five every class is held by a large share: let each weigh
    monkeypatch.setattr(blocking, "CLASS_SHARE", 0.5)
    monkeypatch.setattr(blocking, "CLASS_COPIES", True)


def together(a: str, b: str) -> bool:
    merged = merge_allegations(ALL)
    return merged.of_member[a] == merged.of_member[b]


def test_violence_and_violation_are_two_terms() -> None:
    assert stem("violence") != stem("violation") == stem("violations")
    assert "violation" in act_terms(_features(CEASEFIRE))
    assert not act_terms(_features(VIOLENCE)) & act_terms(_features(CEASEFIRE))


def test_distorting_and_violating_share_a_class_that_does_not_join() -> None:
    assert "~112" in _features(DISTORT) & _features(CEASEFIRE)
    assert not blocking._specific("~112")


def test_imprisoning_and_torturing_share_a_class_that_does_not_join() -> None:
    assert "~173" in _features(TORTURED) & _features(IMPRISONED)
    assert not blocking._specific("~173")
    assert blocking._specific("~1822") and blocking._specific("~181")


@pytest.mark.usefixtures("small_corpus")
def test_unlike_acts_stay_apart() -> None:
    assert not together("distort", "ceasefire")
    assert not together("tortured", "imprisoned")
    assert not together("violence", "ceasefire")


@pytest.mark.usefixtures("small_corpus")
def test_every_specific_class_joining_joins_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # what the data keeps apart: with alleg19's rule (every class not ending in 0), 112 joins
    # "distort the facts" with the ceasefire's violations
    monkeypatch.setattr(blocking, "CLASSES_FROM_DATA", False)
    assert together("distort", "ceasefire")
