"""Round 40, second wave (issue 12, branch ``readouts47``): press-service copy.

Others' commitments or efforts to impose costs are no threat of the speaker
(``commitments.OTHERS_COSTS``, point 48's last sentence); "stand united with X" approves X as
"stands with X" does (``commitments.UNITED_WITH``).

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

# A State Department release (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/150-million-in-additional-u-s-military-assistance-for-ukraine/).
UNITED = "We stand united with Ukraine."

# A State Department release (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/820-million-in-new-u-s-military-assistance-for-ukraine/): a committed
# "stand" ("will continue to"), read through the commitment's course.
CONTINUE_UNITED = (
    "Our commitment to the Ukrainian people will not waver, and we will continue to stand "
    "united with Ukraine."
)

# Constructed: the corpus's only "commitments from X ... to impose costs" and "international
# efforts to impose ... sanctions" sentences are in test40's texts (the
# round-40 blind part), which the tests may not quote.
FROM_OTHERS = (
    "The ministers noted commitments from Japan and Australia to impose costs on Russia for "
    "its war."
)
INTERNATIONAL = "The leaders discussed ongoing international efforts to impose sanctions on Russia."
# Constructed, as above: the speakers' own efforts ("their") stay their threat.
OWN_EFFORTS = "The leaders discussed their international efforts to impose sanctions on Russia."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (commitments.OTHERS_COSTS, commitments.UNITED_WITH)
    yield
    commitments.OTHERS_COSTS, commitments.UNITED_WITH = saved


def test_standing_united_with_a_party_approves_it(nlp: Language, restore: None) -> None:
    commitments.UNITED_WITH = True
    assert stances_of(nlp, UNITED) == [("We", Stance.APPROVE, ["Ukraine"])]
    assert ("we", Stance.APPROVE, ["Ukraine"]) in stances_of(nlp, CONTINUE_UNITED)
    commitments.UNITED_WITH = False
    assert stances_of(nlp, UNITED) == []
    assert ("we", Stance.APPROVE, ["Ukraine"]) not in stances_of(nlp, CONTINUE_UNITED)


def test_commitments_from_others_are_no_threat_of_the_speaker(nlp: Language, restore: None) -> None:
    commitments.OTHERS_COSTS = True
    assert [s for _, s, _ in stances_of(nlp, FROM_OTHERS)] == [Stance.ASSERT]
    commitments.OTHERS_COSTS = False
    assert [s for _, s, _ in stances_of(nlp, FROM_OTHERS)] == [Stance.THREATEN]


def test_international_efforts_discussed_are_no_threat(nlp: Language, restore: None) -> None:
    commitments.OTHERS_COSTS = True
    assert stances_of(nlp, INTERNATIONAL) == []
    assert stances_of(nlp, OWN_EFFORTS) == [("The leaders", Stance.THREATEN, ["Russia"])]
    commitments.OTHERS_COSTS = False
    assert stances_of(nlp, INTERNATIONAL) == [("The leaders", Stance.THREATEN, ["Russia"])]


def test_the_quoted_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 4)
