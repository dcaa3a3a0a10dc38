"""Threats the round 21 recall probe (``benchmarks/claims/threat_probe.py``, branch
``threat21``, issue 12) found read as assertions: an answer promised to "any threat" (a
threat is a message noun, and "respond to the letters" harms nobody), a punishment promised in
the passive to "everyone guilty" on a later conjunct ("will be found and punished"), and
"will be held to account" (``held_responsible``, off).

The sentences are from ``corpus/`` texts and VOA stories (public domain), each named beside
it, and are in no gold part or agreement file (:func:`assert_in_no_gold_part`)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims.content_threat import _answers_threat
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part
from tests.test_extract_claims_threat_forms import claims


def test_an_answer_to_any_threat_is_harm(nlp: Language) -> None:
    # VOA, "Iran Warns of Response if Security Threatened After Oil Tanker Attack",
    # 2021-08-02 (Voice of America, Dubai dateline)
    doc = nlp(
        "Iran will respond promptly to any threat against its security, the Foreign "
        "Ministry said Monday, after the United States, Israel and Britain blamed Tehran "
        "for an attack on an Israeli-managed tanker off the coast of Oman."
    )
    respond = next(t for t in doc if t.lemma_ == "respond")
    assert _answers_threat(respond)


def test_an_answer_to_letters_is_no_harm(nlp: Language) -> None:
    # President of Ukraine (president.gov.ua, corpus/president-of-ukraine-russia-ukraine.jsonl)
    doc = nlp(
        "It is also important that NATO and the EU have responded to the letters from Russia."
    )
    respond = next(t for t in doc if t.lemma_ == "respond")
    assert not _answers_threat(respond)


def test_a_ministry_promising_an_answer_to_any_threat_threatens(nlp: Language) -> None:
    # VOA, "Iran Warns of Response if Security Threatened After Oil Tanker Attack", 2021-08-02:
    # the ministry names no side; with speaker_side its state's answer is its own
    text = (
        "Iran will respond promptly to any threat against its security, the Foreign Ministry "
        "said Monday, after the United States, Israel and Britain blamed Tehran for an attack "
        "on an Israeli-managed tanker off the coast of Oman."
    )
    found = claims(nlp, text, frozenset({"speaker_side"}))
    assert any(stance == Stance.THREATEN.value for stance, _ in found)


def test_everyone_guilty_found_and_punished_is_threatened(nlp: Language) -> None:
    # President of Ukraine, address of the President (president.gov.ua,
    # corpus/president-of-ukraine-russia-ukraine.jsonl)
    text = (
        "Everyone guilty of such crimes will be included in a special Book of Torturers, will "
        'be found and punished," the President noted.'
    )
    assert any(stance == Stance.THREATEN.value for stance, _ in claims(nlp, text))


def test_held_to_account_is_held_responsible(nlp: Language) -> None:
    # State Department, readout of the Secretary's call (corpus/
    # state-department-russia-ukraine.jsonl)
    text = (
        "The Secretary extended condolences on behalf of the United States to those killed as "
        "a result of Russia’s aggression, by land, sea, and air, and made clear that the "
        "Russian government and its enablers will be held to account."
    )
    found = claims(nlp, text, frozenset({"held_responsible"}))
    assert any(stance == Stance.THREATEN.value for stance, _ in found)
    assert all(stance != Stance.THREATEN.value for stance, _ in claims(nlp, text))


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
