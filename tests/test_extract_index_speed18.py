"""Round 18's readings off the document index (branch speed18) give the answers the
Tokens give, with and without an index active."""

from __future__ import annotations

import pytest

from kg.extract import _index
from kg.extract._index import build_index, conjuncts_of, has_dependant, indexed
from kg.extract._phrases import measured_phrase, trim
from kg.extract.relations import (
    RULES,
    _argument_phrases,
    _grammatical_subjects,
    _is_clause_head,
    _is_phrase_argument,
    _is_phrase_argument_at,
    _rule_relations,
)
from kg.nlp import load_pipeline

# wire copy about international disputes, in no gold part
TEXT = (
    "Serbia and Kosovo traded accusations on Tuesday after two police officers were "
    "wounded near the border, which the mission said it would investigate. Belgrade "
    "blamed Pristina's special forces, and the European Union urged both sides to show "
    "restraint. About 59.3 % of the voters backed the plan, the commission said in a "
    "statement released late on Monday."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_pipeline()(TEXT)


def test_string_columns_with_strings_never_read_before(doc) -> None:  # type: ignore[no-untyped-def]
    # the known strings emptied: every id is a miss, looked up in the store
    _index._STRINGS.clear()
    _index._LOWER_LEMMAS.clear()
    for index in (build_index(doc), build_index(doc)):  # the second reads them all known
        assert index.text == doc.text
        assert index.texts == tuple(t.text for t in doc)
        assert index.lowers == tuple(t.lower_ for t in doc)
        assert index.lemmas == tuple(t.lemma_.lower() for t in doc)
        assert index.pos == tuple(t.pos_ for t in doc)
        assert index.deps == tuple(t.dep_ for t in doc)
        assert index.ent_types == tuple(t.ent_type_ for t in doc)
        assert index.children == tuple(tuple(c.i for c in t.children) for t in doc)


def test_phrases_and_conjuncts_the_same_inside_the_index(doc) -> None:  # type: ignore[no-untyped-def]
    def read() -> list[object]:
        return [
            (
                measured_phrase(t).text,
                measured_phrase(t, keep_conjuncts=True).text,
                [w.i for w in trim(list(doc[t.left_edge.i : t.right_edge.i + 1]))],
                [w.i for w in conjuncts_of(t)],
                has_dependant(t, ("nsubj", "nsubjpass")),
            )
            for t in doc
        ]

    outside = read()
    with indexed(doc):
        inside = read()
    assert inside == outside
    assert [[w.i for w in t.conjuncts] for t in doc] == [o[3] for o in outside]  # type: ignore[index]
    assert "About 59.3 % of the voters" in {o[0] for o in outside}  # type: ignore[index]


def test_relation_gates_read_off_the_columns(doc) -> None:  # type: ignore[no-untyped-def]
    def read() -> list[object]:
        return [
            (
                _is_clause_head(t, RULES),
                _is_phrase_argument(t),
                [r.predicate for r in _rule_relations(t, RULES)],
                [s.text for s, _ in _grammatical_subjects(t, RULES).spans],
                [a.text for a in _argument_phrases([t], set())],
            )
            for t in doc
        ]

    outside = read()
    with indexed(doc) as index:
        inside = read()
        at = [_is_phrase_argument_at(t.i, index.deps[t.i], index) for t in doc]
    assert inside == outside
    assert at == [o[1] for o in outside]  # type: ignore[index]
    assert any(o[2] for o in outside)  # type: ignore[index]
