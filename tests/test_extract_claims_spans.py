"""Content spans (:mod:`kg.extract.claims.spans`): a content that opens with a condition
keeps its "if" (round 20, issue 12), so that the claim says what the speaker said."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import extract_claims, spans
from kg.extract.mentions import extract_mentions

# corpus/kremlin-russia-ukraine.jsonl (a question at a Kremlin news conference)
CONDITION = (
    "Kommersant newspaper correspondent Andrei Kolesnikov: You recently said that if the West "
    "remains aggressive, you will be an eternal president."
)


def _contents(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [c.content.text for c in extract_claims(doc, extract_mentions(doc)) if c.content]


def test_a_content_keeps_the_if_of_its_condition(nlp: Language) -> None:
    assert _contents(nlp, CONDITION) == [
        "if the West remains aggressive, you will be an eternal president"
    ]


def test_the_older_trim_drops_it(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spans, "KEEP_CONDITION", False)
    assert _contents(nlp, CONDITION) == [
        "the West remains aggressive, you will be an eternal president"
    ]
