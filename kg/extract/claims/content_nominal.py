"""Contents that charge a doer through an act told as a noun: "the latest threats from
Pyongyang are meant to heighten tensions", "the Iraqi government's persecution of its
Kurds", "Russian shelling of the city went on overnight", "interference by Beijing".

The charge rules read a hostile act's doer off a clause: its subject, a passive's agent, a
participle's "by" agent.  An act told as a noun (a ``hostile_noun`` or ``wrong_noun`` of
the content lexicon) names its doer inside its own noun phrase instead: a possessive
("Russia's annexation"), a "by" or "from" phrase ("threats from Pyongyang", "interference
by Beijing"), a nationality adjective or a compound ("Russian shelling", "the Iran
nuclear deception"), an "X-backed" modifier; :func:`~.targets_states._owners` reads these
for the targets of a criticism.  Here a content otherwise asserted that tells such an act
with its doer accuses that doer (GUIDE.md: a charge's target is the doer of the act).

Not read as a charge: an act negated ("no Russian aggression"), put in an "if" clause or
as a time ("since the 2014 Russian invasion", "after Iran's attack"), the object of an act
that stops or answers it ("to counter Russian disinformation", "a response to the
aggression": the speaker's own act is told), or one its own side did.  Round 21 (issue 12,
``noun21``; optional family ``nominal_doer``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _TIME_PREPS, _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import _entity_text, _named_sides, _negated
from kg.extract.claims.content_lexicon import (
    COUNTER_VERBS,
    HOSTILE_NOUNS,
    RESPONSE_VERBS,
    WRONG_NOUNS,
)
from kg.extract.claims.gates import gate, needs
from kg.resolve.gazetteer import lookup

#: The act nouns whose doer a content charges: hostile acts and wrongs named as nouns.
NOMINAL_ACTS = HOSTILE_NOUNS | WRONG_NOUNS
#: Words before an act that make it one stopped, answered or suffered rather than charged
#: ("to counter X's disinformation", "in response to", "victims of", "protection from").
_COUNTERING = (
    COUNTER_VERBS
    | RESPONSE_VERBS
    | cues.words(
        "counter combat fight prevent deter stop halt end resist oppose defend protect "
        "against response reaction retaliation answer victim victims protection defense "
        "defence condemn condemnation denounce deny denial reject allegation allegations "
        "accusation accusations claim claims charge charges report reports investigation "
        "inquiry probe"
    )
)
#: Modifiers that leave the act unasserted.
_HEDGES = cues.words("alleged suspected possible potential purported reported supposed")
#: Subordinators that put an act in a condition or a purpose, not a fact told.
_CONDITIONS = cues.words("if unless whether lest")


def _quantified(noun: Token) -> bool:
    """'no aggression', 'without interference', 'any attack': an act denied or hypothetical."""
    if _negated(noun):
        return True
    if any(c.lower_ in ("no", "any", "without") or c.lower_ in _HEDGES for c in noun.children):
        return True  # "alleged Russian atrocities": the act not asserted
    if noun.dep_ == "attr":
        return True  # "That was Evan's crime": a label of the subject, read by the label rules
    return noun.dep_ == "pobj" and noun.head.lower_ in ("without", "against")


def _framed(noun: Token) -> bool:
    """Whether the act stands in a time, a condition, or under a word that stops, answers,
    reports or disputes it, on its way up to the content's clause."""
    token = noun
    while token.head != token:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in _TIME_PREPS:
            return True  # "since Russia's invasion", "amid Chinese provocations"
        if head.lemma_.lower() in _COUNTERING or head.lower_ in _COUNTERING:
            return True  # "to counter Russian disinformation", "reports of Syrian shelling"
        if head.pos_ in ("VERB", "AUX"):  # the clause the act is told in
            return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in head.children)
        token = head
    return False


def _state_modifier(token: Token) -> bool:
    """A nationality adjective or a name the gazetteer knows as a state ("Russian",
    "Pyongyang", "Iran"), not a place of the act ("the Mumbai attacks", "the Gaza war")
    nor a person or a body that may be its victim ("the Skripal poisoning", "the Sony hack")."""
    if token.ent_type_ not in ("NORP", "GPE"):
        return False
    entry = lookup(_entity_text(token)) or lookup(token.text)
    return entry is not None and entry.kind == "state"


def _named_in(phrase: Token) -> list[Token]:
    """The doer a noun phrase names: itself when it is an actor ("by Beijing", "from
    Pyongyang"), else its state modifier or possessor ("by Russian forces", "from the
    Iranian regime", "by Moscow's proxies")."""
    if _is_actor_token(phrase) and phrase.pos_ == "PROPN":
        return _with_conjuncts(phrase)
    return [
        c
        for c in phrase.children
        if (c.dep_ in ("amod", "compound") and _state_modifier(c))
        or (c.dep_ == "poss" and _is_actor_token(c) and c.pos_ == "PROPN")
    ]


def _doers(noun: Token) -> list[Token]:
    """The actors an act noun's own phrase names as its doer: its possessive ("Russia's
    annexation", "the South Korean government's fabrication"), its "by" or "from" object
    ("interference by Beijing", "threats from Pyongyang"), a nationality adjective or a
    state as compound ("Russian shelling", "the Iran deception"), an "X-backed" patron."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss":
            found += _named_in(child) if child.pos_ != "PRON" else []
        elif child.dep_ in ("amod", "compound") and _state_modifier(child):
            found.append(child)
        elif child.dep_ == "amod" and child.lemma_.lower() in cues.PATRON_PARTICIPLES:
            found += [c for c in child.children if _state_modifier(c)]  # "Iran-backed"
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            complement = _prep_object(child)
            found += _named_in(complement) if complement is not None else []
    if not found and noun.dep_ == "conj":
        # "hostile actions and provocations from Russia": the parser hangs the shared
        # "from" phrase on the first conjunct; after this noun it is this noun's too
        for child in noun.head.children:
            if (
                child.dep_ in ("prep", "agent")
                and child.lower_ in ("by", "from")
                and child.i > noun.i
            ):
                complement = _prep_object(child)
                found += _named_in(complement) if complement is not None else []
    return found


def _nominal_act_doers(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """Actors a content charges with a hostile act or a wrong told as a noun whose own
    phrase names the doer ("the latest threats from Pyongyang", "the South Korean
    government's fabrication", "Russian meddling"), not the speaker's side."""
    for noun in span:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.lemma_.lower() not in NOMINAL_ACTS and noun.lower_ not in NOMINAL_ACTS:
            continue
        if _quantified(noun) or _framed(noun):
            continue
        doers = [d for d in _doers(noun) if not (_named_sides(d) & sides())]
        if doers:
            return doers
    return []


gate(_nominal_act_doers, needs(NOMINAL_ACTS), empty=[])
