"""Round 41, third wave (speed50, issue 12): the helpers of the author's voice and the
content-stance rules rewritten to read the index's columns and shared tokens answer as the
code they replace, inside the index and out."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract._index import indexed
from kg.extract.claims import content_base, content_needed, content_wronged, voice
from kg.extract.claims.base import _find_main_verbs
from kg.nlp import load_pipeline

TEXT = (
    "Secretary Blinken spoke today with Foreign Minister Rau about Russia's brutal war. "
    "The drone, which was operating in violation of the embargo, was shot down. "
    "Russia is trying to seize the city and will continue to shell it. "
    "There is a need for an immediate cessation of Russian aggression. "
    "Iran has been hiding a covert enrichment program that could build a bomb."
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    nlp: Language = load_pipeline()
    return nlp(TEXT)


def _spans(doc: Doc) -> list[Span]:
    """Every sentence, every span inside one, and spans across two."""
    found = []
    for sentence in doc.sents:
        found.append(sentence)
        for start in range(sentence.start, sentence.end, 3):
            for end in range(start + 1, sentence.end + 1, 4):
                found.append(doc[start:end])
    found.append(doc[2 : len(doc) - 2])
    return found


def _old_content_heads(span: Span) -> list[Token]:
    return [t for t in span if t.head == t or not (span.start <= t.head.i < span.end)]


def _old_modal(verb: Token, words: frozenset[str]) -> bool:
    for token in (verb, *(a for a in verb.ancestors if verb.dep_ == "xcomp")):
        if any(c.dep_ == "aux" and c.lower_ in words for c in token.children):
            return True
        if token.dep_ != "xcomp" and token is not verb:
            break
    return False


def _indices(tokens: list[Token]) -> list[int]:
    return [t.i for t in tokens]


def test_content_heads_as_before(doc: Doc) -> None:
    spans = _spans(doc)
    expected = [_indices(_old_content_heads(s)) for s in spans]
    assert [_indices(content_needed._content_heads(s)) for s in spans] == expected
    with indexed(doc):
        assert [_indices(content_needed._content_heads(s)) for s in spans] == expected


def test_clauses_and_main_verbs_as_before(doc: Doc) -> None:
    """``_clauses`` (its relative clauses off the dependency column) and the verb roots of
    ``_find_main_verbs`` (the index's shared tokens) inside the index as outside."""
    spans = _spans(doc)
    outside = [
        (_indices(content_wronged._clauses(s, _find_main_verbs(s))), _indices(_find_main_verbs(s)))
        for s in spans
    ]
    with indexed(doc):
        inside = [
            (
                _indices(content_wronged._clauses(s, _find_main_verbs(s))),
                _indices(_find_main_verbs(s)),
            )
            for s in spans
        ]
    assert inside == outside
    assert any(doc[i].dep_ == "relcl" for clauses, _ in outside for i in clauses)


def test_modal_as_before(doc: Doc) -> None:
    words = frozenset({"will", "could", "would"})
    expected = [_old_modal(t, words) for t in doc]
    assert [content_base._modal(t, words) for t in doc] == expected
    with indexed(doc):
        assert [content_base._modal(t, words) for t in doc] == expected
    assert any(expected) and any(t.dep_ == "xcomp" for t in doc)


def test_reporting_subject(doc: Doc) -> None:
    """The readout's official is its verb's named subject; no other root has one."""
    roots = [s.root for s in doc.sents]
    found = [voice._reporting_subject(root) for root in roots]
    assert found[0] is not None and found[0].text == "Blinken"
    assert found[1:] == [None] * (len(roots) - 1)
