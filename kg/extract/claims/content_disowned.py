"""Denials by negated content with no charge word (round 25, conduct25, issue 12): a side
answers a charge by negating, of itself, the very doing the charge would tell ("Sudan will
never support rebels against any neighboring government", "Iran has no nuclear-weapons
program", "it no longer has any banned weapons", "France has no intention of overthrowing
the government").  No "deny", "reject" or "false" is said; what makes the statement a denial
is that its predicate, without the negation, would be a charge (the lexicon's hostile acts,
support of a hostile actor, weapons held, an intention to do a hostile act) and that its
subject is the speaker's own side (:func:`.content_base._own_side`: "we", "it", the
speaker's state).  The same predicate of another side ("Iraq has no weapons", said by its
adversary) is that side's assertion, and a negation of another side's doing is left to the
denial rules that read an accuser.

Unlike ``own_negation`` (:mod:`.denials`), which reads such a negation only beside a denial
or a charge and names the accusers from it, this reads the content alone, and takes a "will
never" or "would never" (a denial of intent) as well as a told "did not".  It is read in
:func:`.denials.refine` after ``own_negation``, on the assertions that one left, so that a
denial whose accusers are near keeps them (the later target rules name the accusers of the
rest).  The family is ``disowned_conduct``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.content_acts import _hostile, _perpetrates
from kg.extract.claims.content_base import _is_hostile_actor, _negated, _own_side
from kg.extract.claims.content_lexicon import (
    HOSTILE_NOUNS,
    WEAPON_NOUNS,
)
from kg.extract.claims.gates import ungated

#: Verbs of holding: "has no nuclear-weapons program", "does not possess chemical arms".
HOLDING_VERBS = cues.words("have possess own hold keep develop build seek")
#: Nouns of an intention or plan to do a hostile act: "no intention of overthrowing".
INTENT_NOUNS = cues.words("intention intent plan plans desire wish aim")
#: Verbs of using a means of harm: "would never use terror".
USING_VERBS = cues.words("use employ deploy resort")
#: Negations a clause carries besides "not": "never", "no longer".
_NEVER = cues.words("never")
_WMD_WORDS = cues.words("nuclear chemical biological atomic nuclear-weapons")


def _negative(verb: Token) -> bool:
    """Whether the clause is negated: "not", "never", "no longer"."""
    if _negated(verb):
        return True
    return any(
        c.dep_ == "advmod"
        and (
            c.lower_ in _NEVER
            or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
        )
        for c in verb.children
    )


def _none_of(noun: Token) -> bool:
    """Whether a held thing is denied by its determiner: "no weapons", "no intention"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _harmful_thing(noun: Token) -> bool:
    """A weapon, a weapons programme or a hostile actor: "banned weapons", "weapons of mass
    destruction", "a nuclear-weapons program", "rebels"."""
    lemma = noun.lemma_.lower()
    if lemma in WEAPON_NOUNS or _is_hostile_actor(noun):
        return True
    return lemma in ("program", "programme", "arsenal") and any(
        c.dep_ in ("amod", "compound")
        and (c.lower_ in _WMD_WORDS or c.lemma_.lower() in WEAPON_NOUNS)
        for c in noun.subtree
        if c is not noun
    )


def _intended_harm(noun: Token) -> bool:
    """'intention of overthrowing the government', 'plans to attack'."""
    for child in noun.children:
        doing = None
        if child.dep_ == "prep" and child.lower_ == "of":
            doing = next((c for c in child.children if c.dep_ == "pcomp"), None)
        elif child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            doing = child
        if doing is not None and (_hostile(doing) or _perpetrates(doing)):
            return True
    return False


def _disowned(verb: Token) -> bool:
    """Whether ``verb``'s clause negates a charge: a hostile act, support of a hostile actor,
    a means of harm used, weapons or a hostile intention held."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _negative(verb):
        if _hostile(verb) or _perpetrates(verb):
            return True
        if lemma in USING_VERBS and any(
            o.lemma_.lower() in HOSTILE_NOUNS or _harmful_thing(o) for o in objects
        ):
            return True
        return lemma in HOLDING_VERBS and any(
            _harmful_thing(o) or _intended_harm(o) for o in objects
        )
    if lemma in HOLDING_VERBS:  # "has no weapons", "has no intention of overthrowing"
        return any(_none_of(o) and (_harmful_thing(o) or _intended_harm(o)) for o in objects)
    return False


def disowning_subject(verbs: list[Token], sides: Callable[[], set[str]]) -> bool:
    """Whether a main verb of the content negates, of the speaker's own side, a doing that
    would otherwise be a charge (module docstring)."""
    for verb in verbs:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _disowned(verb):
            continue
        if _own_side(subject, sides):
            return True
    return False


ungated(
    disowning_subject,
    "a negated deed is read through _hostile and _perpetrates, whose words are many classes",
)
