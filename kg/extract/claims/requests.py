"""Refusing a named party's request or demand (round 13's point 32): "refused Moscow's
demand to withdraw its troops", "declined a U.S. request to hand over the prisoners", "is
refusing to delay the drills, as requested by Pyongyang": CRITICIZE of the party that asked,
as rejecting its proposal is (point 3).  A refusal nobody named asked for stays what the
other families make of it (no claim: "refused to withdraw its troops")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _can_speak,
    _Context,
    _direct_object,
    _is_actor_token,
    _prep_object,
    _subjects,
    _with_conjuncts,
)
from kg.extract.claims.denials import criticisms
from kg.extract.claims.spans import _token_span
from kg.extract.claims.speech import _speaker_of
from kg.extract.claims.speech_deny import _offer_owners
from kg.model import Claim

#: Verbs of refusing what was asked: "refused the demand", "declined to delay the drills".
REFUSING_VERBS = cues.words("refuse decline")
#: Verbs of asking in "as requested by X", "as demanded by X".
_ASKING_VERBS = cues.words("request demand ask urge seek")


def _askers(verb: Token) -> list[Token]:
    """Who asked for what ``verb`` refuses: "as requested by X" hanging on the refusal or on
    the refused act ("refusing to delay the drills, as requested by X")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return [
        s
        for h in heads
        for clause in h.children
        if clause.dep_ == "advcl"
        and clause.lemma_.lower() in _ASKING_VERBS
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)
        for agent in clause.children
        if agent.dep_ == "agent"
        for o in [_prep_object(agent)]
        if o is not None
        for s in _with_conjuncts(o)
        if _is_actor_token(s)
    ]


def _refused_request_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    """The refuser CRITICIZEs the party whose request or demand it refuses; the request (or
    the refused act) is the content."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REFUSING_VERBS:
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return  # "did not refuse the request"
    direct = _direct_object(verb)
    if direct is None:
        # "refused to accept Beijing's conditions": what the refused acceptance takes
        accepted = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp" and c.lemma_.lower() in cues.ACCEPT_VERBS
            ),
            None,
        )
        direct = _direct_object(accepted) if accepted is not None else None
    if direct is not None:
        owners = _offer_owners(direct)
        thing = direct
    else:
        owners = _askers(verb)
        thing = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if not owners:
        return
    claimers = [s for c in _subjects(verb)[0] for s in [_speaker_of(c)] if s is not None]
    claimers = [c for c in claimers if _can_speak(c) and c.lower_ not in ("i", "we", "you")]
    if not claimers:
        return
    end = thing.right_edge.i + 1
    if direct is None:  # the refused act, up to the "as requested" clause
        asked = [c.left_edge.i for c in thing.children if c.dep_ in ("advcl", "punct")]
        end = min([end, *(i for i in asked if i > thing.i)])
    content = _token_span(context.doc, thing.left_edge.i, end)
    yield from criticisms(context, claimers, verb, content, owners)
