"""Readiness held out against a named party's possible move (round 32, stance33, issue 12):
"the Kremlin said Russia was prepared for other scenarios if the West rejects its proposals",
"we stand ready to respond should Pyongyang test another missile".

The guide's point 35 reads readiness to use force or measures in answer to a named party's
act as ``threaten``; ``armed_readiness`` (:mod:`.readiness`) reads it when the act is told
before ("rebels had begun to attack ... the government was ready to defend itself") and the
answer is armed.  A readiness made to hang on the other side's *future* move, whatever it
readies ("other scenarios", "any outcome", "to act"), is the same conditional harm the
guide's point 28 and :func:`.content_conditional._conditional_threat` read: the speaker's side
is ready, the condition's subject is the party warned.  Not the speaker's own side in the
condition ("ready to help if we are asked"), not a commentator, not a negated readiness.
The readiness words are the ``readiness_adj`` rows of ``kg/data/content_lexicon.tsv``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token
from kg.extract.claims.content_base import _named_sides, _negated, _own_side
from kg.extract.claims.content_conditional import _conditions
from kg.extract.claims.content_lexicon import HOSTILE_ACTS, READINESS_ADJECTIVES, WARNED_MOVES
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets_states import _state_of

#: Round 32 (stance33): read readiness hung on a named party's move as a threat.
CONDITIONED_READINESS = False

#: The inverted condition: "should Russia invade", parsed as an advcl with "should" first.
_INVERTED = cues.words("should were had")


def _inverted_conditions(*heads: Token) -> list[Token]:
    """Clauses hung on the readiness by an inverted "should": "ready to impose costs should
    Russia invade" (the parser hangs them on the verb, the adjective or its infinitive)."""
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "advcl"
        and any(a.dep_ == "aux" and a.lower_ in _INVERTED and a.i < c.i for a in c.children)
        and not any(m.dep_ == "mark" for m in c.children)
    ]


def _warned(condition: Token, sides: Callable[[], set[str]]) -> list[Token]:
    """The named party whose move a condition tells ("if the West rejects", "should Russia
    invade"), not the speaker's side."""
    if not (condition.lemma_.lower() in HOSTILE_ACTS or condition.lemma_.lower() in WARNED_MOVES):
        return []  # "ready to help if the United Nations asks": no move warned against
    found = []
    for child in condition.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        actor = child if _is_actor_token(child) else _state_of(child)
        if actor is None or actor.pos_ == "PRON":
            continue
        if _named_sides(actor) & sides():
            continue
        found.append(actor)
    return found


def conditioned_readiness(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side warns by being ready for the case of its move ("Russia was
    prepared for other scenarios if the West rejects its proposals" -> [the West]), or
    None."""
    if commentator:
        return None
    for verb in verbs:
        if _negated(verb):
            continue
        adjectives = [
            c
            for c in verb.children
            if c.dep_ == "acomp" and c.lemma_.lower() in READINESS_ADJECTIVES and not _negated(c)
        ]
        subjects: tuple[str, ...] = ("nsubj",)
        if not adjectives and verb.lower_ in READINESS_ADJECTIVES and verb.tag_ == "VBN":
            adjectives, subjects = [verb], ("nsubjpass", "nsubj")  # "was prepared for ..."
        if not adjectives:
            continue
        subject = next((c for c in verb.children if c.dep_ in subjects), None)
        if not _own_side(subject, sides):
            continue
        for adjective in adjectives:
            infinitives = [x for x in adjective.children if x.dep_ == "xcomp"]
            conditions = [
                c for h in {verb, adjective, *infinitives} for c in _conditions(h)
            ] + _inverted_conditions(verb, adjective, *infinitives)
            warned = [w for c in conditions for w in _warned(c, sides)]
            if warned:
                return warned
    return None


gate(
    conditioned_readiness,
    needs(READINESS_ADJECTIVES, HOSTILE_ACTS),
    needs(READINESS_ADJECTIVES, WARNED_MOVES),
)
