"""Round 44 (issue 12, branch ``support56``): a meeting's or a call's purpose clause.

"X spoke today with Y to underscore U.S. support for Z" tells what X did in the call: a readout
row's stance toward a party reads there as on the main verb (before, the clause was taken for
another verb's speech and read nothing); "X met today with Y to reaffirm the vital importance of
the alliance" names no stance toward a party and is no claim, as "met to discuss X" is; a
that-clause keeps its proposition ("to stress that P").  ``readouts.MEETING_PURPOSES``; the
meetings are the rows of ``kg/data/meeting_purposes.tsv``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import readouts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

# https://www.state.gov/secretary-blinkens-meeting-with-japanese-foreign-minister-hayashi-4/
IMPORTANCE_REAFFIRMED = (
    "Secretary of State Antony J. Blinken met today with Japanese Minister for Foreign Affairs "
    "Hayashi Yoshimasa in Washington, DC to reaffirm the vital importance of the U.S.-Japan "
    "Alliance in promoting peace, security, and prosperity in the Indo-Pacific region and beyond."
)
# Constructed (the corpus's sentences of the shape outside the gold parts are read already by
# the stance-noun rule): a readout row of support in a call's purpose clause.
SUPPORT_UNDERSCORED = (
    "The Secretary spoke today with Foreign Minister Kuleba to underscore the United States' "
    "support for Ukraine."
)
# Constructed: a that-clause in the purpose keeps its assertion.
PROPOSITION_STRESSED = (
    "The Secretary spoke today with Foreign Minister Kuleba to stress that the border crossings "
    "will remain open."
)
# Constructed: "spoke to reporters" is no meeting ("speak" needs a "with" object).
NO_MEETING = (
    "The minister spoke to reporters to reaffirm the importance of the new trade agreement."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = readouts.MEETING_PURPOSES
    yield
    readouts.MEETING_PURPOSES = saved


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 4)


def test_a_meeting_purpose_with_no_party_is_no_claim(nlp: Language, restore: None) -> None:
    readouts.MEETING_PURPOSES = True
    assert stances_of(nlp, IMPORTANCE_REAFFIRMED) == []
    readouts.MEETING_PURPOSES = False
    assert [s for _, s, _ in stances_of(nlp, IMPORTANCE_REAFFIRMED)] == [Stance.ASSERT]


def test_support_underscored_in_a_call_approves(nlp: Language, restore: None) -> None:
    readouts.MEETING_PURPOSES = True
    assert stances_of(nlp, SUPPORT_UNDERSCORED) == [("The Secretary", Stance.APPROVE, ["Ukraine"])]
    readouts.MEETING_PURPOSES = False
    assert stances_of(nlp, SUPPORT_UNDERSCORED) == []


def test_a_that_clause_keeps_its_assertion(nlp: Language, restore: None) -> None:
    readouts.MEETING_PURPOSES = True
    assert [s for _, s, _ in stances_of(nlp, PROPOSITION_STRESSED)] == [Stance.ASSERT]


def test_speaking_to_reporters_is_no_meeting(nlp: Language, restore: None) -> None:
    readouts.MEETING_PURPOSES = True
    assert not readouts.meeting_purpose(next(t for t in nlp(NO_MEETING) if t.lower_ == "reaffirm"))
