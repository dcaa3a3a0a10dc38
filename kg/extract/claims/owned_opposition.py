"""Criticism named by an owned noun of opposition (round 25, criticism25; the cue family
``owned_opposition``, issue 12).

"expressed opposition to X" is read by ``stance_noun`` (a light verb and its subject), but the
same criticism told as a noun its author owns is read by no family: "Tokyo dismissed China's
opposition to Japanese activists landing on the islands", "the temple was given the status
over Thailand's objections", "Russia's criticism of the NATO exercises".  The guide's
stance table reads opposition and criticism as ``criticize`` whoever tells it (a reaction
with its author named, point 19); its target is the party whose act is opposed, when named.

Read here: a noun of opposition, objection, criticism, condemnation or protest whose owner
(a possessive, or a "from"/"by" phrase) is an actor; the thing opposed is its "to", "of",
"against", "over" or "at" phrase, and the target that thing's owner or the actor it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _Context, _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.denials import criticisms
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import _owners
from kg.model import Claim

#: Nouns of opposition an actor owns: "China's opposition to", "Thailand's objections".
OPPOSITION_NOUNS = cues.words(
    "opposition objection objections criticism criticisms condemnation condemnations"
)
#: Prepositions naming what is opposed.
_OPPOSED_PREPS = cues.words("to of against over at")


def _authors(noun: Token) -> list[Token]:
    """The actors owning ``noun``: its possessive, or its "from"/"by" phrase."""
    owned = [c for c in noun.children if c.dep_ == "poss" and _is_actor_token(c)]
    owned += [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("from", "by")
        for o in [_prep_object(p)]
        if o is not None and _is_actor_token(o)
    ]
    return [a for o in owned for a in _with_conjuncts(o)]


def owned_opposition_claims(noun: Token, context: _Context) -> Iterator[Claim]:
    """Each owner's criticism of what its opposition noun names (module docstring)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OPPOSITION_NOUNS:
        return
    authors = _authors(noun)
    if not authors:
        return
    thing = next(
        (
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in _OPPOSED_PREPS
            for o in [_prep_object(p)]
            if o is not None
        ),
        None,
    )
    if thing is None:
        parties: list[Token] = []
        content = None
    else:
        parties = [thing] if _is_actor_token(thing) else list(_owners(thing))
        content = _token_span(context.doc, thing.left_edge.i, thing.right_edge.i + 1)
    parties = [p for p in parties if p not in authors]
    yield from criticisms(context, authors, noun, content, parties)
