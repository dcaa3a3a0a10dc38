"""Round 36's savings in extraction (branch ``speed37``), each the same answers as before:
a token range's plain span read off the index's token offsets
(:func:`kg.extract.mentions.plain_span`) where :func:`~kg.extract.relations._predicate_span`
and :func:`~kg.extract.claims.spans._token_span` built a spaCy Span only to turn it into
plain data, and the trimmed bounds those spans are cut to.  The sentences are those of older
tests (wire-style copy in no gold part)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract._index import indexed
from kg.extract.claims import spans
from kg.extract.mentions import plain_span, to_span
from kg.extract.relations import extract_relations

TEXT = (
    "Deputy Foreign Minister Viktor Orlov and Defense Minister Pavel Grachev said the "
    "alliance was escalating the conflict. The Pentagon declined to comment on the report. "
    '"We will not give up," the minister said, and "they" have not been able to stop us. '
    "The European Commission, which had warned that if tensions escalate it would act, "
    "has not yet responded.\n\nOfficials in Kabul did not comment on the incursion."
)


def _old_token_span(doc: Doc, start: int, end: int) -> object:
    """Round 35's ``_token_span``: the trimmed spaCy Span, then its plain data."""
    span = spans._trimmed(doc, start, end)
    return to_span(span) if span is not None else None


def test_plain_span_is_to_span_of_the_spacy_span(nlp: Language) -> None:
    doc = nlp(TEXT)
    bounds = [(s, e) for s in range(len(doc)) for e in range(s + 1, min(len(doc), s + 12) + 1)]
    outside = [plain_span(doc, s, e) for s, e in bounds]  # no index: spaCy's spans
    with indexed(doc):
        inside = [plain_span(doc, s, e) for s, e in bounds]
    assert inside == outside == [to_span(doc[s:e]) for s, e in bounds]
    assert [p.text for p in inside] == [doc[s:e].text for s, e in bounds]


def test_token_span_as_round_35_trimmed_it(nlp: Language) -> None:
    doc = nlp(TEXT)
    bounds = [(s, e) for s in range(len(doc)) for e in range(s, min(len(doc), s + 10) + 1)]
    with indexed(doc):
        new = [spans._token_span(doc, s, e) for s, e in bounds]
        old = [_old_token_span(doc, s, e) for s, e in bounds]
    assert new == old
    assert [spans._token_span(doc, s, e) for s, e in bounds] == old  # outside the index


def test_predicate_spans_the_same_with_and_without_the_index(nlp: Language) -> None:
    doc = nlp(TEXT)
    with indexed(doc):
        inside = extract_relations(doc)
    assert inside  # the sentences have relations
    assert [r.predicate_span for r in inside] == [r.predicate_span for r in extract_relations(doc)]
    for relation in inside:
        span = relation.predicate_span
        assert doc.text[span.start : span.end] == span.text
