"""Threats that make a reaction, not a harm, hang on the other side: relations broken off
or refused under a condition ("relations may be ruptured if P"), a commitment dropped if
the other side acts ("would withdraw from the ceasefire if Hamas fires more rockets"),
preparations promised ("will make preparations to crush any attempts by X"), what will
not be tolerated, penalties kept until the other side complies ("sanctions will only be
lifted if X withdraws").  Each threatens the actor it names, and none is read off a
commentator's words."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _is_passive, _prep_object
from kg.extract.claims.content_base import (
    _condition_targets,
    _modal,
    _named_sides,
    _negated,
    _own_side,
    _promised,
    _sides,
    _speaks_for,
)
from kg.extract.claims.content_lexicon import (
    BREACH_VERBS,
    COMMITMENT_NOUNS,
    COUNTERMEASURE_NOUNS,
    DEPLOY_VERBS,
    HARM_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    MEASURE_ADJECTIVES,
    MILITARY_NOUNS,
    RELATION_NOUNS,
    RUPTURE_VERBS,
    TOLERATE_VERBS,
    WEAPON_NOUNS,
    WRONG_NOUNS,
)
from kg.extract.claims.content_threat import (
    _POSSIBLE,
    _PUNISH_VERBS,
    _WILL,
    _chain_head,
    _conditions,
    _harm_aimed,
    _harmful,
    _pressed_subjects,
    _punishes_anyone,
)
from kg.extract.claims.gates import NEG, gate, needs
from kg.extract.claims.targets import _owners

#: Verbs of normal relations whose refusal under a condition threatens a rupture: "would
#: not engage in normal relations as long as P", "will not restore ties unless P".
_NORMAL_RELATIONS_VERBS = cues.words("engage restore normalize normalise resume maintain have")


#: Verbs whose subject is a relation going on: "talks will not resume unless P".
_RESUMING_VERBS = cues.words("resume continue proceed restart")


def _until_clauses(verb: Token) -> list[Token]:
    """'will suspend aid until it frees the opposition leader': a withdrawal lasting until
    the other side acts is a condition, as "unless" is."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
    ]


def _until_pressed(verb: Token, sides: Callable[[], set[str]]) -> bool:
    """Whether an until-clause of ``verb`` waits on another side's act: its subject names a
    party ("until Moscow withdraws", "until the Austrian government reverses") that is not
    the speaker's ("until we receive guarantees" is no pressure)."""
    for clause in _until_clauses(verb):
        for subject in clause.children:
            if subject.dep_ != "nsubj":
                continue
            named = [subject] if _is_actor_token(subject) else _owners(subject)
            if named and not (_sides(named) & sides()):
                return True
    return False


def _relation_subject(verb: Token) -> Token | None:
    """The active subject of ``verb`` when it names relations ("talks", "aid")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.lemma_.lower() in RELATION_NOUNS or subject.lower_ in RELATION_NOUNS
    ):
        return None
    return subject


def _relation_partners(noun: Token, sides: Callable[[], set[str]]) -> list[Token]:
    """Whom relations are broken off with: "relations with Sudan" -> [Sudan], "the
    Israeli ambassador" -> [Israeli]; never the speaker's own side."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "to", "in"):
            partner = _prep_object(child)
            if partner is not None:
                found.extend([partner] if _is_actor_token(partner) else _owners(partner))
        elif child.dep_ in ("poss", "amod", "compound") and _is_actor_token(child):
            found.append(child)
    return [t for t in found if not (_sides([t]) & sides())]


def _broken_relations(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a content threatens with a diplomatic rupture (CAMEO 161), or None: relations
    cut, severed, reduced or an ambassador recalled, promised ("will recall its
    ambassador") or made the consequence of a condition ("relations with Sudan may be
    ruptured if P"); normal relations refused under a condition ("would not engage in
    normal relations as long as P").  An act done ("Chad cut ties with Sudan") or told
    of another side ("Russia will expel our diplomats") is no threat by the speaker."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        conditions = _conditions(verb)
        if lemma in RUPTURE_VERBS:  # "will suspend aid until it frees X": lifted on a condition
            conditions += _until_clauses(verb)
        if lemma in RUPTURE_VERBS and not _negated(verb):
            deps = ("nsubjpass",) if _is_passive(verb) else ("dobj",)
            broken = [c for c in verb.children if c.dep_ in deps]
            if _is_passive(verb) and not broken:
                # "if P relations with Sudan may be ruptured": the parser hangs the
                # subject on the condition's verb
                broken = [t for t in verb.subtree if t.i < verb.i and t.dep_ == "dobj"]
            if not _is_passive(verb):  # "break off relations"
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                # a speaker of no known side speaks for the state it names ("the
                # spokesman said Ankara may cut aid to Baghdad"), unless it comments
                if (
                    subject is not None
                    and not _own_side(subject, sides)
                    and (sides() or commentator or not _is_actor_token(subject))
                ):
                    continue
        elif lemma in _RESUMING_VERBS and _negated(verb) and (held := _relation_subject(verb)):
            # "talks will not resume unless P": the relations themselves are the subject
            conditions += _until_clauses(verb)
            broken = [held] if conditions else []
        elif lemma in _NORMAL_RELATIONS_VERBS and _negated(verb) and conditions:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and not _own_side(subject, sides):
                continue
            broken = [c for c in verb.children if c.dep_ == "dobj"] + [
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for o in [_prep_object(p)]
                if o is not None
            ]
        else:
            continue
        relations = [
            b for b in broken if b.lemma_.lower() in RELATION_NOUNS or b.lower_ in RELATION_NOUNS
        ]
        if not relations:
            continue
        promised = _promised(verb)
        partners = [p for r in relations for p in _relation_partners(r, sides)]
        if not partners:  # "cut aid to Baghdad" with "to Baghdad" hung on the verb
            partners = [
                t
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for o in [_prep_object(c)]
                if o is not None
                for t in ([o] if _is_actor_token(o) else _owners(o))
                if not (_sides([t]) & sides())
            ]
        # "Japan might stop food aid shipments to X": a reduction held out to a named partner
        possible = _modal(verb, _POSSIBLE) and bool(partners)
        # "froze ties with Vienna until the Austrian government reverses its decision": a
        # cutoff held until the other side complies, in any tense (the claims guide, point 41)
        kept_off = lemma in RUPTURE_VERBS and _until_pressed(verb, sides)
        if not ((conditions and _modal(verb)) or promised or possible or kept_off):
            continue
        if not partners:
            partners = [
                s
                for c in conditions
                for s in c.children
                if s.dep_ == "nsubj" and _is_actor_token(s) and not (_sides([s]) & sides())
            ]
        if not partners and lemma in _RESUMING_VERBS:
            continue  # "talks will not resume until the two sides agree": nobody is pressed
        return partners
    return None


#: Nouns of readying an act: "will make preparations to crush", "will take measures to".
_PREPARATION_NOUNS = cues.words("preparation preparations step steps measure measures")


def _prepared_harm(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side promises harm by readying it: "it will make preparations
    to crush any attempts by Taiwan to move toward independence" -> [Taiwan], "will take
    measures to punish ...".  "will take steps to help farmers" harms nobody."""
    for verb in verbs:
        if verb.lemma_.lower() not in ("make", "take") or _negated(verb):
            continue
        if commentator or not _promised(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, sides):
            continue
        readied = [  # "make preparations to crush": the act on the noun, or the noun made
            a  # its subject by the parser ("preparations to crush" as a clause)
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in _PREPARATION_NOUNS
            for a in c.children
            if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"
        ] + [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp")
            and c.pos_ == "VERB"
            and any(
                n.dep_ == "nsubj" and n.lemma_.lower() in _PREPARATION_NOUNS for n in c.children
            )
        ]
        for act in readied:
            if not (_harmful(act) or _punishes_anyone(act) or act.lemma_.lower() in _PUNISH_VERBS):
                continue
            aimed = _harm_aimed(act) or [
                o for c in act.children if c.dep_ == "dobj" for o in _owners(c)
            ]
            return [a for a in aimed if not (_named_sides(a) & sides())]
    return None


#: Verbs of leaving a commitment besides its breaches: "would withdraw from the truce".
_WITHDRAW_VERBS = cues.words("withdraw quit exit leave")
#: Verbs that leave a commitment with "out of": "would back out of the accord", "pull out of".
_OUT_OF_VERBS = cues.words("back pull walk opt bow drop")


def _left_out_of(verb: Token) -> list[Token]:
    """What a phrasal verb of leaving leaves ([] for any other verb): "back out of key arms
    control agreements" -> [agreements], with "out" parsed as a particle or a preposition."""
    if verb.lemma_.lower() not in _OUT_OF_VERBS:
        return []
    outs = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"]
    return [
        o
        for h in (verb, *outs)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "of" and outs
        for o in [_prep_object(c)]
        if o is not None
    ]


def _conditional_withdrawal(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side threatens by making its own commitment hang on the other
    side's conduct, or None: "he would abandon his pledge not to declare independence if
    Beijing resorts to force", "Israel would withdraw from the ceasefire if Hamas fires
    more rockets" -> the condition's actor.  A commitment kept on a condition ("would
    honor the truce if ..."), an offer ("would welcome talks if ...") or a condition naming
    no actor threatens nobody."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        out_of = _left_out_of(verb)
        if lemma not in BREACH_VERBS and lemma not in _WITHDRAW_VERBS and not out_of:
            continue
        # a condition closing the clause may hang on the commitment's own verb ("his pledge
        # not to declare independence if Beijing ..."): the parser's nearest verb
        conditions = _conditions(verb) + [
            c
            for o in verb.children
            if o.dep_ == "dobj"
            for m in o.children
            if m.dep_ in ("acl", "relcl")
            for c in _conditions(m)
        ]
        if not conditions or _negated(verb) or not _modal(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and not _own_side(subject, sides)
            and (sides() or commentator or not _is_actor_token(subject))
        ):
            continue  # another side's breach told of, or a commentator's forecast
        left = (
            [c for c in verb.children if c.dep_ == "dobj"]
            + [
                o
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for o in [_prep_object(c)]
                if o is not None
            ]
            + out_of
        )
        if not any(
            t.lemma_.lower() in COMMITMENT_NOUNS | RELATION_NOUNS or t.lower_ in COMMITMENT_NOUNS
            for t in left
        ):
            continue
        pressed = _pressed_subjects(conditions, sides)
        if pressed:
            return pressed
    return None


#: Round 22 (issue 12, branch `threat22`): "will no longer tolerate X" promises the
#: reaction as "will not tolerate X" does (the parser gives "no longer" no "neg").
NO_LONGER = True


def _no_longer(verb: Token) -> bool:
    """ "they will no longer tolerate a Hezbollah presence", "can no longer be tolerated":
    the adverb "longer" under "no"."""
    return NO_LONGER and any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in verb.children
    )


def _not_tolerated(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """A promised reaction by the speaker's side ([] or the actor named as the object),
    or None: "we will not tolerate any transfer of weapons to militants", "the people will
    not accept the killing of any Egyptians".  "Tolerate" needs only an object; "accept",
    "allow", "permit" need a hostile or harmful one ("will not accept the proposal" is a
    refusal, no threat); only "will"/"shall" promise, or "would" shifted back by a past
    saying verb ("said it would not tolerate ..."; a bare "would not accept" is hypothetical)."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in TOLERATE_VERBS or not (_negated(verb) or _no_longer(verb)):
            continue
        if not _promised(verb):
            continue
        if _is_passive(verb):
            # "interfering with the passage of vessels will not be tolerated": the speaker
            # promises the reaction; what is not tolerated is its subject
            done = [c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
            if done and (lemma == "tolerate" or any(_harmful_object(o) for o in done)):
                return [o for o in done if _is_actor_token(o) and not (_sides([o]) & sides())]
            if not done and lemma == "tolerate" and verb.dep_ in ("ROOT", "ccomp"):
                return []  # the parser hung the doing elsewhere ("interfering with ...")
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and NO_LONGER and verb.dep_ == "conj":
            # "the country is nuclear armed, and would not tolerate ...": the subject
            # of the clause it is conjoined to
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        speaks_for = _speaks_for(subject, sides, commentator)
        if not (_own_side(subject, sides) or speaks_for):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")] or [
            # "will not tolerate or support any move": the object shared with the verb
            # conjoined by "or", where the parser hangs it
            c
            for v in verb.children
            if v.dep_ == "conj" and any(cc.lower_ in ("or", "nor") for cc in verb.children)
            for c in v.children
            if c.dep_ in ("dobj", "ccomp")
        ]
        if not objects:
            continue
        if lemma != "tolerate" and not any(_harmful_object(o) for o in objects):
            continue
        doers = [  # "will not let Iran undermine its security": the doer of the act
            c for o in objects if o.dep_ == "ccomp" for c in o.children if c.dep_ == "nsubj"
        ]
        found = [
            o for o in [*objects, *doers] if _is_actor_token(o) and not (_sides([o]) & sides())
        ]
        if not found and NO_LONGER:
            # "will no longer tolerate a Hezbollah presence": whose presence or doing
            found = [
                o
                for t in objects
                if not _is_actor_token(t)
                for o in _owners(t)
                if _is_actor_token(o) and not (_sides([o]) & sides())
            ]
        return found
    return None


#: Verbs of harm to a side's standing that a side will not let another do ("will not let X
#: weaken its security"), besides the hostile acts.
_WEAKENING_VERBS = cues.words("weaken threaten jeopardize jeopardise erode")


def _weakening_actor(verb: Token) -> bool:
    """Whether a verb of weakening has an actor doing it: "let Iran weaken its security",
    "allow China to threaten its borders"; "allow the rupee to weaken" has none."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "xcomp":
        doers = [c for c in verb.head.children if c.dep_ == "dobj"]
    return any(_is_actor_token(d) for d in doers)


def _harmful_object(noun: Token) -> bool:
    """Whether what is (not) accepted is a hostile or harmful act: "the killing of any
    Egyptians", "any attack on our soil", "that they shell our towns", "X weaken its
    security"."""
    for token in noun.subtree:
        lemma = token.lemma_.lower()
        if lemma in HOSTILE_NOUNS or lemma in HARM_NOUNS or lemma in WRONG_NOUNS:
            return True
        if token.pos_ == "VERB" and lemma in HOSTILE_ACTS:
            return True
        if token.pos_ == "VERB" and lemma in _WEAKENING_VERBS and _weakening_actor(token):
            return True
        if token.lower_ in ("killing", "killings"):
            return True
    return False


#: What a side promises to take: "measures", "steps", "action".
_MEASURE_NOUNS = cues.words("measure measures step steps action actions")
#: Verbs of taking measures, and of holding a right to.
_TAKING_VERBS = cues.words("take adopt")
_RIGHT_HOLDING_VERBS = cues.words("reserve retain have")
#: Verbs whose negation promises the act they govern: "will not hesitate to take steps".
_HESITATING = cues.words("hesitate")


def _hyphenated_counter(measures: Token) -> bool:
    """Whether "measures" is the end of "counter-measures", split by the tokenizer into
    "counter", "-", "measures"."""
    doc, i = measures.doc, measures.i
    return (
        measures.lemma_.lower() in _MEASURE_NOUNS
        and i >= 2
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ == "counter"
    )


def _taken_measures(verbs: list[Token]) -> list[tuple[Token, Token, bool]]:
    """(taking verb, its subject's clause, reserved) for each promise or reserved right to
    take measures: "will take all necessary measures", "reserves the right to take further
    measures" (reserved)."""
    found: list[tuple[Token, Token, bool]] = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in _TAKING_VERBS and _modal(verb, _WILL | cues.words("would")):
            found.append((verb, _chain_head(verb), False))
        if lemma in _RIGHT_HOLDING_VERBS:
            found.extend(
                (act, verb, True)
                for right in verb.children
                if right.dep_ == "dobj" and right.lower_ == "right"
                for act in right.children
                if act.dep_ in ("acl", "relcl", "xcomp") and act.lemma_.lower() in _TAKING_VERBS
            )
    return found


def _firm_measures(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side warns with measures it promises with resolve ([] when
    nobody is named), or None: "will take countermeasures", "reserves the right to take
    further measures", "will take resolute measures against X", "will take firm measures
    if P".  Resolve alone is no threat: "will take all necessary measures to contain the
    outbreak", and "will take the steps necessary to defend our interests" (the claims
    gold reads it as an assertion) aim at nobody."""
    if commentator:
        return None
    for take, holder, reserved in _taken_measures(verbs):
        # "will not hesitate to take further steps": the negated hesitation promises them
        unhesitating = holder is not take and holder.lemma_.lower() in _HESITATING
        if _negated(take) or (_negated(holder) and not unhesitating):
            continue
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        # a speaker of no known side speaks for the state it names ("the president declared
        # that Seoul will take countermeasures against X"), for measures aimed or in kind
        spoken_for = not _own_side(subject, sides) and _speaks_for(subject, sides, commentator)
        if not (_own_side(subject, sides) or spoken_for):
            continue
        for measures in (c for c in take.children if c.dep_ == "dobj"):
            lemma = measures.lemma_.lower()
            qualities = {c.lower_ for c in measures.children if c.dep_ in ("amod", "compound")}
            counter = (
                lemma in COUNTERMEASURE_NOUNS
                or bool(qualities & cues.words("retaliatory reciprocal"))
                or _hyphenated_counter(measures)
            )
            if not counter and (lemma not in _MEASURE_NOUNS or not qualities & MEASURE_ADJECTIVES):
                continue
            holders = (take, measures)
            aimed = [
                a
                for h in holders
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "against"
                for o in [_prep_object(p)]
                if o is not None
                for a in ([o] if _is_actor_token(o) else _owners(o))
            ]
            conditional = bool(_conditions(take) or _conditions(holder))
            if spoken_for and not (counter or aimed):
                continue
            if counter or reserved or aimed or conditional:
                if not aimed and conditional:
                    # "will take further steps if Russia continues to escalate": whom the
                    # condition presses (the guide's point 35)
                    aimed = _condition_targets(take) or _condition_targets(holder)
                return [a for a in aimed if not (_named_sides(a) & sides())]
    return None


def _conditional_deployment(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side threatens by making a move of its forces hang on a
    condition ([] when the condition names no actor), or None: "Turkey will send troops if
    the fighting spreads", "it will have to move troops to the border if tensions
    escalate", "would deploy forces if Serbia attacks" -> [Serbia]; weapons moved count as
    forces ("would deploy more missiles if NATO expands")."""
    if commentator:
        return None
    candidates = [*verbs, *(c for v in verbs for c in v.children if c.dep_ == "xcomp")]
    for verb in candidates:
        if verb.lemma_.lower() not in DEPLOY_VERBS or _negated(verb):
            continue
        if not any(
            c.dep_ == "dobj" and c.lemma_.lower() in MILITARY_NOUNS | WEAPON_NOUNS
            for c in verb.children
        ):
            continue
        head = _chain_head(verb)
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if _negated(head) or not _own_side(subject, sides):
            continue
        if not _modal(verb, _WILL | _POSSIBLE):
            continue
        conditions = [*_conditions(verb), *(_conditions(head) if head is not verb else [])]
        if not conditions:
            continue
        return [
            s
            for c in conditions
            for s in c.children
            if s.dep_ == "nsubj" and _is_actor_token(s) and not (_named_sides(s) & sides())
        ]
    return None


#: Penalties a side keeps on another until it complies: "sanctions", "the embargo".
_KEPT_PENALTY_NOUNS = cues.words(
    "sanction sanctions embargo embargoes blockade restriction restrictions penalty penalties"
)
#: Verbs of lifting a penalty, and of keeping it.
_LIFTING_VERBS = cues.words("lift ease remove end relax drop")
_STAYING_VERBS = cues.words("remain stay continue")
#: Marks of a condition a penalty is lifted on: "only if", "only when", "not ... until".
_LIFT_MARKS = cues.words("if unless until when once after")


def _lift_conditions(verb: Token) -> list[Token]:
    """The clauses a lifting or keeping hangs on: "if P", "unless P", "until P", "when P"
    (its "when" parsed as a mark or an adverb), and "as long as P"."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(
            (m.dep_ == "mark" and m.lower_ in _LIFT_MARKS)
            or (m.dep_ == "advmod" and m.lower_ in ("when", "once"))
            for m in c.children
        )
    ] + [c for c in _conditions(verb) if c.dep_ == "advcl" and c.head is not verb]


def _kept_penalty(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a side presses by making its penalties hang on the other side's conduct ([]
    when the condition names no actor), or None: "sanctions will only be lifted if X
    withdraws", "the embargo would not be lifted unless X cooperates", "sanctions will
    remain in place until X complies", "we will not lift sanctions until X ...".  A lifting
    told without a condition ("sanctions will be lifted when the deal takes effect" names
    no "only") or a past one is no threat, nor a commentator's forecast."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _LIFTING_VERBS | _STAYING_VERBS or not _modal(verb):
            continue
        passive = _is_passive(verb)
        deps = ("nsubjpass",) if passive else ("nsubj",) if lemma in _STAYING_VERBS else ("dobj",)
        kept = [
            c
            for c in verb.children
            if c.dep_ in deps
            and (c.lemma_.lower() in _KEPT_PENALTY_NOUNS or c.lower_ in _KEPT_PENALTY_NOUNS)
        ]
        if not kept:
            continue
        if lemma in _LIFTING_VERBS and not passive:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and not _own_side(subject, sides):
                continue  # "Russia will not lift its sanctions until ...", told by another
        conditions = _lift_conditions(verb)
        if not conditions:
            continue
        only = any(c.lower_ == "only" for c in verb.subtree if c.dep_ == "advmod")
        marks = {m.lower_ for c in conditions for m in c.children if m.dep_ in ("mark", "advmod")}
        if lemma in _STAYING_VERBS:
            # "until P", "unless P", "as long as P" (hung on "long", not on the verb)
            pressing = bool(marks & cues.words("until unless")) or any(
                c.head is not verb for c in conditions
            )
        else:
            pressing = only or (_negated(verb) and bool(marks & cues.words("until unless if")))
        if not pressing or (lemma in _STAYING_VERBS and _negated(verb)):
            continue
        pressed = _pressed_subjects(conditions, sides)
        if not pressed:
            pressed = [
                a
                for k in kept
                for p in k.children
                if p.dep_ == "prep" and p.lower_ in ("against", "on")
                for o in [_prep_object(p)]
                if o is not None
                for a in ([o] if _is_actor_token(o) else _owners(o))
                if not (_sides([a]) & sides())
            ]
        return pressed
    return None


# --- lexicon gates (.gates): the words without which each rule cannot fire --------------

gate(
    _broken_relations,
    needs(RUPTURE_VERBS, RELATION_NOUNS),
    needs(_NORMAL_RELATIONS_VERBS, RELATION_NOUNS, NEG),
    needs(_RESUMING_VERBS, RELATION_NOUNS, NEG),
)
gate(
    _conditional_withdrawal,
    needs(
        BREACH_VERBS | _WITHDRAW_VERBS, COMMITMENT_NOUNS | RELATION_NOUNS, cues.words("if unless")
    ),
    needs(BREACH_VERBS | _WITHDRAW_VERBS, COMMITMENT_NOUNS | RELATION_NOUNS, cues.words("as long")),
    needs(
        _OUT_OF_VERBS, cues.words("out"), COMMITMENT_NOUNS | RELATION_NOUNS, cues.words("if unless")
    ),
)
gate(
    _prepared_harm,
    needs(cues.words("make take"), _PREPARATION_NOUNS, _WILL | cues.words("would")),
)
gate(_not_tolerated, needs(TOLERATE_VERBS, _WILL | cues.words("would"), NEG))
gate(
    _firm_measures,
    needs(_TAKING_VERBS, COUNTERMEASURE_NOUNS | _MEASURE_NOUNS, _WILL | cues.words("would")),
    needs(_TAKING_VERBS, COUNTERMEASURE_NOUNS | _MEASURE_NOUNS, cues.words("right")),
)
gate(
    _conditional_deployment,
    needs(
        DEPLOY_VERBS,
        MILITARY_NOUNS | WEAPON_NOUNS,
        _WILL | _POSSIBLE,
        cues.words("if unless long"),
    ),
)
gate(
    _kept_penalty,
    needs(_LIFTING_VERBS | _STAYING_VERBS, _KEPT_PENALTY_NOUNS, _LIFT_MARKS | cues.words("long")),
)
