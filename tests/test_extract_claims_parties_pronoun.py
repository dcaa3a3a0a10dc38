"""A sentence-initial "They" after a readout's two named parties ("X and Y condemned ...",
"X spoke with Y") speaks for each of them, one claim each.

Sentences are wire-style readout copy in no part of the claims gold set.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import speech_speakers
from kg.model import Stance
from tests.claim_helpers import resolved, stances_of


def test_they_after_spoke_with_is_both_parties(nlp: Language) -> None:
    text = (
        "Ambassador Thomas-Greenfield met with Foreign Minister Kuleba in New York. "
        "They condemned Russia's attacks on Ukraine's energy grid."
    )
    assert stances_of(nlp, text) == [
        ("Thomas-Greenfield", Stance.CRITICIZE, ["Russia"]),
        ("Kuleba", Stance.CRITICIZE, ["Russia"]),
    ]
    text = (
        "Secretary Blinken spoke with Polish Foreign Minister Sikorski. They condemned "
        "Russia's continued attacks on Ukraine's energy infrastructure."
    )
    assert {claimer for claimer, _, _ in resolved(nlp, text)} == {"Blinken", "Sikorski"}


def test_they_after_coordinated_names_is_each_name(nlp: Language) -> None:
    text = (
        "Secretary Blinken and Foreign Minister Hayashi discussed trade. They condemned "
        "North Korea's latest ballistic missile launch."
    )
    assert {claimer for claimer, _, _ in stances_of(nlp, text)} == {"Blinken", "Hayashi"}


def test_they_after_anything_else_is_left_alone(nlp: Language) -> None:
    text = "Police arrested two men in Lyon. They said the suspects had links to a militant group."
    assert [claimer for claimer, _, _ in stances_of(nlp, text)] == ["They"]
    text = "Blinken met with the families of the hostages. They said Hamas had lied to them."
    assert "Blinken" not in {claimer for claimer, _, _ in stances_of(nlp, text)}


def test_the_rule_can_be_switched_off(nlp: Language) -> None:
    text = (
        "Ambassador Thomas-Greenfield met with Foreign Minister Kuleba in New York. "
        "They condemned Russia's attacks on Ukraine's energy grid."
    )
    speech_speakers.PARTIES_PRONOUN = False
    try:
        assert [claimer for claimer, _, _ in stances_of(nlp, text)] == ["They"]
    finally:
        speech_speakers.PARTIES_PRONOUN = True
