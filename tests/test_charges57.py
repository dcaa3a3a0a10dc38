"""Round 44, second wave (branch ``charges57``, issue 12, test44's class Z4: charges and
reasons told in participles).

- :data:`kg.extract.claims.claimed_acts.CITED_GROUNDS` (off: it failed the bar on the held-out
  parts; the tests switch it on): "X did Y, citing Z" -- a "citing"
  participle after a comma with a thing for its object -- is X's claim of Z: an assert, or an
  accuse when Z charges a named party.  A cited document or source stays no claim, a
  participle with no comma before it is left alone, and a hostile act noun is still
  ``claimed_act``'s one charge.
- :data:`kg.extract.claims.nominal.TOLD_AUTHORS` (off): an allegation noun's author told by a
  verb of making it ("Pyongyang is making groundless charges that P").

Every sentence is constructed, and says so (the one real sentence first used, from a VOA story
of 2005, is in the allegations gold).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import claimed_acts, nominal
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved

#: Constructed on the shape of a VOA sentence of 2005 (the real one is in the allegations gold,
#: held-out ``blind32``, which no test may quote).
CITING = (
    "Tajik authorities deny involvement and have been pressing Kyrgyzstan to hand over all the "
    "migrants, citing unproven claims that many of them are smugglers with links to armed gangs."
)
#: Constructed: a cited document is a source, no claim of its own.
DOCUMENT = "The ministry suspended the talks with the rebels, citing an intelligence report."
#: Constructed: no comma before the participle.
NO_COMMA = "The candidate quit the race on Sunday citing threats against his campaign staff."
#: Constructed: a hostile act noun cited is claimed_act's charge, read once.
ACT = "The embassy closed its consular section, citing Russian harassment of its staff."
#: Constructed: a charge noun whose author is the subject of "make".
MADE = "Seoul says Pyongyang is making groundless charges that South Korea kidnapped its workers."


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def _stances(nlp: Language, text: str, stance: Stance) -> list[tuple[str, list[str]]]:
    return [(c, t) for c, s, t in resolved(nlp, text) if s is stance]


@pytest.fixture
def cited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimed_acts, "CITED_GROUNDS", True)


@pytest.mark.usefixtures("cited")
def test_a_cited_reason_is_the_subjects_assertion(nlp: Language) -> None:
    asserted = _stances(nlp, CITING, Stance.ASSERT)
    assert len(asserted) == 1
    assert "Tajik" in asserted[0][0]
    assert _stances(nlp, CITING, Stance.DENY)  # the denial stays


def test_off_by_default_no_cited_reason(nlp: Language) -> None:
    assert _stances(nlp, CITING, Stance.ASSERT) == []


@pytest.mark.usefixtures("cited")
def test_a_cited_document_makes_no_claim(nlp: Language) -> None:
    assert resolved(nlp, DOCUMENT) == []


@pytest.mark.usefixtures("cited")
def test_no_comma_no_claim(nlp: Language) -> None:
    assert resolved(nlp, NO_COMMA) == []


@pytest.mark.usefixtures("cited")
def test_a_cited_act_is_charged_once(nlp: Language) -> None:
    assert _stances(nlp, ACT, Stance.ACCUSE) == [("embassy", ["Russia"])]
    assert _stances(nlp, ACT, Stance.ASSERT) == []


def test_a_charge_noun_made_by_the_subject(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [c for c, _ in _stances(nlp, MADE, Stance.ACCUSE)] == []  # off by default
    monkeypatch.setattr(nominal, "TOLD_AUTHORS", True)
    assert [c for c, _ in _stances(nlp, MADE, Stance.ACCUSE)] == ["North Korea"]
