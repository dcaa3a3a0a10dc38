"""Round 39 (issue 12, branch ``targets44``): a possessive that stands after a preposition
inside a claim's target ("denied any involvement in X's death") is the possessor of that
preposition's object -- the deed's victim or place -- not of the target's head, so it names
no target (``kg.resolve.state.HEAD_POSSESSORS``).

The sentences are constructed, and say so: the corpus texts in no gold part (their URLs are
in no line of the claims gold, its agreement files, its pool or the allegations gold) hold no
hostile claim whose target has an actor's possessive after "in", "on", "against" and the like
(searched with a regular expression over ``corpus/*.jsonl``: the matches were a day's
possessive, "Friday's attack", and agentless passives)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.resolve import state
from tests.claim_helpers import resolved_names

# Constructed (see the module's docstring): the victim's possessive inside a denied deed.
VICTIM = "The Kremlin denied any involvement in Navalny's death."

# Constructed: a possessive that starts the target is its possessor.
OWNER = "Russia rejected Britain's accusations."

# Constructed: "of" names the head's doer, and is not an embedding preposition.
DOER = "Germany criticized the response of Hungary's government."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = state.HEAD_POSSESSORS
    yield
    state.HEAD_POSSESSORS = saved


def test_a_possessive_inside_a_denied_deed_is_no_target(nlp: Language, restore: None) -> None:
    state.HEAD_POSSESSORS = True
    assert resolved_names(nlp, VICTIM) == {("Russia", "deny", ())}
    state.HEAD_POSSESSORS = False
    assert resolved_names(nlp, VICTIM) == {("Russia", "deny", ("Navalny",))}


def test_a_possessive_that_starts_the_target_is_kept(nlp: Language, restore: None) -> None:
    state.HEAD_POSSESSORS = True
    assert resolved_names(nlp, OWNER) == {("Russia", "deny", ("United Kingdom",))}


def test_of_keeps_the_doers_possessive(nlp: Language, restore: None) -> None:
    state.HEAD_POSSESSORS = True
    targets = {t for _, _, ts in resolved_names(nlp, DOER) for t in ts}
    assert "Hungary" in targets
