"""Penalties, reprisals and answers promised: "will pay a heavy price", "would face
consequences", "our reaction will be on the level of ...", "reserves the right to
respond", "as a reprisal for ...", "any aggression will be answered", ruin promised
("will be turned into a sea of fire"), punishment promised to whoever does something,
"will not hesitate to", a penalty another side is told it will not escape ("will not go
unpunished", round 19: ``unescaped_penalty``), and a side under attack promising to answer.

Separate from :mod:`.content_threat`, which keeps harms promised by a verb and their
consequences; each rule here reads a penalty or answer word with the modal that
promises it, and is gated on those words."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims import content_qualified
from kg.extract.claims.base import (
    _first_of_conjuncts,
    _is_actor_token,
    _is_passive,
    _prep_object,
    _with_conjuncts,
)
from kg.extract.claims.content_base import (
    _OWN_POSSESSIVES,
    _modal,
    _negated,
    _own_side,
    _promised,
    _sides,
    _speaks_for,
)
from kg.extract.claims.content_harms import _ANYONE, _PUNISH_VERBS, _harm_aimed, _harmful
from kg.extract.claims.content_lexicon import (
    ADVERSARY_NOUNS,
    CUTOFF_VERBS,
    DEPLOY_VERBS,
    HOSTILE_ACTORS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    MILITARY_NOUNS,
    PENALTY_NOUNS,
    PENALTY_VERBS,
    WEAPON_NOUNS,
)
from kg.extract.claims.gates import NEG, gate, needs
from kg.extract.claims.targets import _owners

#: Nouns of a side's answer to another's act: "its reaction will be on the level of ...".
_ANSWER_NOUNS = cues.RETALIATION_NOUNS | cues.words("reaction riposte answer")


#: Round 22 (issue 12, branch `threat22`): the answer noun may be a passive's subject
#: ("Britain's reaction will be considered but robust", "our response will be delivered at
#: a time of our choosing"): announced all the same.
PASSIVE_ANSWERS = True
_ANSWER_SUBJECTS = ("nsubj", "nsubjpass") if PASSIVE_ANSWERS else ("nsubj",)


def _promised_answer(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a side's announced answer is aimed at ([] when no actor is named), or None:
    "its reaction will be on the level of the impudence of the Sudanese regime", "our
    response will be swift and harsh".  The answer noun is the subject of a future verb and
    belongs to the speaker's side ("its", "our", or a name of the side)."""
    for verb in verbs:
        if _negated(verb) or not _promised(verb):
            continue
        answer = next(
            (
                c
                for c in verb.children
                if c.dep_ in _ANSWER_SUBJECTS and c.lemma_.lower() in _ANSWER_NOUNS
            ),
            None,
        )
        if answer is None:
            continue
        owners = [c for c in answer.children if c.dep_ == "poss"]
        if not owners or not all(
            o.lower_ in _OWN_POSSESSIVES or _own_side(o, sides) for o in owners
        ):
            continue
        return [
            t
            for t in verb.subtree
            if t.i > verb.i
            and (_is_actor_token(t) or (t.ent_type_ in ("NORP", "GPE") and t.dep_ == "amod"))
            and not (_sides([t]) & sides())
        ][:1]
    return None


#: Verbs of holding a right: "has the right to respond", "reserves the right to retaliate".
_HOLDING_VERBS = cues.words("have reserve retain")


def _reserved_right(
    verbs: list[Token],
    sides: Callable[[], set[str]],
    commentator: bool = False,
    span: SpacySpan | None = None,
) -> list[Token] | None:
    """Whom a right to harm that the speaker's side holds is aimed at ([] when nobody is
    named), or None: 'it has the "right to respond to blatant military aggression" by
    Iran', "reserves the right to retaliate" (CAMEO RESERVE * RIGHT [130]), "reserves the
    right to send more troops" (a move of forces or a cutoff held in reserve), "reserves the
    right to take further measures", and a right reserved with its act said before
    ("Moscow reserves such a right").  A speaker of no known side speaks for the state it
    names ("the ministry said Seoul reserves the right to ..."), unless it comments."""
    for lemma, subject, right in _held_rights(verbs, span):
        if not (_own_side(subject, sides) or _speaks_for(subject, sides, commentator)):
            continue
        acts = [
            a
            for a in right.children
            if a.dep_ in ("acl", "relcl", "xcomp") and a.pos_ in ("VERB", "AUX")
        ]
        if not acts and lemma == "reserve" and not list(right.rights):
            return []  # "reserves such a right": the act is the one told before
        for act in acts:
            # "reserves the right to send more troops"; "has the right to send aid" is none
            moved = act.lemma_.lower() in DEPLOY_VERBS | CUTOFF_VERBS and (
                lemma != "have" or any(o.lemma_.lower() in MILITARY_NOUNS for o in act.children)
            )
            measures = (
                lemma == "reserve"
                and act.lemma_.lower() in _TAKING_VERBS
                and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in _RESERVED_MEASURES
                    for o in act.children
                )
            )  # "reserves the right to take further steps"
            if act.pos_ == "VERB" and (moved or measures):
                return [
                    a
                    for p in act.subtree
                    if p.dep_ == "prep" and p.lower_ == "against"
                    for a in [_prep_object(p)]
                    if a is not None and _is_actor_token(a)
                ]
            if act.pos_ == "VERB" and _harmful(act):
                aimed = _harm_aimed(act)
                if not aimed:  # "respond to aggression by Iran": the aggressor
                    aimed = [
                        a
                        for t in act.subtree
                        if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ in ("by", "against"))
                        for a in [_prep_object(t)]
                        if a is not None and _is_actor_token(a)
                    ]
                return aimed
    return None


def _held_rights(
    verbs: list[Token], span: SpacySpan | None
) -> list[tuple[str, Token | None, Token]]:
    """(holding verb's lemma, holder, "right") for each right held: "it has the right to",
    "reserves the right to"; and "Beijing reserves the right to ..." misparsed with
    "reserves" a noun (its holder a compound or modifier of it, "right" after it)."""
    found: list[tuple[str, Token | None, Token]] = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in _HOLDING_VERBS and not _negated(verb):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found.extend(
                (lemma, subject, c)
                for c in verb.children
                if c.dep_ == "dobj" and c.lower_ == "right"
            )
    for noun in span if span is not None else ():
        if noun.lemma_.lower() != "reserve" or noun.pos_ == "VERB":
            continue
        after = noun.i + 1
        while after < len(noun.doc) and noun.doc[after].dep_ in ("det", "predet"):
            after += 1
        if after >= len(noun.doc) or noun.doc[after].lower_ != "right":
            continue
        holder = next(
            (c for c in noun.children if c.dep_ in ("compound", "amod", "nsubj", "poss")),
            None,
        )
        found.append(("reserve", holder, noun.doc[after]))
    return found


#: Verbs and objects of measures taken under a reserved right: "to take further steps".
_TAKING_VERBS = cues.words("take adopt")
_RESERVED_MEASURES = cues.words("measure step action countermeasure")


#: Nouns that make an act a retaliation: "as a reprisal for Warsaw's new sanctions".
_REPRISAL_NOUNS = cues.words("reprisal reprisals retaliation revenge retribution")
_INTENT_WORDS = cues.words("intend plan prepare decide threaten vow")


def _reprisal(verbs: list[Token]) -> list[Token] | None:
    """Whom an act announced as a reprisal threatens, or None: "it will close the crossing
    as a reprisal for Warsaw's new sanctions" -> [Warsaw].  Only an act to come
    (will, intends to); "blocked shipments in retaliation" reports an act."""
    for verb in verbs:
        if _negated(verb):
            continue
        chain = [verb, *(a for a in verb.ancestors if verb.dep_ == "xcomp")][:3]
        coming = _modal(verb, cues.words("will shall 'll would")) or any(
            t.lemma_.lower() in _INTENT_WORDS for t in chain
        )
        if not coming:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("as", "in"):
                continue
            noun = _prep_object(prep)
            if noun is None or noun.lemma_.lower() not in _REPRISAL_NOUNS:
                continue
            return [
                o
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for c in [_prep_object(p)]
                if c is not None
                for o in ([c] if _is_actor_token(c) else _owners(c))
            ]
    return None


def _under_attack(verbs: list[Token]) -> list[Token] | None:
    """'army bases in the north will be under attack': harm promised with no named
    aggressor ([]: nobody named as target unless the subject is an actor)."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        if not _modal(verb, cues.words("will shall 'll")):
            continue
        for prep in verb.children:
            noun = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "under" else None
            if noun is not None and noun.lemma_.lower() in ("attack", "fire", "siege"):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                return [subject] if subject is not None and _is_actor_token(subject) else []
    return None


#: Modals of a promise, as :func:`.content_base._modal` reads them ("will retaliate").
_WILL = cues.words("will shall 'll")
#: Modals a penalty is promised with: "will pay a heavy price", "would face consequences".
_PENALTY_MODALS = _WILL | cues.words("would")
#: A penalty another side is told it runs the risk of, with no modal: "X risks serious
#: consequences", "X and its allies risk long-term damage".
_RISK_VERBS = cues.words("risk")
_RISKED_NOUNS = PENALTY_NOUNS | cues.words("damage isolation conflict war retaliation")
#: Subjects a penalty is promised to that name no actor: "they will pay", "anyone who ...".
_PENALIZED_PRONOUNS = cues.words("they you he she those anyone anybody whoever")


def _penalty(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a content tells it will pay or face a penalty ([] when no actor is named), or
    None: "Russia will pay a heavy price for its aggression", "Washington would face
    serious consequences", "the aggressors will pay dearly", "X risks serious
    consequences" (a risk needs no modal).  The speaker's own side
    paying ("we will pay a price") and victims ("ordinary people will pay the price") are
    no threat, nor is a commentator's forecast."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        risk = lemma in _RISK_VERBS and verb.pos_ == "VERB" and not _negated(verb)
        if not risk and (
            lemma not in PENALTY_VERBS or _negated(verb) or not _modal(verb, _PENALTY_MODALS)
        ):
            continue
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in _with_conjuncts(c)]
        risked = PENALTY_NOUNS if not risk else _RISKED_NOUNS
        penalty = any(o.lemma_.lower() in risked for o in objects)
        if lemma == "pay":  # "pay a heavy price", "pay dearly"; not "pay for the bridge"
            penalty = any(o.lemma_.lower() == "price" for o in objects) or any(
                c.dep_ == "advmod" and c.lower_ == "dearly" for c in verb.children
            )
        if not penalty:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or _own_side(subject, sides):
            continue
        if _is_actor_token(subject):
            # "X and its allies risk ...": the actors only
            return [t for t in _with_conjuncts(subject) if not risk or _is_actor_token(t)]
        noun = subject.lemma_.lower()
        if subject.lower_ in _PENALIZED_PRONOUNS or noun in ADVERSARY_NOUNS | HOSTILE_ACTORS:
            return []
        owners = _owners(subject)  # "Russia's leaders will pay a price"
        if owners:
            return owners
    return None


#: Verbs of getting away from a penalty: "will not escape punishment", "cannot evade justice".
_ESCAPE_VERBS = cues.words("escape evade avoid elude")
#: What is not escaped, besides the penalties: "will not escape justice".
_ESCAPED_NOUNS = PENALTY_NOUNS | cues.words("justice accountability responsibility")
#: Modals of the promise, with "can" ("cannot escape") and "be able to" read through.
_ESCAPE_MODALS = _PENALTY_MODALS | cues.words("can ca could")
#: Doers a penalty is promised to that name no actor: "the traitors will not escape".
_CULPRIT_NOUNS = cues.words(
    "traitor attacker perpetrator culprit criminal killer murderer aggressor organizer organiser"
)
#: The speaker's side, which no penalty is promised to: "we cannot avoid responsibility".
_FIRST_PERSONS = cues.words("we i us")
#: "will not go unpunished", "shall not remain unanswered".
_UNPUNISHED = cues.words("unpunished unanswered")


def _promised_unless(verb: Token) -> bool:
    """Whether ``verb`` is negated and promised, also through "be able to" and its
    complements: "will not escape", "cannot escape", "would not be able to escape"."""
    chain = [verb]
    head = verb
    while head.dep_ in ("xcomp", "acomp") and head.head is not head:
        head = head.head
        chain.append(head)
    return any(_negated(t) for t in chain) and any(
        c.dep_ == "aux" and c.lower_ in _ESCAPE_MODALS for t in chain for c in t.children
    )


def _unescaped_penalty(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a content tells it will not get away with what it did ([] when no actor is
    named), or None: "they would not be able to escape merciless punishment", "the
    aggressors will not escape justice", "this crime will not go unpunished", "Russia's
    leaders cannot evade responsibility".  A penalty promised by its negation, the way
    :func:`_penalty` reads "will pay a heavy price"; not the speaker's own side ("we cannot
    avoid responsibility"), nor a commentator's forecast, nor a past ("escaped punishment")."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in _ESCAPE_VERBS:
            candidates = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "acomp"))]
        elif lemma in ("go", "remain"):
            candidates = [verb]
        else:  # "would not be able to escape": the main verb is "be"
            candidates = [
                x
                for a in verb.children
                if a.dep_ == "acomp" and a.lower_ == "able"
                for x in a.children
                if x.dep_ == "xcomp" and x.lemma_.lower() in _ESCAPE_VERBS
            ]
        for escape in candidates:
            if escape.lemma_.lower() in _ESCAPE_VERBS:
                found = any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _ESCAPED_NOUNS for c in escape.children
                )
            else:
                found = any(
                    c.dep_ in ("acomp", "oprd") and c.lower_ in _UNPUNISHED for c in escape.children
                )
            if not found or not _promised_unless(escape):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ in _FIRST_PERSONS:
                continue
            if subject.lower_ in _PENALIZED_PRONOUNS:
                return []  # "they would not be able to escape": no side promises itself this
            if _own_side(subject, sides):
                continue
            if _is_actor_token(subject):
                return [t for t in _with_conjuncts(subject) if _is_actor_token(t)]
            noun = subject.lemma_.lower()
            if noun in _CULPRIT_NOUNS | ADVERSARY_NOUNS:
                return []
            if noun in HOSTILE_ACTORS:
                return []
            owners = _owners(subject)  # "Russia's crimes will not go unpunished"
            if owners and not (_sides(owners) & sides()):
                return owners
            if content_qualified.ANSWERED_DEEDS and not owners:
                # "X shelled the town. ... said the attack would not go unanswered": X
                doers = content_qualified.taken_up_doers(subject, sides)
                if doers:
                    return doers
    return None


#: Verbs that answer an act in the passive: "any attack will be met with a crushing
#: response", "any aggression will be repelled", "any attempt ... will be blocked".
_ANSWERING_VERBS = cues.words(
    "meet answer repel repulse crush punish counter rebuff block thwart foil smash defeat"
)
#: Hostile acts done in the passive to whatever enters: "any ship entering the zone will be
#: sunk", "any aircraft violating our airspace will be shot down".
_DOWNING_VERBS = cues.words("sink shoot destroy down target attack strike")
#: Determiners of a standing warning: "any attack", "every provocation".
_ANY = cues.words("any every")
#: Nouns of a move another side may try: "any attempt by X to ...", "any move toward".
_ATTEMPT_NOUNS = cues.words("attempt attempts move moves effort efforts bid bids plot plots")
#: Manners of resolve that make a passive answer a warning: "will be resolutely blocked".
_RESOLUTE_MANNERS = cues.words(
    "resolutely firmly decisively mercilessly ruthlessly forcefully strongly severely"
)


def _answered_act(act: Token, verb: Token) -> bool:
    """Whether the subject of a passive answer is a standing warning's act: "any
    aggression", "every provocation", "any attempt by X to ...", "any ship entering the
    zone" (for a hostile verb), or a hostile act or attempt answered "resolutely"."""
    lemma = act.lemma_.lower()
    hostile = lemma in HOSTILE_NOUNS or lemma in cues.HOSTILE_ACT_NOUNS
    attempt = lemma in _ATTEMPT_NOUNS or act.lower_ in _ATTEMPT_NOUNS
    every = any(c.lower_ in _ANY for c in act.children)
    if every and (hostile or attempt):
        return True
    resolute = any(c.dep_ == "advmod" and c.lower_ in _RESOLUTE_MANNERS for c in verb.children)
    if resolute and (hostile or attempt):
        return True
    entering = any(c.dep_ in ("acl", "relcl") for c in act.children)  # "any ship entering"
    return every and entering and verb.lemma_.lower() in _DOWNING_VERBS


def _answered_aggression(verbs: list[Token], commentator: bool = False) -> list[Token] | None:
    """Whom a warning that any hostile act will be answered is aimed at ([] when the act
    names no doer), or None: "any attack on Iran will be met with a crushing response",
    "any aggression by the enemy will be repelled", "every provocation will be punished",
    "any attempt by the rebels to take the city would be crushed", "separatist moves will
    be resolutely blocked", "any ship entering the zone will be sunk".  A standing warning
    needs "any"/"every" or a manner of resolve: "the attack was met with condemnation"
    reports, and a past answer ("the raid was repelled") is no warning."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _ANSWERING_VERBS | _DOWNING_VERBS or _negated(verb):
            continue
        if not _is_passive(verb) or not _modal(verb, _PENALTY_MODALS):
            continue
        if lemma == "meet" and not any(  # "met with a response", "with force"
            c.dep_ == "prep"
            and c.lower_ == "with"
            and (o := _prep_object(c)) is not None
            and (o.lemma_.lower() in cues.THREAT_WORDS or o.lemma_.lower() in _ANSWER_NOUNS)
            for c in verb.children
        ):
            continue
        if lemma == "shoot" and not any(c.lower_ == "down" for c in verb.children):
            continue  # "will be shot down"; "anyone ... will be shot" is _whoever_punished
        for act in (c for c in verb.children if c.dep_ == "nsubjpass"):
            if not _answered_act(act, verb):
                continue
            return [  # "any aggression by the enemy", "any attack from Israel"
                o
                for p in act.children
                if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                for o in [_prep_object(p)]
                if o is not None and _is_actor_token(o)
            ]
    return None


#: Verbs a side says it will not shrink from: "will not hesitate to use force".
_HESITATING_VERBS = cues.words("hesitate")
#: Inaction a side refuses: "will not stand idly by", "will not remain indifferent".
_IDLE_VERBS = cues.words("stand sit remain stay")
_IDLE_WORDS = cues.words("idly idle indifferent passive")


def _unhesitating(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom the speaker's side warns it will not shrink from harming ([] when nobody is
    named), or None: "Iran will not hesitate to use force", "we will not hesitate to
    respond", "will not stand idly by", "will not remain indifferent"."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if not _negated(verb) or not _modal(verb, _PENALTY_MODALS):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, sides):
            continue
        if lemma in _HESITATING_VERBS:
            for act in verb.children:
                defend = act.lemma_.lower() == "defend"  # "to defend our sovereignty"
                if act.dep_ == "xcomp" and (_harmful(act) or defend or act.lemma_.lower() == "use"):
                    if act.lemma_.lower() == "use" and not any(
                        o.dep_ == "dobj" and o.lemma_.lower() in cues.THREAT_WORDS | WEAPON_NOUNS
                        for o in act.children
                    ):
                        continue  # "will not hesitate to use its influence"
                    return _harm_aimed(act)
        if lemma in _IDLE_VERBS and any(
            c.lower_ in _IDLE_WORDS for c in verb.children if c.dep_ in ("advmod", "acomp")
        ):
            return []
        if lemma == "stand" and any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "by" and not list(c.children)
            for c in verb.children
        ):
            return []  # "will not stand by while its territory is occupied"
    return None


#: Passive ruin promised to another side: "would be wiped off the map", "will be reduced
#: to ashes", "will be destroyed".
_RUIN_VERBS = cues.words("wipe reduce turn")
_RUIN_WORDS = cues.words("map ashes ash rubble dust")


def _ruinous(verb: Token) -> bool:
    """'reduced to ashes', 'wiped off the map', 'turn Seoul into a sea of fire'."""
    words = {t.lower_ for t in verb.subtree}
    return bool(words & _RUIN_WORDS) or {"sea", "fire"} <= words


def _promised_ruin(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a party to a conflict promises ruin in the passive, or None: "Israel would be
    wiped off the map" -> [Israel], "U.S. bases would be reduced to ashes" -> [U.S.], "the
    South will be destroyed if it provokes a war" -> [South].  Past ruin ("the town was
    destroyed") reports; the speaker's own side ruined is a fear; a speaker of no known side
    (an observer) forecasts."""
    if commentator or not sides():
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        ruin = lemma in _RUIN_VERBS and _ruinous(verb)
        if ruin and not _negated(verb) and not _is_passive(verb):
            # "it would turn Seoul into a sea of fire": the active ruin by the speaker's side
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if _own_side(subject, sides) and _modal(verb, _PENALTY_MODALS):
                ruined = [c for c in verb.children if c.dep_ == "dobj"]
                whose = [o for r in ruined for o in ([r] if _is_actor_token(r) else _owners(r))]
                return [w for w in whose if not (_sides([w]) & sides())]
        if not (ruin or lemma in HOSTILE_ACTS) or _negated(verb) or not _is_passive(verb):
            continue
        if not _modal(verb, _PENALTY_MODALS):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            whose = [subject] if _is_actor_token(subject) else _owners(subject)
            whose = [w for w in whose if _sides([w]) and not (_sides([w]) & sides())]
            if whose:
                return whose
    return None


#: Adjectives that make "those" the doers of an act: "those responsible will be punished".
_CULPABLE = cues.words("responsible guilty involved")


def _whoever_punished(verbs: list[Token], commentator: bool = False) -> list[Token] | None:
    """[] when a content promises a punishment or a hostile act in the passive to whoever
    does something, or None: "anyone who crosses the border will be shot", "those
    responsible will be punished" (the active "will arrest anyone found ..." is
    :func:`_punishes_anyone`).  A named suspect ("the suspects will be tried"), a past
    act ("those responsible were arrested") and a commentator's forecast are no threat."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _PUNISH_VERBS and lemma not in HOSTILE_ACTS:
            continue
        # "will be found and punished": a later conjunct takes the first one's subject and
        # modal (round 21, threat21)
        first = _first_of_conjuncts(verb)
        if _negated(verb) or not _is_passive(verb):
            continue
        if not (_modal(verb, _PENALTY_MODALS) or _modal(first, _PENALTY_MODALS)):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] or [
            c for c in first.children if c.dep_ == "nsubjpass"
        ]
        for subject in subjects:
            word = subject.lower_
            anyone = word in _ANYONE - cues.words("those") and any(
                c.dep_ in ("relcl", "acl") or (c.dep_ == "amod" and c.lower_ in _CULPABLE)
                for c in subject.children
            )  # "anyone who crosses", "anybody found", "everyone guilty of such crimes"
            culpable = word == "those" and any(
                c.lower_ in _CULPABLE or c.dep_ in ("relcl", "acl") for c in subject.children
            )  # "those responsible", "those who ordered it"
            if anyone or culpable:
                return []
    return None


# --- lexicon gates (.gates): the words without which each rule cannot fire --------------

gate(_promised_answer, needs(_ANSWER_NOUNS, _PENALTY_MODALS))
gate(_reserved_right, needs(_HOLDING_VERBS, cues.words("right")))
gate(_reprisal, needs(_REPRISAL_NOUNS))
gate(
    _penalty,
    needs(PENALTY_VERBS, PENALTY_NOUNS | cues.words("dearly"), _PENALTY_MODALS),
    needs(_RISK_VERBS, _RISKED_NOUNS),
)
gate(
    _answered_aggression,
    needs(
        _ANSWERING_VERBS | _DOWNING_VERBS,
        HOSTILE_NOUNS | cues.HOSTILE_ACT_NOUNS | _ATTEMPT_NOUNS,
        _ANY | _RESOLUTE_MANNERS,
        _PENALTY_MODALS,
    ),
    needs(_DOWNING_VERBS, _ANY, _PENALTY_MODALS),
)
gate(
    _promised_ruin,
    needs(_RUIN_VERBS, _RUIN_WORDS, _PENALTY_MODALS),
    needs(_RUIN_VERBS, cues.words("sea"), cues.words("fire"), _PENALTY_MODALS),
    needs(HOSTILE_ACTS, _PENALTY_MODALS),
)
gate(_whoever_punished, needs(_PUNISH_VERBS | HOSTILE_ACTS, _ANYONE, _PENALTY_MODALS))
gate(
    _unescaped_penalty,
    needs(_ESCAPE_VERBS, _ESCAPED_NOUNS, NEG),
    needs(_UNPUNISHED, NEG),
)
gate(_unhesitating, needs(_HESITATING_VERBS | _IDLE_VERBS, NEG, _PENALTY_MODALS))
gate(_under_attack, needs(cues.words("under"), cues.words("attack fire siege"), _WILL))
