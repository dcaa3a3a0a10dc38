"""A name the tagger began at its second initial gets its initials back (round 15, branch
collective15): "army chief A K Mathur" is tagged "K Mathur", an organisation.  Wire-style
sentences written for these tests, none of them in the gold set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import mentions
from tests.claim_helpers import resolved


def _claimers(nlp: Language, text: str) -> set[str]:
    return {c for c, _, _ in resolved(nlp, text)}


def test_a_name_cut_after_its_first_initial_gets_it_back(nlp: Language) -> None:
    text = "Indian army chief A K Mathur said Pakistan had sheltered the militants."
    assert "A K Mathur" in _claimers(nlp, text)


def test_a_name_tagged_whole_is_unchanged(nlp: Language) -> None:
    text = "Home Secretary G K Pillai told reporters that the attackers came from Pakistan."
    assert "G K Pillai" in _claimers(nlp, text)


def test_the_switch_leaves_the_cut_name(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "INITIALS", False)
    monkeypatch.setattr(mentions, "ORG_QUALIFIERS", False)  # round 37: it takes "A" too
    text = "Indian army chief A K Mathur said Pakistan had sheltered the militants."
    assert "A K Mathur" not in _claimers(nlp, text)
