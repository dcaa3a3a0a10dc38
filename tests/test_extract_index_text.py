"""The document index's text (:func:`kg.extract._index.build_index`) is ``doc.text``, read
off the token columns instead of spaCy's join over a new Token per token."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from kg.extract._index import build_index
from kg.nlp import extracting_pipeline, stashed_extraction

ROOT = Path(__file__).resolve().parents[1]


def test_index_text_is_the_docs_text(nlp: Language) -> None:
    first = (ROOT / "corpus" / "kremlin-belarus.jsonl").read_text(encoding="utf-8")
    texts = [
        json.loads(first.splitlines()[0])["text"],  # paragraphs: newline tokens
        "",
        "  Two  spaces,\ttabs and a trailing newline.\n",
        "Moscow denied it.",
    ]
    for text in texts:
        doc = nlp(text)
        assert build_index(doc).text == doc.text == text


def test_extractor_component_extracts_the_parsed_text() -> None:
    text = "Kyiv accused Moscow of shelling the port.\n\nMoscow denied it."
    extraction, _ = stashed_extraction(extracting_pipeline()(text))
    assert not isinstance(extraction, str)
    assert extraction.article.text == text
    assert [c.stance.value for c in extraction.claims] == ["accuse", "deny"]
