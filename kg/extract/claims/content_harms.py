"""Harms a threat promises, and whom they are aimed at: :func:`_harmful` (whether a
promised act harms: "will retaliate", "would face consequences", a crackdown, a
reckoning, severe dealing, weapons aimed; not "will act to protect") and
:func:`_harm_aimed` (whom: "act against them", "advance on 10 towns", "fire rockets into
Israel", harm nouns and their objects), with the punishment of "anyone who ..." and a
right to defend oneself.

Separate from :mod:`.content_threat` because these are the harm nouns and verbs every
threat rule (and :mod:`.content_ultimatum`, :mod:`.threats`, :mod:`.learned`) reads,
not a rule of its own."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.content_lexicon import (
    COUNTERMEASURE_NOUNS,
    HOSTILE_ACTORS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    RESPONSE_VERBS,
    WEAPON_NOUNS,
)
from kg.extract.claims.targets import _owners


def _aimed_fire(verb: Token) -> list[Token]:
    """Whom fire is aimed at through its direction: "fire rockets into Israel", "fire at
    Georgian positions", "rockets that will reach farther into Israeli territory"."""
    found: list[Token] = []
    holders = [verb]
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in WEAPON_NOUNS:
            holders.extend(c for c in child.children if c.dep_ in ("relcl", "acl"))
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("into", "at"):
                continue
            aimed = _prep_object(prep)
            if aimed is not None:
                found.extend([aimed] if _is_actor_token(aimed) else _owners(aimed))
    return found


def _harm_aimed(verb: Token) -> list[Token]:
    """Whom a promised harm is aimed at: "act against them", "advance on 10 towns", "fight
    the rebels", "fire rockets into Israel"."""
    found: list[Token] = []
    if (
        verb.lemma_.lower() in cues.FIRING_VERBS
        or verb.lemma_.lower() in RESPONSE_VERBS
        or _weapons_aimed(verb)
    ):
        found.extend(_aimed_fire(verb))
    if _reckoning(verb) or _severe_dealing(verb):
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for prep in (c for h in holders for c in h.children):  # "settle accounts with the US"
            aimed = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "with" else None
            if aimed is not None:
                found.extend([aimed] if _is_actor_token(aimed) else _owners(aimed))
    hunted = _hunted(verb)  # "pursue members of the rebel group": the group
    if hunted:
        return hunted
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and child.tag_ == "NNS"
            and child.lemma_.lower() in HOSTILE_ACTORS
            and verb.lemma_.lower() in RESPONSE_VERBS
        ):
            found.append(child)  # "is ready to fight rebels"
            continue
        if child.dep_ == "prep" and child.lower_ in ("against", "on"):
            aimed = _prep_object(child)
            if aimed is not None and _is_actor_token(aimed):
                found.append(aimed)
            elif aimed is not None and child.lower_ == "against":  # not "on Somali towns"
                found.extend(_owners(aimed))
        elif child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() == "respond":
            answered = _prep_object(child)  # "respond to any British sanctions" -> British
            if answered is not None:
                found.extend(_owners(answered))
        elif child.dep_ == "dobj" and _is_actor_token(child):
            found.append(child)
    if _nominal_harm(verb):
        found.extend(_nominal_aims(verb))
    return found


#: Verbs that do the harm their object names: "will launch strikes on", "would give a
#: befitting response to", "will take military action against", "carry out airstrikes".
_DOING_VERBS = cues.PERPETRATE_VERBS | cues.words("give deliver mount take unleash wage")
#: The doing verbs that carry out a hostile act: "launch strikes", "wage war".
_CARRYING_VERBS = cues.PERPETRATE_VERBS | cues.words("unleash wage")
#: Armed doings that harm when aimed or military: "a military operation against the rebels".
_OPERATION_NOUNS = cues.words("operation operations offensive action campaign")
#: Qualifiers that make an answer a harm: "a befitting response", "a crushing reply".
_SEVERE_ANSWERS = cues.words(
    "befitting fitting crushing strong decisive firm resolute merciless harsh stern forceful "
    "devastating heavy swift befit"
)
#: Nouns of an answer to another side's act: "response", "reply", "retaliation".
_ANSWER_OBJECTS = (
    cues.RETALIATION_NOUNS | COUNTERMEASURE_NOUNS | cues.words("reaction riposte answer reply")
)
#: Hostile doings a doing verb carries out ("launch an attack"); not "issue a threat".
_DONE_HARMS = cues.HOSTILE_ACT_NOUNS | (HOSTILE_NOUNS - cues.THREAT_NOUNS)


def _answers_a_message(noun: Token) -> bool:
    """'a response to the proposal', 'an answer to the letter': an answer to words."""
    return any(
        a is not None and a.lemma_.lower() in _MESSAGE_WORDS
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for a in [_prep_object(c)]
    )


def _harm_nouns(verb: Token) -> list[Token]:
    """The objects of a doing verb that name a harm done: a hostile act ("will launch
    strikes"), a severe answer ("a befitting response"), an armed operation that is
    military or aimed ("military action against Hezbollah").  "will give a response to
    the proposal" and "will launch an operation to rescue them" harm nobody."""
    lemma = verb.lemma_.lower()
    if lemma not in _DOING_VERBS or (
        lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    ):
        return []
    found = []
    for obj in (o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)):
        word = obj.lemma_.lower()
        mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
        aimed = any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in obj.children)
        done = word in _DONE_HARMS and lemma in _CARRYING_VERBS  # "launch strikes"
        severe = word in _ANSWER_OBJECTS and bool(mods & _SEVERE_ANSWERS)  # "a befitting reply"
        armed = word in _OPERATION_NOUNS and ("military" in mods or aimed)
        if done or severe or armed:
            found.append(obj)
    return found


def _nominal_harm(verb: Token, aimless: bool = False) -> bool:
    """Whether a doing verb's object names a harm (:func:`_harm_nouns`); ``aimless``: one
    that harms with no victim named (a hostile act or a severe answer, not an operation)."""
    nouns = _harm_nouns(verb)
    if aimless:  # an operation harms when it is aimed: "an offensive against the rebels"
        return any(
            n.lemma_.lower() not in _OPERATION_NOUNS
            or any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in n.children)
            for n in nouns
        )
    return bool(nouns)


def _nominal_aims(verb: Token) -> list[Token]:
    """Whom a harm named by a noun is aimed at: "strikes on South Korea", "military action
    against Hezbollah", "a befitting reply to India", "a response to any Indian aggression"."""
    found: list[Token] = []
    for noun in _harm_nouns(verb):
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("against", "on", "at", "to"):
                continue
            aimed = _prep_object(prep)
            answer = noun.lemma_.lower() in _ANSWER_OBJECTS
            if aimed is None or (prep.lower_ == "to" and not answer):
                continue
            found.extend([aimed] if _is_actor_token(aimed) else _owners(aimed))
    return found


#: Harms that are benign without an aim: "will act to protect", "take measures to help".
_AIMLESS_HARMS = cues.words("act measure measures action step steps")
#: What one may respond to without a threat: "will respond to the letter".
_MESSAGE_WORDS = (
    cues.MESSAGE_NOUNS
    | cues.UTTERANCE_NOUNS
    | cues.words(
        "question questions request requests query queries invitation proposal letter call calls"
    )
)


def _harmful(verb: Token) -> bool:
    """Whether a promised act harms: a response or hostile verb ("will retaliate", "act
    against them", "would respond to any sanctions") or a harm as its object ("would face
    consequences"); "will act to protect" and "will respond to the letter" harm nobody."""
    lemma = verb.lemma_.lower()
    aimed = any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _defends_itself(verb):
        return True  # "is prepared to defend itself against aggression"
    if lemma in _AIMLESS_HARMS:
        return aimed
    if lemma in ("respond", "react"):
        answered = [_prep_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        if any(a is not None and a.lemma_.lower() in _MESSAGE_WORDS for a in answered):
            return False
        if _reprisal_manner(verb) or _severe_dealing(verb):
            return True  # "would respond in kind to the expulsions", "respond firmly to"
        return all(a is None or _adversarial_doing(a) for a in answered)
    if lemma in RESPONSE_VERBS or (lemma in HOSTILE_ACTS and verb.pos_ == "VERB"):
        return True
    if _reckoning(verb) or _weapons_aimed(verb) or _severe_dealing(verb) or _crackdown(verb):
        return True  # "settle accounts with", "point missiles at", "deal firmly with"
    if _hunted(verb):
        return True  # "will pursue members of the rebel group"
    if _punishes_anyone(verb):
        return True  # "will arrest anyone found committing ..."
    if _goes_to_war(verb):
        return True  # "would go to war if its territory were attacked"
    if _nominal_harm(verb):
        return True  # "will launch strikes on", "would give a befitting response"
    return any(
        o.lemma_.lower() in cues.THREAT_WORDS
        and (o.lemma_.lower() not in _AIMLESS_HARMS or aimed)
        and not _answers_a_message(o)
        for o in objects
    )  # "would face consequences", "take action against"; not "give a response to the letter"


#: Manners of answering that make the answer a reprisal whatever it answers: "respond in
#: kind", "react asymmetrically", "will respond accordingly", "respond militarily" (round 20,
#: threat20: a response named by its manner is harm the speaker's side will do).
_REPRISAL_MANNERS = cues.words(
    "accordingly asymmetrically symmetrically reciprocally militarily proportionately"
)


def _reprisal_manner(verb: Token) -> bool:
    """Whether an answering verb is a reprisal by its manner: "in kind", "in a mirror
    way", "accordingly", "asymmetrically"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _REPRISAL_MANNERS:
            return True
        if c.dep_ == "prep" and c.lower_ == "in":
            obj = _prep_object(c)
            if obj is not None and obj.lower_ in ("kind", "mirror", "response"):
                return True
            if obj is not None and any(m.lower_ in ("mirror", "reciprocal") for m in obj.children):
                return True  # "in a mirror way", "in a reciprocal manner"
    return False


def _adversarial_doing(answered: Token) -> bool:
    """Whether what a side will respond or react to is another side's doing: a hostile
    act or a threat ("any aggression", "sanctions"), anything "any"/"every" ("any
    provocation"), or a doing with a named actor ("the U.S. deployment", "Israel").  "will
    respond to the pandemic", "react to the floods" answer no one."""
    lemma = answered.lemma_.lower()
    if lemma in HOSTILE_NOUNS or lemma in cues.HOSTILE_ACT_NOUNS or lemma in cues.THREAT_WORDS:
        return True
    if _is_actor_token(answered) or any(c.lower_ in ("any", "every") for c in answered.children):
        return True
    return bool(_owners(answered))


def _goes_to_war(verb: Token) -> bool:
    """'would go to war', 'will go to war with X'."""
    return verb.lemma_.lower() == "go" and any(
        o is not None and o.lemma_.lower() == "war"
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in [_prep_object(c)]
    )


#: Objects of "settle" that make it a reckoning: "to settle accounts with the United States".
_RECKONING_NOUNS = cues.words("account accounts score scores")
#: Verbs of handling that harm when done with severity: "will deal strongly with".
_DEALING_VERBS = cues.words("deal handle treat respond react")
#: Manners of severity: "deal firmly with", "respond sternly to".
_SEVERE_MANNERS = cues.words(
    "strongly firmly sternly harshly severely resolutely decisively mercilessly "
    "ruthlessly forcefully toughly sharply"
)
#: Aiming verbs that harm when their object is a weapon: "may point ballistic weapons at".
_AIMING_VERBS = cues.words("point aim target train direct")


#: Round 22 (issue 12, branch `threat22`): verbs of hunting an armed group down, harm when
#: their object is a hostile actor or its members ("his troops will pursue members of the
#: rebel group into Congo if ...", "will hunt down the militants"); "pursue talks" is none.
HUNTED_GROUPS = True
_HUNTING_VERBS = cues.words("pursue hunt chase")
_MEMBER_NOUNS = cues.words("member members fighter fighters leader leaders remnant remnants")


def _hunted(verb: Token) -> list[Token]:
    """The hostile actors a verb of hunting pursues: "pursue the rebels" -> [rebels],
    "pursue members of the Ugandan rebel group, the Lord's Resistance Army" -> [group]."""
    if not HUNTED_GROUPS or verb.lemma_.lower() not in _HUNTING_VERBS:
        return []
    found: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _hostile_group(obj):
            found.append(obj)
        elif obj.lemma_.lower() in _MEMBER_NOUNS or obj.lower_ in _MEMBER_NOUNS:
            found.extend(
                o
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in [_prep_object(p)]
                if o is not None and _hostile_group(o)
            )
    # "the Ugandan rebel group, the Lord's Resistance Army": the group by its name, which
    # the parser may hang on the verb as a second object
    named = [
        c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ and _is_actor_token(c)
    ] + [a for t in found for a in t.children if a.dep_ == "appos" and _is_actor_token(a)]
    return named if found and named else found


def _hostile_group(noun: Token) -> bool:
    """ "the rebels", "the Ugandan rebel group", "militants": an armed group by its words."""
    return (
        noun.lemma_.lower() in HOSTILE_ACTORS
        or noun.lower_ in HOSTILE_ACTORS
        or any(c.dep_ in ("amod", "compound") and c.lower_ in HOSTILE_ACTORS for c in noun.children)
    )


def _crackdown(verb: Token) -> bool:
    """'will crack down on X' (CAMEO 137, repression; PLEDGE * CRACKDOWN [130])."""
    return verb.lemma_.lower() == "crack" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
    )


def _reckoning(verb: Token) -> bool:
    return verb.lemma_.lower() == "settle" and any(
        c.dep_ == "dobj" and c.lower_ in _RECKONING_NOUNS for c in verb.children
    )


def _severe_dealing(verb: Token) -> bool:
    return verb.lemma_.lower() in _DEALING_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in _SEVERE_MANNERS for c in verb.children
    )


def _weapons_aimed(verb: Token) -> bool:
    return verb.lemma_.lower() in _AIMING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_NOUNS for c in verb.children
    )


#: Punishments that threaten when promised to whoever does something: "the government
#: will arrest anyone found committing ...", "will prosecute those who take part".
_PUNISH_VERBS = cues.words("arrest punish prosecute jail detain imprison expel deport crush")
_ANYONE = cues.words("anyone anybody whoever everyone everybody those")


def _punishes_anyone(verb: Token) -> bool:
    """Whether a punishment is aimed at whoever does something, not at a named suspect
    ("will arrest the suspects" is police work)."""
    if verb.lemma_.lower() not in _PUNISH_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in _ANYONE for c in verb.children):
        return True
    # "will arrest anyone found committing ...", parsed with "anyone" the subject of a clause
    return any(
        c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ in _ANYONE for s in c.children)
        for c in verb.children
    )


def _defends_itself(verb: Token) -> bool:
    """'defend itself against aggression': a standing warning of force."""
    if verb.lemma_.lower() != "defend":
        return False
    reflexive = any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    )
    return reflexive and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)


#: The verbs :func:`_harmful` can find a harm by, and the harms it takes as object.
_HARMFUL_WORDS = (
    cues.words("defend respond settle crack go")
    | _AIMLESS_HARMS
    | RESPONSE_VERBS
    | HOSTILE_ACTS
    | _AIMING_VERBS
    | _DEALING_VERBS
    | _PUNISH_VERBS
    | cues.THREAT_WORDS
    | _DOING_VERBS
)
