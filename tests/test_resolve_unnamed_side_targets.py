"""A hostile claim aimed at unnamed sources who speak for a state ("Russian officials",
"Indian officials") is aimed at that state, as the guide keeps such sources with their state
as an alias; a named group or a claim of approval is left as it was.

The sentences are our own, in the register of wire copy about disputes between states; none
is in the claims gold set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve.targets as targets
from tests.claim_helpers import resolved_names as resolved


def targets_of(found: set[tuple[str, str, tuple[str, ...]]], stance: str) -> set[str]:
    return {t for _, s, names in found if s == stance for t in names}


def test_a_denial_of_what_a_states_officials_said_is_aimed_at_the_state(nlp: Language) -> None:
    text = (
        "Iranian officials say Azerbaijan is letting foreign drones fly over its territory. "
        "Azerbaijani officials deny this."
    )
    assert targets_of(resolved(nlp, text), "deny") == {"Iran"}


def test_an_accusation_against_a_states_officials_is_aimed_at_the_state(
    nlp: Language,
) -> None:
    text = "Kosovo's prime minister accused Serbian officials of stoking the unrest in the north."
    assert targets_of(resolved(nlp, text), "accuse") == {"Serbia"}


def test_off_the_unnamed_sources_stay(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(targets, "UNNAMED_SIDE_TARGETS", False)
    text = (
        "Iranian officials say Azerbaijan is letting foreign drones fly over its territory. "
        "Azerbaijani officials deny this."
    )
    assert targets_of(resolved(nlp, text), "deny") == {"anonymous sources (Iran)"}
