"""Actor mentions: named entities, pronouns, definite descriptions, anonymous sources."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.model import Mention, Span

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def to_span(span: SpacySpan | Token) -> Span:
    """Character span of a spaCy span or token, as plain data."""
    if isinstance(span, Token):
        return Span(span.idx, span.idx + len(span.text), span.text)
    return Span(span.start_char, span.end_char, span.text)


def sentence_index(token: Token) -> int:
    """Index of the sentence holding ``token`` among ``token.doc.sents``."""
    doc = token.doc
    if "kg_sentence_starts" not in doc.user_data:
        doc.user_data["kg_sentence_starts"] = [sent.start for sent in doc.sents]
    starts: list[int] = doc.user_data["kg_sentence_starts"]
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # last start <= token.i
        mid = (lo + hi + 1) // 2
        if starts[mid] <= token.i:
            lo = mid
        else:
            hi = mid - 1
    return lo


def mention_from_span(span: SpacySpan, label: str | None = None) -> Mention:
    """A :class:`Mention` for any span: an entity, a noun phrase or a pronoun."""
    head = span.root
    if label is None:
        if span.label_:
            label = span.label_
        elif head.pos_ == "PRON":
            label = "PRON"
        elif head.ent_type_:
            label = head.ent_type_
        else:
            label = "NOMINAL"
    return Mention(
        span=to_span(span),
        label=label,
        sentence=sentence_index(head),
        head=head.lower_,
        plural=head.tag_ in ("NNS", "NNPS"),
    )


def extract_mentions(doc: Doc) -> tuple[Mention, ...]:
    """Every entity mention of an actor-like type, in text order."""
    return tuple(mention_from_span(ent) for ent in doc.ents if ent.label_ in ACTOR_LABELS)
