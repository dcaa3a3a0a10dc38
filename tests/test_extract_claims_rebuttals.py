"""Bare rebuttals deny ("that is not the case", "it is not like that", "the answer is
no"); the same words describing a state of affairs do not (round 14, ``devclaims14``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import stances_of


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (
            '"That is not the case," the Foreign Ministry spokesman said.',
            "the Foreign Ministry spokesman",
        ),
        ("The ministry said this was simply not the case.", "The ministry"),
        ('"It is not like that," the rebel commander told reporters.', "the rebel commander"),
        ("The defense minister said that was not so.", "The defense minister"),
        (
            '"The answer is no," the ambassador said when asked whether his country had sent '
            "troops across the border.",
            "the ambassador",
        ),
    ],
)
def test_a_bare_rebuttal_denies(nlp: Language, text: str, claimer: str) -> None:
    found = {who: stance for who, stance, _ in stances_of(nlp, text)}
    assert found[claimer] is Stance.DENY


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ('"This is not the case now," the minister said of a state of emergency.', "the minister"),
        ('"That is not the case in the north," the governor said.', "the governor"),
        ('"It is not like that in our country," the senator said.', "the senator"),
        ("The minister said the answer is no longer a military one.", "The minister"),
    ],
)
def test_a_described_state_of_affairs_is_no_denial(nlp: Language, text: str, claimer: str) -> None:
    found = {who: stance for who, stance, _ in stances_of(nlp, text)}
    assert found[claimer] is Stance.ASSERT
