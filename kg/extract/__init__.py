"""Extraction: one spaCy ``Doc`` in, one plain-data :class:`~kg.model.Extraction` out.

One module per kind of extraction, each working on spaCy spans (as in textacy's
``extract/``): :mod:`~kg.extract.mentions` (actor mentions with roles),
:mod:`~kg.extract.relations` (subject-predicate-object), :mod:`~kg.extract.claims`
(who says what about whom, with stance).  spaCy objects never leave this package.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract._index import indexed
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions, to_span
from kg.extract.relations import extract_relations
from kg.extract.subjects import sentence_subjects
from kg.model import Article, Extraction, Span

__all__ = ["extract", "extract_claims", "extract_mentions", "extract_relations"]


def extract(doc: Doc, article: Article) -> Extraction:
    """Read mentions, relations and claims off a parsed article.

    ``doc`` must be the parse of ``article.text`` so that offsets line up.
    """
    with indexed(doc) as index:  # one index for the three extractors
        if index.text != article.text:
            raise ValueError(f"{article.source}: the parse does not match the article text")
        mentions = extract_mentions(doc)
        return Extraction(
            article=article,
            sentences=tuple(_trimmed(to_span(sent)) for sent in index.sentences),
            mentions=mentions,
            relations=extract_relations(doc),
            # every family but the optional ones: an author's claims are kept by
            # resolution in official texts only
            claims=extract_claims(doc, mentions, rules=RULES - OPTIONAL),
            subjects=sentence_subjects(doc),
        )


def _trimmed(span: Span) -> Span:
    """The span without the paragraph breaks spaCy attaches to a sentence's end."""
    text = span.text.rstrip()
    start = len(text) - len(text.lstrip())
    return Span(span.start + start, span.start + len(text), text[start:])
