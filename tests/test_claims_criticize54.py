"""A claimer told only as "other" parties names nobody; an appeal whose asked act names another
party's wrong criticizes the wrong's owner; an asked act's "by V-ing" means that is a withdrawal
presupposes the addressee's wrong (round 43, issue 12, branch ``criticize54``; the switches
``non_speakers.OTHER_PARTIES``, ``demands.AGAINST_WRONGS`` and ``demands.MEANS_DEMANDS``).

The sentences are real ones from ``corpus/`` texts in no gold part (each source named beside
it), except the "by withdrawing" ones: no corpus sentence of that shape lies outside the gold
parts (the only one is the ``dev4`` Lublin Triangle statement), so they are CONSTRUCTED and
marked so.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, demands, extract_claims, non_speakers
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance

ON = RULES - OPTIONAL


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), ON)


def _criticisms(claims: tuple[Claim, ...]) -> list[tuple[str, list[str]]]:
    return [
        (c.claimer.span.text, [t.span.text for t in c.targets])
        for c in claims
        if c.stance is Stance.CRITICIZE
    ]


@pytest.fixture
def means_on() -> Iterator[None]:
    kept = demands.MEANS_DEMANDS
    demands.MEANS_DEMANDS = True
    yield
    demands.MEANS_DEMANDS = kept


@pytest.fixture
def switches_off() -> Iterator[None]:
    kept = (non_speakers.OTHER_PARTIES, demands.AGAINST_WRONGS, demands.MEANS_DEMANDS)
    non_speakers.OTHER_PARTIES = demands.AGAINST_WRONGS = demands.MEANS_DEMANDS = False
    yield
    non_speakers.OTHER_PARTIES, demands.AGAINST_WRONGS, demands.MEANS_DEMANDS = kept


#: https://www.president.gov.ua/en/news/svit-maye-navchitisya-zhiti-bez-rosijskih-energonosiyiv-za-r-74021
OTHER_COUNTRIES = (
    "Sweden, Finland, and other countries also reported big declines in Russian crude "
    "imported by tanker."
)
#: https://twitter.com/StateDept/status/251898830600155136
ASSAD_WAR = (
    "#SecClinton: We urge all of #Syria's neighbors to take steps to prevent their territory "
    "or airspace from being used to fuel Assad's war."
)
#: https://www.state.gov/joint-statement-on-the-u-s-north-macedonia-strategic-dialogue/
CEASE_WAR = (
    "They called on Russia to cease its unprovoked war immediately and fully withdraw from Ukraine."
)
#: https://www.state.gov/civilians-killed-in-ethiopia/
REJECT_VIOLENCE = (
    "We also call on all Ethiopians to reject violence, and instead, pursue peaceful dialogue "
    "to resolve differences."
)
#: CONSTRUCTED (no corpus sentence outside the gold parts): a withdrawal asked as the means.
BY_WITHDRAWING = (
    "The ministers urged Moscow to reduce tensions by withdrawing its forces from the border."
)
#: CONSTRUCTED: the same appeal to both sides names nobody.
BOTH_SIDES = (
    "The ministers urged both sides to reduce tensions by withdrawing their forces from the border."
)
#: CONSTRUCTED: a means that is no withdrawal presupposes nothing.
BY_TALKS = "The ministers urged Moscow to reduce tensions by holding talks with Kyiv."


def test_switches_are_on() -> None:
    assert non_speakers.OTHER_PARTIES is True
    assert demands.AGAINST_WRONGS is True
    assert demands.MEANS_DEMANDS is False  # off by its bar (RESULTS.md, "Round 43, criticize54")


def test_other_countries_name_no_claimer(nlp: Language) -> None:
    claimers = [c.claimer.span.text for c in claims_of(nlp, OTHER_COUNTRIES)]
    assert "other countries" not in claimers
    assert "Sweden" in claimers and "Finland" in claimers


def test_other_countries_claim_without_the_switch(nlp: Language, switches_off: None) -> None:
    claimers = [c.claimer.span.text for c in claims_of(nlp, OTHER_COUNTRIES)]
    assert "other countries" in claimers


def test_appeal_against_a_named_wrong_criticizes_its_owner(nlp: Language) -> None:
    assert _criticisms(claims_of(nlp, ASSAD_WAR)) == [("We", ["Assad"])]


def test_appeal_against_a_wrong_is_no_claim_without_the_switch(
    nlp: Language, switches_off: None
) -> None:
    assert _criticisms(claims_of(nlp, ASSAD_WAR)) == []


def test_appeal_charging_its_addressee_stays_one_claim(nlp: Language) -> None:
    assert _criticisms(claims_of(nlp, CEASE_WAR)) == [("They", ["Russia"])]


def test_appeal_against_an_unowned_wrong_is_no_claim(nlp: Language) -> None:
    assert _criticisms(claims_of(nlp, REJECT_VIOLENCE)) == []


def test_withdrawal_asked_as_means_criticizes_the_addressee(nlp: Language, means_on: None) -> None:
    assert _criticisms(claims_of(nlp, BY_WITHDRAWING)) == [("The ministers", ["Moscow"])]


def test_withdrawal_asked_as_means_without_the_switch(nlp: Language, switches_off: None) -> None:
    assert _criticisms(claims_of(nlp, BY_WITHDRAWING)) == []


def test_means_of_both_sides_or_of_talks_charge_nobody(nlp: Language, means_on: None) -> None:
    assert _criticisms(claims_of(nlp, BOTH_SIDES)) == []
    assert _criticisms(claims_of(nlp, BY_TALKS)) == []
