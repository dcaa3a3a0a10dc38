"""An act qualified as a wrong whose doer the sentence before names (round 32, stance33,
issue 12): "Azerbaijani forces shelled the village overnight.  The ministry said the shelling
was an act of aggression" charges Azerbaijan; "... said this was a war crime", "... said the
explosion was a terrorist act by Ukrainian special services".

Wire copy tells the deed first and the speaker's verdict on it second, taking the deed up
again with a definite noun or a demonstrative that names no doer.  The verdict is a charge
(the guide's stance table: a content that "labels its act pejoratively" is ``accuse``), but
point 6 wants a named target and point 23 lets "the strike" take one only from its own
sentence or the one before: so the charge is aimed at the doer the qualifying phrase names
("a terrorist act by X"), else at the one actor the sentence before makes the doer of a
hostile act, not the speaker's own side; with neither the content stays as it was read.

``_pejorative_predication`` (:mod:`.content_label`) already charges a subject that names
its owner ("Putin's war is an act of aggression"); this reads the subjects it leaves.  The
words are data: the qualifying nouns are the ``qualified_wrong`` rows of
``kg/data/content_lexicon.tsv`` beside :data:`kg.extract.cues.PEJORATIVES`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _clause_doer,
    _is_actor_token,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
)
from kg.extract.claims.content_base import _named_sides, _negated
from kg.extract.claims.content_lexicon import (
    ACT_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    QUALIFIED_WRONGS,
    WEAPON_NOUNS,
)
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners
from kg.extract.claims.targets_states import _state_of

#: Round 32 (stance33): read a pejorative qualification of an ownerless act.
QUALIFIED_ACTS = False

#: Demonstratives that stand for the deed told just before: "this is a war crime".
_DEMONSTRATIVES = cues.words("this that it")

#: Determiners that take an act already told up again ("an attack" is a new one).
_TAKING_UP = cues.words("the this that these those such")

#: Verbs of saying, whose subject tells of a deed rather than doing it.
_SAYING = cues.words("say tell report claim allege accuse state announce add note")


def _qualifies(predicate: Token) -> bool:
    """Whether a predicate noun calls its subject a wrong: a qualifying noun ("a
    violation", "a crime") or a pejorative word in its phrase ("a terrorist act", "an act of
    aggression")."""
    words = {t.lemma_.lower() for t in _nominal_subtree(predicate)}
    return predicate.lemma_.lower() in QUALIFIED_WRONGS or bool(words & cues.PEJORATIVES)


def _taken_up(subject: Token) -> bool:
    """A subject that takes up a deed with no doer of its own: "this", "the shelling",
    "Sunday's attack" (not "Russia's attack", not "the attack by X")."""
    if subject.lower_ in _DEMONSTRATIVES and subject.pos_ in ("PRON", "DET"):
        return True
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or not (lemma in ACT_NOUNS or lemma in HOSTILE_NOUNS):
        return False
    if _owners(subject) or any(c.dep_ == "prep" and c.lower_ == "by" for c in subject.children):
        return False
    return any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in _TAKING_UP for c in subject.children
    ) or any(  # "such actions": the parser makes "such" an adjective (round 33)
        c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in subject.children
    )


def _by_agents(*nouns: Token) -> list[Token]:
    """Actors a "by" phrase on the nouns names: "a terrorist act by Ukrainian special
    services", "an act of aggression committed by X"."""
    found = []
    for noun in nouns:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agent = _prep_object(child)
                actor = _actor(agent) if agent is not None else None
                if actor is not None:
                    found.append(actor)
            if child.dep_ == "acl":
                for grand in child.children:
                    if grand.dep_ == "agent":
                        agent = _prep_object(grand)
                        actor = _actor(agent) if agent is not None else None
                        if actor is not None:
                            found.append(actor)
    return found


def _hostile_deed(verb: Token) -> bool:
    """A verb of a hostile act ("shelled", "attacked") or one that puts a weapon to use
    ("fired missiles at", "launched rockets")."""
    if verb.lemma_.lower() in HOSTILE_ACTS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_NOUNS for c in verb.children)


def _actor(token: Token) -> Token | None:
    """The actor a doer or agent names: itself when it is an actor, its state
    ("Azerbaijani forces" -> Azerbaijani), else its one owner ("Ukrainian special services"
    -> Ukrainian)."""
    if _is_actor_token(token):
        return token
    state = _state_of(token)
    if state is not None:
        return state
    owners = _owners(token) if token.pos_ == "NOUN" else []
    return owners[0] if len(owners) == 1 else None


def context_doers(sentence: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """The one actor ``sentence`` makes the doer of a hostile act ("Azerbaijani forces
    shelled ..." -> Azerbaijan; "was shelled by Russian troops" -> Russia), not the speaker's
    side; [] when it names none or several."""
    found: dict[str, Token] = {}
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in _SAYING or not _hostile_deed(verb):
            continue
        if _negated(verb):
            continue
        for child in verb.children:
            doer = _clause_doer(child)
            if doer is None or doer.pos_ == "PRON":
                continue
            actor = _actor(doer)
            if actor is None:
                continue
            named = _named_sides(actor)
            if named & sides():
                continue
            key = ",".join(sorted(named)) or actor.lemma_.lower()
            found.setdefault(key, actor)
    return list(found.values()) if len(found) == 1 else []


def _before(span: SpacySpan) -> SpacySpan | None:
    """The sentence before the one ``span`` starts in, or None."""
    first = span[0].sent if len(span) else None
    if first is None or first.start == 0:
        return None
    return span.doc[first.start - 1].sent


#: Round 32 (stance33): a penalty promised for a deed taken up again ("the attack will not go
#: unanswered", "this crime will not go unpunished") threatens the doer the sentence before
#: names; read by :func:`.content_penalty._unescaped_penalty`, which before gave such a deed
#: with no owner no target and no threat.
ANSWERED_DEEDS = False


def deed_doers(thing: Token, sides: Callable[[], set[str]]) -> list[Token]:
    """The doer of a hostile deed ``thing`` takes up with no doer of its own ("the attack",
    "the sinking", "that"), named by the sentence before: a label's target (round 32,
    ``labels.LABELLED_DEEDS``); [] for anything else."""
    lemma = thing.lemma_.lower()
    if thing.pos_ == "NOUN" and lemma not in HOSTILE_NOUNS:
        return []
    return taken_up_doers(thing, sides)


def taken_up_doers(subject: Token, sides: Callable[[], set[str]]) -> list[Token]:
    """The doer of a deed ``subject`` takes up with no doer of its own ("the attack", "this"),
    named by the sentence before; [] when it is not such a deed or no one doer is named."""
    if not _taken_up(subject):
        return []
    before = _before(subject.sent)
    return context_doers(before, sides) if before is not None else []


def qualified_act_doers(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content charges by qualifying an ownerless deed as a wrong ("the shelling was
    an act of aggression", "this is a war crime"): the qualification's "by" agent, else the
    doer the sentence before names; None when there is no such qualification or no doer."""
    for verb in _main_verbs(span):
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        predicates = [c for c in verb.children if c.dep_ == "attr" and not _negated(c)]
        if subject is None or not predicates or not _taken_up(subject):
            continue
        if not any(_qualifies(p) for p in predicates):
            continue
        agents = [a for a in _by_agents(*predicates) if not (_named_sides(a) & sides())]
        if agents:
            return agents
        before = _before(span)
        doers = context_doers(before, sides) if before is not None else []
        if doers:
            return doers
    return None


gate(qualified_act_doers, needs(QUALIFIED_WRONGS), needs(cues.PEJORATIVES))
