"""Round 39 (issue 12, branch ``readouts44``): approvals and threats of press-service copy.

The speaker's own side stating its support of another party in what it says approves that party
(``content_approved.SUPPORTING_SIDES``); a plural body "of" several listed states stands for the
states as a target (``targets_coordinated.STATES_OF_BODIES``); a second direct object after "as
well as" keeps the first object's party as a target (``targets_coordinated.AS_WELL_AS_OBJECTS``);
a promise to make sanctions heavier threatens whom they are on
(``content_threat.STRENGTHENED_SANCTIONS``).

Each test sets its switch on and off to show both readings.  The quoted corpus sentences are
from texts in no gold part (their URLs are in no line of the claims gold, its agreement files,
its pool or the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content_approved, content_threat, targets_coordinated
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

# A President of Ukraine news item (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/volodimir-zelenskij-obgovoriv-z-golovami-uryadiv-daniyi-ta-i-74453);
# "He" is Pedro Sánchez, named in the sentence before.
SPAIN_SUPPORTS = "He stressed that Spain will fully support Ukraine on its path to EU membership."

# Constructed: the negative cases.  No corpus text in no gold part tells a side's support of a
# hostile actor, or a negated support, after a verb of saying in this shape.
HOSTILE_SUPPORT = "The minister said Sudan supports the rebels in Darfur."
NEGATED_SUPPORT = "The minister said Spain does not support Ukraine's bid."

# Constructed: no corpus text in no gold part approves a body "of" a list of states (the corpus's
# "the leaders of Armenia, Azerbaijan and Russia" stand in assertions only).
BODY_OF_STATES = (
    "The President praised the signing of a joint statement by the Speakers of the Parliaments of "
    "Poland, Estonia, Latvia and Lithuania."
)
BODY_OF_ONE_STATE = "The President praised the Parliament of Estonia."

# Constructed: no corpus text in no gold part has an approval verb with a second object after
# "as well as".
AS_WELL_AS = (
    "The United States commends the leadership of the State of Kuwait in hosting the talks, as "
    "well as the African Union."
)

# Constructed: no corpus text in no gold part tells a promise to strengthen sanctions after a
# verb of saying.
STRENGTHENED = "The Chancellor said Austria will tighten sanctions against Russia."
STRENGTHENED_POLICY = "The Chancellor said Austria plans to strengthen its sanctions policy."
STRENGTHENED_DONE = "The Chancellor said Austria has tightened sanctions against Russia."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (
        content_approved.SUPPORTING_SIDES,
        targets_coordinated.STATES_OF_BODIES,
        targets_coordinated.AS_WELL_AS_OBJECTS,
        content_threat.STRENGTHENED_SANCTIONS,
    )
    yield
    (
        content_approved.SUPPORTING_SIDES,
        targets_coordinated.STATES_OF_BODIES,
        targets_coordinated.AS_WELL_AS_OBJECTS,
        content_threat.STRENGTHENED_SANCTIONS,
    ) = saved


def test_a_sides_stated_support_approves_the_party_supported(nlp: Language, restore: None) -> None:
    content_approved.SUPPORTING_SIDES = True
    assert stances_of(nlp, SPAIN_SUPPORTS) == [("He", Stance.APPROVE, ["Ukraine"])]
    content_approved.SUPPORTING_SIDES = False
    assert [s for _, s, _ in stances_of(nlp, SPAIN_SUPPORTS)] == [Stance.ASSERT]


def test_support_of_a_hostile_actor_or_a_negated_support_approves_nobody(
    nlp: Language, restore: None
) -> None:
    content_approved.SUPPORTING_SIDES = True
    assert Stance.APPROVE not in [s for _, s, _ in stances_of(nlp, HOSTILE_SUPPORT)]
    assert Stance.APPROVE not in [s for _, s, _ in stances_of(nlp, NEGATED_SUPPORT)]


def test_a_body_of_listed_states_stands_for_the_states(nlp: Language, restore: None) -> None:
    targets_coordinated.STATES_OF_BODIES = True
    assert stances_of(nlp, BODY_OF_STATES) == [
        ("The President", Stance.APPROVE, ["Poland", "Estonia", "Latvia", "Lithuania"])
    ]
    assert stances_of(nlp, BODY_OF_ONE_STATE) == [
        ("The President", Stance.APPROVE, ["the Parliament of Estonia"])
    ]
    targets_coordinated.STATES_OF_BODIES = False
    assert stances_of(nlp, BODY_OF_STATES) == [
        ("The President", Stance.APPROVE, ["Speakers of the Parliaments of Poland"])
    ]


def test_an_object_after_as_well_as_keeps_the_first_objects_party(
    nlp: Language, restore: None
) -> None:
    targets_coordinated.AS_WELL_AS_OBJECTS = True
    assert stances_of(nlp, AS_WELL_AS) == [
        ("United States", Stance.APPROVE, ["African Union", "the State of Kuwait"])
    ]
    targets_coordinated.AS_WELL_AS_OBJECTS = False
    assert stances_of(nlp, AS_WELL_AS) == [("United States", Stance.APPROVE, ["African Union"])]


def test_a_promise_of_heavier_sanctions_threatens(nlp: Language, restore: None) -> None:
    content_threat.STRENGTHENED_SANCTIONS = True
    assert stances_of(nlp, STRENGTHENED) == [("The Chancellor", Stance.THREATEN, ["Russia"])]
    assert stances_of(nlp, STRENGTHENED_POLICY) == [("The Chancellor", Stance.THREATEN, [])]
    assert [s for _, s, _ in stances_of(nlp, STRENGTHENED_DONE)] == [Stance.ASSERT]
    content_threat.STRENGTHENED_SANCTIONS = False
    assert [s for _, s, _ in stances_of(nlp, STRENGTHENED_POLICY)] == [Stance.ASSERT]


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 8)
