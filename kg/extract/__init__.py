"""Extraction: one spaCy ``Doc`` in, one plain-data :class:`~kg.model.Extraction` out.

One module per kind of extraction, each working on spaCy spans (as in textacy's
``extract/``): :mod:`~kg.extract.mentions` (actor mentions with roles),
:mod:`~kg.extract.relations` (subject-predicate-object), :mod:`~kg.extract.claims`
(who says what about whom, with stance).  spaCy objects never leave this package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from kg.extract._index import indexed
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.address_speech import ADDRESS_RULE
from kg.extract.claims.posts import POST_RULE
from kg.extract.mentions import extract_mentions, to_span
from kg.extract.relations import extract_relations
from kg.extract.subjects import sentence_subjects
from kg.model import Article, Extraction, Span
from kg.resolve.voice import (
    head_office,
    is_post,
    labelled_post,
    remarks_transcript,
    signed_statement,
)

__all__ = [
    "extract",
    "extract_claims",
    "families",
    "gated",
    "extract_mentions",
    "extract_relations",
]


def extract(doc: Doc, article: Article, *, gate: bool = True) -> Extraction:
    """Read mentions, relations and claims off a parsed article.

    ``doc`` must be the parse of ``article.text`` so that offsets line up.  With
    ``gate=False`` (the build's parser processes, which see the text but not its
    metadata) the families of one kind of text (:data:`KIND_GATES`) are read too, and
    resolution keeps their claims in that kind of text only.
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
            # every family but the optional ones and those of another kind of text: an
            # author's claims are kept by resolution in official texts only
            claims=extract_claims(
                doc, mentions, rules=families(article) if gate else RULES - OPTIONAL
            ),
            subjects=sentence_subjects(doc),
        )


#: Families read only in one kind of text, with the test of the kind on the article's
#: metadata (its publisher and byline): an official account's post in its own voice
#: (``post_voice``) is read in an official post only, the one text resolution keeps its
#: claims in.  The build's parser processes see the text alone (:class:`kg.nlp.Extractor`,
#: ``gate=False``): they read every family and resolution drops the claims of another kind
#: of text (round 25; round 24 gated here without the article and found no post claim;
#: handing the workers the metadata with ``as_tuples`` tokenized in the main process and
#: hung a stopped build on spaCy's queues).
KIND_GATES: dict[str, Callable[[Article], bool]] = {
    POST_RULE: is_post,
    # a speech's sentences (round 35): read on a head of state's site only
    # ... and in a statement a named person signs (round 41, official50: STATEMENT_SPEECH)
    # ... and in an official transcript of remarks or a briefing (round 42, remarks53:
    # voice.REMARKS_SPEECH)
    ADDRESS_RULE: lambda article: (
        head_office(article.outlet) is not None
        or signed_statement(article)
        or remarks_transcript(article)
        # ... and in an official post opened by a speaker's handle or label (round 43,
        # posts55: voice.POST_SPEECH)
        or labelled_post(article)
    ),
}


def families(article: Article) -> frozenset[str]:
    """The families read in ``article``: every one but the optional ones, less those
    gated to another kind of text (:data:`KIND_GATES`).

    >>> POST_RULE in families(Article("a", "...", "s", outlet="Reuters"))
    False
    >>> POST_RULE in families(
    ...     Article("a", "...", "s", outlet="U.S. Department of State", byline="@StateDept")
    ... )
    True
    """
    return gated(RULES - OPTIONAL, article)


def gated(rules: Iterable[str], article: Article) -> frozenset[str]:
    """``rules`` less the families gated to a kind of text ``article`` is not
    (:data:`KIND_GATES`): what a run that chooses its own families reads in it."""
    return frozenset(r for r in rules if r not in KIND_GATES or KIND_GATES[r](article))


def _trimmed(span: Span) -> Span:
    """The span without the paragraph breaks spaCy attaches to a sentence's end."""
    text = span.text.rstrip()
    start = len(text) - len(text.lstrip())
    return Span(span.start + start, span.start + len(text), text[start:])
