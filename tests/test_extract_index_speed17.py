"""Round 17's readings off the document index (branch speed17) give the answers the
Tokens give, with and without an index active."""

from __future__ import annotations

import pytest

from kg.extract._index import children_of, index_of, indexed
from kg.extract.claims.base import _Context
from kg.extract.claims.denials import _charged_sentences
from kg.extract.relations import _kids
from kg.nlp import load_pipeline

# wire copy about international disputes, in no gold part
TEXT = (
    "Armenia accused Azerbaijan on Monday of shelling border villages overnight. Baku "
    "rejected the claims as groundless and said its units had only returned fire. The "
    "talks in Brussels will resume next week, a spokesman for the European Union said. "
    "Officials suspect that the drones were launched from across the frontier."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_pipeline()(TEXT)


def test_children_are_the_index_tokens_in_text_order(doc) -> None:  # type: ignore[no-untyped-def]
    assert index_of(doc) is None
    outside = [[c.i for c in children_of(t)] for t in doc]
    assert outside == [[c.i for c in t.children] for t in doc]
    with indexed(doc) as index:
        inside = [[c.i for c in children_of(t)] for t in doc]
        kids = [[c.i for c in _kids(t)] for t in doc]
        shared = children_of(doc[1])
        assert all(c is index.tokens[c.i] for c in shared)  # the index's shared tokens
    assert inside == outside == kids


def test_charged_sentences_read_off_the_columns(doc) -> None:  # type: ignore[no-untyped-def]
    context = _Context(doc, TEXT, (), (), (), (), frozenset())
    outside = _charged_sentences((), context)
    with indexed(doc):
        inside = _charged_sentences((), context)
    # "accused", "the claims", "suspect": the first, second and fourth sentences
    assert inside == outside == frozenset({0, 1, 3})


def test_plain_spans_are_made_once_per_bounds(doc) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.mentions import to_span

    pieces = [doc[0], doc[0:1], doc[2:4], doc[5:5], doc[10:13], doc.sents.__next__()]
    outside = [to_span(p) for p in pieces]
    with indexed(doc):
        inside = [to_span(p) for p in pieces]
        assert to_span(doc[0]) is to_span(doc[0:1])  # a token and its span: one Span
        assert to_span(doc[2:4]) is inside[2]
    assert inside == outside
    assert [s.text for s in inside] == [TEXT[s.start : s.end] for s in inside]
