"""Round 40, third wave (issue 12, branch ``claimers48``): a speaker written as a description
of an office holder ("A former deputy director of the National Security Agency told VOA ...
He said ...") is the one person the document describes with that office, in apposition, after
a copula or in a title before the name (``kg.resolve.speakers.DESCRIBED_PERSONS``).

The sentences are constructed, and marked so: the corpus's one text of this shape (a VOA story
whose "The police chief said" follows "District police chief NAME") is a line of the
allegations gold, and the development text that showed it (a description in the lead, the name
in a copula nine sentences on) is `dev6` gold."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.resolve import speakers
from tests.claim_helpers import resolved_names

# Constructed: a description in the lead, "He said" after it, the name in a copula later.
LEAD_DESCRIPTION = (
    "A former deputy director of the National Security Agency recently spoke to VOA about the "
    "cyberattack on the pipeline. He said the attack was planned by a criminal group based in "
    "Russia. Officials in Washington have not named the group. Richard Ledgett was the deputy "
    "director of the NSA from 2014 to 2017."
)
# Constructed: two people described with the same office: the description stays its own.
TWO_DESCRIBED = (
    "A former deputy director of the National Security Agency recently spoke to VOA about the "
    "cyberattack on the pipeline. He said the attack was planned by a criminal group based in "
    "Russia. Richard Ledgett was the deputy director of the NSA from 2014 to 2017. John Inglis "
    "was the deputy director of the NSA from 2006 to 2014."
)
# Constructed: a description whose office differs from the person's ("chief" is no
# "commissioner"): unresolved.
OTHER_OFFICE = (
    "Chennai police commissioner, Ravi Kumar, said the smugglers had been trained abroad. "
    "Chennai's police chief says the inquiry will end this month."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = speakers.DESCRIBED_PERSONS
    yield
    speakers.DESCRIBED_PERSONS = saved


def _claimers(nlp: Language, text: str) -> set[str]:
    return {claimer for claimer, _stance, _targets in resolved_names(nlp, text)}


def test_a_described_office_holder_is_the_person_described_so_later(
    nlp: Language, restore: None
) -> None:
    speakers.DESCRIBED_PERSONS = True
    assert "Richard Ledgett" in _claimers(nlp, LEAD_DESCRIPTION)
    speakers.DESCRIBED_PERSONS = False
    assert "Richard Ledgett" not in _claimers(nlp, LEAD_DESCRIPTION)


def test_two_people_described_alike_leave_the_description_unresolved(
    nlp: Language, restore: None
) -> None:
    speakers.DESCRIBED_PERSONS = True
    claimers = _claimers(nlp, TWO_DESCRIBED)
    assert "Richard Ledgett" not in claimers and "John Inglis" not in claimers


def test_another_office_is_not_matched(nlp: Language, restore: None) -> None:
    speakers.DESCRIBED_PERSONS = True
    claimers = _claimers(nlp, OTHER_OFFICE)
    assert "Chennai's police chief" in claimers and "Ravi Kumar" in claimers
