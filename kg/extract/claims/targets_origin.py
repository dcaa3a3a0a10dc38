"""The accused state of a charge that names its doer only by a nationality or a place
(round 16, ``charged_state``): "alleged that the terror camps in the Pakistani town of B.
have been reactivated" -> Pakistan, "repeated border violations originating from
Pakistan" -> Pakistan, "blaming the U.S. plane for the collision" -> the United States,
"a continuation of Ethiopian aggression" -> Ethiopia.

An accusation must name whom it charges (the guide's point 6); wire copy often names the
accused state only through the forces, craft, places or acts it owns ("Chinese ships",
"from the Pakistani side", "threats from Pyongyang").  When an accusation has no target,
the one state its content (or the cue's object: "blamed the U.S. plane") names in such a
position is the accused; a state named as the victim's ("British sailors were
ambushed", "Vietnamese boats") or the speaker's own side is never taken, and two states
leave the claim as it is.  A target that is only a state's craft or generic armed service
("blamed the U.S. plane", "accused the North Korean army", "a Russian Coast Guard ship
rammed") is the state, as the guide names it; a named agency keeps its name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import expanded_span
from kg.extract.claims.base import _Context
from kg.extract.claims.content_base import _sides, _speaker_sides
from kg.extract.claims.content_lexicon import (
    AGENT_NOUNS,
    HOSTILE_NOUNS,
    INTRUDER_NOUNS,
    MILITARY_NOUNS,
    TERRITORY_NOUNS,
)
from kg.extract.claims.targets_names import actor_mention
from kg.extract.mentions import mention_from_span
from kg.model import Claim, Mention, Stance
from kg.resolve.gazetteer import lookup

#: Nouns a state owns as the doer or the origin of a charged act: its forces and craft,
#: its places ("the Pakistani side", "a Syrian village") and hostile acts ("Ethiopian
#: aggression"), never its people ("British sailors", "Vietnamese fishermen").
_OWNED_HEADS = (
    AGENT_NOUNS
    | MILITARY_NOUNS
    | INTRUDER_NOUNS
    | HOSTILE_NOUNS
    | TERRITORY_NOUNS
    | cues.words(
        "side town towns village villages city cities camp camps base bases port ports "
        "ship ships vessel vessels warship warships submarine plane planes threat threats "
        "intelligence government regime authorities military"
    )
)

#: Verbs and nouns of coming from a place: "originating from Pakistan", "brought in from
#: Pakistan", "threats from Pyongyang", "infiltrate from the Pakistani side".
_FROM = cues.words("from")


def charged_states(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each accusation with no target takes the one state its content or its cue's object
    names as an owner or an origin (see the module's docstring); a target that is a craft
    or a generic armed service of a state ("the U.S. plane", "the North Korean army") is
    that state; others stay as they are."""
    found: list[Claim] = []
    for claim in claims:
        if not claim.claimer.span.text:  # an official text's own voice: its side unknown here
            found.append(claim)
            continue
        if claim.stance is Stance.ACCUSE and claim.targets:
            crafts = _owned_crafts(claim, context)
            if crafts:  # "blaming the U.S. plane": the plane's state
                claim = replace(
                    claim,
                    targets=tuple(crafts.get(i, t) for i, t in enumerate(claim.targets)),
                    rule=f"{claim.rule}+charged_state",
                )
        elif claim.stance is Stance.ACCUSE and claim.content is not None:
            state = _accused_state(claim, context)
            if state is not None:
                claim = replace(
                    claim,
                    targets=(actor_mention(state, context),),
                    rule=f"{claim.rule}+charged_state",
                )
        found.append(claim)
    return tuple(found)


def _owned_crafts(claim: Claim, context: _Context) -> dict[int, Mention]:
    """The state owning each target that is a craft or a weapon, not an actor ("the U.S.
    spy plane" -> U.S.), or one of its generic armed services the parser took for a name
    ("the North Korean army", "a Russian Coast Guard ship"), by the target's index; none
    of the speaker's side."""
    owners: dict[int, Mention] = {}
    own: set[str] | None = None
    for i, target in enumerate(claim.targets):
        if target.label not in ("NOMINAL", "ORG"):
            continue
        phrase = expanded_span(context.doc, target.span.start, target.span.end)
        if phrase is None:
            continue
        words = [t for t in phrase if t.dep_ != "det"]
        state = _state_words(words)
        if state is None:
            continue
        rest = words[len(state) :]
        craft = target.label == "NOMINAL" and phrase.root.lemma_.lower() in _CRAFT
        service = bool(rest) and all(t.lower_ in _SERVICE_WORDS for t in rest)
        if not (craft or service):
            continue
        if own is None:
            own = _speaker_sides(claim.claimer, context)
        if not (_sides(state) & own):
            owners[i] = mention_from_span(phrase.doc[state[0].i : state[-1].i + 1], "NORP")
    return owners


def _state_words(words: list[Token]) -> list[Token] | None:
    """The leading words that name a state: "North Korean" of "North Korean army", "U.S."
    of "U.S. spy plane"; None when the phrase does not start with one."""
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        lead = words[:size]
        if not all(t.ent_type_ in ("NORP", "GPE", "ORG") for t in lead):
            continue
        text = "".join(t.text_with_ws for t in lead).strip()
        entry = lookup(text)
        if entry is not None and entry.kind == "state":
            return lead
    return None


#: The words of a state's generic armed services: "army", "Coast Guard", "air force".
_SERVICE_WORDS = cues.words(
    "military army navy naval air force forces coast guard guards border police troops armed "
    "security ship ships vessel vessels"
)


#: Craft and weapons a state owns, which are no actors of their own: "the U.S. plane".
_CRAFT = cues.words(
    "plane planes aircraft jet jets warplane warplanes drone drones helicopter helicopters "
    "ship ships vessel vessels warship warships boat boats submarine submarines frigate "
    "frigates destroyer destroyers gunboat gunboats trawler trawlers bomber bombers"
)


def _accused_state(claim: Claim, context: _Context) -> Token | None:
    doc = context.doc
    assert claim.content is not None
    content = expanded_span(doc, claim.content.start, claim.content.end)
    if content is None:
        return None
    cue = expanded_span(doc, claim.cue.start, claim.cue.end)
    tokens: list[Token] = list(content)
    if cue is not None:  # "blamed the U.S. plane for the incident": the cue's object
        tokens += [
            t
            for c in cue
            for o in c.children
            if o.dep_ == "dobj" and not (content.start <= o.i < content.end)
            for t in o.subtree
        ]
    own = _speaker_sides(claim.claimer, context)
    states: dict[str, Token] = {}
    for token in _owner_tokens(tokens):
        named = _sides([token])
        if not named or named & own:
            continue
        entry = lookup(token.text)
        if entry is None or entry.kind != "state":
            continue
        states.setdefault(entry.state or entry.id, token)
    return next(iter(states.values())) if len(states) == 1 else None


def _owner_tokens(tokens: Iterable[Token]) -> Iterable[Token]:
    """The nationality or place words that own a force, a craft, a place or a hostile act
    ("Chinese ships", "the Pakistani town", "Ethiopian aggression", "the U.S. plane"), and
    the places something came from ("originating from Pakistan", "threats from Pyongyang")."""
    for token in tokens:
        if token.ent_type_ not in ("NORP", "GPE"):
            continue
        head = token.head
        owned = head.lemma_.lower() in _OWNED_HEADS or head.lower_ in _OWNED_HEADS
        modifier = token.dep_ in ("amod", "compound", "nmod", "poss")
        if (modifier and owned) or (token.dep_ == "pobj" and head.lower_ in _FROM):
            yield token
