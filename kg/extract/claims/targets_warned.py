"""Whom a threat is made to: the party a speaker warns or reminds, as the target of a
threat whose own words name nobody ("warned the administration it would mount a response",
"reminded the West that Russia is a nuclear-armed country and would not tolerate outside
interference").

Wire copy tells a threat as a message to its addressee: the verb of warning takes the
party the consequences are for as its object, and the warning itself speaks of "a
response", "outside interference", with no party named.  The guide's target of a threat is
"whom the consequences are for"; the addressee of the warning is that party.  Separate from
:mod:`.targets_threat`, which reads the threat's own words (round 26, targets26)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import expanded_span
from kg.extract.claims.base import _Context, _is_actor_token
from kg.extract.claims.targets_denials import _of_denier, _sides
from kg.extract.claims.targets_names import actor_mention
from kg.extract.claims.targets_states import _state_of
from kg.extract.claims.targets_threat import _compass_actor
from kg.model import Claim, Mention, Stance

#: Verbs whose object is the party a message is for: "warned X", "reminded X".
_WARNING_VERBS = cues.words("warn remind caution tell")


def warned_addressees(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """A threat with no target whose cue is a verb of warning with a party as its object
    ("warned the Trump administration it would ...", "reminded the West ...") is aimed at
    that party, unless it is the speaker's own side."""
    found: list[Claim] = []
    for claim in claims:
        if claim.stance is Stance.THREATEN and not claim.targets:
            addressee = _warned(claim, context)
            if addressee is not None and not (
                _of_denier(addressee, claim.claimer) or _sides(addressee) & _sides(claim.claimer)
            ):
                claim = replace(claim, targets=(addressee,), rule=f"{claim.rule}+warned_addressee")
        found.append(claim)
    return tuple(found)


def _warned(claim: Claim, context: _Context) -> Mention | None:
    """The party the claim's verb of warning is addressed to, as a mention, or None."""
    span = expanded_span(context.doc, claim.cue.start, claim.cue.end)
    if span is None or not len(span):
        return None
    verb = next((t for t in span if t.lemma_.lower() in _WARNING_VERBS), None)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ not in ("dobj", "dative") or child.pos_ == "PRON":
            continue
        return _party(child, context)
    return None


def _the_west(token: Token) -> bool:
    """ "the west" written small, as the object of a warning: the Western powers (the
    tagger leaves it untagged; "the West" capitalised is :func:`_compass_actor`'s)."""
    return token.lower_ == "west" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def _party(token: Token, context: _Context) -> Mention | None:
    """The actor a warned object names: a state's agent's state ("Chinese officials"), a
    named actor, "the West", or a description owned by a named actor ("the Trump
    administration")."""
    state = _state_of(token)
    if state is not None:
        return actor_mention(state, context)
    if _is_actor_token(token) or _compass_actor(token) or _the_west(token):
        return actor_mention(token, context)
    if any(c.dep_ in ("compound", "poss") and _is_actor_token(c) for c in token.children):
        return actor_mention(token, context)
    return None
