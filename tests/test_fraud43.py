"""Round 38, third wave (branch ``fraud43``, issue 12's accuse recall on wire copy): a charge of
election fraud or of an unconstitutional seizure of power told as a speaker's content accuses
the doer the sentence names (:data:`kg.extract.claims.content_wrongs.FRAUD_CHARGES`).

The texts are constructed, and say so: the corpus outside the gold holds no sentence of these
shapes (its rigged, fraudulent and concocted elections are in VOA stories that are gold documents
of the allegations benchmark; the one real sentence outside, "no one said that the election was
rigged", is pinned by ``test_denials39``).  The wording is the construction, not any gold
sentence (``assert_in_no_gold_part``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_wrongs
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: an outcome's owner and the wrong it came of.
RESULT = "The opposition candidate said President Marko Lenski's victory was the result of fraud."
#: Constructed: an outcome concocted, no doer named.
CONCOCTED = "The opposition spokesman said the provisional results were being concocted."
#: Constructed: an act said to amount to a coup d'etat.
AMOUNTS = "The opposition leader said the new charter amounts to a coup d'etat by the army."
#: Constructed: an outcome said fraudulent.
FRAUDULENT = "The opposition alliance said the parliamentary election was fraudulent."
#: Constructed: an owner's seizure of power, said unconstitutional.
SEIZURE = "The regional bloc said the general's move was an unconstitutional seizure of power."
#: Constructed: the same negated stays no charge.
NOT_RIGGED = "The electoral commission chairman said the count was not rigged."
#: Constructed: "a sham" stays criticism (the gold's "amounts to a sham", test13).
SHAM = "The opposition alliance said the parliamentary election was a sham."


def _by(nlp: Language, text: str, word: str) -> list[tuple[Stance, list[str]]]:
    return [(s, t) for c, s, t in stances_of(nlp, text) if word in c]


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=7)


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_wrongs, "FRAUD_CHARGES", True)


@pytest.mark.usefixtures("on")
def test_the_result_of_fraud_accuses_the_winner(nlp: Language) -> None:
    found = _by(nlp, RESULT, "candidate")
    assert [s for s, _ in found] == [Stance.ACCUSE], found
    assert any("Lenski" in t for t in found[0][1]), found


@pytest.mark.usefixtures("on")
def test_concocted_figures_accuse_no_named_doer(nlp: Language) -> None:
    assert _by(nlp, CONCOCTED, "spokesman") == [(Stance.ACCUSE, [])]


@pytest.mark.usefixtures("on")
def test_amounting_to_a_coup_accuses_its_agent(nlp: Language) -> None:
    found = _by(nlp, AMOUNTS, "leader")
    assert [s for s, _ in found] == [Stance.ACCUSE], found
    assert any("army" in t for t in found[0][1]), found


@pytest.mark.usefixtures("on")
def test_a_fraudulent_election_accuses(nlp: Language) -> None:
    assert [s for s, _ in _by(nlp, FRAUDULENT, "alliance")] == [Stance.ACCUSE]


@pytest.mark.usefixtures("on")
def test_an_unconstitutional_seizure_accuses_its_owner(nlp: Language) -> None:
    found = _by(nlp, SEIZURE, "bloc")
    assert [s for s, _ in found] == [Stance.ACCUSE], found
    assert any("general" in t for t in found[0][1]), found


@pytest.mark.usefixtures("on")
def test_negated_and_sham_are_no_fraud_charge(nlp: Language) -> None:
    assert Stance.ACCUSE not in [s for s, _ in _by(nlp, NOT_RIGGED, "chairman")]
    assert [s for s, _ in _by(nlp, SHAM, "alliance")] == [Stance.CRITICIZE]


def test_off_leaves_assertions(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_wrongs, "FRAUD_CHARGES", False)
    assert [s for s, _ in _by(nlp, FRAUDULENT, "alliance")] == [Stance.ASSERT]
    assert [s for s, _ in _by(nlp, CONCOCTED, "spokesman")] == [Stance.ASSERT]
