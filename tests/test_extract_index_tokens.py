"""The document index's shared Tokens (kg.extract._index.DocIndex.tokens): the rule helpers
read them instead of building ``doc[i]`` again, and must give the answers they give with no
index active (the tests' path, where nothing is shared)."""

from __future__ import annotations

import pytest

from kg.extract._index import index_of, indexed
from kg.extract._phrases import measured_phrase, phrase
from kg.extract.relations import _children, extract_relations
from kg.nlp import load_pipeline

# real news prose (Reuters-style), in no gold part
TEXT = (
    "The Kremlin on Tuesday rejected accusations by Britain's foreign ministry that "
    "Russian military intelligence was behind a series of cyber attacks on European "
    "institutions and companies, calling the charges groundless. Officials in London "
    "said about 59.3 % of the incidents had been traced to the same group."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_pipeline()(TEXT)


def test_index_tokens_are_the_documents_tokens(doc) -> None:  # type: ignore[no-untyped-def]
    with indexed(doc) as index:
        assert len(index.tokens) == len(doc)
        for i, token in enumerate(index.tokens):
            assert token.i == i and token.doc is doc and token == doc[i]
            assert (token.text, token.dep_, token.head.i) == (
                doc[i].text,
                doc[i].dep_,
                doc[i].head.i,
            )
    assert index_of(doc) is None  # the index is gone after the block


def test_helpers_answer_the_same_with_and_without_the_index(doc) -> None:  # type: ignore[no-untyped-def]
    def answers() -> list[object]:
        found: list[object] = []
        for token in doc:
            found.append([c.i for c in _children(token, "nsubj", "dobj", "pobj", "prep")])
            found.append((phrase(token).start, phrase(token).end))
            found.append(phrase(token, keep_conjuncts=True).text)
            found.append(measured_phrase(token).text)
        return found

    alone = answers()
    with indexed(doc):
        shared = answers()
    assert shared == alone
    # the phrases are real ones, not degenerate single tokens
    assert "European institutions and companies" in {str(a) for a in alone}
    assert "about 59.3 % of the incidents" in {str(a) for a in alone}  # a unit symbol kept


def test_relations_the_same_with_the_index_held_by_a_caller(doc) -> None:  # type: ignore[no-untyped-def]
    alone = extract_relations(doc)
    with indexed(doc):
        again = extract_relations(doc)
    assert again == alone and len(alone) >= 3
