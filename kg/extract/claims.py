"""Claims: who says what about whom, with what stance."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.model import Claim, Mention


def extract_claims(doc: Doc, mentions: tuple[Mention, ...]) -> tuple[Claim, ...]:
    return ()
