"""Contents that threaten: a harm promised by the speaker's own side ("it will soon advance
on 10 towns"), consequences brought, conditional threats ("if they do not, the government
may be forced to act against them"), reprisals, a reserved right to respond, relations
broken or a commitment dropped on a condition, a warning that something will not be
tolerated.  A demand ("demanded that X stop") promises nothing, and a commentator's
forecast is not a threat."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _is_actor_token,
    _is_passive,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
    _with_conjuncts,
)
from kg.extract.claims.content_base import _MODALS, _modal, _negated, _own_side, _sides
from kg.extract.claims.content_harms import (
    _DEALING_VERBS,
    _HARMFUL_WORDS,
    _defends_itself,
    _nominal_harm,
    _reckoning,
    _severe_dealing,
)
from kg.extract.claims.content_harms import _PUNISH_VERBS as _PUNISH_VERBS
from kg.extract.claims.content_harms import _harm_aimed as _harm_aimed
from kg.extract.claims.content_harms import _harmful as _harmful
from kg.extract.claims.content_harms import _punishes_anyone as _punishes_anyone
from kg.extract.claims.content_lexicon import (
    CAPABILITY_NOUNS,
    CUTOFF_VERBS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    OPTION_NOUNS,
    RESPONSE_VERBS,
    WEAPON_NOUNS,
)
from kg.extract.claims.content_penalty import _PENALTY_MODALS
from kg.extract.claims.content_penalty import _WILL as _WILL
from kg.extract.claims.content_penalty import _answered_aggression as _answered_aggression
from kg.extract.claims.content_penalty import _penalty as _penalty
from kg.extract.claims.content_penalty import _promised_answer as _promised_answer
from kg.extract.claims.content_penalty import _promised_ruin as _promised_ruin
from kg.extract.claims.content_penalty import _reprisal as _reprisal
from kg.extract.claims.content_penalty import _reserved_right as _reserved_right
from kg.extract.claims.content_penalty import _under_attack as _under_attack
from kg.extract.claims.content_penalty import _unhesitating as _unhesitating
from kg.extract.claims.content_penalty import _whoever_punished as _whoever_punished
from kg.extract.claims.gates import EXPL, gate, needs
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


#: Verbs that bring consequences on someone in the passive: "could be brought against".
_BRINGING_VERBS = cues.words("bring")


def _threatened(span: SpacySpan) -> list[Token] | None:
    """Whom a content promises consequences, or None: "there will be costs and
    consequences for Russia", "a commitment to imposing severe costs for Russia's
    actions"."""
    for token in span:
        if any(c.dep_ == "neg" for c in token.children):
            continue
        lemma = token.lemma_.lower()
        consequences: list[Token] = []
        if lemma == "be" and any(c.dep_ == "expl" for c in token.children):
            consequences = [c for c in token.children if c.dep_ in ("attr", "nsubj")]
        elif lemma in cues.INFLICT_VERBS and token.tag_ in ("VB", "VBG"):
            # "will impose", "committed to imposing"; "have imposed sanctions" is an act
            if _harm_under_way(token):
                continue  # "the war in Ukraine is imposing costs on American families"
            consequences = [c for c in token.children if c.dep_ == "dobj"]
        elif (
            lemma in cues.INFLICT_VERBS | _BRINGING_VERBS
            and token.tag_ == "VBN"
            and _is_passive(token)
            and _modal(token)
        ):
            # "sanctions could be imposed on Belgrade", "could be brought against the two
            # countries": consequences held out in the passive
            consequences = [c for c in token.children if c.dep_ == "nsubjpass"]
        named = [
            c
            for c in consequences
            for t in _with_conjuncts(c)
            if t.lemma_.lower() in cues.THREAT_WORDS
        ]
        if not named:
            continue
        holders = [token, *consequences]
        found: list[Token] = []
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "against"):
                    continue
                aimed = _prep_object(prep)
                if aimed is None:
                    continue
                found.extend([aimed] if _is_actor_token(aimed) else _owners(aimed))
        return found
    return None


def _harm_under_way(verb: Token) -> bool:
    """A progressive inflicting verb whose subject is no actor ("the war is imposing costs
    on American families"): a harm under way, not consequences anyone promises."""
    progressive = any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        progressive
        and bool(subjects)
        and not any(_is_actor_token(s) or s.pos_ == "PRON" for s in subjects)
    )


_READY_ADJECTIVES = cues.words("ready prepared determined poised")
#: Modals of a possible act: "would attack", "may point weapons at", "could strike".
_POSSIBLE = cues.words("would may might could")
_PLAN_VERBS = cues.words("plan prepare intend")


def _chain_head(verb: Token) -> Token:
    """The verb an open complement hangs from: "may be forced to act" -> "forced"."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ") and verb.head != verb:
        verb = verb.head
    return verb.head if verb.pos_ == "ADJ" else verb


def _conditions(verb: Token) -> list[Token]:
    """The conditions a verb is made to hang on: "if/unless P", "as long as P" (parsed as
    a clause under the adverb "long")."""
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children
        ):
            found.append(child)
        elif child.dep_ == "advmod" and child.lower_ == "long":
            found.extend(
                c
                for c in child.children
                if c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children)
            )
    return found


def _early_response(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool
) -> list[Token] | None:
    """A promised response to another side's acts, read before the acts charge it: "his
    country will respond sternly to any attacks from the North", "will deal strongly with
    North Korea's provocations" threaten the North (the attacks answered are the threat's
    condition, not a charge)."""
    answers = [
        v
        for v in verbs
        if v.lemma_.lower() in _DEALING_VERBS
        and _modal(v, cues.words("will shall 'll"))
        and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in v.children)
    ]
    if not answers:
        return None
    return _promised_harm(answers, sides, commentator)


def _promised_harm(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a content threatens, or None: harm by the speaker's side that is promised
    ("it will soon advance on 10 towns", "the Navy is ready to counter", "Kenya plans a
    series of airstrikes") or made the consequence of a condition ("if they do not, the
    government may be forced to act against them").  "demanded that X stop" promises
    nothing."""
    readied = [  # "is ready to counter": the act hangs on the adjective
        x
        for v in verbs
        for a in v.children
        if a.dep_ == "acomp" and a.lower_ in _READY_ADJECTIVES
        for x in a.children
        if x.dep_ == "xcomp" and x.pos_ == "VERB"
    ] + [  # 'are ready "to settle accounts"': the quotation mark makes it an adverbial clause
        x
        for v in verbs
        if any(a.dep_ == "acomp" and a.lower_ in _READY_ADJECTIVES for a in v.children)
        for x in v.children
        if x.dep_ == "advcl" and x.pos_ == "VERB" and any(c.lower_ == "to" for c in x.children)
    ]
    for verb in [*verbs, *readied]:
        if _negated(verb) or not _harmful(verb):
            continue
        head = verb.head if verb.dep_ == "advcl" and verb in readied else _chain_head(verb)
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        force = verb.lemma_.lower() in RESPONSE_VERBS or verb.lemma_.lower() in HOSTILE_ACTS
        if subject is None and head.dep_ == "conj" and force:
            # "its forces ... and will fight back" (not "... and soon will affect the prices")
            subject = next(
                (c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
        if _negated(head):
            continue
        if verb in readied and subject is not None and subject.lower_ == "they":
            continue  # "They are ready to destroy Mariupol": a charge of intent, no warning
        if not _own_side(subject, sides) and (
            commentator or not _standing_defence(head, subject, sides)
        ):
            continue
        conditions = [c for t in {verb, head} for c in _conditions(t)]
        ready = any(
            c.dep_ == "acomp" and c.lower_ in _READY_ADJECTIVES for c in head.children
        )  # "is ready to counter"
        generic = (
            _modal(verb, cues.words("would"))
            and any(
                d.lower_ == "any"
                for c in verb.children
                if c.dep_ == "prep"
                for o in [_prep_object(c)]
                if o is not None
                for d in o.children
            )
            or (_modal(verb, cues.words("would")) and _nominal_harm(verb, aimless=True))
        )  # "would respond to any British sanctions": a standing conditional; "would
        # give a befitting response", "would launch strikes": the harm itself is named
        promised = _modal(verb, cues.words("will shall 'll")) or ready or generic
        aimed = _harm_aimed(verb)
        # "warned it would attack the United States", "Russia may point ballistic weapons
        # at a U.S. system": a possible harm of the speaker's side aimed at a named actor
        possible = _modal(verb, _POSSIBLE) and any(
            _is_actor_token(a) or a.ent_type_ in ("NORP", "GPE") for a in aimed
        )
        if not ((conditions and _modal(verb)) or promised or possible):
            continue
        if not (aimed or _inherent_harm(verb)):
            continue  # "it will target inflation", "will destroy the stockpile": no victim
        if not aimed:
            aimed = [
                s
                for c in conditions
                for s in c.children
                if s.dep_ == "nsubj" and (_is_actor_token(s) or s.pos_ == "PRON")
            ]
        return aimed
    for verb in verbs:  # "Kenya plans a series of airstrikes"
        if verb.lemma_.lower() not in _PLAN_VERBS or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        acts = [
            t
            for c in verb.children
            if c.dep_ == "dobj"
            for t in _nominal_subtree(c)
            if t.lemma_.lower() in cues.HOSTILE_ACT_NOUNS
        ]
        if acts and _own_side(subject, sides):
            # whom the plan is aimed at: "airstrikes to prevent arms reaching al-Shabab"
            return [
                t
                for t in verb.subtree
                if t.i > verb.i
                and t.dep_ in ("pobj", "dobj", "compound")
                and _is_actor_token(t)
                and not (_sides([t]) & sides())
            ][:1]
    return None


#: Harms that threaten without a named victim: "will retaliate", "will respond", "will
#: advance on the towns"; any other ("target", "destroy", "strike") needs one.
_INHERENT_HARMS = cues.words("retaliate respond react invade advance attack bomb shell act")


def _inherent_harm(verb: Token) -> bool:
    """Whether a promised act harms without a named victim: a retaliation, a response,
    an attack, "hit back"; or a harm aimed at a person ("will crush them")."""
    if verb.lemma_.lower() in _INHERENT_HARMS or _punishes_anyone(verb) or _defends_itself(verb):
        return True
    if _reckoning(verb) or _severe_dealing(verb):
        return True  # "ready to settle accounts", "will deal firmly with"
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return True  # "will hit back", "strike back"
    if _nominal_harm(verb, aimless=True):
        return True  # "will launch airstrikes", "will give a crushing response"
    return any(
        c.dep_ == "dobj" and c.lower_ in ("them", "him", "her", "you") for c in verb.children
    ) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues.THREAT_WORDS for c in verb.children
    )  # "would face consequences"


def _standing_defence(head: Token, subject: Token | None, sides: Callable[[], set[str]]) -> bool:
    """Whether a readiness to use force is a warning by the speaker's side when the
    speaker names no side of its own: "the navy is prepared to counter hostile actions"
    (a military spokesman), "Taiwan is ready to defend itself" (its foreign ministry).
    A speaker of a known other side only reports it ("Russia is ready to attack, the
    Ukrainian minister said" is no threat by the minister)."""
    if subject is None or sides():
        return False
    ready = any(c.dep_ == "acomp" and c.lower_ in _READY_ADJECTIVES for c in head.children)
    if not ready:
        return False
    lemma = subject.lemma_.lower()
    state = lemma in cues.STATE_AGENT_NOUNS or lemma in cues.ARMED_NOUNS
    return _is_actor_token(subject) or state


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
    return False


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
                    return _harm_aimed(harm)
                if harm.lemma_.lower() in _BLOCKING_VERBS:
                    return []  # "to close the strait": the passage closed is no target
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

gate(_early_response, needs(_DEALING_VERBS, _WILL))
gate(_threatened, needs(cues.THREAT_WORDS, EXPL | cues.INFLICT_VERBS | _BRINGING_VERBS))
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
    _promised_harm,
    needs(_HARMFUL_WORDS, _MODALS | _READY_ADJECTIVES),
    needs(_PLAN_VERBS, cues.HOSTILE_ACT_NOUNS),
)
