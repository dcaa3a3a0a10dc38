"""Round 43 (issue 12, branch ``support55``): press-service readouts.

A readout's "reviewed <a field of the relationship>" -- an agenda, areas or a field of
cooperation, also after a quantity noun ("a range of areas") -- is a topic gone
over, no assertion, as the reviewed courses of ``readouts.REVIEWED_COURSES`` are
(``readouts.REVIEWED_AREAS``); any other reviewed object keeps the ``review`` row's assertion.

The corpus holds no readout sentence of this shape in a text outside the gold parts (the ones
found are in ``test43``, which the tests may not quote), so the sentences below are
constructed, and marked so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import readouts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

# Constructed (no corpus sentence outside the gold parts): an agenda of cooperation gone over.
AGENDA_REVIEWED = (
    "They reviewed the bilateral agenda for cooperation on health, climate and trade between "
    "the two countries."
)
# Constructed, as above: a quantity of areas gone over.
AREAS_REVIEWED = (
    "The two ministers reviewed a range of areas of cooperation in their relationship, "
    "including energy and education."
)
# Constructed, as above: another object keeps the row's assertion.
SANCTIONS_REVIEWED = "He also reviewed the new sanctions the two governments announced on Monday."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (readouts.REVIEWED_AREAS, readouts.REVIEWED_COURSES)
    yield
    readouts.REVIEWED_AREAS, readouts.REVIEWED_COURSES = saved


def test_a_reviewed_agenda_is_a_topic(nlp: Language, restore: None) -> None:
    readouts.REVIEWED_AREAS = True
    assert stances_of(nlp, AGENDA_REVIEWED) == []
    readouts.REVIEWED_AREAS = False
    assert [s for _, s, _ in stances_of(nlp, AGENDA_REVIEWED)] == [Stance.ASSERT]


def test_reviewed_areas_after_a_quantity_are_a_topic(nlp: Language, restore: None) -> None:
    readouts.REVIEWED_AREAS = True
    assert stances_of(nlp, AREAS_REVIEWED) == []
    readouts.REVIEWED_AREAS = False
    assert [s for _, s, _ in stances_of(nlp, AREAS_REVIEWED)] == [Stance.ASSERT]


def test_another_reviewed_object_stays_asserted(nlp: Language, restore: None) -> None:
    readouts.REVIEWED_AREAS = True
    assert [s for _, s, _ in stances_of(nlp, SANCTIONS_REVIEWED)] == [Stance.ASSERT]


def test_the_quoted_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 3)
