"""An official's own prose, round 16 (issue 13): in a head of state's address or the
turn of a transcript, a hostile course pursued ("is pursuing a confrontational line
towards Russia", "the containment policy has been pursued against us"), a harm stoked or
an outlaw fostered ("is stoking hysteria", "they nurtured neo-Nazism"), blame shifted onto
the speaker's side ("they are trying to shift the blame to us") and a menace an actor has
become ("has become the greatest threat to the free world") are the issuer's accusations
(:mod:`kg.extract.claims.prose`: ``_hostile_course``, ``_fosters``, ``_shifts_blame``,
``_menace``).  A course the speaker's side pursues, a support against terrorism, a
supposed course and a news report charge no one.

Sentences are written for these tests, in the register of an address or a transcript;
none is in a gold part of ``benchmarks/``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.model import Stance
from kg.nlp import load_pipeline
from tests.claim_helpers import assert_in_no_gold_part
from tests.claim_helpers import official_graph as build
from tests.claim_helpers import official_prose as prose

KREMLIN = "President of Russia"
UKRAINE = "President of Ukraine"
ACCUSE = Stance.ACCUSE.value


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_a_hostile_course_charges_its_doer(nlp: Language) -> None:
    text = (
        "The talks turned to European security. NATO is pursuing an "
        "openly confrontational line towards Russia. For years Washington has conducted an "
        "aggressive policy of containment in the region."
    )
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "pursuing an openly confrontational line") == [
        ("russia", ACCUSE, ("nato",))
    ]
    assert prose(graph, "has conducted an aggressive policy") == [
        ("russia", ACCUSE, ("united-states",))
    ]


def test_a_course_of_our_own_or_a_supposed_one_is_no_charge(nlp: Language) -> None:
    text = (
        "Germany pursues a balanced policy in the region. We are pursuing a consistent line "
        "towards dialogue. Germany could adopt a confrontational stance."
    )
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "pursues a balanced policy") == []
    assert prose(graph, "We are pursuing") == []
    assert prose(graph, "could adopt") == []


def test_a_harm_stoked_or_an_outlaw_fostered_charges_its_doer(nlp: Language) -> None:
    text = (
        "The situation on the border remains tense. Washington is stoking hysteria over a "
        "supposed invasion. The United States is supporting the nationalists "
        "and radicals in the east."
    )
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "is stoking hysteria") == [("russia", ACCUSE, ("united-states",))]
    assert prose(graph, "is supporting the nationalists") == [
        ("russia", ACCUSE, ("united-states",))
    ]


def test_support_against_an_outlaw_is_no_charge(nlp: Language) -> None:
    text = "Germany supports the fight against terrorism. Germany supports our farmers."
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "supports the fight") == []
    assert prose(graph, "supports our farmers") == []


def test_blame_shifted_onto_us_charges_its_shifter(nlp: Language) -> None:
    text = (
        "Energy prices in Europe have soared this winter. The European Commission is trying "
        "to shift the blame for its own mistakes onto Russia."
    )
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "shift the blame") == [("russia", ACCUSE, ("european-commission",))]


def test_a_menace_an_actor_has_become_charges_it(nlp: Language) -> None:
    text = "The war is in its third month. Russia has become the greatest threat to Europe."
    graph = build(nlp, text, UKRAINE)
    assert prose(graph, "greatest threat") == [("ukraine", ACCUSE, ("russia",))]


def test_a_news_report_keeps_no_course_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    text = "The North Atlantic alliance is pursuing a confrontational line towards Russia."
    graph = build(nlp, text, "Reuters")
    assert [c for c in graph.claims if "official_prose" in c.claim.rule] == []


def test_a_thing_used_as_a_weapon_charges_its_user(nlp: Language) -> None:
    text = (
        "Winter is coming to Europe. Russia is using gas supplies as a weapon against the "
        "continent. Moscow weaponizes grain exports."
    )
    graph = build(nlp, text, UKRAINE)
    assert prose(graph, "as a weapon") == [("ukraine", ACCUSE, ("russia",))]
    assert prose(graph, "weaponizes grain") == [("ukraine", ACCUSE, ("russia",))]


def test_an_act_under_a_pretext_charges_its_doer(nlp: Language) -> None:
    text = (
        "The talks turned to the border. Poland deployed additional troops under the pretext "
        "of a migration crisis."
    )
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "under the pretext") == [("russia", ACCUSE, ("poland",))]


def test_a_tool_or_a_reason_is_no_charge(nlp: Language) -> None:
    text = (
        "Germany is using the talks as a tool for dialogue. Germany deployed troops under "
        "the NATO mandate."
    )
    assert [c for c in build(nlp, text, KREMLIN).claims if "official_prose" in c.claim.rule] == []


def test_a_bloc_named_by_its_alliance_is_the_doer(nlp: Language) -> None:
    text = "The talks turned to security. The NATO bloc is pursuing a hostile course in Europe."
    graph = build(nlp, text, KREMLIN)
    assert prose(graph, "pursuing a hostile course") == [("russia", ACCUSE, ("nato",))]


def test_no_sentence_here_is_in_the_claims_gold() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
