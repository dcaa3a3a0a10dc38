"""Round 44 (issue 12, branch ``support56``): a meeting's or a call's purpose clause.

"X spoke today with Y to underscore U.S. support for Z" tells what X did in the call: a readout
row's stance toward a party reads there as on the main verb (before, the clause was taken for
another verb's speech and read nothing); "X met today with Y to reaffirm the vital importance of
the alliance" names no stance toward a party and is no claim, as "met to discuss X" is; a
that-clause keeps its proposition ("to stress that P").  ``readouts.MEETING_PURPOSES``; the
meetings are the rows of ``kg/data/meeting_purposes.tsv``.

GUIDE point 57: the speaker's own side told standing with a party, or in solidarity with it,
in what it says approves the party ("said London will stand by Pakistan"), but not in an
infinitive beside a threat ("resolved to stand with X and hold Y accountable": the threat
decides) nor of one's own people ("stands by its reporters").
``content_approved.STANDING_SIDES``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content_approved, readouts
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

# https://blogs.voanews.com/breaking-news/2011/09/28/white-house-refuses-to-endorse-mullen-on-pakistan
STOOD_BY = (
    "British Foreign Secretary William Hague said London “will stand by Pakistan as it addresses "
    "the challenges it faces and build a durable relationship that will stand the test of time.”"
)
# Constructed: point 57's threat case (an infinitive beside the threat): no approval.
STAND_AND_THREAT = (
    "The minister said the government is determined to stand with Kyiv and hold Moscow "
    "accountable for the war."
)
# Constructed: in solidarity with a party.
IN_SOLIDARITY = (
    "Foreign Minister Jean-Yves Le Drian said that France was in full solidarity with Lithuania."
)
# Constructed: one's own people stood by.
OWN_PEOPLE = "The director said that the broadcaster stands by its reporters in the region."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (readouts.MEETING_PURPOSES, content_approved.STANDING_SIDES)
    yield
    readouts.MEETING_PURPOSES, content_approved.STANDING_SIDES = saved


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 8)


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


def test_a_side_standing_by_a_party_approves_it(nlp: Language, restore: None) -> None:
    content_approved.STANDING_SIDES = True
    assert stances_of(nlp, STOOD_BY) == [("William Hague", Stance.APPROVE, ["Pakistan"])]
    content_approved.STANDING_SIDES = False
    assert [s for _, s, _ in stances_of(nlp, STOOD_BY)] == [Stance.ASSERT]


def test_in_solidarity_with_a_party_approves_it(nlp: Language, restore: None) -> None:
    content_approved.STANDING_SIDES = True
    assert [(s, t) for _, s, t in stances_of(nlp, IN_SOLIDARITY)] == [
        (Stance.APPROVE, ["Lithuania"])
    ]


def test_standing_beside_a_threat_is_no_approval(nlp: Language, restore: None) -> None:
    content_approved.STANDING_SIDES = True
    assert Stance.APPROVE not in [s for _, s, _ in stances_of(nlp, STAND_AND_THREAT)]


def test_ones_own_people_stood_by_is_no_approval(nlp: Language, restore: None) -> None:
    content_approved.STANDING_SIDES = True
    assert Stance.APPROVE not in [s for _, s, _ in stances_of(nlp, OWN_PEOPLE)]
