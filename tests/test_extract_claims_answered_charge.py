"""Round 26 (denials26, issue 12): the charged side's own account against a charge told
earlier in the text is a denial (``answered_charge``, :mod:`kg.extract.claims.answered_charge`).
Real sentences in no gold part and no agreement file, from VOA copy kept in
``corpus/voa.jsonl``, each with its source beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, answered_charge
from kg.extract.claims.answered_charge import _in_open_place, _uninvolved
from kg.extract.claims.base import _main_verbs
from kg.model import Article, Claim, Stance

# VOA, "Two women charged in killing of Kim Jong Nam" (corpus/voa.jsonl, the copy at
# https://yingyuke.net/a/35174.html): the charge, then the accused's own account
CHARGED = (
    "Malaysia has charged two women with the killing of the half-brother of North Korea's "
    "leader at the Kuala Lumpur airport last month."
)
NOT_GUILTY = (
    "When the charges were read, Doan Thi Huong told the court, \u201cI understand, but I am "
    "not guilty,\u201d in English."
)
# https://www.voanews.com/a/two-malaysians-leave-north-korea/3756688.html (VOA, in
# corpus/voa.jsonl): people safe, but no charge aimed at the speaker's side
SAFE = (
    "Malaysian Prime Minister Najib Razak confirmed on Twitter that the pair had arrived "
    "safely in Beijing."
)


def _claims(nlp: Language, text: str) -> tuple[Claim, ...]:
    return extract(nlp(text), Article(id="t", text=text, source="test")).claims


def test_the_family_is_registered_and_on() -> None:
    assert "answered_charge" in RULES
    assert "answered_charge" not in OPTIONAL


def test_the_accused_saying_she_is_not_guilty_denies_when_no_accuser_is_needed(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answered_charge, "ACCUSER_NEEDED", False)
    claims = _claims(nlp, f"{CHARGED} {NOT_GUILTY}")
    denials = [c for c in claims if "answered_charge" in c.rule]
    assert denials and all(c.stance is Stance.DENY for c in denials)
    assert denials[0].claimer.span.text == "Doan Thi Huong"


def test_an_account_of_a_speaker_no_accusation_names_stays_an_assertion(nlp: Language) -> None:
    # by default an accuser of the speaker's side must be named: the charge here is aimed at
    # "two women", which names neither her nor her state
    assert answered_charge.ACCUSER_NEEDED
    claims = _claims(nlp, f"{CHARGED} {NOT_GUILTY}")
    assert not any("answered_charge" in c.rule for c in claims)


def test_not_guilty_is_read_as_a_part_denied(nlp: Language) -> None:
    doc = nlp("I am not guilty.")
    assert _uninvolved(_main_verbs(doc[:]), lambda: set())
    doc = nlp("I understand.")
    assert not _uninvolved(_main_verbs(doc[:]), lambda: set())


def test_people_safe_with_no_charge_against_the_speaker_stays_an_assertion(
    nlp: Language,
) -> None:
    claims = _claims(nlp, f"{CHARGED} {SAFE}")
    assert not any("answered_charge" in c.rule for c in claims)
    assert not any(c.stance is Stance.DENY for c in claims)


# http://en.kremlin.ru/events/president/news/68571 (corpus/kremlin-russia-ukraine.jsonl):
# passage "to" international waters is a promise, not a craft placed there
PASSAGE = "We will guarantee their peaceful passage to international waters without any problems."


def test_passage_to_international_waters_is_no_place_of_a_craft(nlp: Language) -> None:
    doc = nlp(PASSAGE)
    assert not _in_open_place(_main_verbs(doc[:]))
