"""A speaker's copular evaluation of another party's act, with no charge of a deed, criticizes
the act's owner even when the act is a hostile one ("the North's threat ... was
inappropriate"); a charge word in the predicate keeps the charge (round 44, issue 12, branch
``criticize56``; the switches ``content_appraised.EVALUATION_OVER_CHARGE`` and, off,
``content_appraised.MARKED_FAILINGS``).

No real sentence of the shape "X said <a party's hostile doing> is/was <evaluation>" was found
in ``corpus/`` outside the benchmark files (the one corpus sentence with a hostile subject and a
speaker, Blair's "Iran's seizure of the group was unacceptable and illegal", is in the
allegations gold), so every sentence here is CONSTRUCTED and marked so.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, content_appraised, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance

ON = RULES - OPTIONAL


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), ON)


def _stances(claims: tuple[Claim, ...], claimer: str) -> list[tuple[Stance, list[str]]]:
    return [
        (c.stance, [t.span.text for t in c.targets])
        for c in claims
        if c.claimer is not None and c.claimer.span.text == claimer
    ]


@pytest.fixture
def over_charge_off() -> Iterator[None]:
    kept = content_appraised.EVALUATION_OVER_CHARGE
    content_appraised.EVALUATION_OVER_CHARGE = False
    yield
    content_appraised.EVALUATION_OVER_CHARGE = kept


@pytest.fixture
def marks_on() -> Iterator[None]:
    kept = content_appraised.MARKED_FAILINGS
    content_appraised.MARKED_FAILINGS = True
    yield
    content_appraised.MARKED_FAILINGS = kept


#: CONSTRUCTED (the shape of the lead's test43 class (E), "X's referendums are a total sham").
SHAM = "Defense officials said Russia's attempts to annex Ukrainian territory are a total sham."
#: CONSTRUCTED (the shape of the dev gold line of test13, "the North's threat ... was
#: inappropriate", with other words).
THREAT = "The spokesman said Pyongyang's threat to cancel the talks was irresponsible."
#: CONSTRUCTED: a charge word in the predicate ("violation"): the charge stays.
VIOLATION = "The spokesman said the strikes were an outrageous violation of Iraq's sovereignty."
#: CONSTRUCTED: the guide's pejorative label of a hostile act stays an accusation.
AGGRESSION = "The spokesman said Russia's war was an illegal act of aggression."
#: CONSTRUCTED: the brief's "a sign of weakness".
WEAKNESS = "The minister said Russia's invasion is a sign of weakness."


def test_evaluated_attempt_criticizes_its_owner(nlp: Language) -> None:
    assert _stances(claims_of(nlp, SHAM), "Defense officials") == [(Stance.CRITICIZE, ["Russia"])]


def test_evaluated_threat_criticizes_not_accuses(nlp: Language) -> None:
    assert (Stance.CRITICIZE, ["Pyongyang"]) in _stances(claims_of(nlp, THREAT), "The spokesman")


def test_switch_off_reads_the_charge_first(nlp: Language, over_charge_off: None) -> None:
    assert _stances(claims_of(nlp, SHAM), "Defense officials") == [(Stance.ACCUSE, ["Russia"])]
    assert (Stance.ACCUSE, ["Pyongyang"]) in _stances(claims_of(nlp, THREAT), "The spokesman")


@pytest.mark.parametrize("text", [VIOLATION, AGGRESSION])
def test_charge_words_keep_the_accusation(nlp: Language, text: str) -> None:
    stances = [s for s, _ in _stances(claims_of(nlp, text), "The spokesman")]
    assert stances == [Stance.ACCUSE]


def test_appraised_predicate_needs_a_noun_subject(nlp: Language) -> None:
    doc = nlp("He said that it was irresponsible.")
    verbs = [t for t in doc if t.lemma_ == "be"]
    assert content_appraised.appraised_predicate(verbs) is None
    doc = nlp("He said that the move was irresponsible.")
    verbs = [t for t in doc if t.lemma_ == "be"]
    found = content_appraised.appraised_predicate(verbs)
    assert found is not None and found.text == "irresponsible"


def test_marked_failing_off_by_default(nlp: Language) -> None:
    assert content_appraised.MARKED_FAILINGS is False
    stances = [s for s, _ in _stances(claims_of(nlp, WEAKNESS), "The minister")]
    assert Stance.CRITICIZE not in stances


def test_marked_failing_on(nlp: Language, marks_on: None) -> None:
    stances = [s for s, _ in _stances(claims_of(nlp, WEAKNESS), "The minister")]
    assert stances == [Stance.CRITICIZE]
