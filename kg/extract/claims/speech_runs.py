"""Quotation runs read as one speech: a quoted sentence that continues a speaker's charge.

'"They have a clear order to do absolutely everything to make the humanitarian catastrophe
... an argument for Ukrainians to cooperate with the occupiers.  This is a war crime."': the
second sentence names nobody; read alone its words name a crime with no doer (an assertion),
but a reader takes "this" as the doing the run's sentence before charged, so it is the same
speaker's charge against the same party.

:func:`.speech_quotes._follow_on_quotes` (and :func:`.speech_after.speakers_named_after`)
give the sentences of a run their speaker and read each one's stance off its own words.
This refinement (``run_charge``) runs after them and carries the run's charge: a follow-on
quotation that reads as a bare assertion, names no actor of its own, refers back ("this",
"that", "it", "they") and holds a word of charge or disapproval takes the stance and
targets of the same speaker's charge or criticism one or two sentences before, in the same
quotation run.  A new speaker, a sentence outside the run, a negated or questioned
sentence, or a sentence naming an actor of its own stops it (its own words decide).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.claims.base import _Context, _tokens_of
from kg.extract.claims.content_lexicon import (
    CONDUCT_ADJECTIVES,
    CONDUCT_NOUNS,
    CRITICAL_ADJECTIVES,
    CRITICAL_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    WRONG_ADJECTIVES,
    WRONG_NOUNS,
)
from kg.extract.mentions import ACTOR_LABELS
from kg.model import Claim, Stance

#: The rules whose claims are a quotation run's follow-on sentences.
_FOLLOW_ON_RULES = ("follow_on_quote", "named_after", "split_run")
#: Stances a run's earlier sentence may carry forward.
_CARRIED = (Stance.ACCUSE, Stance.CRITICIZE)
#: How many sentences back the run's charge may stand.
REACH = 2
#: Whether the follow-on sentence's subject must refer back ("this", "they"); without it any
#: follow-on sentence with a word of charge or disapproval and no named actor continues.
BACK_REFERENCE = True
#: Words that refer back to what the run said before ("This is an invasion", "They are
#: lying", "It was a provocation").
_BACK_REFERENCES = frozenset({"this", "that", "these", "those", "it", "they"})
#: Words of a charge: a hostile act or deed named as such.
_CHARGE_WORDS = HOSTILE_ACTS | HOSTILE_NOUNS
#: Words of disapproval: a doing judged wrong.
_DISAPPROVAL_WORDS = (
    CRITICAL_NOUNS
    | CRITICAL_ADJECTIVES
    | CONDUCT_NOUNS
    | CONDUCT_ADJECTIVES
    | WRONG_NOUNS
    | WRONG_ADJECTIVES
)


def run_charges(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each follow-on quotation read as a bare assertion that continues the same speaker's
    charge or criticism (see the module's docstring) takes that claim's stance (ACCUSE for
    a word of a hostile act, else the earlier claim's) and its targets."""
    changed: dict[int, Claim] = {}
    for i, claim in enumerate(claims):
        if (
            claim.stance is not Stance.ASSERT
            or claim.targets
            or claim.content is None
            or not any(rule in claim.rule for rule in _FOLLOW_ON_RULES)
        ):
            continue
        anchor = _run_anchor(claim, claims[:i])
        if anchor is None:
            continue
        span = _tokens_of(claim.content, context)
        if span is None:
            continue
        stance = _continued_stance(span, anchor.stance)
        if stance is None:
            continue
        changed[i] = replace(
            claim, stance=stance, targets=anchor.targets, rule=f"{claim.rule}+run_charge"
        )
    if not changed:
        return claims
    return tuple(changed.get(i, c) for i, c in enumerate(claims))


def _run_anchor(claim: Claim, before: tuple[Claim, ...]) -> Claim | None:
    """The same speaker's quoted charge or criticism with named targets one to
    :data:`REACH` sentences before ``claim``, when no other speaker's claim stands between
    them (a new speaker ends the run)."""
    for earlier in reversed(before):
        if earlier.sentence >= claim.sentence:
            continue
        if claim.sentence - earlier.sentence > REACH:
            return None
        if not _same_speaker(earlier, claim):
            return None
        if earlier.stance in _CARRIED and earlier.targets and earlier.quoted:
            return earlier
    return None


def _same_speaker(a: Claim, b: Claim) -> bool:
    return a.claimer.span.start == b.claimer.span.start and a.claimer.span.end == (
        b.claimer.span.end
    )


def _continued_stance(span: SpacySpan, carried: Stance) -> Stance | None:
    """The stance a follow-on sentence continues, or None: its subject refers back, it
    names no actor, it is neither negated nor a question, and it holds a word of charge
    (ACCUSE) or of disapproval (the carried stance)."""
    if any(t.ent_type_ in ACTOR_LABELS for t in span):
        return None  # a sentence naming a party is read by its own words
    if span.text.rstrip().rstrip("\"”'’").endswith("?"):
        return None
    root = _root(span)
    if root is None or any(c.dep_ == "neg" for c in root.children):
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if BACK_REFERENCE and not any(s.lower_ in _BACK_REFERENCES for s in subjects):
        return None
    lemmas = {t.lemma_.lower() for t in span if not _negated(t)}
    if lemmas & _CHARGE_WORDS:
        return Stance.ACCUSE
    if lemmas & _DISAPPROVAL_WORDS:
        return carried
    return None


def _root(span: SpacySpan) -> Token | None:
    """The token heading ``span`` (its sentence's root when the span holds it)."""
    heads = [t for t in span if t.head == t or not span.start <= t.head.i < span.end]
    return heads[0] if heads else None


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.head.children) and token.head != token
