"""Shared builders for the corpus-merge tests (tests/test_resolve_corpus_*.py)."""

from __future__ import annotations

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import proposition_terms


def summary(key: str, day: str, text: str, accused: str = "russia") -> AllegationSummary:
    """An accusation against ``accused`` stating ``text``, by Ukraine's president."""
    terms = {term for term in proposition_terms(text) if term not in ("russia", "russian")}
    note = ClaimNote(f"{key}-c", Stance.ACCUSE, "zelenskyy", "ukraine")
    return AllegationSummary(
        key, f"doc-{key}", day, "President of Ukraine", text, (accused,), (accused,), (),
        tuple(sorted(terms)), False, (note,),
    )  # fmt: skip
