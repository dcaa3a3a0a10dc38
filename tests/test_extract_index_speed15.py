"""Round 15's readings off the document index (branch speed15) give the answers the
Tokens give, with and without an index active."""

from __future__ import annotations

import pytest

from kg.extract._index import index_of, indexed, words_among
from kg.extract.claims.content_base import _sides, _speaker_sides
from kg.extract.claims.rebukes import _ADDRESSING_VERBS, _addressing_verbs
from kg.extract.mentions import (
    _is_actor_pronoun,
    _is_definite_description,
    _is_group_description,
    _may_mention,
    is_anonymous_source,
)
from kg.extract.relations import (
    _modality,
    _negated,
    _predicate_span,
    _predicate_text,
    _predicate_words,
    _surface,
)
from kg.model import Mention, Span
from kg.nlp import load_pipeline

# wire copy about international disputes, in no gold part
TEXT = (
    "South Sudan's army said on Tuesday it was ready to defend the border against Sudanese "
    "forces, and a senior official who spoke on condition of anonymity told the president "
    '"mind your own business". The ministry would not rule out further steps and has no '
    "longer been willing to talk. Officials in Khartoum, the Sudanese capital, denied the "
    "claims and said the troops were still being pulled back, but they could be sent again."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_pipeline()(TEXT)


def test_words_among_prefilters_what_the_callers_test(doc) -> None:  # type: ignore[no-untyped-def]
    tokens = list(doc)
    wanted = frozenset({"ready", "say", "tell", "step"})
    assert index_of(doc) is None
    assert words_among(tokens, wanted) == tokens  # no index: every token, the caller tests
    with indexed(doc):
        found = [t.i for t in words_among(tokens, wanted)]
        verbs = [t.i for t in words_among(tokens, wanted, "VERB")]
    assert found == [t.i for t in doc if t.lemma_.lower() in wanted]
    assert verbs == [t.i for t in doc if t.lemma_.lower() in wanted and t.pos_ == "VERB"]
    assert verbs  # "said", "told"


def test_addressing_verbs_the_same_with_the_index(doc) -> None:  # type: ignore[no-untyped-def]
    spacy = [t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in _ADDRESSING_VERBS]
    assert [t.i for t in _addressing_verbs(doc)] == spacy
    with indexed(doc):
        assert [t.i for t in _addressing_verbs(doc)] == spacy
    assert spacy  # "said", "told"


def test_may_mention_keeps_every_token_a_mention_test_takes(doc) -> None:  # type: ignore[no-untyped-def]
    def tests() -> list[tuple[int, bool, bool, bool, bool]]:
        return [
            (
                t.i,
                _is_actor_pronoun(t),
                is_anonymous_source(t),
                _is_definite_description(t),
                _is_group_description(t),
            )
            for t in doc
            if t.pos_ in ("PRON", "NOUN", "PROPN") and not t.ent_type_
        ]

    alone = tests()
    with indexed(doc):
        assert tests() == alone
    taken = {i for i, *found in alone if any(found)}
    assert taken  # "it", "official", "the ministry", "troops"
    for token in doc:
        if token.i in taken:
            assert _may_mention(token.pos_, token.lower_, token.lemma_.lower(), token.dep_)


def test_sides_the_same_with_the_index(doc) -> None:  # type: ignore[no-untyped-def]
    class _Context:  # what _speaker_sides reads of a rule's context
        def __init__(self, doc) -> None:  # type: ignore[no-untyped-def]
            self.doc = doc

    army = Mention(Span(0, 22, doc.text[0:22]), "ORG", 0)  # "South Sudan's army"
    alone = (_sides(list(doc)), _speaker_sides(army, _Context(doc)))  # type: ignore[arg-type]
    with indexed(doc):
        shared = (_sides(list(doc)), _speaker_sides(army, _Context(doc)))  # type: ignore[arg-type]
        again = _speaker_sides(army, _Context(doc))  # type: ignore[arg-type]
        again.add("changed")  # a copy: the remembered answer stays
        assert _speaker_sides(army, _Context(doc)) == shared[1]  # type: ignore[arg-type]
    assert alone == shared
    assert shared[0]  # Sudan, South Sudan


def test_verb_groups_the_same_with_the_index(doc) -> None:  # type: ignore[no-untyped-def]
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]

    def answers() -> list[object]:
        found: list[object] = []
        for verb in verbs:
            chain = [verb]
            span = _predicate_span(chain, _predicate_words(chain, None), set())
            found.append(
                (
                    _negated(verb),
                    _modality(verb),
                    _predicate_text(chain, False, None),
                    (span.start, span.end),
                    _surface(chain, None),
                )
            )
        return found

    alone = answers()
    with indexed(doc):
        assert answers() == alone
    assert any(negated for negated, *_ in alone)  # "would not rule out", "no longer"
    assert any(modal for _, modal, *_ in alone)  # "would", "could"
