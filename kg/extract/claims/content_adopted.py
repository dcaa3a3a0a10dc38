"""Conduct told by the word that qualifies it (round 25, conduct25, issue 12): a speaker
charges another side by saying what line it takes and calling the line unlawful or hostile,
with no act verb of the lexicon ("the neighbour has adopted a hostile policy towards his
country", "Tehran may be choosing a dangerous path of illegal and destabilizing behavior",
"to take an aggressive stance against Eritrea").  The verb carries nothing ("adopt",
"choose", "take"); the charge is the qualifier of its object, a word of the lexicon's
``wrong_adj`` class (hostile, aggressive, illegal, destabilizing, provocative, ...), which
the lexicon already gives as "qualifies a wrong charged to its doer".

The doer of such a line (:func:`.content_acts._charged_agent`: a named actor, a state for
its forces) is accused, never the speaker's own side; a negation or a condition charges no
one.  Round 24's ``wronged_rights`` read the same qualifier only after "is involved in",
"conducts" or "runs" (:func:`.content_wronged._wrongful_part`); this reads it after any verb
by which a side takes up, keeps or carries out a line.  The family is ``adopted_conduct``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.content_accuse import _speakers_forces
from kg.extract.claims.content_acts import _charged_agent
from kg.extract.claims.content_base import _negated, _sides
from kg.extract.claims.content_lexicon import WRONG_ADJECTIVES
from kg.extract.claims.content_wronged import _clauses
from kg.extract.claims.gates import gate, needs

#: Verbs by which a side takes up, keeps or carries out a line of conduct: "has adopted a
#: hostile policy", "is choosing a dangerous path", "take an aggressive stance", "wage an
#: illegal war" (not verbs that stop, oppose or suffer one: "ended", "condemned", "faces").
ADOPTING_VERBS = cues.words(
    "adopt pursue take choose follow wage display show exhibit implement apply practise "
    "practice launch stage commit undertake escalate intensify employ use continue maintain "
    "carry conduct engage embark resort"
)
_CONDITIONS = cues.words("if unless whether")


def _qualified(thing: Token) -> bool:
    """Whether ``thing`` or the "of" thing it names is called a wrong: "a hostile policy",
    "a path of illegal and destabilizing behavior"."""
    for noun in (
        thing,
        *(
            o
            for p in thing.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ),
    ):
        if any(a.dep_ == "amod" and a.lower_ in WRONG_ADJECTIVES for a in noun.children):
            return True
        if any(  # "illegal and destabilizing behavior": the conjoined qualifier
            a.dep_ == "amod"
            and any(c.dep_ == "conj" and c.lower_ in WRONG_ADJECTIVES for c in a.children)
            for a in noun.children
        ):
            return True
    return False


def _lines_taken(verb: Token) -> list[Token]:
    """The objects of an adopting verb: its direct object, the object of "in" or "on"
    ("engage in illegal activities", "embark on a hostile course")."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "on", "to")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return things


def adopted_doers(
    span: SpacySpan, verbs: list[Token], sides: Callable[[], set[str]]
) -> list[Token] | None:
    """The doer of a line of conduct the content calls unlawful or hostile (module
    docstring), other than the speaker's own side; None when no clause tells one."""
    for verb in _clauses(span, verbs):
        if verb.lemma_.lower() not in ADOPTING_VERBS or _negated(verb):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
            continue
        if not any(_qualified(t) for t in _lines_taken(verb)):
            continue
        agents = [
            a
            for a in _charged_agent(verb)
            if not (_sides([a]) & sides() or _speakers_forces(a))
            and a.lower_ not in ("we", "i", "us", "you")
        ]
        if agents:
            return agents
    return None


gate(adopted_doers, needs(ADOPTING_VERBS, WRONG_ADJECTIVES), empty=None)
