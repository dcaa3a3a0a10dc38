"""Round 36's savings in extraction (branch ``speed37``), each the same answers as before:
a token range's plain span read off the index's token offsets
(:func:`kg.extract.mentions.plain_span`) where :func:`~kg.extract.relations._predicate_span`
and :func:`~kg.extract.claims.spans._token_span` built a spaCy Span only to turn it into
plain data, the trimmed bounds those spans are cut to, each sentence's subject
(:func:`kg.extract.subjects.sentence_subjects`) and a pronoun's mention
(:func:`kg.extract.mentions._pronoun_mention`, where a one-word Span was built).  The
sentences are those of older tests (wire-style copy in no gold part)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract._index import expanded_span, indexed
from kg.extract.claims import spans
from kg.extract.mentions import _pronoun_mention, mention_from_span, plain_span, to_span
from kg.extract.relations import extract_relations
from kg.extract.subjects import sentence_subjects

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


def test_sentence_subjects_the_same_off_the_index_and_off_spacy(nlp: Language) -> None:
    doc = nlp(TEXT)
    outside = sentence_subjects(doc)  # no index: spaCy's spans, then their plain data
    with indexed(doc):
        inside = sentence_subjects(doc)
    assert inside == outside
    assert [m.span.text for m in inside] == [doc.text[m.span.start : m.span.end] for m in inside]


def test_pronoun_mentions_as_mention_from_span_made_them(nlp: Language) -> None:
    doc = nlp(f"{TEXT} She said they and we would not; it was theirs, he told them.")
    words = [t for t in doc if t.pos_ == "PRON" or t.tag_ in ("NNS", "NNPS")]
    assert len(words) > 8
    expected = [mention_from_span(doc[t.i : t.i + 1], "PRON") for t in words]
    assert [_pronoun_mention(t) for t in words] == expected  # no index
    with indexed(doc):
        assert [_pronoun_mention(t) for t in words] == expected


def test_the_index_lowers_are_the_tokens_lower_forms(nlp: Language) -> None:
    """``answered_charge._contradicts`` looks for "too" in the index's column."""
    doc = nlp(f"{TEXT} It was far too regular to be a mistake, TOO regular.")
    with indexed(doc) as index:
        for start, end in ((0, len(doc)), (3, 9), (len(doc) - 8, len(doc))):
            span = doc[start:end]
            assert list(index.lowers[span.start : span.end]) == [t.lower_ for t in span]
        assert "too" in index.lowers


def test_target_tokens_and_speaker_sides_as_spacy_spans_gave_them(nlp: Language) -> None:
    from kg.extract.claims.content_base import _find_speaker_sides
    from kg.extract.claims.targets_coordinated import _target_token
    from kg.extract.mentions import extract_mentions

    doc = nlp(TEXT)
    mentions = extract_mentions(doc)
    assert len(mentions) > 5
    context = type("Context", (), {"doc": doc})()
    bounds = [(m.span.start, m.span.end) for m in mentions] + [(1, 9), (0, len(doc.text))]
    with indexed(doc):
        for mention in mentions:
            span = doc.char_span(mention.span.start, mention.span.end)
            expected = None if span is None or not len(span) else span.root
            for _ in range(2):  # asked again: the shared answer
                assert _target_token(mention, context) == expected  # type: ignore[arg-type]
        sides = [_find_speaker_sides(doc, *b) for b in bounds]
        shared = [expanded_span(doc, *b) for b in bounds]
    # what _find_speaker_sides now reads is spaCy's expanded span, as it read before
    assert shared == [doc.char_span(*b, alignment_mode="expand") for b in bounds]
    assert sides == [_find_speaker_sides(doc, *b) for b in bounds]  # outside the index
