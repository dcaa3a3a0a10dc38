"""Round 41, second wave (issue 12, branch ``support50``; test41's classes (R) and (S)):
expressed support read as an assertion or missed.

- ``readouts.OWN_SUPPORT``: a readout verb of stating or discussing ("emphasized",
  "affirmed", "underscored", "discussed") whose object is the speakers' own support ("their
  support for X") approves the party supported, as "reaffirmed their support for X" does;
  "discussed their commitment to V" takes the stance of what is committed to.
- ``commitments.COMMITTED_AID`` (off: held-out wrong triples): a commitment to give aid to a
  party ("their commitment to continue providing ... assistance to X") approves it, as a
  commitment to support it does.

Each test sets its switch on and off to show both readings.  The quoted corpus sentences are
from texts in no gold part (their URLs are in no line of the claims gold, its agreement files,
its pool or the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import commitments, readouts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/deputy-secretary-shermans-call-with-french-german-italian-and-uk-counterparts-7/).
EMPHASIZED = (
    "They also emphasized their continuing support for Ukraine’s sovereignty, territorial "
    "integrity, and their resolve to stand with Ukraine."
)
# Constructed: the corpus's readouts with "discussed their ... support for X" are in gold parts;
# this one has their shape.
DISCUSSED = "The ministers discussed their continued support for Moldova in the face of the crisis."
# Constructed: the corpus's "underscored U.S. support for X" sentences are in gold parts;
# another owner's support is no row of OWN_SUPPORT (NOTED_SUPPORT's, off).
OTHERS_SUPPORT = "The ministers discussed U.S. support for Ukraine’s sovereignty."
# Constructed: the corpus's "commitment to continue providing ... assistance to X" sentences
# are all in gold parts; this one has the shape of a readout's.
AID = (
    "The ministers underscored their commitment to continue providing humanitarian assistance "
    "to Moldova."
)
# Constructed, as above: aid in efforts reviewed, with no commitment, is no claim of support.
REVIEWED = "The ministers reviewed their efforts to provide humanitarian assistance to Moldova."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (readouts.OWN_SUPPORT, commitments.COMMITTED_AID, readouts.STATED_SUPPORT)
    yield
    readouts.OWN_SUPPORT, commitments.COMMITTED_AID, readouts.STATED_SUPPORT = saved


def _approved(nlp: Language, text: str) -> list[list[str]]:
    return [targets for _, stance, targets in stances_of(nlp, text) if stance is Stance.APPROVE]


def test_own_support_emphasized_or_discussed_approves_its_party(
    nlp: Language, restore: None
) -> None:
    readouts.OWN_SUPPORT = True
    assert ["Ukraine"] in _approved(nlp, EMPHASIZED)
    assert ["Moldova"] in _approved(nlp, DISCUSSED)
    readouts.OWN_SUPPORT = False
    readouts.STATED_SUPPORT = False  # round 42 (readouts53): it reads "emphasized ... support" too
    assert _approved(nlp, EMPHASIZED) == []
    assert _approved(nlp, DISCUSSED) == []


def test_another_owners_support_discussed_is_no_approval(nlp: Language, restore: None) -> None:
    readouts.OWN_SUPPORT = True
    assert _approved(nlp, OTHERS_SUPPORT) == []


def test_a_commitment_to_give_aid_approves_the_party_aided(nlp: Language, restore: None) -> None:
    commitments.COMMITTED_AID = True
    assert stances_of(nlp, AID) == [("The ministers", Stance.APPROVE, ["Moldova"])]
    assert _approved(nlp, REVIEWED) == []
    commitments.COMMITTED_AID = False
    assert stances_of(nlp, AID) == [("The ministers", Stance.ASSERT, [])]


def test_the_quoted_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 4)
