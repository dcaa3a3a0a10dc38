"""Round 20's document-wide scans off the index (:func:`kg.extract._index.doc_words`,
:func:`kg.extract.claims.mutual._lowered`) find the tokens a walk of every Token finds,
with the index active and without it."""

from __future__ import annotations

import pytest

from kg.extract._index import doc_words, indexed
from kg.extract.claims.mutual import _lowered
from kg.nlp import load_pipeline

# VOA, https://www.globalsecurity.org/intell/library/news/2001/intell-010703-182c92f9.htm
# (benchmarks/claims/pool/voa_pool.jsonl; in no gold part)
TEXT = (
    "China has blamed the United States for the crash, and refused to allow U-S "
    "technicians to repair the plane and fly it back home in one piece."
)


@pytest.fixture(scope="module")
def doc():
    return load_pipeline()(TEXT)


def test_doc_words_same_tokens_with_and_without_index(doc) -> None:
    lemmas = frozenset({"blame", "refuse", "plane"})
    walked = [t.i for t in doc if t.lemma_.lower() in lemmas]
    assert [t.i for t in doc_words(doc, lemmas)] == walked
    with indexed(doc):
        assert [t.i for t in doc_words(doc, lemmas)] == walked
    assert [doc[i].lemma_.lower() for i in walked] == ["blame", "refuse", "plane"]


def test_lowered_same_tokens_with_and_without_index(doc) -> None:
    walked = [t.i for t in doc if t.lower_ == "blamed"]
    assert walked and [t.i for t in _lowered(doc, "blamed")] == walked
    with indexed(doc):
        assert [t.i for t in _lowered(doc, "blamed")] == walked
