"""One claim per conjoined clause when their stances differ (round 25, criticism25; the
family ``conjoined_stances``, the guide's point 13).

A reported content of two conjoined clauses takes the stance the content rules find first:
"said the Congolese army crossed a red line by shelling Rwanda territory and that Rwanda
reserves the right to defend itself" is read as one accusation, and its threat is lost; "says
the proposal is no more than semantics and that as long as Taiwan refuses ..., the situation
across the Strait will be very dangerous" as one criticism.  The guide's point 13 gives such
contents one claim per clause when their stances differ ("is not interested in war, but will
retaliate if attacked": ``assert`` and ``threaten``).  This refinement reads the stance of each
conjoined clause of a content apart and, when they differ, replaces the claim by one claim per
clause (each with its own stance, targets and content); when they agree it keeps the claim.

Only contents whose head verb has a conjoined verb with a subject of its own or a "that" of
its own (a second that-clause), so that each clause is a statement the content rules can read
alone; a conjoined predicate sharing the first clause's subject is left whole (its stance
rules read the subject off the first clause).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.claims.base import _Context, _tokens_of
from kg.extract.claims.content import _infer_stance
from kg.extract.claims.spans import _token_span
from kg.model import Claim, Stance

#: Stances a split may give or replace (a refusal, report or approval is left whole).
_SPLIT_STANCES = frozenset(
    {Stance.ASSERT, Stance.ACCUSE, Stance.CRITICIZE, Stance.THREATEN, Stance.DENY}
)


#: Whether a clause read as ``assert`` beside one of another stance is split off too (the
#: point's own example, "is not interested in war, but will retaliate"); off: measured in
#: round 25 (benchmarks/claims/RESULTS.md), a split-off assertion is often a clause the gold
#: leaves inside its one claim.
SPLIT_ASSERTS = False


def _head_verb(span: SpacySpan) -> Token | None:
    """The verb heading ``span`` (its head outside the span)."""
    inside = range(span.start, span.end)
    for token in span:
        if token.pos_ in ("VERB", "AUX") and (token.head.i not in inside or token.head == token):
            return token
    return None


def _own_clauses(head: Token, span: SpacySpan) -> list[Token]:
    """The conjoined verbs of ``head`` inside ``span`` that state a clause of their own (a
    subject or a "that" of their own)."""
    own = {
        c.i: c
        for c in head.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and span.start <= c.i < span.end
        and any(g.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for g in c.children)
    }
    # "... by shelling X and that Rwanda reserves the right": a second that-clause the
    # parser hung on a verb inside the first one
    own.update(
        (t.i, t)
        for t in span
        if t.dep_ == "conj"
        and t.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children)
    )
    return [own[i] for i in sorted(own)]


def _clause_bounds(head: Token, clauses: list[Token], span: SpacySpan) -> list[tuple[int, int]]:
    """The token ranges of the first clause and of each conjoined one: each runs from its
    left edge to the next one's, the first from the span's start."""
    starts = [span.start] + [c.left_edge.i for c in clauses]
    ends = starts[1:] + [span.end]
    return [(s, e) for s, e in zip(starts, ends, strict=True) if e > s]


def _split(claim: Claim, context: _Context) -> list[Claim] | None:
    """The claims of ``claim``'s conjoined clauses when their stances differ, else None."""
    if claim.stance not in _SPLIT_STANCES or claim.content is None:
        return None
    span = _tokens_of(claim.content, context)
    if span is None:
        return None
    head = _head_verb(span)
    if head is None:
        return None
    clauses = _own_clauses(head, span)
    if not clauses:
        return None
    parts = []
    for start, end in _clause_bounds(head, clauses, span):
        content = _token_span(context.doc, start, end)
        if content is None:
            return None
        stance, targets, _ = _infer_stance(content, (), context, claim.claimer)
        parts.append((content, stance, targets))
    stances = {stance for _, stance, _ in parts}
    if len(stances) < 2 or (Stance.ASSERT in stances and not SPLIT_ASSERTS):
        return None
    return [
        replace(
            claim,
            stance=stance,
            content=content,
            targets=targets if stance is not Stance.ASSERT or targets else (),
            rule=f"{claim.rule}+conjoined_stances",
        )
        for content, stance, targets in parts
    ]


def conjoined_stances(claims: Iterable[Claim], context: _Context) -> tuple[Claim, ...]:
    """``claims`` with each content of conjoined clauses of differing stances split into one
    claim per clause (see the module's docstring)."""
    found: list[Claim] = []
    for claim in claims:
        split = _split(claim, context) if "reported_speech" in claim.rule else None
        found.extend(split or [claim])
    return tuple(found)
