"""Round 41 (speed49, issue 12): exact rewrites of extraction's helpers, checked against the
code they replace."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import _index
from kg.extract._index import conjuncts_of, index_for, indexed
from kg.extract.claims import gates
from kg.nlp import load_pipeline

TEXT = (
    "The United States, South Korea and Japan did not condemn the test. "
    "There is no justification for the attacks by Russia and its proxies. "
    "Officials in Kyiv and Warsaw said the strikes on ports and power plants must stop."
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    nlp: Language = load_pipeline()
    return nlp(TEXT)


def _old_present(index: _index.DocIndex, start: int, end: int) -> frozenset[str]:
    """:func:`gates.present`'s miss before round 41: a set, its union, the marks, a copy."""
    found = set(index.lemmas[start:end]).union(index.lowers[start:end])
    found.update(gates.MARKS[dep] for dep in gates._MARKED.intersection(index.deps[start:end]))
    return frozenset(found)


def test_present_holds_the_words_it_held(doc: Doc) -> None:
    """The one-pass frozenset holds the same lemmas, forms and marks as the old set, for
    spans inside one sentence, across two, and empty ones."""
    with indexed(doc) as index:
        sentences = index.sentences
        assert any(index.deps[i] == "neg" for i in range(len(doc)))  # a mark is read
        for first in sentences:
            for last in sentences:
                if last.start < first.start:
                    continue
                gates._last_index = None  # a miss each time
                span = doc[first.start + 1 : last.end - 1]
                assert gates.present(span) == _old_present(index, first.start, last.end)
        gates._last_index = None
        empty = doc[3:3]
        assert gates.present(empty) == _old_present(index, 3, 3) == frozenset()


def test_index_for_answers_as_before(doc: Doc) -> None:
    """Inside :func:`indexed` the active index; outside, one built on the spot."""
    with indexed(doc) as index:
        assert index_for(doc) is index
    built = index_for(doc)
    assert built.texts == tuple(t.text for t in doc) and built is not index


def test_conjuncts_of_matches_spacy(doc: Doc) -> None:
    """``token.conjuncts`` inside the index and out."""
    with indexed(doc):
        inside = [tuple(t.i for t in conjuncts_of(token)) for token in doc]
    outside = [tuple(t.i for t in conjuncts_of(token)) for token in doc]
    expected = [tuple(t.i for t in token.conjuncts) for token in doc]
    assert inside == outside == expected
    assert any(expected)  # the text has conjuncts
