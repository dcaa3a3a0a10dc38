"""Criticism by directive: a content that tells another named party what it must stop or
do, taking its wrong for granted ("Russian forces need to leave Georgia at once", "Iran
should stop interfering in the affairs of its neighbours", "the government must prevent a
further escalation by ceasing its military actions", "X could be doing more to rein in
the militants").

The claims guide's point 16 reads "X must do Y" as an appeal (no claim); the `test17`
annotation reads a demand that presupposes the other side's act ("must cease its military
actions", "should stop interfering", "forces need to leave") as ``criticize`` of that side.
The family ``obliged_conduct`` follows the latter and needs all of:

* a modal of obligation on the asked verb ("should", "must", "ought to") or "need to" /
  "has to" governing it ("could" only in "could do more");
* a subject that is one named party of another side than the speaker's ("Moscow", "Iran",
  "Russian forces" -> Russia); not "both sides", "all parties", the international
  community, two parties joined ("Israel and the Palestinians must stop"), "we" or "you";
* an asked act the demand family (:mod:`.demands`) reads as presupposing a wrong (a
  cessation of a hostile doing, "withdraw its troops", "release the prisoners"), a
  cessation of a doing of arms ("cease its military actions"), a withdrawal from a named
  place or by armed forces ("leave Georgia", "troops must withdraw"), a cessation as the
  means ("by ceasing its shelling"), or "do more".

"all foreign diplomats must leave the country" (an expulsion), "we must stop the
violence", "both sides should stop fighting", "Iran should return to talks", "must not
withdraw", "should stop arming Taiwan" (no wrong the lexicon knows: the demand told, as
before) and a demand with a threat beside it ("or face the consequences", "until it does,
we will act": the threat rules' reading) criticize nobody.  Round 17 (issue 12, branch
``directive17``): neutral on every development and held-out part (no sentence of theirs
changes), +2 triples on ``test17``, whose class it was built from."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token
from kg.extract.claims.content_base import _negated, _own_side
from kg.extract.claims.content_lexicon import MILITARY_NOUNS
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets_states import _state_of

#: Modals of obligation on the asked verb.
_OBLIGING_MODALS = cues.words("should must ought")
#: Verbs of obligation that govern the asked verb: "need to leave", "has to stop".
_OBLIGING_VERBS = cues.words("need have")
#: Asked acts of cessation: what the party is told to stop takes its doing for granted.
_CEASE_VERBS = cues.words("stop cease end halt desist refrain quit abandon")
#: Modifiers that make a doing one of arms: "its military actions".
_ARMED = cues.words("military armed")
#: Asked withdrawals: "leave Georgia", "withdraw from the region", "pull out".
_LEAVE_VERBS = cues.words("leave withdraw pull")
#: Subjects that name nobody in particular, or a third party appealed to.
_NOBODY = cues.words(
    "side sides party parties all everyone everybody both community world nations countries"
)
#: First and second persons: the speaker's own obligation, or an addressee with no name.
_PERSONS = cues.words("i we you us")


def _obliged(verb: Token) -> tuple[Token, Token] | None:
    """The asked verb and the verb that carries its subject when ``verb`` is obliged: "X
    should stop" -> (stop, stop), "X needs to leave" -> (leave, need); else None."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS for c in verb.children):
        return verb, verb
    if verb.lemma_.lower() in _OBLIGING_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        asked = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if asked is not None:
            return asked, verb
    return None


def _military_object(act: Token) -> bool:
    """'cease its military actions', 'halt the operation by its troops': a doing of arms."""
    objects = [c for c in act.children if c.dep_ in ("dobj", "pcomp")]
    return any(
        o.lemma_.lower() in MILITARY_NOUNS
        or any(a.dep_ == "amod" and a.lower_ in _ARMED for a in o.children)
        for o in objects
    )


def _stops_wrong(act: Token) -> bool:
    """Whether a cessation asked names a wrong or a doing of arms, as the demand family's
    ("stop interfering in ...", "cease its provocations", "cease its military actions");
    "stop arming Taiwan" or "halt settlement construction" names none the lexicon knows."""
    from kg.extract.claims.demands import _presupposes  # demands imports content

    return _presupposes(act) or _military_object(act)


def _asks_cessation(asked: Token, subject: Token) -> bool:
    """Whether the asked act takes the party's doing for granted."""
    lemma = asked.lemma_.lower()
    if lemma in _CEASE_VERBS:
        return _stops_wrong(asked)
    from kg.extract.claims.demands import _presupposes  # demands imports content

    if _presupposes(asked):  # "withdraw its troops", "release the detained journalists"
        return True
    if lemma in _LEAVE_VERBS:
        if subject.lemma_.lower() in MILITARY_NOUNS:
            return True  # "Russian forces must withdraw"
        places = [c for c in asked.children if c.dep_ == "dobj"]
        places += [
            o
            for p in asked.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return any(p.ent_type_ in ("GPE", "LOC") for p in places)
    # "must prevent a further escalation by ceasing its military actions"
    return any(
        p.dep_ == "prep"
        and p.lower_ == "by"
        and any(
            o.dep_ == "pcomp" and o.lemma_.lower() in _CEASE_VERBS and _stops_wrong(o)
            for o in p.children
        )
        for p in asked.children
    )


def _does_more(verb: Token) -> bool:
    """'should do more', 'could be doing more', 'must do more to rein in the militants'."""
    if verb.lemma_.lower() != "do":
        return False
    if not any(c.dep_ in ("dobj", "advmod") and c.lower_ == "more" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGING_MODALS | {"could"} for c in verb.children)


def _party(subject: Token | None) -> Token | None:
    """The named party a subject is ("Moscow", "Iran", "Russian forces" -> Russian), or None
    for nobody in particular, a person, or two parties joined."""
    if subject is None or subject.lower_ in _PERSONS or subject.lemma_.lower() in _NOBODY:
        return None
    if subject.conjuncts or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Israel and the Palestinians must stop": both sides appealed to
    if any(c.lower_ in ("both", "all") for c in subject.children):
        return None
    if _is_actor_token(subject):
        return subject
    return _state_of(subject)


#: Modals of a promise, and the verb of a penalty faced: "or face the consequences".
_PROMISING = cues.words("will shall 'll")


def _ultimatum(verb: Token) -> bool:
    """Whether a main verb of the content promises or names a penalty beside the demand
    ("until it does, we will take measures", "or face the consequences"): the threat rules'
    reading, not a criticism."""
    if verb.lemma_.lower() == "face":
        return True
    return any(c.dep_ == "aux" and c.lower_ in _PROMISING for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children) for c in verb.children
    )


def _obliged_conduct(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content criticizes by telling it what it must stop or do more of, or None:
    "Iran should stop interfering in ..." -> [Iran], "Russian forces need to leave Georgia"
    -> [Russian]."""
    if any(_ultimatum(v) for v in verbs):
        return None  # "must halt these actions, and until it does, we will act": a threat
    for verb in verbs:
        if _negated(verb):
            continue
        obliged = _obliged(verb)
        more = _does_more(verb)
        if obliged is None and not more:
            continue
        asked, holder = obliged if obliged is not None else (verb, verb)
        if _negated(asked):
            continue  # "must not withdraw"
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        party = _party(subject)
        if party is None or subject is None or _own_side(subject, sides):
            continue
        if more or _asks_cessation(asked, subject):
            return [party]
    return None


gate(
    _obliged_conduct,
    needs(_OBLIGING_MODALS | _OBLIGING_VERBS, _CEASE_VERBS | _LEAVE_VERBS | cues.words("by")),
    needs(cues.words("do doing"), cues.words("more")),
)
