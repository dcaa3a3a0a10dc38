"""The accused state of a charge that names its doer only by a nationality or a place
(:mod:`kg.extract.claims.targets_origin`, family ``charged_state``, round 16).

The sentences are written for these tests in the register of wire copy about disputes; none
is in a part of the claims gold (:func:`test_sentences_are_in_no_gold_part`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import RULES
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

CHARGED = [
    # the place the act is in or came from
    (
        "The army chief alleged that training camps in the Pakistani town of Muzaffarabad "
        "have been reactivated.",
        "Pakistani",
        "charged_state",
    ),
    (
        "The police chief charged that the weapons used in the attack had been smuggled in "
        "from Syria.",
        "Syria",
        "charged_state",
    ),
    # the hostile act's owner by an adjective, in a label: the label family names it itself
    (
        "The ministry described the shelling as a continuation of Ethiopian aggression along "
        "the border.",
        "Ethiopian",
        "label",
    ),
    # a craft blamed: its state
    ("China is blaming the U.S. spy plane for the collision.", "U.S.", "charged_state"),
]


@pytest.mark.parametrize(("text", "accused", "rule"), CHARGED)
def test_accusation_takes_the_state_named_by_origin(
    nlp: Language, text: str, accused: str, rule: str
) -> None:
    found = [c for c in claims_of(nlp, text) if c.stance is Stance.ACCUSE]
    assert len(found) == 1, found
    assert [t.span.text for t in found[0].targets] == [accused]
    assert rule in found[0].rule


UNCHANGED = [
    # the victims' nationality is not the accused's
    "The admiral said there is clear evidence that the British sailors were ambushed.",
    # two states: no guess
    "The envoy alleged that arms had been flown in from Iran and from Syria.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_state_is_guessed(nlp: Language, text: str) -> None:
    for claim in claims_of(nlp, text):
        assert "charged_state" not in claim.rule, claim


def test_the_speakers_own_side_is_never_charged(nlp: Language) -> None:
    text = (
        "Pakistan's army chief alleged that the infiltrators had been stopped on the "
        "Pakistani side."
    )
    for claim in claims_of(nlp, text):
        assert "charged_state" not in claim.rule, claim


SERVICES = [
    ("Seoul accused the North Korean army of planting the mines.", "North Korean"),
    ("Kyiv says a Russian Coast Guard ship rammed the tugboat.", "Russian"),
]


@pytest.mark.parametrize(("text", "accused"), SERVICES)
def test_a_states_armed_service_is_the_state(nlp: Language, text: str, accused: str) -> None:
    found = [c for c in claims_of(nlp, text) if c.stance is Stance.ACCUSE]
    assert len(found) == 1, found
    assert [t.span.text for t in found[0].targets] == [accused]


def test_the_family_can_be_switched_off(nlp: Language) -> None:
    from kg.extract.claims import extract_claims
    from kg.extract.mentions import extract_mentions

    doc = nlp(CHARGED[1][0])
    claims = extract_claims(doc, extract_mentions(doc), rules=RULES - {"charged_state"})
    assert all("charged_state" not in c.rule for c in claims)
    assert all(not c.targets for c in claims if c.stance is Stance.ACCUSE)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=7)


# A negated cleft with an alternative ("it is not X that P but Y") charges Y (round 16,
# :func:`kg.extract.claims.content_accuse._cleft_agent`).
CONTRASTED = [
    ("The president said it is not Israel that is endangering Gaza but Hamas.", "Hamas"),
    (
        "The envoy said it is not Kyiv that is attacking the power plant but Moscow.",
        "Moscow",
    ),
]


@pytest.mark.parametrize(("text", "accused"), CONTRASTED)
def test_a_contrast_charges_the_alternative(nlp: Language, text: str, accused: str) -> None:
    found = [c for c in claims_of(nlp, text) if c.stance is Stance.ACCUSE]
    assert len(found) == 1, claims_of(nlp, text)
    assert [t.span.text for t in found[0].targets] == [accused]


def test_a_negated_cleft_without_an_alternative_charges_nobody(nlp: Language) -> None:
    text = "The spokesman said it is not Seoul that is raising tensions on the peninsula."
    assert all(c.stance is not Stance.ACCUSE for c in claims_of(nlp, text))
