"""Round 39 (issue 12, branch ``readouts44``): the speaker's own side stating its support of
another party in what it says approves that party (``content_approved.SUPPORTING_SIDES``).

The test sets the switch on and off to show both readings.  The quoted corpus sentences are
from texts in no gold part (their URLs are in no line of the claims gold, its agreement files,
its pool or the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content_approved
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


@pytest.fixture
def restore() -> Iterator[None]:
    saved = content_approved.SUPPORTING_SIDES
    yield
    content_approved.SUPPORTING_SIDES = saved


def test_a_sides_stated_support_approves_the_party_supported(
    nlp: Language, restore: None
) -> None:
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


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 3)
