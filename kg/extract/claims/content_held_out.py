"""Threats without "threaten" (round 17, branch ``threat17``): force or a cutoff a side holds
out rather than announces.  ``conditional_force``: force the speaker's side makes hang on
another side's doing ("Japan would strike first if North Korea prepared an attack", "could
hit the launch sites should X fire a missile"), where the act names no victim of its own.
``held_out_cutoff``: a cutoff of aid or supplies to a named party held out as possible or
readied ("could suspend its exports to X", "is ready to cut gas deliveries to X").  The
claims guide keeps a cutoff announced with no condition (point 41), a commentator's forecast,
another side's plan and a side's own defence as assertions.

Separate from :mod:`.content_conditional` and :mod:`.content_threat`, which read harms that
name their victim or a cutoff with a condition; these read what those leave: force with no
named victim and a cutoff with no condition."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import (
    _modal,
    _negated,
    _own_side,
    _sides,
    _speaks_for,
)
from kg.extract.claims.content_conditional import _adversarial, _chain_head, _conditions
from kg.extract.claims.content_lexicon import CUTOFF_VERBS, WEAPON_NOUNS
from kg.extract.claims.content_penalty import _PENALTY_MODALS
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners

#: Acts of force a side holds out on a condition: "would strike first if X attacked".
_FORCE_VERBS = (
    cues.HARM_VERBS
    | cues.RETALIATION_VERBS
    | cues.words("attack bomb shell invade fight intervene")
)
#: What "strike" or "hit" is done to when it is no force: "strike a deal", "hit a record".
_NO_FORCE_OBJECTS = cues.words(
    "deal agreement accord bargain compromise balance tone note chord pact record"
)
#: Modals that hold an act out, promised or possible: "will", "would", "might", "could".
_HOLDING_MODALS = _PENALTY_MODALS | cues.words("'ll shall may might could")
#: Prepositions naming whom an act is aimed at: "strike against X", "into X".
_AIMING_PREPOSITIONS = ("against", "on", "at", "into")


def _inverted_conditions(verb: Token) -> list[Token]:
    """Conditions put by inversion: "should the shelling continue", "were X to attack"
    (a clause opened by its auxiliary)."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp")
        and c.i > verb.i
        and any(
            a.dep_ == "aux" and a.lower_ in ("should", "were") and a.i == c.left_edge.i
            for a in c.children
        )
    ]


def _forceful(verb: Token) -> bool:
    """Whether ``verb`` is force: "strike", "attack", "retaliate", "use force"; "strike a
    deal" or "respond to the letter" is none."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "use":
        return any(o.lemma_.lower() in cues.words("force") | WEAPON_NOUNS for o in objects)
    if lemma not in _FORCE_VERBS:
        return False
    if any(o.lemma_.lower() in _NO_FORCE_OBJECTS for o in objects):
        return False
    if lemma == "respond":  # only an answer in kind threatens
        return any(
            (p.dep_ == "prep" and p.lower_ == "with") or p.lower_ in ("militarily", "forcefully")
            for p in verb.children
        )
    return True


def _aims(verb: Token, nouns: list[Token], prepositions: tuple[str, ...]) -> list[Token]:
    """The parties ``verb`` or its objects ``nouns`` are aimed at: an actor object, or the
    object of one of ``prepositions``, or the owner of either ("the North's bases")."""
    found = [
        o
        for h in (verb, *nouns)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in prepositions
        for o in [_prep_object(p)]
        if o is not None
    ]
    return [a for o in (*nouns, *found) for a in ([o] if _is_actor_token(o) else _owners(o))]


def _conditional_force(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side threatens by holding force out on another side's doing
    ([] when nobody is named), or None: "Japan would strike first if North Korea prepared
    an attack" -> [North Korea], "it could hit the launch sites if Pyongyang fires a
    missile".  The act is the speaker's side's (a commentator's forecast or another side's
    plan is no threat) and the condition another side's doing (:func:`_adversarial`); the
    act's aim ("strike X", "against X") comes first, else the condition's actors."""
    if commentator:
        return None
    candidates = [*verbs, *(c for v in verbs for c in v.children if c.dep_ == "xcomp")]
    for verb in candidates:
        if not _forceful(verb) or _negated(verb):
            continue
        head = _chain_head(verb)
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if _negated(head) or not _own_side(subject, sides):
            continue
        if not _modal(verb, _HOLDING_MODALS):
            continue
        heads = (verb, head) if head is not verb else (verb,)
        conditions = [c for h in heads for c in (*_conditions(h), *_inverted_conditions(h))]
        if not any(_adversarial(c) for c in conditions):
            continue  # "would strike if ordered to": no other side is pressed
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        aimed = _aims(verb, objects, _AIMING_PREPOSITIONS) or [
            s
            for c in conditions
            for t in c.subtree
            if t.dep_ in ("nsubj", "nsubjpass")
            for s in (_with_conjuncts(t) if _is_actor_token(t) else _owners(t))
        ]
        return [a for a in aimed if not (_sides([a]) & sides())]
    return None


#: Verbs of a cutoff a side may hold out: "stop", "halt", "suspend", "cut (off)".
_STOPPING_VERBS = CUTOFF_VERBS | cues.words("stop end withhold reduce")
#: What flows to a party and can be cut off: aid, shipments, supplies, credits.
_FLOW_NOUNS = cues.words(
    "aid assistance shipment shipments delivery deliveries supply supplies export exports "
    "import imports funding funds loan loans credit credits investment investments flight "
    "flights"
)
#: Modals of a possibility held out, as against a cutoff announced ("will suspend aid").
_POSSIBLE_MODALS = cues.words("may might could")
#: Adjectives of readiness: "is ready to cut supplies".
_READY = cues.words("ready prepared poised")
#: Prepositions naming whom a flow goes to or comes from.
_FLOW_PREPOSITIONS = ("to", "for", "from", "with")


def held_out_acts(verbs: list[Token], deps: tuple[str, ...]) -> list[Token]:
    """The verbs a speaker may hold out as its side's act: the content's verbs, their
    children of ``deps`` ("could suspend", "may slow or halt") and the act hung on a
    readiness adjective ("is ready to halt": the act is the adjective's clause)."""
    return [
        *verbs,
        *(c for v in verbs for c in v.children if c.dep_ in deps),
        *(
            x
            for v in verbs
            for a in v.children
            if a.dep_ == "acomp" and a.lower_ in _READY
            for x in a.children
            if x.dep_ == "xcomp"
        ),
    ]


def _held_out_cutoff(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side threatens by holding out a cutoff of what flows to it, or
    None: "China could suspend rare earth exports to Japan" -> [Japan], "Moscow is
    ready to halt gas deliveries to Kyiv".  Only a possibility ("may", "might", "could") or
    readiness holds a cutoff out; "will suspend aid" announces it (the guide's point 41), and
    a cutoff with no named party aims at nobody."""
    if commentator:
        return None
    for verb in held_out_acts(verbs, ("xcomp",)):
        if verb.lemma_.lower() not in _STOPPING_VERBS or _negated(verb):
            continue
        flows = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and (
                c.lemma_.lower() in _FLOW_NOUNS
                or any(m.dep_ == "compound" and m.lemma_.lower() in _FLOW_NOUNS for m in c.children)
            )
        ]
        if not flows:
            continue
        head = _chain_head(verb)
        if _negated(head):
            continue
        ready = verb.dep_ == "xcomp" and verb.head.lower_ in _READY
        if not (ready or _modal(verb, _POSSIBLE_MODALS)):
            continue
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if not (_own_side(subject, sides) or _speaks_for(subject, sides, commentator)):
            continue
        aimed = [
            a
            for a in _aims(verb, [], _FLOW_PREPOSITIONS)
            + [
                a
                for f in flows
                for a in _aims(f, [], _FLOW_PREPOSITIONS)
                + [m for m in f.children if m.dep_ == "poss" and _is_actor_token(m)]
            ]
            if a is not subject and not (_sides([a]) & sides())
        ]
        if aimed:
            return aimed
    return None


# --- lexicon gates (.gates): the words without which each rule cannot fire --------------

gate(
    _conditional_force,
    needs(
        _FORCE_VERBS | cues.words("use"),
        _HOLDING_MODALS,
        cues.words("if unless long should were"),
    ),
)
gate(_held_out_cutoff, needs(_STOPPING_VERBS, _FLOW_NOUNS, _POSSIBLE_MODALS | _READY))
