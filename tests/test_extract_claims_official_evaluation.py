"""An official text's own evaluation of a named act (round 20, issue 13, family
``official_evaluation``, on by default, :mod:`kg.extract.claims.evaluation`): "X's actions
are deplorable" in a State Department statement is the issuer's criticism of X, a claim
that follows the allegation it matches; a state of affairs, a failure or a domestic
reproach ("breaking the law is unacceptable") and a bare "this" are no evaluation of an
act; a news report keeps none of these claims.

Sentences are real, from U.S. Department of State and President of Russia texts of
``corpus/`` (sources beside each) that are in no gold part of
``benchmarks/allegations/gold.jsonl`` nor of ``benchmarks/claims/gold.jsonl``, each after
an opening sentence naming the other side.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.extract.claims import OPTIONAL, RULES
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, official_graph

STATE = "U.S. Department of State"
KREMLIN = "President of Russia"
FAMILY = "official_evaluation"
CRITICIZE = Stance.CRITICIZE.value


@pytest.fixture(scope="module")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()


def evaluations(
    nlp: Language, opening: str, sentence: str, outlet: str, family: str | None = FAMILY
) -> list[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of the evaluation claims made in ``sentence``."""
    graph = official_graph(nlp, opening + sentence, outlet, family=family)
    return [
        (c.claimer, c.claim.stance.value, c.targets)
        for c in graph.claims
        if FAMILY in c.claim.rule.split("+")
        and sentence[:40] in graph.sentences[c.claim.sentence].text
    ]


# https://www.state.gov/designation-of-an-indonesia-based-organization-for-support-to-terrorism/
DEPLORABLE = (
    "Unfortunately, World Human Care’s actions are deplorable not only for their support for "
    "terrorist organizations but also because they undermine the work and reputation of "
    "genuine humanitarian aid providers worldwide."
)
DESIGNATED = "The Department of State has designated World Human Care. "


def test_on_by_default(nlp: Language) -> None:
    assert FAMILY in RULES and FAMILY not in OPTIONAL
    assert evaluations(nlp, DESIGNATED, DEPLORABLE, STATE, family=None) == [
        ("united-states", CRITICIZE, ("world-human-care",))
    ]


def test_the_owner_of_a_deplored_act_is_criticized(nlp: Language) -> None:
    assert evaluations(nlp, DESIGNATED, DEPLORABLE, STATE) == [
        ("united-states", CRITICIZE, ("world-human-care",))
    ]


def test_a_news_report_keeps_none(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    graph = official_graph(nlp, DESIGNATED + DEPLORABLE, "Reuters", family=FAMILY)
    assert not [c for c in graph.claims if FAMILY in c.claim.rule.split("+")]


@pytest.mark.parametrize(
    "sentence",
    [
        # http://en.kremlin.ru/events/president/news/68468 (a failure, no act of the other side)
        "Failure to meet infrastructure construction deadlines is absolutely unacceptable.",
        # http://en.kremlin.ru/events/president/news/67913 (a domestic reproach)
        "Second, with regard to tax crimes, indeed, breaking the law is unacceptable, but we "
        "agreed that criminal cases in this respect can only be initiated based on materials "
        "submitted by the taxation service.",
        # http://en.kremlin.ru/events/president/news/67838 (a bare "this": no act named)
        "This is totally unacceptable, particularly now, after Ukraine's current authorities "
        "have declared their nuclear ambitions.",
    ],
)
def test_no_act_no_evaluation(nlp: Language, sentence: str) -> None:
    opening = "The Kiev regime has not stopped its attacks on Donbass. "
    assert evaluations(nlp, opening, sentence, KREMLIN) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=1)
