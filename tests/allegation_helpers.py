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


def other_russian_acts() -> list[AllegationSummary]:
    """Three real accusations against Russia of acts no abduction or looting test is about."""
    return [
        # president.gov.ua/en/news/
        # zvernennya-prezidenta-volodimira-zelenskogo-do-uchasnikiv-bl-74821
        summary(
            "shelling",
            "2022-04-10",
            "Currently, Russian shelling and assault of Azovstal do not stop.",
        ),
        # president.gov.ua/en/news/
        # mayemo-vikoristati-ves-nash-vpliv-i-liderstvo-shob-zahistiti-75693
        summary(
            "ports",
            "2022-04-12",
            "We are constantly talking to Boris and other leaders on how to lift the Russian"
            " blockade of our ports.",
        ),
        # president.gov.ua/en/news/
        # promova-prezidenta-ukrayini-volodimira-zelenskogo-v-chatham-74849
        summary("nuclear", "2022-04-20", "The second challenge is, in fact, nuclear blackmail."),
    ]
