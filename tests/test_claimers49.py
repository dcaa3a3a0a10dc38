"""Round 41 (issue 12, branch ``claimers49``, test40's class (P)): a target written as the
description of a state's or a group's own head ("accused Kenya's former president of ...") is
that office holder -- the person the document describes with that office, else the
description itself -- not the possessor (``kg.resolve.targets.DESCRIBED_TARGETS``); a
representative of the possessor ("summoned Belarus's ambassador to protest") stays aimed at
the possessor.

The sentences are constructed, and marked so: the corpus's only texts of this shape (a VOA
story on the jamming of VOA's Amharic broadcasts, another on the 2008 unrest in Tibet) are
texts of the allegations gold.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.resolve import targets
from tests.claim_helpers import resolved_names

# Constructed: a possessed office description as the accused, no person named.
FORMER_PRESIDENT = "The opposition party accused Kenya's former president of rigging the vote."
# Constructed: the description's holder named before, in apposition with the same words.
NAMED_LEADER = (
    "Joseph Kony, the rebel movement's leader, has not been seen for years. The army accused "
    "the rebel movement's leader of ordering the attack."
)
# Constructed: an ambassador speaks for the possessor: the protest is aimed at the state.
AMBASSADOR = "Lithuania summoned Belarus's ambassador to protest the border incident."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = targets.DESCRIBED_TARGETS
    yield
    targets.DESCRIBED_TARGETS = saved


def _targets(nlp: Language, text: str, stance: str) -> set[str]:
    return {t for _c, s, found in resolved_names(nlp, text) if s == stance for t in found}


def test_a_possessed_office_is_its_holder_not_the_possessor(nlp: Language, restore: None) -> None:
    targets.DESCRIBED_TARGETS = True
    assert _targets(nlp, FORMER_PRESIDENT, "accuse") == {"Kenya's former president"}
    targets.DESCRIBED_TARGETS = False
    assert _targets(nlp, FORMER_PRESIDENT, "accuse") == {"Kenya"}


def test_a_described_holder_named_in_the_document_is_the_person(
    nlp: Language, restore: None
) -> None:
    targets.DESCRIBED_TARGETS = True
    assert _targets(nlp, NAMED_LEADER, "accuse") == {"Joseph Kony"}


def test_a_representative_stays_aimed_at_the_possessor(nlp: Language, restore: None) -> None:
    targets.DESCRIBED_TARGETS = True
    assert _targets(nlp, AMBASSADOR, "criticize") == {"Belarus"}
