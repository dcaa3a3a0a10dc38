"""Subject-predicate-object relations from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.model import Relation


def extract_relations(doc: Doc) -> tuple[Relation, ...]:
    return ()
