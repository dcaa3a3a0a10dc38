"""Warnings read as threats: when "warned" names a consequence or warns an addressee off
("warned of a harsh response", "warned Israel against any attack") rather than only
asserting ("warned that Gaza faces famine") or advising ("warned civilians to stay
away"), harms to relations the warner holds out and the partners of those relations.

Separate from :mod:`.speech` because it is one question, whether a warning threatens,
asked of a frame :func:`.speech._verb_claims` has already read."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    THING_NOUNS,
    _Context,
    _is_actor_token,
    _is_person_like,
    _tokens_of,
)
from kg.extract.claims.content_lexicon import (
    CUTOFF_VERBS,
    HOSTILE_ACTS,
    RELATION_NOUNS,
    RESPONSE_VERBS,
)
from kg.extract.claims.targets_states import _owners
from kg.model import Span
from kg.resolve.gazetteer import lookup

#: Things with the endings of nouns for people that threaten as dangers, never as speakers.
_THREATENING_THINGS = THING_NOUNS | frozenset({"deployment", "enlargement", "armament"})


def _may_threaten(claimer: Token, verb: Token) -> bool:
    """An actor, a personal pronoun, or a relative pronoun whose antecedent is an actor
    ("weapons that threaten Russia": no)."""
    if claimer.tag_ in ("WDT", "WP"):
        return verb.dep_ == "relcl" and _may_threaten(verb.head, verb.head)
    if claimer.pos_ == "PRON":
        return True
    lemma = claimer.lemma_.lower()
    if claimer.pos_ == "NOUN" and not claimer.ent_type_ and lemma in _THREATENING_THINGS:
        return False  # "the deployment of weapons that threaten Russia"
    return _is_person_like(claimer)


#: What an addressee warned to do or avoid risks in "or face ...", "or pay the price".
_RISK_VERBS = cues.words("face risk suffer pay incur bear")


def _is_bare_admonition(verb: Token) -> bool:
    """'warned its neighbor not to aggravate tensions', 'warned civilians to stay away from
    security forces': an addressee told what to do or not to do, with no consequence named
    outside that advice ("... or face consequences", "..., saying it would retaliate")."""
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not addressees:
        return False
    advice = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "dobj")
        and c.i > addressees[0].i
        # "not to further aggravate tensions" may be parsed as a modifier of a second object
        and any(t.tag_ == "VB" and any(a.lower_ == "to" for a in t.children) for t in c.subtree)
    ]
    if not advice:
        return False
    told = {t.i for a in advice for t in a.subtree}
    risked = {
        t.i
        for a in advice
        for c in a.children
        if c.dep_ == "conj" and c.lemma_.lower() in _RISK_VERBS
        for t in c.subtree
    }
    outside = [t for t in verb.subtree if t.i not in told or t.i in risked]
    return not {t.lemma_.lower() for t in outside} & cues.THREAT_WORDS


#: Manners of a warning that make it a threat when its words are not reported (the claims
#: guide: "a stern warning reported without its words"; round 20, threat20).
_STERNLY = cues.words("sternly severely harshly")


def _is_threat(verb: Token, content: Span | None, context: _Context) -> bool:
    """'warned of a harsh response', 'warned Israel against any attack': consequences
    named or an addressee warned off; 'warned that Gaza faces famine' only asserts."""
    children = list(verb.children)
    addressed = any(c.dep_ in ("dobj", "dative") for c in children)
    warned_off = "warned_off" in context.rules
    if (
        addressed
        and not warned_off
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in children)
    ):
        return True
    # with ``warned_off`` (round 25): the act warned against is the other side's, not a harm
    # the warner holds out ("warned Taiwan against pursuing independence"), so its words
    # count for no threat; a consequence named outside it still does ("..., or face X")
    against = _warned_against(verb) if warned_off else frozenset()
    if (
        addressed
        and content is None
        and any(c.dep_ == "advmod" and c.lower_ in _STERNLY for c in children)
    ):
        return True  # "sternly warned Japan": a stern warning reported without its words
    lemmas = {
        t.lemma_.lower()
        for c in children
        if c.i > verb.i and c.dep_ in ("prep", "ccomp", "xcomp", "advcl")
        for t in c.subtree
        if t.i not in against
    }
    if content is not None:
        span = _tokens_of(content, context)
        lemmas |= {t.lemma_.lower() for t in span or () if t.i not in against}
    if lemmas & cues.CONDITIONAL_THREAT_WORDS and _sets_condition(verb):
        return True  # "is warning of war if there is an attempt to shoot down a rocket"
    if lemmas & _RELATION_HARMS and lemmas & RELATION_NOUNS:
        return True  # "warned of irreparable damage to Turkish-Israeli relations" (CAMEO 1313)
    if _own_harm_warned(verb):
        return True  # "warned it would attack with nuclear weapons the headquarters of ..."
    if _others_harm_warned(verb, lemmas):
        return False  # "warned that the insurgency by the rebels could destroy the gains"
    return bool(lemmas & cues.THREAT_WORDS)


def _warned_against(verb: Token) -> frozenset[int]:
    """The token indices of what ``verb`` warns against: "warned X against pursuing
    independence", "warned against any attempt to ..." (round 25, ``warned_off``)."""
    return frozenset(
        t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree
    )


#: Harms to relations a warning holds out: "warned of irreparable damage to relations"
#: (CAMEO WARN * LOSS (OF SUPPORT) [1313], reduce relations).
_RELATION_HARMS = cues.words("damage harm loss rupture deterioration downgrade breakdown")

#: Modals of a harm the warner holds out: "warned it would attack", "warned we will strike".
_HARM_MODALS = cues.words("will would may might could shall 'll")


def _own_harm_warned(verb: Token) -> bool:
    """Whether a warning's clause makes the warner itself the agent of a future or possible
    hostile act: "warned it would attack ...", "warned that we will respond" (the warner as
    "it"/"we"/"I" or named again).  "warned that Russia could attack" names another side.
    With :data:`OWN_MOVES` also a move of the warner's side aimed at another party's people
    or things, and a hostile act warned of with no doer (:func:`_own_move_warned`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for act in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        lemma = act.lemma_.lower()
        if lemma not in HOSTILE_ACTS and lemma not in RESPONSE_VERBS:
            if OWN_MOVES and _own_move_warned(verb, subject, act):
                return True
            continue
        if any(c.dep_ == "neg" for c in act.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _HARM_MODALS for c in act.children):
            continue
        doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if doer is None:
            continue
        if doer.lower_ in ("it", "we", "i") or (
            subject is not None and doer.lower_ == subject.lower_ and doer.pos_ == "PROPN"
        ):
            return True
    return OWN_MOVES and _hostile_doing_warned(verb)


#: Round 29 (issue 12, vows30): a warning that the warner's own side will or may make a move
#: aimed at another party ("warned that they may bar Russian warships from returning",
#: "warned that if tensions with India escalate, it will have to move troops to the Indian
#: border", "warned of firing rockets at U.S. military bases") threatens that party (claims
#: guide, point 4: a warning of harm by the speaker stays ``threaten``).
OWN_MOVES = False

#: Subjects that stand for the warner's own side in its clause: "it", "we", "I", and "they"
#: when the warner is itself plural ("Ukrainian officials warned that they may ...").
_SELF_DOERS = cues.words("it we i")

#: Prepositions whose object a move is aimed at: "point weapons at", "move troops to the
#: border", "bar warships from returning", "sanctions against".
_AIM_PREPS = cues.words("at against on from to into")

#: Acts whose doing, warned of with no doer, is the warner's ("warned of firing rockets at").
_WARNED_DOINGS = HOSTILE_ACTS | RESPONSE_VERBS

#: Verbs that carry a move as their "to" complement: "will have to move troops", "may be
#: forced to act against them".
_OBLIGED = cues.words("have force need")


def _move_of(act: Token) -> Token:
    """The move a clause's verb holds out: "will have to move troops" -> move."""
    if act.lemma_.lower() in _OBLIGED:
        inner = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if inner is not None:
            return inner
    return act


def _aimed_parties(move: Token) -> list[Token]:
    """The other parties a move is aimed at: named actors (or owners of things) as its
    object or the object of an aiming preposition ("Russian warships", "U.S. military
    bases", "the Indian border"), and the partner a cutoff is made with ("block all
    export-import operations with Russia")."""
    found: list[Token] = []
    cutoff = move.lemma_.lower() in CUTOFF_VERBS
    for child in move.children:
        if child.dep_ == "dobj":
            heads = [child]
        elif child.dep_ == "prep" and (
            child.lower_ in _AIM_PREPS or (cutoff and child.lower_ == "with")
        ):
            heads = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for head in heads:
            found.extend([head] if _is_actor_token(head) else _owners(head))
    return found


def _own_move_warned(verb: Token, subject: Token | None, act: Token) -> bool:
    """'warned that they may bar Russian warships ...', 'warned that Russia may point
    ballistic weapons at a U.S. missile defense system' (said by a Russian official),
    'warned that ... it will have to move troops to the Indian border'."""
    if any(c.dep_ == "neg" for c in act.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _HARM_MODALS for c in act.children):
        return False
    doers = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(_is_own_doer(d, subject) for d in doers):
        return False  # the first subject may be a condition's ("if tensions ..., it will")
    move = _move_of(act)
    parties = _aimed_parties(move)
    if not parties:
        return False
    warner = {t.lower_ for t in subject.subtree} if subject is not None else set()
    return any(p.lower_ not in warner for p in parties)


def _is_own_doer(doer: Token, subject: Token | None) -> bool:
    """'it', 'we', 'I'; 'they' after a plural warner; the warner's own name again."""
    if doer.lower_ in _SELF_DOERS:
        return True
    if subject is None:
        return False
    if doer.lower_ == "they":
        return subject.tag_ in ("NNS", "NNPS")
    return doer.pos_ == "PROPN" and doer.lower_ == subject.lower_


def _hostile_doing_warned(verb: Token) -> bool:
    """'has warned of firing rockets at U.S. military bases': a hostile doing with no doer
    of its own, warned of, aimed at a named party, is the warner's."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
        for doing in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if doing.lemma_.lower() not in _WARNED_DOINGS:
                continue
            if any(c.dep_ in ("nsubj", "poss") for c in doing.children):
                continue
            if _aimed_parties(doing):
                return True
    return False


#: Verbs whose subject bears a harm ("warned that Seoul would pay a price"): a threat to it.
_BEARING_VERBS = cues.words("pay face suffer regret bear incur")


def _others_harm_warned(verb: Token, lemmas: set[str]) -> bool:
    """Whether the only harm a warning names is one another party or a thing would do: its
    that-clause's doer is a thing ("the insurgency ... could destroy those gains", "the
    crisis could destroy the economy") or a named actor that is not the warner ("warned that
    Russia could strike Kyiv"), and no threat word is outside that clause.  Such a warning
    asserts or charges; it is not the warner's threat (claims guide, point 4)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for act in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        lemma = act.lemma_.lower()
        if lemma in _BEARING_VERBS or lemma not in cues.THREAT_WORDS | HOSTILE_ACTS:
            continue
        doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if doer is None or doer.pos_ == "PRON":
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children):
            continue  # "its forces would destroy ...": the warner's own side
        named = doer.pos_ == "PROPN" or doer.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        if named:
            if subject is not None and doer.lower_ in {t.lower_ for t in subject.subtree}:
                continue  # the warner named again
        elif _is_person_like(doer):
            continue  # "the army would crush ...": maybe the warner's own side
        inside = {t.i for t in act.subtree}
        outside = {
            t.lemma_.lower()
            for c in verb.children
            if c.i > verb.i and c.dep_ in ("prep", "ccomp", "xcomp", "advcl")
            for t in c.subtree
            if t.i not in inside
        }
        if not outside & cues.THREAT_WORDS:
            return True
    return False


def _relation_partners(verb: Token) -> list[Token]:
    """The states named as partners of relations a warning is about, but the warner's own:
    "a Turkish foreign ministry statement warned of damage to Turkish-Israeli relations"
    -> [Israeli]."""

    def state(token: Token) -> str | None:
        entry = lookup(token.text) if token.pos_ in ("ADJ", "PROPN", "NOUN") else None
        return None if entry is None else entry.state or entry.id

    own = {state(t) for c in verb.children if c.dep_ == "nsubj" for t in c.subtree} - {None}
    return [
        m
        for p in verb.children
        if p.dep_ == "prep"
        for t in p.subtree
        if t.lemma_.lower() in RELATION_NOUNS or t.lower_ in RELATION_NOUNS
        for m in t.subtree
        if m.i < t.i and state(m) is not None and state(m) not in own
    ]


def _sets_condition(verb: Token) -> bool:
    """Whether a warning hangs what it names on a condition: an "if/unless" clause
    anywhere under the warning verb ("warned of war if the drills go ahead")."""
    return any(
        t.dep_ == "mark" and t.lower_ in ("if", "unless") and t.head.dep_ == "advcl"
        for t in verb.subtree
    )
