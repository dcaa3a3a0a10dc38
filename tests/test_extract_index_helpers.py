"""Helpers that read the document index instead of building Tokens (round 13's
extraction speed-up) give spaCy's answers, and the same answers with no index active."""

from __future__ import annotations

import pytest

from kg.extract._index import (
    children_of,
    conjuncts_of,
    doc_span,
    expanded_span,
    index_of,
    indexed,
    outer_head,
    span_tokens,
)
from kg.extract.claims.prose import _span_root
from kg.extract.claims.spans import _trimmed
from kg.extract.claims.voice import _last_paragraph, _root
from kg.nlp import load_pipeline

# wire copy about international disputes, in no gold part
TEXT = (
    "Armenia and Azerbaijan traded accusations on Monday over a border clash, with "
    'Yerevan, Paris and Brussels calling for restraint. "We will respond firmly," the '
    "defence ministry in Baku said in a statement, adding that Armenian forces had "
    "shelled its positions and villages.\n\nThe foreign ministry said: officials in "
    "Yerevan denied the claims, which they called 'baseless and provocative'."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_pipeline()(TEXT)


def test_conjuncts_and_children_are_spacys(doc) -> None:  # type: ignore[no-untyped-def]
    assert index_of(doc) is None
    alone = [([t.i for t in conjuncts_of(x)], [t.i for t in children_of(x)]) for x in doc]
    with indexed(doc):
        shared = [([t.i for t in conjuncts_of(x)], [t.i for t in children_of(x)]) for x in doc]
    spacy = [([t.i for t in x.conjuncts], [t.i for t in x.children]) for x in doc]
    assert alone == shared == spacy
    assert any(len(c) >= 2 for c, _ in spacy)  # "Yerevan, Paris and Brussels" coordinated


def test_roots_and_trimmed_spans_the_same_with_the_index(doc) -> None:  # type: ignore[no-untyped-def]
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a + 1, min(a + 12, len(doc) + 1))]
    spans += list(doc.sents)

    def answers() -> list[object]:
        found: list[object] = []
        for span in spans:
            found.append((_root(span).i, _span_root(span).i))
            trimmed = _trimmed(doc, span.start, span.end)
            found.append(None if trimmed is None else (trimmed.start, trimmed.end))
        for sentence in doc.sents:
            found.append(_last_paragraph(sentence).start)
        return found

    alone = answers()
    with indexed(doc):
        head = outer_head(doc[0:3])
        assert head is not None and head.i in range(3)
        shared = answers()
    assert shared == alone
    # the spans are real tests: edge punctuation and quotation marks trimmed somewhere
    trimmed = [_trimmed(doc, span.start, span.end) for span in spans]
    assert any(
        t is not None and (t.start, t.end) != (s.start, s.end)
        for t, s in zip(trimmed, spans, strict=True)
    )


def test_span_tokens_doc_span_and_expanded_span_are_spacys(doc) -> None:  # type: ignore[no-untyped-def]
    """Round 14's helpers: a span's tokens, a span by bounds (shared inside ``indexed``)
    and ``char_span(..., alignment_mode="expand")`` (remembered) give spaCy's answers."""
    bounds = [(a, b) for a in range(0, len(doc), 3) for b in (a, a + 1, a + 4, len(doc) + 2)]
    chars = [(a, b) for a in range(0, len(doc.text), 7) for b in (a + 1, a + 9, a + 30)]

    def answers() -> list[object]:
        found: list[object] = []
        for sentence in doc.sents:
            found.append([t.i for t in span_tokens(sentence)])
        for a, b in bounds:
            span = doc_span(doc, a, b)
            found.append((span.start, span.end, span.text))
        for a, b in chars:
            span = expanded_span(doc, a, min(b, len(doc.text)))
            found.append(None if span is None else (span.start, span.end))
        return found

    alone = answers()
    with indexed(doc):
        shared = answers()
        assert doc_span(doc, 2, 5) is doc_span(doc, 2, 5)  # built once per bounds
    spacy: list[object] = [[t.i for t in sentence] for sentence in doc.sents]
    spacy += [(doc[a:b].start, doc[a:b].end, doc[a:b].text) for a, b in bounds]
    for a, b in chars:
        span = doc.char_span(a, min(b, len(doc.text)), alignment_mode="expand")
        spacy.append(None if span is None else (span.start, span.end))
    assert alone == shared == spacy
