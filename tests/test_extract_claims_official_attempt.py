"""An official's own prose, round 18 (issue 13): the other side's attempt at an act an
address narrates is the issuer's charge whatever the act ("They are trying to recruit
residents of the occupied areas", "The occupiers are trying to tear off the south")
(:mod:`kg.extract.claims.prose`: ``_attempts``).  An attempt to help, a negated or modal
one, and the speaker's own are no charge.

Sentences are written for these tests, in the register of an address or a statement;
none is in a gold part of ``benchmarks/``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.model import DocumentGraph, Stance
from kg.nlp import load_pipeline
from tests.claim_helpers import official_graph
from tests.claim_helpers import official_prose as prose

UKRAINE = "President of Ukraine"
KREMLIN = "President of Russia"
ACCUSE = Stance.ACCUSE.value
OPENING = "Russia has not stopped its attacks on Kharkiv. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def build(nlp: Language, text: str, outlet: str) -> DocumentGraph:
    """``text`` resolved as an official document with the optional family
    ``official_attempt`` on (off by default: see ``kg.extract.claims.OPTIONAL``)."""
    return official_graph(nlp, text, outlet, family="official_attempt")


def test_off_by_default(nlp: Language) -> None:
    sentence = "They are trying to recruit young men in the occupied districts of the south."
    assert prose(official_graph(nlp, OPENING + sentence, UKRAINE), sentence[:-1]) == []
    assert prose(build(nlp, OPENING + sentence, UKRAINE), sentence[:-1]) == [
        ("ukraine", ACCUSE, ("russia",))
    ]


def graph_of(nlp: Language, sentence: str, outlet: str = UKRAINE) -> DocumentGraph:
    return build(nlp, OPENING + sentence, outlet)


@pytest.mark.parametrize(
    "sentence",
    [
        "They are trying to recruit young men in the occupied districts of the south.",
        "The occupiers are trying to hold a fake referendum in the region.",
        "Russia is attempting to force teachers in the seized towns to adopt its curriculum.",
        "The Russian army has sought to cut the city off from the rest of the country.",
    ],
)
def test_an_attempt_charges_its_doer(nlp: Language, sentence: str) -> None:
    graph = graph_of(nlp, sentence)
    assert prose(graph, sentence[:-1]) == [("ukraine", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our partners are trying to help us restore the power grid.",
        "The Russian army is not trying to avoid the residential areas.",
        "They may try to open a new front in the north.",
        "We are trying to evacuate everyone from the city.",
        "We are trying to bring back every one of our people.",
        "The new rules those who are trying to trade with the region must follow are strict.",
    ],
)
def test_no_charge_in_a_help_a_negation_a_modal_or_our_own(nlp: Language, sentence: str) -> None:
    graph = graph_of(nlp, sentence)
    assert prose(graph, sentence[:-1]) == []


def test_the_other_sides_attempt_in_a_kremlin_text(nlp: Language) -> None:
    sentence = "The Kiev regime is trying to drag out the negotiations."
    graph = build(nlp, "The talks turned to Ukraine. " + sentence, KREMLIN)
    assert prose(graph, sentence[:-1]) == [("russia", ACCUSE, ("ukraine",))]


def test_a_news_report_keeps_no_attempt(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    sentence = "The occupiers are trying to hold a fake referendum in the region."
    graph = build(nlp, OPENING + sentence, "Reuters")
    assert prose(graph, sentence[:-1]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's attempt to seize the whole of the south has failed.",
        "The attempts by the Russian leadership to recruit prisoners for the war continue.",
    ],
)
def test_an_attempt_named_as_its_owners_charges_it(nlp: Language, sentence: str) -> None:
    graph = graph_of(nlp, sentence)
    assert prose(graph, sentence[:-1]) == [("ukraine", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Any attempt to seize the whole of the south will fail.",
        "We welcome the attempts by our partners to help restore the power grid.",
    ],
)
def test_a_supposed_or_helpful_attempt_is_no_charge(nlp: Language, sentence: str) -> None:
    graph = graph_of(nlp, sentence)
    assert prose(graph, sentence[:-1]) == []
