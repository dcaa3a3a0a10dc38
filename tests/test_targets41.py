"""Round 38 (issue 12, branch ``targets41``): the target field.  A possessive on a remit
title's object is the title's (``kg.resolve.state.REMIT_POSSESSORS``); a denial of a part of a
document answers the document's author (``targets_denials.DOCUMENT_PART_AUTHORS``); a hostile
claim by "X's office" is not aimed at X (``kg.resolve.targets.OWNERS_OF_OFFICE``); a state
target that ends a list of states the parser broke takes the listed states too
(``targets_coordinated.BROKEN_STATE_LISTS``).

Every sentence here is constructed, and says why: the corpus texts in no gold part (their URLs
are in no line of the claims gold, its agreement files, its pool or the allegations gold) hold
no remit title with a possessive ("the Special Envoy for X's ..."), no denial of "contents of"
a report, no claim by "X's office" aimed at X, and no claim whose target ends a list of states
the parser broke (searched with regular expressions over ``corpus/*.jsonl``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import targets_coordinated, targets_denials
from kg.extract.claims.base import _Context
from kg.extract.mentions import extract_mentions
from kg.resolve import state
from kg.resolve import targets as resolve_targets
from tests.claim_helpers import resolved_names

# Constructed (see the module's docstring): a remit title's possessive.
REMIT = "Germany praised the UN Special Envoy for Yemen's work on the truce."

# Constructed: a denial of the contents of a report whose author is named.
CONTENTS = "Egypt's foreign ministry denied contents of the Amnesty International report."

# Constructed: a charge by an office aimed at the office's own owner by name.
OFFICE = "Emile Lahoud's office accused Lahoud of lying."

# Constructed: a list of states the parser breaks after "According to X," (the states before
# the last one hang from the organisation's name, the last is the verb's subject).
LISTED = (
    "According to the Committee to Protect Journalists, Iran, Vietnam, Belarus, and Eritrea "
    "imprison more journalists than any other countries."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (
        state.REMIT_POSSESSORS,
        targets_denials.DOCUMENT_PART_AUTHORS,
        resolve_targets.OWNERS_OF_OFFICE,
        targets_coordinated.BROKEN_STATE_LISTS,
    )
    yield
    (
        state.REMIT_POSSESSORS,
        targets_denials.DOCUMENT_PART_AUTHORS,
        resolve_targets.OWNERS_OF_OFFICE,
        targets_coordinated.BROKEN_STATE_LISTS,
    ) = saved


def test_a_remit_titles_possessive_is_the_titles(nlp: Language, restore: None) -> None:
    state.REMIT_POSSESSORS = True
    assert resolved_names(nlp, REMIT) == {("Germany", "approve", ("United Nations",))}
    state.REMIT_POSSESSORS = False
    assert resolved_names(nlp, REMIT) == {("Germany", "approve", ("Yemen",))}


def test_a_denial_of_a_reports_contents_answers_its_author(nlp: Language, restore: None) -> None:
    targets_denials.DOCUMENT_PART_AUTHORS = True
    assert resolved_names(nlp, CONTENTS) == {
        ("Egypt's foreign ministry", "deny", ("Amnesty International",))
    }
    targets_denials.DOCUMENT_PART_AUTHORS = False
    assert resolved_names(nlp, CONTENTS) == {("Egypt's foreign ministry", "deny", ())}


def test_an_offices_charge_is_not_aimed_at_its_owner(nlp: Language, restore: None) -> None:
    resolve_targets.OWNERS_OF_OFFICE = True
    assert resolved_names(nlp, OFFICE) == {("Emile Lahoud's office", "accuse", ())}
    resolve_targets.OWNERS_OF_OFFICE = False
    assert resolved_names(nlp, OFFICE) == {("Emile Lahoud's office", "accuse", ("Emile Lahoud",))}


def _listed(nlp: Language, text: str, last: str) -> list[str]:
    doc = nlp(text)
    mentions = extract_mentions(doc)
    target = next(m for m in mentions if m.span.text == last)
    context = _Context(doc, doc.text, mentions, (), (), (), frozenset())
    return [t.text for t in targets_coordinated._states_listed_before(target, context)]


def test_the_states_listed_before_a_broken_lists_last(nlp: Language) -> None:
    assert _listed(nlp, LISTED, "Eritrea") == ["Belarus", "Vietnam", "Iran"]
    # one state before "and" is a plain coordination, not a list the rule reads
    assert _listed(nlp, "Iran and Eritrea imprison more journalists.", "Eritrea") == []
