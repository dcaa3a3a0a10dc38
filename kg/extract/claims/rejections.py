"""Rejection, non-acceptance and charges carried by acts (round 23, issue 12; the claims
guide's points 44 and 45, "Round 23: rejection, non-acceptance and charges carried by acts").

* ``unaccepted_offer``: not accepting another party's offer, demand or decision is CRITICIZE
  of that party, as rejecting it is (point 44): "will never accept a deal proposed by the
  president", "do not accept the conditions set by Beijing".  A refused acceptance ("refused
  to accept X's conditions") is :mod:`.requests`' reading; "will not accept" an act (a
  killing, a violation) stays what the threat families make of it.
* ``suspected_charge``: a measure whose grounds the sentence gives as the acting party's
  suspicion carries that party's charge (point 45): "Ankara detained two Dutch reporters on
  suspicion of espionage" is Ankara's ACCUSE of the reporters; suspects who are the actor's
  own nationals or an unnamed group make it an ASSERT (point 6).  Grounds told as fact ("for
  the interference", "after the attack") carry no charge and are left alone.
* ``distanced_offer`` (round 23, second wave, dismiss23b): a party that distances itself from
  another party's proposal, plan, call or decision judges it as rejecting it does (point 44):
  "distanced itself from the proposal by X" is CRITICIZE of X, of nobody named when the
  sentence names no owner.  Distancing from a statement or a charge is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _can_speak,
    _claim,
    _Context,
    _direct_object,
    _is_actor_token,
    _prep_object,
    _subjects,
)
from kg.extract.claims.denials import criticisms
from kg.extract.claims.requests import REFUSING_VERBS
from kg.extract.claims.spans import _token_span
from kg.extract.claims.speech import _speaker_of
from kg.extract.claims.speech_deny import (
    ANSWERED_ACTS,
    DECIDED_NOUNS,
    OFFERED_NOUNS,
    _offer_owners,
)
from kg.extract.claims.targets import actor_mention
from kg.extract.mentions import sentence_index
from kg.model import Claim, Stance

#: Verbs of accepting whose negation turns down what another party offers or decided.
_ACCEPTING = cues.words("accept recognize recognise")


def _negated(verb: Token) -> bool:
    """'does not accept', 'will never accept', 'is not ready to accept'."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "ready"
        and any(c.dep_ == "neg" for c in head.head.children)
    )


def _as_stated_by(verb: Token) -> list[Token]:
    """The party an "as stated / set / proposed by X" clause on ``verb`` names."""
    return [
        o
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.tag_ == "VBN"
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)
        for agent in clause.children
        if agent.dep_ == "agent"
        for o in [_prep_object(agent)]
        if o is not None and _is_actor_token(o)
    ]


def unaccepted_offer_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    """The party that does not accept another party's offer, demand or decision CRITICIZEs
    it (point 44); the thing not accepted is the content."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ACCEPTING or not _negated(verb):
        return
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS:
        return  # "refused to accept X's conditions": the refused_request family's
    thing = _direct_object(verb)
    if thing is None or thing.lemma_.lower() in cues.ALLEGATION_NOUNS:
        return  # "does not accept these accusations" is a denial (non_acceptance)
    owners = _offer_owners(thing, acts=True) or _as_stated_by(verb)
    if not owners:
        return
    subject_of = verb.head.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "ready" else verb
    claimers = [s for c in _subjects(subject_of)[0] for s in [_speaker_of(c)] if s is not None]
    claimers = [c for c in claimers if _can_speak(c) and c.lower_ not in ("i", "we", "you")]
    if not claimers:
        return
    content = _token_span(context.doc, thing.left_edge.i, thing.right_edge.i + 1)
    yield from criticisms(context, claimers, verb, content, owners)


#: Reflexive objects of "distance": "distanced itself / himself / themselves from".
_REFLEXIVES = cues.words("itself himself herself themselves ourselves myself yourself")

#: What one distances oneself from that another party put forward or decided.
_DISTANCED = OFFERED_NOUNS | DECIDED_NOUNS | ANSWERED_ACTS


def _distanced_from(verb: Token) -> Token | None:
    """The thing in "distanced itself from the plan": the object of "from" on a reflexive
    "distance" (or on its participle "is distancing itself")."""
    if not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            found = _prep_object(prep)
            if found is not None and found.pos_ in ("NOUN", "PROPN"):
                return found
    return None


def distanced_offer_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    """The party that distances itself from another party's proposal, call or decision
    CRITICIZEs that party (point 44, "distanced itself from the proposal" beside "rejected
    the proposal"); of nobody named when the sentence names no owner."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "distance":
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return  # "has not distanced itself from the plan"
    thing = _distanced_from(verb)
    if thing is None or (thing.lemma_.lower() not in _DISTANCED and thing.lower_ not in _DISTANCED):
        return
    if any(a.dep_ == "ccomp" for a in verb.ancestors) or verb.dep_ == "ccomp":
        return  # told inside another speaker's content: that speaker's claim (point 44)
    claimers = [s for c in _subjects(verb)[0] for s in [_speaker_of(c)] if s is not None]
    claimers = [c for c in claimers if _can_speak(c) and c.lower_ not in ("i", "we", "you")]
    if not claimers:
        return
    owners = _offer_owners(thing, acts=True)
    content = _token_span(context.doc, thing.left_edge.i, thing.right_edge.i + 1)
    yield from criticisms(context, claimers, verb, content, owners)


#: Measures that can carry a charge: "arrested", "detained", "the detention of", "expelled".
MEASURES = cues.words(
    "arrest detain detention hold jail imprison expel expulsion deport deportation indict "
    "indictment charge"
)

#: Nouns that mark grounds as the actor's charge: "on suspicion of", "on charges of".
_GROUNDS = cues.words("suspicion suspicions charge charges accusation accusations allegation")


def _measure_of_grounds(noun: Token) -> Token | None:
    """The measure an "on suspicion of" / "on charges of" phrase hangs on, or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "on":
        return None
    measure = prep.head
    if measure.lemma_.lower() in MEASURES:
        return measure
    if measure.dep_ in ("dobj", "pobj") and measure.head.lemma_.lower() in MEASURES:
        return measure.head  # "detained five officers on suspicion of": hung on the object
    if (
        measure.dep_ == "pobj"
        and measure.head.lower_ == "of"
        and measure.head.head.lemma_.lower() in MEASURES
    ):
        return measure.head.head  # "the detention of five officers on suspicion of"
    return None


def _actors_and_suspects(measure: Token) -> tuple[list[Token], list[Token]]:
    """Who took the measure and against whom: "Georgia's detention of five officers",
    "police arrested two men", "two men were arrested by police"."""
    if measure.pos_ == "NOUN":
        actors = [c for c in measure.children if c.dep_ == "poss" and _is_actor_token(c)]
        actors.extend(
            o
            for p in measure.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for o in [_prep_object(p)]
            if o is not None and _is_actor_token(o)
        )
        suspects = [
            o
            for p in measure.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in [_prep_object(p)]
            if o is not None
        ]
        return actors, suspects
    if any(c.dep_ == "nsubjpass" for c in measure.children):
        actors = [
            o
            for p in measure.children
            if p.dep_ == "agent"
            for o in [_prep_object(p)]
            if o is not None
        ]
        return actors, [c for c in measure.children if c.dep_ == "nsubjpass"]
    actors = [c for c in measure.children if c.dep_ == "nsubj"]
    return actors, [c for c in measure.children if c.dep_ == "dobj"]


def _same_side(suspect: Token, actor: Token) -> bool:
    """Whether the suspects may be the actor's own nationals ("Georgian authorities arrested
    12 Georgian citizens", "Authorities arrested 12 Georgian citizens"): the accused are then
    no other party.  An actor with no nationality of its own named is read as one."""
    stems = {t.lower_[:5] for t in actor.subtree if t.ent_type_ in ("GPE", "NORP")}
    if not stems:
        return True
    return any(c.ent_type_ in ("GPE", "NORP") and c.lower_[:5] in stems for c in suspect.children)


def _named_party(suspect: Token, actor: Token) -> bool:
    """Suspects that name a party other than the actor: a named person or body, or a group
    with another nationality ("five Russian officers")."""
    if suspect.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if _same_side(suspect, actor):
        return False
    return any(c.ent_type_ in ("GPE", "NORP") for c in suspect.children)


def _charged(suspect: Token) -> Token | None:
    """The act in "suspects suspected of belonging to the ring": the object of "of" under a
    participle "suspected" / "accused" hanging on the suspects."""
    for acl in suspect.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("suspect", "accuse"):
            for p in acl.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    return _prep_object(p)
    return None


def suspected_charge_claims(token: Token, context: _Context) -> Iterator[Claim]:
    """The actor of a measure taken "on suspicion of" an act (or against suspects "suspected
    of" it) ACCUSEs the suspects of that act, or ASSERTs it when the suspects are no named
    other party (point 45)."""
    lemma = token.lemma_.lower()
    if lemma in _GROUNDS and token.pos_ == "NOUN":
        measure = _measure_of_grounds(token)
        charge = next(
            (_prep_object(p) for p in token.children if p.dep_ == "prep" and p.lower_ == "of"),
            None,
        )
        cue_first, cue_last = token.head, token
    elif lemma in ("suspect", "accuse") and token.dep_ == "acl" and token.tag_ == "VBN":
        suspect = token.head
        measure = suspect.head if suspect.dep_ in ("dobj", "nsubjpass") else None
        if measure is not None and measure.lemma_.lower() not in MEASURES:
            measure = None
        charge = _charged(suspect)
        cue_first, cue_last = token, token
    else:
        return
    if measure is None or charge is None:
        return
    if any(a.dep_ == "ccomp" for a in measure.ancestors) or measure.dep_ == "ccomp":
        return  # "the minister says authorities arrested ten on charges of spying": his claim
    actors, suspects = _actors_and_suspects(measure)
    actors = [a for a in actors if _is_actor_token(a) or _can_speak(a)]
    if not actors or not suspects:
        return  # "was arrested on charges of": nobody named took the measure
    content = _token_span(context.doc, charge.left_edge.i, charge.right_edge.i + 1)
    cue = _token_span(context.doc, cue_first.i, cue_last.i + 1)
    for actor in actors:
        named = [s for s in suspects if _named_party(s, actor)]
        yield _claim(
            context,
            claimer=actor_mention(actor, context),
            stance=Stance.ACCUSE if named else Stance.ASSERT,
            cue=cue,
            sentence=sentence_index(token),
            content=content,
            targets=tuple(actor_mention(s, context) for s in named),
            confidence=0.55,
        )
