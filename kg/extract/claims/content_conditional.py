"""Conditional and capability threats: consequences promised if another side acts ("if
X attacks, Y will respond"), a cutoff or a launch made to hang on another side's doing
("will cut supplies if it does not pay"), the means to harm a side says it has ("has
the capability to strike any base in the region", "our missiles can reach X"), force held
out without a name ("all options are on the table"), another side's act read as war
("would regard any blockade as an act of war"), another side's assets named as targets
("would become legitimate targets"), with the conditions a verb hangs on.

Separate from :mod:`.content_threat`, which reads harms promised outright; these rules
read a condition or a capability, not a promise."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _main_verbs, _prep_object, _with_conjuncts
from kg.extract.claims.content_base import (
    _HOMELAND_NOUNS,
    _OWN_POSSESSIVES,
    _modal,
    _negated,
    _own_side,
    _sides,
    _speaks_for,
)
from kg.extract.claims.content_harms import _harm_aimed, _harmful
from kg.extract.claims.content_lexicon import (
    CAPABILITY_NOUNS,
    CUTOFF_VERBS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    MILITARY_NOUNS,
    OPTION_NOUNS,
    WEAPON_NOUNS,
)
from kg.extract.claims.content_penalty import _PENALTY_MODALS
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets import _owners


def _conditional_threat(span: SpacySpan) -> list[Token] | None:
    """Whom a conditional promise of consequences is aimed at: "if the United States harms
    Venezuela, Americans will have to look for new oil sources" -> [United States]; "if
    Israel attacks, Iran will respond" -> [Israel].  The condition is a hostile act by a
    named actor; the main clause is in the future."""
    for verb in _main_verbs(span):
        future = any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children
        )
        if not future or any(c.dep_ == "neg" for c in verb.children):
            continue
        for condition in verb.children:
            marked = any(c.dep_ == "mark" and c.lower_ == "if" for c in condition.children)
            hostile = condition.lemma_.lower() in cues.ACCUSATORY_PREDICATES | cues.HARM_VERBS
            if condition.dep_ != "advcl" or not marked or not hostile:
                continue
            subject = next((c for c in condition.children if c.dep_ == "nsubj"), None)
            if subject is not None and _is_actor_token(subject):
                return _with_conjuncts(subject)
    return None


def _chain_head(verb: Token) -> Token:
    """The verb an open complement hangs from: "may be forced to act" -> "forced"."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ") and verb.head != verb:
        verb = verb.head
    return verb.head if verb.pos_ == "ADJ" else verb


#: Round 23 (threat23): a fronted "where/whenever P" clause conditions the answer like
#: "if P" ("Where X seeks to violate our interests, we will respond").
CONDITION_ADVERBS = True
_CONDITION_ADVERBS = cues.words("where whenever wherever")


def _adverb_condition(clause: Token, verb: Token) -> bool:
    """Whether an adverbial clause fronted before its verb opens with "where"/"whenever"
    and has a subject of its own ("Where necessary, ..." conditions nothing)."""
    return (
        CONDITION_ADVERBS
        and clause.i < verb.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and any(
            m.dep_ == "advmod" and m.lower_ in _CONDITION_ADVERBS and m.i == clause.left_edge.i
            for m in clause.children
        )
    )


def _conditions(verb: Token) -> list[Token]:
    """The conditions a verb is made to hang on: "if/unless P", "as long as P" (parsed as
    a clause under the adverb "long"), a fronted "where/whenever P"."""
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and (
            any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children)
            or _adverb_condition(child, verb)
        ):
            found.append(child)
        elif child.dep_ == "advmod" and child.lower_ == "long":
            found.extend(
                c
                for c in child.children
                if c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children)
            )
    return found


def _conditional_cutoff(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side threatens by making a cutoff or a launch hang on a
    condition ([] when nobody is named), or None: "Iran will close the Strait of Hormuz if
    sanctions are imposed", "Russia will cut off gas supplies to Ukraine if it does not
    pay" -> [Ukraine], "would launch more missiles if the drills continue".  "will resume
    talks if P" offers, and an unconditional "will close the border" is policy."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        launch = lemma in cues.words("launch fire test") and any(
            o.lemma_.lower() in WEAPON_NOUNS or o.lower_ in WEAPON_NOUNS for o in objects
        )
        if not (lemma in CUTOFF_VERBS or launch) or _negated(verb):
            continue
        head = _chain_head(verb)
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, sides) or not _modal(verb, _PENALTY_MODALS):
            continue
        conditions = [*_conditions(verb), *(_conditions(head) if head is not verb else [])]
        if not any(_adversarial(c) for c in conditions):
            continue  # "will suspend classes if the storm hits": no side is pressed
        aimed = [
            a
            for h in (verb, *objects)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("to", "for", "against")
            for o in [_prep_object(p)]
            if o is not None
            for a in ([o] if _is_actor_token(o) else [])
        ] or [s for c in conditions for s in c.children if s.dep_ == "nsubj" and _is_actor_token(s)]
        return [a for a in aimed if not (_sides([a]) & sides())]
    return None


def _adversarial(condition: Token) -> bool:
    """Whether a condition is another side's doing: its subject is an actor or a pronoun
    ("if it does not pay"), or a sanction or a hostile act ("if sanctions are imposed")."""
    for subject in condition.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lemma = subject.lemma_.lower()
        if _is_actor_token(subject) or subject.lower_ in ("it", "they", "he", "she", "you"):
            return True
        if lemma in cues.THREAT_WORDS or lemma in HOSTILE_NOUNS or lemma in cues.HOSTILE_ACT_NOUNS:
            return True
    # "if its oil exports are blocked", "if it is attacked": a hostile act suffered
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in condition.children)
    hurt = condition.lemma_.lower() in HOSTILE_ACTS or condition.lemma_.lower() in CUTOFF_VERBS
    return passive and hurt and not _negated(condition)


#: Verbs of holding a means: "has the means to", "possesses the capability to".
_POSSESSING_VERBS = cues.words("have possess retain")


def _capable_harm(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a harm the speaker's side says it has the means to do is aimed at ([] when
    nobody is named), or None: "Iran has the means to close the strait", "we have the
    capability to strike any base in the region".  Another side's means are an
    assessment ("Russia has the capability to invade", said by its adversary)."""
    for verb in verbs:
        if verb.lemma_.lower() not in _POSSESSING_VERBS or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, sides):
            continue
        for means in verb.children:
            named = {means.lemma_.lower(), means.lower_}  # "means" is lemmatised "mean"
            if means.dep_ != "dobj" or not named & CAPABILITY_NOUNS:
                continue
            for harm in means.children:
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in harm.children)
                if harm.dep_ not in ("acl", "relcl") or not infinitive or _negated(harm):
                    continue
                if _harmful(harm):
                    # "a plan to counter a Kosovo independence declaration": whose act
                    return _harm_aimed(harm) or [
                        o
                        for d in harm.children
                        if d.dep_ == "dobj" and not _is_actor_token(d)
                        for o in _owners(d)
                        if _is_actor_token(o) and not (_sides([o]) & sides())
                    ]
                if harm.lemma_.lower() in _BLOCKING_VERBS:
                    return []  # "to close the strait": the passage closed is no target
    return None


#: Verbs of a weapon's reach: "our missiles can reach", "are capable of hitting".
_REACHING_VERBS = cues.words("reach hit strike destroy target")
#: Modals and adjectives of a capability: "can reach", "could hit", "capable of striking".
_CAN = cues.words("can could")
_CAPABLE_ADJECTIVES = cues.words("capable able")


def _reached(verb: Token) -> Token | None:
    """The subject of a weapon's reach held out as a capability, or None: "missiles can
    reach X" -> missiles, "its rockets are capable of hitting X" -> rockets."""
    if verb.lemma_.lower() not in _REACHING_VERBS or _negated(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _CAN for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    holder = verb.head
    if verb.dep_ in ("pcomp", "pobj") and holder.dep_ == "prep":
        holder = holder.head  # "capable of hitting": the gerund under "of"
    elif verb.dep_ != "xcomp":  # "able to strike"
        return None
    if holder.lower_ not in _CAPABLE_ADJECTIVES or _negated(holder.head):
        return None
    return next((c for c in holder.head.children if c.dep_ == "nsubj"), None)


def _capable_reach(
    span: SpacySpan, sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side says its weapons or forces can strike ([] when nobody is
    named), or None: "our missiles can reach any U.S. base in the region" -> [U.S.], "its
    rockets are capable of hitting Tel Aviv", "our forces can destroy any target".  The
    weapons must be the speaker's own ("our", "its", or the side's name): another side's
    range is an assessment ("North Korea's missiles could reach Guam", said by analysts)."""
    if commentator:
        return None
    for verb in span:
        subject = _reached(verb)
        if subject is None:
            continue
        lemma = subject.lemma_.lower()
        if lemma not in WEAPON_NOUNS and lemma not in MILITARY_NOUNS:
            continue
        owners = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound")]
        mine = [
            o
            for o in owners
            if o.lower_ in _OWN_POSSESSIVES
            or _own_side(o, sides)
            or (o.dep_ == "poss" and o.lemma_.lower() in _HOMELAND_NOUNS)  # "the country's"
        ]
        if not mine or any(_sides([o]) - sides() for o in owners if _sides([o])):
            continue
        aimed = [
            a
            for o in verb.children
            if o.dep_ == "dobj"
            for a in ([o] if _is_actor_token(o) else _owners(o))
        ]
        return [a for a in aimed if not (_sides([a]) & sides())]
    return None


#: Verbs of reading another side's act as something: "would regard X as an act of war".
_REGARDING_VERBS = cues.words("regard consider treat view deem")
#: What an act is read as that makes the reading a threat: war, or an attack answered.
_CASUS_BELLI_NOUNS = cues.words("war attack aggression invasion")


def _belligerent(noun: Token) -> bool:
    """'an act of war', 'a declaration of war', 'war', 'an attack on its sovereignty'."""
    if noun.lemma_.lower() in _CASUS_BELLI_NOUNS:
        return True
    return any(
        o is not None and o.lemma_.lower() == "war"
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in [_prep_object(p)]
    )


def _casus_belli(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom the speaker's side warns by saying it would read an act as war ([] when the
    act names no doer), or None: "China would regard any blockade as an act of war", "it
    would treat any U.S. strike as an attack on its sovereignty" -> [U.S.], "would consider
    new sanctions a declaration of war".  Another side's reading told, or a commentator's,
    is no threat; "considers the talks a success" names no war."""
    if commentator:
        return None
    for verb in verbs:
        if verb.lemma_.lower() not in _REGARDING_VERBS or _negated(verb):
            continue
        if not _modal(verb, _PENALTY_MODALS):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not (_own_side(subject, sides) or _speaks_for(subject, sides, commentator)):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp")]
        readings = [
            o
            for h in (verb, *objects)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in [_prep_object(p)]
            if o is not None
        ] + objects  # "consider new sanctions a declaration of war"
        if not any(_belligerent(r) for r in readings):
            continue
        acts = [c for c in verb.children if c.dep_ == "dobj"] + [
            s for o in objects for s in o.children if s.dep_ == "nsubj"
        ]
        aimed = [
            a
            for act in acts
            if not _belligerent(act)
            for a in ([act] if _is_actor_token(act) else _owners(act))
        ] + [s for c in _conditions(verb) for s in c.children if s.dep_ == "nsubj"]
        return [a for a in aimed if _is_actor_token(a) and not (_sides([a]) & sides())]
    return None


#: Nouns of a thing marked for attack: "would become legitimate targets".
_TARGET_NOUNS = cues.words("target targets")


def _marked_targets(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a side warns by naming its assets as targets, or None: "U.S. bases in the
    region would become legitimate targets" -> [U.S.], "Israeli cities will be targets if
    the bombing continues" -> [Israeli].  Needs "legitimate" or a condition (a bare "will
    be targets" may be a fear), a subject another side owns, and no commentator."""
    if commentator:
        return None
    for verb in verbs:
        if verb.lemma_.lower() not in ("be", "become") or _negated(verb):
            continue
        if not _modal(verb, _PENALTY_MODALS):
            continue
        marked = [
            c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in _TARGET_NOUNS
        ]
        if not marked:
            continue
        legitimate = any(
            c.dep_ == "amod" and c.lower_ in ("legitimate", "legal")
            for m in marked
            for c in m.children
        )
        if not (legitimate or _conditions(verb)):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _own_side(subject, sides):
            continue
        owners = [subject] if _is_actor_token(subject) else _owners(subject)
        owners = [o for o in owners if not (_sides([o]) & sides())]
        if owners:
            return owners
    return None


#: Harms done to a passage or a supply: "has the means to close the strait".
_BLOCKING_VERBS = cues.words("close block blockade cut halt")
#: Words of a stake held out: "all options are on the table", "nothing is off the table".
_TABLE_WORDS = cues.words("table")


def _open_options(span: SpacySpan) -> list[Token] | None:
    """[] when a content holds out force without naming it, or None: "all options are on
    the table", "no option is off the table", "nothing is off the table", "all options
    remain open"."""
    for subject in span:
        if subject.dep_ != "nsubj" or subject.lemma_.lower() not in OPTION_NOUNS:
            continue
        verb = subject.head
        if verb.lemma_.lower() not in ("be", "remain", "stay"):
            continue
        every = any(c.lower_ in ("all", "every") for c in subject.children)
        none = subject.lower_ == "nothing" or any(c.lower_ == "no" for c in subject.children)
        if _negated(verb):
            every, none = none, every or subject.lemma_.lower() == "option"
        placed = {
            c.lower_
            for c in verb.children
            if c.dep_ == "prep"
            for o in [_prep_object(c)]
            if o is not None and o.lower_ in _TABLE_WORDS
        }
        open_ = any(c.dep_ == "acomp" and c.lower_ == "open" for c in verb.children)
        if subject.lower_ == "nothing":
            every = False  # "nothing is on the table" holds nothing out
        if (every and ("on" in placed or open_)) or (none and "off" in placed):
            return []
    return None


# --- lexicon gates (.gates): the words without which each rule cannot fire --------------

#: Modals of a consequence foretold: "will", "would", "cannot".
_FORETELLING = cues.words("will would 'll wo shall can ca could")
#: Verbs of a consequence that is a loss in itself: "will fail unless", "would cease to exist".
_LOSS_VERBS = cues.words("fail cease collapse perish vanish disappear crumble")
#: Adjectives of a good made impossible: "it will be impossible to have peace".
_IMPOSSIBLE = cues.words("impossible unthinkable")
#: Determiners and pronouns that deny a consequence's subject: "not a single tanker", "no peace".
_NONE_WORDS = cues.words("no nothing nobody none neither")


def _denied_consequence(verb: Token) -> bool:
    """Whether a foretold main clause takes a good away: negated ("will not pass"), its
    subject or object denied ("not a drop of oil will pass", "there will be no peace"), a
    loss ("will fail", "would cease to exist") or made impossible."""
    if _negated(verb) or verb.lemma_.lower() in _LOSS_VERBS:
        return True
    for child in verb.children:
        argument = child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
        if argument and (
            child.lower_ in _NONE_WORDS
            or any(d.lower_ in _NONE_WORDS or d.dep_ == "neg" for d in child.children)
        ):
            return True
        if child.dep_ == "acomp" and child.lower_ in _IMPOSSIBLE:
            return True
        if child.dep_ == "xcomp" and child.lemma_.lower() in _LOSS_VERBS:
            return True  # "would cease to exist"
    return False


def _counterfactual(verb: Token, condition: Token) -> bool:
    """Whether a conditional looks back: "would not have lost", "if X had been"."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in condition.children)
    return perfect or had or (condition.lower_ == "had" and condition.dep_ == "advcl")


def _conditional_loss(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a consequence foretold on a condition is aimed at (stance18): "if sanctions are
    imposed, not a single tanker will leave the Gulf", "if independence is declared there
    will be no peace", "any resolution will fail unless Belgrade agrees", "its regime would
    cease to exist if it attacked".  The main clause foretells (will, would, cannot) a good
    taken away; the condition is another side's doing (a named subject, or a passive whose
    doer goes unnamed), aimed at its subject when named ("if the talks succeed there will
    be no need for sanctions" is no threat).  A commentator's forecast threatens nothing."""
    if commentator:
        return None
    for verb in verbs:
        foretold = _modal(verb, _FORETELLING)
        if not foretold or not _denied_consequence(verb):
            continue
        for condition in _conditions(verb):
            subject = next(
                (c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if subject is not None and _own_side(subject, sides):
                continue  # "if we are attacked, there will be no talks": our own doing
            if subject is None or _counterfactual(verb, condition):
                continue  # "if X had been president, we would not have lost Y": the past
            unless = any(m.dep_ == "mark" and m.lower_ == "unless" for m in condition.children)
            if _is_actor_token(subject):  # "unless Belgrade agrees": not aimed at Belgrade
                return [] if unless else _with_conjuncts(subject)
            if subject.dep_ == "nsubjpass" and not unless:
                return []  # "if sanctions are imposed": a doing whose doer goes unnamed
            # "if the talks succeed", "if funding does not arrive": no side's doing
    return None


gate(
    _conditional_threat,
    needs(
        cues.words("if"),
        cues.words("will would 'll"),
        cues.ACCUSATORY_PREDICATES | cues.HARM_VERBS,
    ),
)
gate(
    _conditional_cutoff,
    needs(
        CUTOFF_VERBS | cues.words("launch fire test"), _PENALTY_MODALS, cues.words("if unless long")
    ),
)
gate(_capable_harm, needs(_POSSESSING_VERBS, CAPABILITY_NOUNS, cues.words("to")))
gate(
    _open_options,
    needs(OPTION_NOUNS, _TABLE_WORDS | cues.words("open")),
)
gate(
    _capable_reach,
    needs(_REACHING_VERBS, _CAN | _CAPABLE_ADJECTIVES, WEAPON_NOUNS | MILITARY_NOUNS),
)
gate(
    _casus_belli,
    needs(_REGARDING_VERBS, _CASUS_BELLI_NOUNS, _PENALTY_MODALS),
)
gate(_marked_targets, needs(_TARGET_NOUNS, cues.words("be become"), _PENALTY_MODALS))
gate(
    _conditional_loss,
    needs(cues.words("if unless long"), _FORETELLING),
)
