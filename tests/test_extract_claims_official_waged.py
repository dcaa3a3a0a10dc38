"""An official's own prose, round 11 (issue 13): an act its doer goes on doing ("The occupiers
continue to shell Kharkiv") and a campaign, a war or a wrong its doer wages ("embarked on a
campaign of violence and repression", "responded with violence", "launched its war against
Ukraine") are the issuer's accusations (:mod:`kg.extract.claims.prose`, ``_wages`` and the
aspectual verbs of ``_intended``); a news report keeps none of them, a defence ("a campaign
against disinformation") or a hypothetical ("could launch a new war") charges no one.

Sentences are written for these tests, in the register of a statement or an address; none
is in a gold part of ``benchmarks/``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.model import Stance
from kg.nlp import load_pipeline
from tests.claim_helpers import official_graph as build
from tests.claim_helpers import official_prose as prose

UKRAINE = "President of Ukraine"
STATE = "U.S. Department of State"
ACCUSE = Stance.ACCUSE.value


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


CAMPAIGN = (
    "After the election the Belarusian regime declared victory and embarked on a campaign of "
    "violence and repression. The Kremlin continues its campaign of persecution against "
    "independent journalists. Russia launched its war against Ukraine in February."
)


def test_a_waged_campaign_charges_its_doer(nlp: Language) -> None:
    graph = build(nlp, CAMPAIGN, STATE)
    assert prose(graph, "embarked on a campaign") == [("united-states", ACCUSE, ("belarus",))]
    assert prose(graph, "continues its campaign of persecution") == [
        ("united-states", ACCUSE, ("russia",))
    ]
    assert prose(graph, "launched its war against Ukraine") == [
        ("united-states", ACCUSE, ("russia",))
    ]


def test_violence_as_a_response_charges_its_doer(nlp: Language) -> None:
    graph = build(nlp, "Chinese authorities responded to the protests with violence.", STATE)
    assert prose(graph, "responded to the protests with violence") == [
        ("united-states", ACCUSE, ("china",))
    ]


def test_a_defence_or_a_supposed_war_is_no_charge(nlp: Language) -> None:
    text = (
        "The United States launched a campaign against disinformation. Russia continues its "
        "war on terror in Syria. Russia could launch a new war against Ukraine."
    )
    assert [c for c in build(nlp, text, STATE).claims if "official_prose" in c.claim.rule] == []


def test_a_news_report_keeps_no_waged_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    graph = build(nlp, CAMPAIGN, "Reuters")
    assert [c for c in graph.claims if "official_prose" in c.claim.rule] == []


CONTINUING = (
    "Russia has not stopped its attacks on Kharkiv. The occupiers continue to destroy "
    "residential buildings in the city. They keep shelling the outskirts every night."
)


def test_an_act_that_goes_on_charges_its_doer(nlp: Language) -> None:
    graph = build(nlp, CONTINUING, UKRAINE)
    assert prose(graph, "continue to destroy") == [("ukraine", ACCUSE, ("russia",))]
    assert prose(graph, "keep shelling the outskirts") == [("ukraine", ACCUSE, ("russia",))]


def test_what_the_speakers_side_goes_on_doing_is_no_charge(nlp: Language) -> None:
    text = "Russia keeps attacking Kharkiv. We continue to destroy the enemy's equipment."
    assert prose(build(nlp, text, UKRAINE), "We continue to destroy") == []


RELIEF = (
    "Russia shelled the city again at night. Russian troops did not allow the evacuation "
    "convoy to leave the city. The Russian side is not opening humanitarian corridors for "
    "civilians. Russian units did not cease fire during the agreed hours."
)


def test_refused_relief_charges_the_refuser(nlp: Language) -> None:
    graph = build(nlp, RELIEF, UKRAINE)
    for sentence in ("did not allow the evacuation", "is not opening", "did not cease fire"):
        assert prose(graph, sentence) == [("ukraine", ACCUSE, ("russia",))], sentence


def test_relief_refused_only_in_a_supposition_or_by_us_is_no_charge(nlp: Language) -> None:
    text = (
        "Russia shelled the city again at night. Russia would not allow humanitarian "
        "corridors if the city resisted. We did not open the corridor today because of the "
        "shelling."
    )
    graph = build(nlp, text, UKRAINE)
    assert prose(graph, "would not allow") == []
    assert prose(graph, "We did not open") == []


KREMLIN = "President of Russia"


def test_a_measure_against_us_charges_its_doer(nlp: Language) -> None:
    text = (
        "The talks turned to bilateral relations. Last month the United States expelled our "
        "diplomats without giving any reason and seized our diplomatic property."
    )
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "expelled our diplomats") == [("russia", ACCUSE, ("united-states",))]


def test_our_own_or_a_supposed_measure_is_no_charge(nlp: Language) -> None:
    text = (
        "The United States expelled ten diplomats. We closed our consulate in the city. The "
        "United States could freeze our assets."
    )
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "We closed our consulate") == []
    assert prose(graph, "could freeze our assets") == []
    assert prose(graph, "expelled ten diplomats") == []


def test_a_response_to_attacks_or_a_background_clause_is_no_charge(nlp: Language) -> None:
    text = (
        "Russia shelled the city again at night. The Armed Forces of Ukraine respond to all "
        "the attacks of the invaders. Since Russia began deploying troops to the border, our "
        "partners have worked closely with us."
    )
    graph = build(nlp, text, UKRAINE)
    assert prose(graph, "respond to all the attacks") == []
    assert prose(graph, "began deploying troops") == []


def test_a_wrong_resorted_to_or_perpetrated_charges_its_doer(nlp: Language) -> None:
    text = (
        "The North Korean regime has resorted to theft of funds from virtual currency "
        "exchanges. Russia engaged in talks with Ukraine."
    )
    graph = build(nlp, text, STATE)
    assert prose(graph, "resorted to theft") == [("united-states", ACCUSE, ("north-korea",))]
    assert prose(graph, "engaged in talks") == []
