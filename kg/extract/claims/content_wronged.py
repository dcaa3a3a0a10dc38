"""Conduct told as a wrong against another party's law, rights or territory (round 24,
conduct24, issue 12): the largest stance class on unseen wire copy is a charge read as an
assertion because its main verb is no act of the lexicon ("was operating in the region",
"are squashing the right", "have held tests").  What makes such a doing a charge is not the
verb but what the clause says it does to another party:

* it is done *against a rule or without leave*: an adjunct "in violation of", "in breach of",
  "in contravention of", "in defiance of" ("was operating in the Darfur region in violation
  of the U.N. arms embargo", "occupy sovereign territory in violation of international law"),
  or "without permission / authorization / consent" ("the jets entered the zone without
  permission");
* it *takes from or harms a protected good of another party*: its object is a right, a
  sovereignty, an integrity, an independence, interests or freedoms ("Indian troops are
  squashing the right of self-determination", "these activities damage the fundamental
  interests of all people"), with a verb that does not keep the good (not "respect",
  "protect", "defend", "recognize", "uphold" ...).

Either charges the doer :func:`.content_acts._charged_agent` names (a named actor, a state
for its forces or agents, the antecedent of a relative clause), never the speaker's own
side; a negation, a modal or a condition charges no one.  The family is ``wronged_rights``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import index_of
from kg.extract.claims.base import _is_actor_token
from kg.extract.claims.content_accuse import _propositions, _speakers_forces
from kg.extract.claims.content_acts import _charged_agent
from kg.extract.claims.content_base import _is_hostile_actor, _modal, _negated, _sides
from kg.extract.claims.content_lexicon import WRONG_ADJECTIVES
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners

#: Nouns of a breach an act is done "in": "in violation of the U.N. arms embargo".
BREACH_ADJUNCTS = cues.words("violation breach contravention defiance")
#: Nouns of the leave an act is done "without": "entered without permission".
LEAVE_NOUNS = cues.words(
    "permission authorization authorisation consent approval clearance invitation"
)
#: Goods of a party an act can take or harm: "squashing the right of self-determination".
PROTECTED_NOUNS = cues.words(
    "right rights sovereignty integrity independence interest interests freedom freedoms"
)
#: Verbs that keep, claim or name a good rather than harm it: "respects the sovereignty",
#: "claims sovereignty over", "has the right to", "discussed the rights of".
KEEPING_VERBS = cues.words(
    "respect protect defend recognize recognise support uphold guarantee ensure restore honor "
    "honour observe safeguard strengthen affirm reaffirm acknowledge accept exercise enjoy have "
    "seek claim demand want need assert discuss promote preserve secure serve advance reserve "
    "retain regain share consider raise reflect represent include cover grant give return "
    "reach deserve earn win gain get hold maintain keep pursue express champion back endorse "
    "value cherish emphasize emphasise stress underline insist mention cite invoke use"
)
_CONDITIONS = cues.words("if unless whether")
#: Verbs of taking part in or running a doing: "is involved in illegal oil trade", "has
#: been involved in helping terrorist groups", "conducts illicit transfers".
TAKING_PART_VERBS = cues.words(
    "involve engage participate conduct run operate pursue undertake organize organise "
    "carry continue"
)
#: Verbs of help whose object a hostile actor makes a wrong: "helping terrorist groups".
_HELPING = cues.words("help aid assist arm fund finance train supply shelter harbor harbour")


def _breach_adjunct(verb: Token) -> bool:
    """Whether the doing is told as done against a rule or without leave: "in violation of
    the ceasefire", "in defiance of the resolution", "without permission"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        if word not in ("in", "without"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = noun.lemma_.lower()
            if (
                word == "in"
                and lemma in BREACH_ADJUNCTS
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            ):
                return True
            if word == "without" and lemma in LEAVE_NOUNS:
                return True
    return False


def _owned_good(noun: Token) -> bool:
    """Whether a protected good is told as someone's: "Hanoi's sovereignty", "the right of
    self-determination", "the fundamental interests of all people" (not the bare "declared
    independence", a party's own aim)."""
    return noun.lemma_.lower() in PROTECTED_NOUNS and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
    )


def _harms_protected(verb: Token) -> bool:
    """Whether the doing's object is a protected good of a party and its verb does not keep
    it: "are squashing the right of self-determination", "damage the fundamental interests
    of all people" (not "respect the sovereignty of Ukraine", "have the right to", "declared
    independence")."""
    if verb.lemma_.lower() in KEEPING_VERBS:
        return False
    return any(c.dep_ == "dobj" and _owned_good(c) for c in verb.children)


#: Participles of a thing's maker: "an Iranian-made drone", "Russian-supplied jets".
_MAKING = cues.words("make build supply produce manufacture design operate back")


def _owning_doers(verb: Token) -> list[Token]:
    """When no doer is named as an actor, the actors the doing thing belongs to or was made
    by: "a drone, which was operating ..." of "an Iranian-made vehicle" -> "Iranian", "Chinese
    ships are operating ..." -> "Chinese"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if subject.dep_ == "nsubjpass" and _is_actor_token(subject):
        return [subject]  # "Turkey is involved in ...": the parser's passive
    found = [o for o in _owners(subject) if _is_actor_token(o)]
    found += [
        m
        for a in subject.children
        if a.dep_ == "amod" and a.lemma_.lower() in _MAKING
        for m in a.children
        if m.dep_ in ("npadvmod", "compound", "nmod", "amod") and _is_actor_token(m)
    ]
    return found


def _wrongful_part(verb: Token) -> bool:
    """Whether the doing is taking part in or running a thing told as unlawful, or helping a
    hostile actor: "Turkey is involved in illegal oil trade", "it has been involved in
    helping terrorist groups", "conducts illicit arms transfers"."""
    if verb.lemma_.lower() not in TAKING_PART_VERBS:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    ]
    for thing in things:
        if any(a.dep_ == "amod" and a.lower_ in WRONG_ADJECTIVES for a in thing.children):
            return True
        if thing.lemma_.lower() in _HELPING and any(
            o.dep_ == "dobj" and _is_hostile_actor(o) for o in thing.children
        ):
            return True
    return False


def _clauses(span: SpacySpan, verbs: list[Token]) -> list[Token]:
    """The verbs a content tells: its propositions, their conjuncts and open complements,
    and the relative clauses inside the span ("a drone, which was operating in violation of
    the embargo")."""
    found = list(_propositions(span, verbs))
    todo = list(found)
    while todo:
        verb = todo.pop(0)
        for c in verb.children:
            if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX") and c not in found:
                found.append(c)
                todo.append(c)
    index = index_of(span.doc)
    if index is None:
        inside = range(span.start, span.end)
        found += [t for t in span if t.dep_ == "relcl" and t.i in inside and t not in found]
        return found
    # off the active index's columns (round 41, speed50: no Token built per word)
    deps, tokens = index.deps, index.tokens
    found += [
        tokens[i]
        for i in range(span.start, span.end)
        if deps[i] == "relcl" and tokens[i] not in found
    ]
    return found


def _wronged_parties(
    span: SpacySpan, verbs: list[Token], sides: Callable[[], set[str]]
) -> list[Token] | None:
    """The doer of a doing the content tells as done against a rule or without leave, or as
    harming another party's right, sovereignty or interests (module docstring), other than
    the speaker's own side; None when no clause tells one."""
    for verb in _clauses(span, verbs):
        if _negated(verb) or _modal(verb):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
            continue
        if not (_breach_adjunct(verb) or _harms_protected(verb) or _wrongful_part(verb)):
            continue
        agents = [
            a
            for a in (_charged_agent(verb) or _owning_doers(verb))
            if not (_sides([a]) & sides() or _speakers_forces(a))
            and a.lower_ not in ("we", "i", "us", "you")
        ]
        if agents:
            return agents
    return None


gate(
    _wronged_parties,
    needs(BREACH_ADJUNCTS),
    needs(LEAVE_NOUNS),
    needs(PROTECTED_NOUNS),
    needs(TAKING_PART_VERBS),
    empty=None,
)
