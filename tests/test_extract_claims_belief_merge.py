"""Merging: "X said they believe P" is one claim, X's: the inner assertion of belief by the
pronoun merges into the outer one (round 14, ``devclaims14``)."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import stances_of


def test_said_they_believe_is_one_claim(nlp: Language) -> None:
    found = stances_of(
        nlp,
        "U.S. officials have said they believe the missing aircraft was shot down over Syria.",
    )
    assert [(who, stance) for who, stance, _ in found] == [("U.S. officials", Stance.ASSERT)]


def test_said_she_believes_is_one_claim(nlp: Language) -> None:
    found = stances_of(
        nlp, "Ambassador Maria Lopez said she believes the talks will resume next month."
    )
    assert [(who, stance) for who, stance, _ in found] == [("Maria Lopez", Stance.ASSERT)]


def test_another_speakers_belief_stays_a_claim(nlp: Language) -> None:
    found = stances_of(nlp, "The senator said analysts believe the sanctions will fail.")
    assert {who for who, _, _ in found} == {"The senator", "analysts"}


def test_a_second_saying_stays_a_claim(nlp: Language) -> None:
    found = stances_of(
        nlp,
        "Eritrea says fighting is continuing along the border, even though it says its forces "
        "have withdrawn from all disputed territory.",
    )
    assert len(found) == 2
