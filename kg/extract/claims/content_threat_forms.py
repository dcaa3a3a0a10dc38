"""Threats the claims guide names by form, which no other threat rule reads (round 20, branch
``threat20``, issue 12; the family ``guide_threats``).

The guide's threaten stance (``benchmarks/claims/GUIDE.md``: the stance table, points 28, 35
and 41, and the annotation notes of each part) lists forms of a threat beside the harm a
verb promises: "a declared state of war", "a declared 'holy war'", "keeping every option
open" and "could not rule out other options", "putting you on notice", "a future
ratcheting-up" of pressure (an announced stepping-up is an assertion, point 28).  Each is
the speaker's side (its own name, "we", "it", or a state the speaker of no known side
speaks for) doing it against a named party, or to nobody named (no target, point 26):

* ``_declared_war``: "it has entered a state of war with X", "declared a holy war against X";
* ``_options_kept``: "could not rule out other options", "does not rule out military action
  against X", "will keep all options open";
* ``_put_on_notice``: "we are putting X on notice";
* ``_pressure_raised``: "would ratchet up pressure on X", "will step up sanctions against X"
  (promised, not announced as done)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _prep_object
from kg.extract.claims.content_base import (
    _modal,
    _negated,
    _own_side,
    _promised,
    _speaks_for,
)
from kg.extract.claims.content_threat_prevent import _named_parties, _subject
from kg.extract.claims.gates import gate, needs

#: Verbs of declaring or entering a war: "declared a holy war", "has entered a state of war".
_DECLARING_VERBS = cues.words("declare enter proclaim")
#: Nouns of a war declared: "war", "jihad", "holy war", "state of war".
_WAR_NOUNS = cues.words("war jihad")
#: Verbs of keeping an option: "does not rule out", "will keep all options open".
_EXCLUDING_VERBS = cues.words("rule exclude")
_KEEPING_VERBS = cues.words("keep leave")
#: What a side keeps open: "options", "military action", "the use of force".
_OPTION_NOUNS = cues.words("option options action force strike strikes")
#: Verbs of raising pressure: "ratchet up", "step up", "increase", "intensify", "tighten".
_RAISING_VERBS = cues.words("ratchet step increase intensify tighten raise ramp")
#: What is raised on a party: "pressure", "sanctions".
_PRESSURE_NOUNS = cues.words("pressure sanction sanctions penalty penalties")
_AIMING = ("on", "against", "upon", "with", "at")


def _speaker_doer(verb: Token, sides: Callable[[], set[str]], commentator: bool) -> bool:
    """Whether the doer of ``verb`` is the speaker's side, or a state the speaker of no
    known side speaks for; a commentator's words are a forecast."""
    if commentator:
        return False
    subject = _subject(verb)
    return _own_side(subject, sides) or _speaks_for(subject, sides, commentator)


def _aimed_parties(holders: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """The named parties the prepositions of ``holders`` aim at ("against X", "on X",
    "with X"), the speaker's side left out."""
    return [
        party
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in _AIMING
        for o in [_prep_object(p)]
        if o is not None
        for party in _named_parties(o, sides)
    ]


def _war_noun(token: Token) -> Token | None:
    """The war noun of "a holy war", "jihad" or "a state of war", or None."""
    lemma = token.lemma_.lower()
    if lemma in _WAR_NOUNS:
        return token
    if lemma == "state":
        for p in token.children:
            o = _prep_object(p) if p.dep_ == "prep" and p.lower_ == "of" else None
            if o is not None and o.lemma_.lower() in _WAR_NOUNS:
                return o
    return None


def _declared_war(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side declares war on ([] when nobody is named), or None: "it has
    entered a state of war with X", "declared a holy war against X"."""
    for verb in verbs:
        if verb.lemma_.lower() not in _DECLARING_VERBS or _negated(verb):
            continue
        wars = [w for c in verb.children if c.dep_ == "dobj" for w in [_war_noun(c)] if w]
        if not wars or not _speaker_doer(verb, sides, commentator):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return _aimed_parties([verb, *objects, *wars], sides)
    return None


def _options_kept(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side keeps its options open against ([] when nobody is named), or
    None: "could not rule out other options", "does not rule out military action against
    X", "will keep all options open"."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        objects = [
            c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _OPTION_NOUNS
        ]
        if not objects:
            continue
        if lemma in _EXCLUDING_VERBS:
            ruled = lemma == "exclude" or any(
                c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
            )
            if not (ruled and _negated(verb)):
                continue
        elif lemma in _KEEPING_VERBS:
            if not any(
                c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "open"
                for c in [*verb.children, *(g for o in objects for g in o.children)]
            ):
                continue
            if _negated(verb):
                continue
        else:
            continue
        if not _speaker_doer(verb, sides, commentator):
            continue
        return _aimed_parties([verb, *objects], sides)
    return None


def _put_on_notice(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side puts on notice, or None: "we are putting X on notice"."""
    for verb in verbs:
        if verb.lemma_.lower() not in ("put", "place") or _negated(verb):
            continue
        noticed = any(
            c.dep_ == "prep"
            and c.lower_ == "on"
            and (o := _prep_object(c)) is not None
            and o.lower_ == "notice"
            for c in verb.children
        )
        if not noticed or not _speaker_doer(verb, sides, commentator):
            continue
        put = [c for c in verb.children if c.dep_ == "dobj"]
        return [p for o in put for p in _named_parties(o, sides)]
    return None


def _pressure_raised(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side promises more pressure or sanctions, or None: "would ratchet
    up pressure on X", "will step up sanctions against X"; an increase told as done is a
    measure announced (point 28), and one with no named party warns nobody."""
    for verb in verbs:
        if verb.lemma_.lower() not in _RAISING_VERBS or _negated(verb):
            continue
        if not (_promised(verb) or _modal(verb, cues.words("would"))):
            continue
        pressures = [
            c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PRESSURE_NOUNS
        ]
        if not pressures or not _speaker_doer(verb, sides, commentator):
            continue
        named = _aimed_parties([verb, *pressures], sides)
        if named:
            return named
    return None


def _guide_threat(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """The first of the guide's forms of a threat a content holds (see the module)."""
    for rule in (_declared_war, _options_kept, _put_on_notice, _pressure_raised):
        found = rule(verbs, sides, commentator)
        if found is not None:
            return found
    return None


gate(
    _guide_threat,
    needs(_DECLARING_VERBS, _WAR_NOUNS),
    needs(_EXCLUDING_VERBS | _KEEPING_VERBS, _OPTION_NOUNS),
    needs(cues.words("put place"), cues.words("notice")),
    needs(_RAISING_VERBS, _PRESSURE_NOUNS),
)
