"""Round 39, second wave (issue 12, branch ``readouts45``): commitments in press-service copy.

A committing noun whose course the parser hung on the verb after a comma takes that course
(``commitments.MISPLACED_COURSES``); "hold X to account" holds X as "hold X accountable" does
(``commitments.HELD_TO_ACCOUNT``); a support joined to the noun a commitment is "to" approves
the party it is for (``commitments.SUPPORT_BESIDE_COMMITMENT``).

Each test sets its switch on and off to show both readings.  The quoted corpus sentences are
from texts in no gold part (their URLs are in no line of the claims gold, its agreement files,
its pool or the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import commitments
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/secretary-blinkens-call-with-german-foreign-minister-baerbock/): "to
# continue" is parsed as the verb's advcl, not as the course of "our commitment".
ALONGSIDE = (
    "The Secretary highlighted our commitment, alongside other partners, to continue to hold "
    "Russia accountable for its unlawful war of choice."
)

# A White House readout (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/16/statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-call-with-national-security-advisor-thanos-dokos-of-greece/):
# the commitment is to "international efforts", a noun whose own course is not read: it stays an
# assertion with the switch on.
EFFORTS = (
    "They reiterated their commitment to international efforts to hold Moscow to account for its "
    "actions and to ensure Ukraine has the ability to defend itself."
)

# Constructed: the corpus's one commitment "to hold X to account" outside the gold is EFFORTS
# above, whose course lies inside a noun.
TO_ACCOUNT = (
    "The ministers underscored their commitment to hold Russia to account for its aggression "
    "against Ukraine."
)

# Constructed: the corpus's one support joined to a commitment's course outside the gold
# ("commitment to ASEAN centrality and support for the ASEAN Outlook on the Indo-Pacific")
# supports no party.
BESIDE = (
    "The ministers reiterated their commitment to regional security and support for Georgia’s "
    "sovereignty and territorial integrity."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (
        commitments.MISPLACED_COURSES,
        commitments.HELD_TO_ACCOUNT,
        commitments.SUPPORT_BESIDE_COMMITMENT,
    )
    yield
    (
        commitments.MISPLACED_COURSES,
        commitments.HELD_TO_ACCOUNT,
        commitments.SUPPORT_BESIDE_COMMITMENT,
    ) = saved


def test_a_course_hung_on_the_verb_is_the_commitments_course(nlp: Language, restore: None) -> None:
    commitments.MISPLACED_COURSES = True
    assert ("The Secretary", Stance.THREATEN, ["Russia"]) in stances_of(nlp, ALONGSIDE)
    commitments.MISPLACED_COURSES = False
    found = stances_of(nlp, ALONGSIDE)
    assert Stance.THREATEN not in [s for _, s, _ in found]
    assert ("The Secretary", Stance.ASSERT, []) in found


def test_holding_a_party_to_account_threatens_it(nlp: Language, restore: None) -> None:
    commitments.HELD_TO_ACCOUNT = True
    assert stances_of(nlp, TO_ACCOUNT) == [("The ministers", Stance.THREATEN, ["Russia"])]
    assert [s for _, s, _ in stances_of(nlp, EFFORTS)] == [Stance.ASSERT]
    commitments.HELD_TO_ACCOUNT = False
    assert [s for _, s, _ in stances_of(nlp, TO_ACCOUNT)] == [Stance.ASSERT]


def test_a_support_beside_a_commitments_course_approves_its_party(
    nlp: Language, restore: None
) -> None:
    commitments.SUPPORT_BESIDE_COMMITMENT = True
    assert stances_of(nlp, BESIDE) == [("The ministers", Stance.APPROVE, ["Georgia"])]
    commitments.SUPPORT_BESIDE_COMMITMENT = False
    assert [s for _, s, _ in stances_of(nlp, BESIDE)] == [Stance.ASSERT]


def test_the_quoted_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 4)
