"""Round 38 (issue 12, branch ``evaluations41``): evaluation stances read from their words.

A need for the other side's hostile doing to stop criticizes it
(``content_needed.NEEDED_HALTS``); a thing called a reason for concern criticizes its doer
(``content_needed.CONCERN_REASONS``); concern about a harm that is nobody's act is an assertion
(``nominal.HAZARD_CONCERNS``); support for a doing with no doer of its own is an assertion
(``nominal.SUPPORTED_DOINGS``); a speaker's own commitment keeps the stance of its course, not
a charge its words name (``speech.COMMITTED_COURSES``).  Each test sets its switch on and off
to show both readings.  The quoted corpus sentences are from texts in no gold part (their URLs
are in no line of the claims gold, its agreement files, its pool or the allegations gold); the
constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content_needed, nominal, speech
from kg.model import Stance
from tests.claim_helpers import stances_of

# Constructed: the one corpus sentence of this form ("highlighted the need for an immediate end
# to Russia's aggression") is also a gold sentence.
NEEDED_END = (
    "The ministers stressed the need for a complete withdrawal of Russian troops from Moldova."
)

# Constructed: no corpus text in no gold part calls a thing "reason / cause for concern"
# after a verb of saying.
CONCERN_REASON = "The minister said Moscow's military buildup is reason for concern."
NO_REASON = "The minister said there is no reason for concern."

# A White House readout (corpus/white-house-afghanistan.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2021/06/25/readout-of-president-joseph-r-biden-jr-meeting-with-president-ghani-and-chairman-abdullah-of-afghanistan/).
HAZARD_CONCERN = (
    "President Biden expressed his concern about the recent increase in COVID-19 cases in "
    "Afghanistan, and noted additional emergency U.S. assistance."
)

# Constructed: the negative case, concern about a party's doing (no hazard named).
ACT_CONCERN = "The minister expressed concern about Russia's military buildup."

# A State Department joint statement (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/joint-statement-on-the-u-s-eu-energy-council/).
SUPPORTED_DOING = (
    "The Council expressed continued support for exploring new gas transit routes and capacity "
    "from the EU to Ukraine."
)

# Constructed: the negative case, support for a party's doing (its possessor named).
SUPPORTED_PARTY = "The minister expressed support for Moldova's reform efforts."

# A White House statement (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/26/nsc-press-statement-on-national-security-advisor-jake-sullivans-phone-call-with-croatian-prime-minister-andrej-plenkovic/).
COMMITTED_SUPPORT = (
    "They underscored their strong commitment to continue supporting Ukraine in response to "
    "Russia’s unprovoked military aggression."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (
        content_needed.NEEDED_HALTS,
        content_needed.CONCERN_REASONS,
        nominal.HAZARD_CONCERNS,
        nominal.SUPPORTED_DOINGS,
        speech.COMMITTED_COURSES,
    )
    yield
    (
        content_needed.NEEDED_HALTS,
        content_needed.CONCERN_REASONS,
        nominal.HAZARD_CONCERNS,
        nominal.SUPPORTED_DOINGS,
        speech.COMMITTED_COURSES,
    ) = saved


def test_a_need_for_the_end_of_a_partys_aggression_criticizes_it(
    nlp: Language, restore: None
) -> None:
    content_needed.NEEDED_HALTS = True
    assert stances_of(nlp, NEEDED_END) == [("The ministers", Stance.CRITICIZE, ["Russian"])]
    content_needed.NEEDED_HALTS = False
    assert stances_of(nlp, NEEDED_END) == [("The ministers", Stance.ASSERT, [])]


def test_a_reason_for_concern_criticizes_its_doer(nlp: Language, restore: None) -> None:
    content_needed.CONCERN_REASONS = True
    assert stances_of(nlp, CONCERN_REASON) == [("The minister", Stance.CRITICIZE, ["Moscow"])]
    assert [s for _, s, _ in stances_of(nlp, NO_REASON)] == [Stance.ASSERT]
    content_needed.CONCERN_REASONS = False
    assert [s for _, s, _ in stances_of(nlp, CONCERN_REASON)] == [Stance.ASSERT]


def test_concern_about_a_hazard_is_an_assertion(nlp: Language, restore: None) -> None:
    nominal.HAZARD_CONCERNS = True
    assert stances_of(nlp, HAZARD_CONCERN) == [("Biden", Stance.ASSERT, [])]
    assert [s for _, s, _ in stances_of(nlp, ACT_CONCERN)] == [Stance.CRITICIZE]
    nominal.HAZARD_CONCERNS = False
    assert [s for _, s, _ in stances_of(nlp, HAZARD_CONCERN)] == [Stance.CRITICIZE]


def test_support_for_ones_own_doing_is_an_assertion(nlp: Language, restore: None) -> None:
    nominal.SUPPORTED_DOINGS = True
    assert stances_of(nlp, SUPPORTED_DOING) == [("Council", Stance.ASSERT, [])]
    assert [s for _, s, _ in stances_of(nlp, SUPPORTED_PARTY)] == [Stance.APPROVE]
    nominal.SUPPORTED_DOINGS = False
    assert [s for _, s, _ in stances_of(nlp, SUPPORTED_DOING)] == [Stance.APPROVE]


def test_a_commitment_keeps_its_courses_stance(nlp: Language, restore: None) -> None:
    speech.COMMITTED_COURSES = True
    assert stances_of(nlp, COMMITTED_SUPPORT) == [("They", Stance.APPROVE, ["Ukraine"])]
    speech.COMMITTED_COURSES = False
    assert stances_of(nlp, COMMITTED_SUPPORT) == [("They", Stance.ACCUSE, ["Russia"])]
