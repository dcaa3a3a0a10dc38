"""Round 41, second wave (issue 12, branch ``readouts50``): press-service readouts.

A readout's "reviewed <course>" (efforts, opportunities, coordination ...) is a topic gone over,
no assertion, and each speaker's threat only when the course threatens a named party
(``readouts.REVIEWED_COURSES``); an agreement to keep in contact told as a clause ("agreed
their teams will stay in close touch") is no claim, as "agreed to stay in touch" is
(``speech.KEPT_CONTACT``).

Each test sets its switch on and off to show both readings.  The quoted corpus sentences are
from texts in no gold part (their URLs are in no line of the claims gold, its agreement files,
its pool or the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import readouts, speech
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

# A White House readout (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/11/readout-of-national-security-advisor-jake-sullivan-meeting-with-u-k-foreign-secretary-elizabeth-truss/):
# the coordination reviewed imposes costs on Moscow: a threat of it (point 48).
COSTS_REVIEWED = (
    "They also reviewed the ongoing coordination with Allies and partners to impose severe "
    "costs on Moscow for its aggression and to provide security, economic, and humanitarian "
    "assistance to Ukraine."
)

# A White House joint statement (corpus/white-house-burma.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/29/u-s-singapore-joint-leaders-statement/):
# efforts gone over, no party threatened: no claim.
EFFORTS_REVIEWED = (
    "The leaders reviewed ongoing efforts to facilitate regional trade and increase supply "
    "chain resilience and looked forward to the implementation of the U.S.-ASEAN Economic "
    "Futures initiative."
)

# A White House readout (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/16/readout-of-president-bidens-meeting-with-prime-minister-mitsotakis-of-greece/):
# no course noun reviewed: the row's assertion stays.
PARTNERSHIP_REVIEWED = (
    "They reviewed our strong and growing defense partnership, our shared democratic values, "
    "and our commitment to further expand bilateral trade and investment."
)

# Constructed: the corpus's only "agreed (that) X will stay in touch / remain in consultation"
# sentences are in gold parts, which the tests may not quote.
CONTACT_AGREED = "The two presidents agreed that their teams will stay in close touch on it."
# Constructed, as above: an agreed clause that is not contact-keeping keeps its claim.
CLAUSE_AGREED = "The two presidents agreed that their teams will meet again in Geneva next week."

# A State Department post (corpus/state-department-x-iran-protests-soleimani.jsonl,
# https://twitter.com/StateDept/status/1214745336427745280): the same agreement told with
# "to", which no rule reads as a claim (switch or no switch).
CONTACT_TO = (
    "The Secretary and Prime Minister Barzani agreed to stay in close touch as the situation "
    "develops."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (readouts.REVIEWED_COURSES, speech.KEPT_CONTACT)
    yield
    readouts.REVIEWED_COURSES, speech.KEPT_CONTACT = saved


def test_reviewed_coordination_to_impose_costs_threatens(nlp: Language, restore: None) -> None:
    readouts.REVIEWED_COURSES = True
    assert stances_of(nlp, COSTS_REVIEWED) == [("They", Stance.THREATEN, ["Moscow"])]
    readouts.REVIEWED_COURSES = False
    assert stances_of(nlp, COSTS_REVIEWED) == [("They", Stance.ASSERT, [])]


def test_reviewed_efforts_are_a_topic(nlp: Language, restore: None) -> None:
    readouts.REVIEWED_COURSES = True
    assert stances_of(nlp, EFFORTS_REVIEWED) == []
    readouts.REVIEWED_COURSES = False
    assert stances_of(nlp, EFFORTS_REVIEWED) == [("The leaders", Stance.ASSERT, [])]


def test_a_reviewed_partnership_stays_asserted(nlp: Language, restore: None) -> None:
    readouts.REVIEWED_COURSES = True
    assert stances_of(nlp, PARTNERSHIP_REVIEWED) == [("They", Stance.ASSERT, [])]


def test_an_agreement_to_keep_in_touch_is_no_claim(nlp: Language, restore: None) -> None:
    speech.KEPT_CONTACT = True
    assert stances_of(nlp, CONTACT_AGREED) == []
    assert stances_of(nlp, CONTACT_TO) == []
    assert [s for _, s, _ in stances_of(nlp, CLAUSE_AGREED)] == [Stance.ASSERT]
    speech.KEPT_CONTACT = False
    assert [s for _, s, _ in stances_of(nlp, CONTACT_AGREED)] == [Stance.ASSERT]


def test_the_quoted_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 5)
