"""Things read as speakers (issue 12): no claim is a non-actor's.

A rule that takes the subject or the passive agent of a cue verb as the claimer reads
whatever stands there: "troops backed by tanks and airstrikes" made the tanks approve of
the troops, "to be settled according to a code of conduct" made the code assert, a
disputed stretch of land "belongs to" a state.  Weapons, vehicles and strikes, plans,
codes and proposals, reasoning and tests, and landforms named as places speak for no one,
so a claim whose claimer's head is one of them is dropped, and "the rest of the world"
is no party a claim regards.  Documents ("the statement said") stay: the gold reads a
document as its issuer's voice.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _Context
from kg.model import Claim, Mention

#: Labels of a mention that names no entity of its own: a description, a pronoun-free
#: noun phrase ("helicopter gunships", "a code of conduct").
_DESCRIBED = frozenset({"NOMINAL", "ANON"})

#: Labels spaCy gives names of places that are not states: "the Shebaa Farms",
#: "the Golan Heights".  Their head decides whether a place, not its people, is meant.
_PLACE_LABELS = frozenset({"LOC", "FAC"})


def _head_lemma(mention: Mention, context: _Context) -> str:
    """The lemma of the mention's head word (its parse's root), lower-cased."""
    root = _root(mention, context)
    return mention.head if root is None else root.lemma_.lower()


#: Heads that name a machine when a weapon or vehicle noun modifies them ("jet fighters",
#: "missile carriers", "rocket launchers") and a person otherwise ("rebel fighters").
_MACHINE_HEADS = frozenset({"fighter", "bomber", "carrier", "launcher", "interceptor"})


def _root(mention: Mention, context: _Context) -> Token | None:
    """The mention's head token in the parse (its span's root)."""
    span = context.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return None if span is None else span.root


def _machine(root: Token) -> bool:
    """'jet fighters', 'missile launchers': a machine head with a weapon or vehicle noun
    as its compound."""
    return root.lemma_.lower() in _MACHINE_HEADS and any(
        c.dep_ == "compound" and c.lemma_.lower() in cues.NON_SPEAKER_NOUNS for c in root.children
    )


def is_non_speaker(mention: Mention, context: _Context) -> bool:
    """Whether ``mention`` names a thing that cannot speak: a description whose head is a
    weapon, vehicle, strike, plan, code or other instrument (:data:`cues.NON_SPEAKER_NOUNS`)
    or a machine ("jet fighters"), or a place name headed by a landform
    (:data:`cues.PLACE_HEADS`)."""
    if mention.label in _DESCRIBED:
        lemma = _head_lemma(mention, context)
        if lemma in cues.NON_SPEAKER_NOUNS or mention.head in cues.NON_SPEAKER_NOUNS:
            return True
        root = _root(mention, context)
        return root is not None and _machine(root)
    if mention.label in _PLACE_LABELS:
        lemma = _head_lemma(mention, context)
        return lemma in cues.PLACE_HEADS or mention.head in cues.PLACE_HEADS
    return False


def _whole_world_rest(mention: Mention) -> bool:
    """'the rest of the world', 'the rest of the international community': everyone
    else, no party a claim is about."""
    return mention.head == "rest"


def drop_non_speakers(found: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """``found`` without the claims whose claimer cannot speak (:func:`is_non_speaker`)
    and without targets that name the rest of the world."""
    kept = []
    for claim in found:
        if is_non_speaker(claim.claimer, context):
            continue
        targets = tuple(t for t in claim.targets if not _whole_world_rest(t))
        if len(targets) != len(claim.targets):
            claim = replace(claim, targets=targets)
        kept.append(claim)
    return tuple(kept)
