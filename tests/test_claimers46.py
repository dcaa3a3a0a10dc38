"""Round 40 (issue 12, branch ``claimers46``): a possessive office speaks for its owner.

The lead's round-40 ruling, point 46 (benchmarks/claims/GUIDE.md): "X's office said", "the office
of X says", "an aide to X says" give X's claim, X a person the phrase names; an office with a
name of its own (a capitalised "Office of ...") or owned by a title with no name (the office of
the United Nations' Secretary-General) is its own actor
(``kg.resolve.speakers.OFFICE_OWNERS``).

Each test sets the switch on and off to show both readings.  The quoted corpus sentence is from a
text in no gold part (its URL is in no line of the claims gold, its agreement files, its pool or
the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.resolve import names, speakers
from tests.claim_helpers import assert_in_no_gold_part, resolved_names

# Constructed: no corpus text in no gold part has a possessive office, or an aide, of a named
# person as a speaker (the corpus's offices are owned by titles or have names of their own; the
# VOA stories that show the shape are gold lines).
OFFICE_OF_NAME = (
    "The office of Lebanese President Emile Lahoud said the charges against Syria were "
    "baseless and politically motivated."
)
AIDE_TO_NAME = (
    "An aide to Israeli Prime Minister Ehud Olmert said Israel would respond forcefully to "
    "any new rocket attack from Gaza."
)
NAME_S_OFFICE = (
    "Congolese President Joseph Kabila met the U.N. envoy in Kinshasa on Monday. Kabila's office "
    "later denied that government troops had attacked the rebel town."
)
# A VOA story (corpus/voa8.jsonl,
# https://www.voanews.com/a/a-13-2007-10-01-voa37-66518782/553455.html): an office owned by a
# title, with no name: its own actor.
TITLED_OFFICE = (
    "The office of the United Nations Secretary-General has announced that special envoy "
    "Ibrahim Gambari will meet Burma's top leader, General Than Shwe, Tuesday."
)

# Constructed: no corpus text in no gold part names a company in full and then by its first word
# alone inside a speaker's quotation (the VOA story that showed it, a `dev6` line, is gold).
SHORT_NAME = (
    "President Joe Biden vowed to respond to the cyberattack on Colonial Pipeline that "
    'investigators blamed on Russian hackers. Biden said Colonial "made a mistake" in paying the '
    'ransom. "Again, I understand that Colonial as a private company was worried about its '
    "customers. I wish they had spoken to us first. Companies must never give in to "
    'criminals who threaten them," he said.'
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (speakers.OFFICE_OWNERS, names.SHORT_ORGANISATION_NAMES)
    yield
    speakers.OFFICE_OWNERS, names.SHORT_ORGANISATION_NAMES = saved


def _claimers(nlp: Language, text: str) -> set[str]:
    return {claimer for claimer, _stance, _targets in resolved_names(nlp, text)}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (OFFICE_OF_NAME, "Emile Lahoud"),
        (AIDE_TO_NAME, "Ehud Olmert"),
        (NAME_S_OFFICE, "Joseph Kabila"),
    ],
)
def test_an_office_or_aide_of_a_named_person_speaks_for_the_person(
    nlp: Language, restore: None, text: str, owner: str
) -> None:
    speakers.OFFICE_OWNERS = True
    assert owner in _claimers(nlp, text)
    assert not any("office" in c or "aide" in c for c in _claimers(nlp, text))
    speakers.OFFICE_OWNERS = False
    assert owner not in _claimers(nlp, text)


def test_an_office_a_title_owns_stays_its_own_actor(nlp: Language, restore: None) -> None:
    speakers.OFFICE_OWNERS = True
    on = _claimers(nlp, TITLED_OFFICE)
    speakers.OFFICE_OWNERS = False
    assert on == _claimers(nlp, TITLED_OFFICE)
    assert not any("Gambari" in claimer or "Ban" in claimer for claimer in on)


def test_a_company_s_first_word_is_the_company_named_before(nlp: Language, restore: None) -> None:
    names.SHORT_ORGANISATION_NAMES = True
    on = _claimers(nlp, SHORT_NAME)
    assert "Colonial Pipeline" in on and "Colonial" not in on
    assert "Joe Biden" in on
    names.SHORT_ORGANISATION_NAMES = False
    assert "Colonial" in _claimers(nlp, SHORT_NAME)


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 4)
