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
from kg.extract.claims.content_base import (
    _MODALS,
    _OWN_POSSESSIVES,
    _modal,
    _negated,
    _own_side,
    _sides,
)
from kg.extract.claims.content_harms import (
    _ANYONE,
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
    ADVERSARY_NOUNS,
    CAPABILITY_NOUNS,
    CUTOFF_VERBS,
    DEPLOY_VERBS,
    HOSTILE_ACTORS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    MILITARY_NOUNS,
    OPTION_NOUNS,
    PENALTY_NOUNS,
    PENALTY_VERBS,
    RESPONSE_VERBS,
    WEAPON_NOUNS,
)
from kg.extract.claims.gates import EXPL, NEG, gate, needs
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


#: Nouns of a side's answer to another's act: "its reaction will be on the level of ...".
_ANSWER_NOUNS = cues.RETALIATION_NOUNS | cues.words("reaction riposte answer")


def _promised_answer(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a side's announced answer is aimed at ([] when no actor is named), or None:
    "its reaction will be on the level of the impudence of the Sudanese regime", "our
    response will be swift and harsh".  The answer noun is the subject of a future verb and
    belongs to the speaker's side ("its", "our", or a name of the side)."""
    for verb in verbs:
        if _negated(verb) or not _modal(verb, cues.words("will shall 'll")):
            continue
        answer = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _ANSWER_NOUNS),
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


def _reserved_right(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a right to harm that the speaker's side holds is aimed at ([] when nobody is
    named), or None: 'it has the "right to respond to blatant military aggression" by
    Iran', "reserves the right to retaliate" (CAMEO RESERVE * RIGHT [130]), "reserves the
    right to send more troops" (a move of forces or a cutoff held in reserve)."""
    for verb in verbs:
        if verb.lemma_.lower() not in _HOLDING_VERBS or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, sides):
            continue
        for right in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "right"):
            for act in right.children:
                # "reserves the right to send more troops"; "has the right to send aid" is none
                moved = act.lemma_.lower() in DEPLOY_VERBS | CUTOFF_VERBS and (
                    verb.lemma_.lower() != "have"
                    or any(o.lemma_.lower() in MILITARY_NOUNS for o in act.children)
                )
                if act.dep_ in ("acl", "relcl", "xcomp") and act.pos_ == "VERB" and moved:
                    return []
                if act.dep_ in ("acl", "relcl", "xcomp") and act.pos_ == "VERB" and _harmful(act):
                    aimed = _harm_aimed(act)
                    if not aimed:  # "respond to aggression by Iran": the aggressor
                        aimed = [
                            a
                            for t in act.subtree
                            if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")
                            for a in [_prep_object(t)]
                            if a is not None and _is_actor_token(a)
                        ]
                    return aimed
    return None


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
#: Subjects a penalty is promised to that name no actor: "they will pay", "anyone who ...".
_PENALIZED_PRONOUNS = cues.words("they you he she those anyone anybody whoever")


def _penalty(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a content tells it will pay or face a penalty ([] when no actor is named), or
    None: "Russia will pay a heavy price for its aggression", "Washington would face
    serious consequences", "the aggressors will pay dearly".  The speaker's own side
    paying ("we will pay a price") and victims ("ordinary people will pay the price") are
    no threat, nor is a commentator's forecast."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in PENALTY_VERBS or _negated(verb) or not _modal(verb, _PENALTY_MODALS):
            continue
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in _with_conjuncts(c)]
        penalty = any(o.lemma_.lower() in PENALTY_NOUNS for o in objects)
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
            return _with_conjuncts(subject)
        noun = subject.lemma_.lower()
        if subject.lower_ in _PENALIZED_PRONOUNS or noun in ADVERSARY_NOUNS | HOSTILE_ACTORS:
            return []
        owners = _owners(subject)  # "Russia's leaders will pay a price"
        if owners:
            return owners
    return None


#: Verbs that answer an act in the passive: "any attack will be met with a crushing
#: response", "any aggression will be repelled".
_ANSWERING_VERBS = cues.words("meet answer repel repulse crush punish counter rebuff")
#: Determiners of a standing warning: "any attack", "every provocation".
_ANY = cues.words("any every")


def _answered_aggression(verbs: list[Token], commentator: bool = False) -> list[Token] | None:
    """Whom a warning that any hostile act will be answered is aimed at ([] when the act
    names no doer), or None: "any attack on Iran will be met with a crushing response",
    "any aggression by the enemy will be repelled", "every provocation will be punished".
    A standing warning needs "any"/"every": "the attack was met with condemnation" reports."""
    if commentator:
        return None
    for verb in verbs:
        if verb.lemma_.lower() not in _ANSWERING_VERBS or _negated(verb):
            continue
        if not _is_passive(verb) or not _modal(verb, _PENALTY_MODALS):
            continue
        if verb.lemma_.lower() == "meet" and not any(  # "met with a response", "with force"
            c.dep_ == "prep"
            and c.lower_ == "with"
            and (o := _prep_object(c)) is not None
            and (o.lemma_.lower() in cues.THREAT_WORDS or o.lemma_.lower() in _ANSWER_NOUNS)
            for c in verb.children
        ):
            continue
        for act in (c for c in verb.children if c.dep_ == "nsubjpass"):
            hostile = act.lemma_.lower() in HOSTILE_NOUNS or act.lemma_.lower() in (
                cues.HOSTILE_ACT_NOUNS
            )
            if not hostile or not any(c.lower_ in _ANY for c in act.children):
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
        if _negated(verb) or not _is_passive(verb) or not _modal(verb, _PENALTY_MODALS):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
            word = subject.lower_
            anyone = word in _ANYONE - cues.words("those") and any(
                c.dep_ in ("relcl", "acl") for c in subject.children
            )  # "anyone who crosses", "anybody found"
            culpable = word == "those" and any(
                c.lower_ in _CULPABLE or c.dep_ in ("relcl", "acl") for c in subject.children
            )  # "those responsible", "those who ordered it"
            if anyone or culpable:
                return []
    return None


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
gate(_promised_answer, needs(_ANSWER_NOUNS, _WILL))
gate(_reserved_right, needs(_HOLDING_VERBS, cues.words("right")))
gate(_threatened, needs(cues.THREAT_WORDS, EXPL | cues.INFLICT_VERBS | _BRINGING_VERBS))
gate(
    _conditional_threat,
    needs(
        cues.words("if"),
        cues.words("will would 'll"),
        cues.ACCUSATORY_PREDICATES | cues.HARM_VERBS,
    ),
)
gate(_reprisal, needs(_REPRISAL_NOUNS))
gate(
    _penalty,
    needs(PENALTY_VERBS, PENALTY_NOUNS | cues.words("dearly"), _PENALTY_MODALS),
)
gate(
    _answered_aggression,
    needs(_ANSWERING_VERBS, HOSTILE_NOUNS | cues.HOSTILE_ACT_NOUNS, _ANY, _PENALTY_MODALS),
)
gate(
    _conditional_cutoff,
    needs(
        CUTOFF_VERBS | cues.words("launch fire test"), _PENALTY_MODALS, cues.words("if unless long")
    ),
)
gate(
    _promised_ruin,
    needs(_RUIN_VERBS, _RUIN_WORDS, _PENALTY_MODALS),
    needs(_RUIN_VERBS, cues.words("sea"), cues.words("fire"), _PENALTY_MODALS),
    needs(HOSTILE_ACTS, _PENALTY_MODALS),
)
gate(_whoever_punished, needs(_PUNISH_VERBS | HOSTILE_ACTS, _ANYONE, _PENALTY_MODALS))
gate(_unhesitating, needs(_HESITATING_VERBS | _IDLE_VERBS, NEG, _PENALTY_MODALS))
gate(_capable_harm, needs(_POSSESSING_VERBS, CAPABILITY_NOUNS, cues.words("to")))
gate(
    _open_options,
    needs(OPTION_NOUNS, _TABLE_WORDS | cues.words("open")),
)
gate(_under_attack, needs(cues.words("under"), cues.words("attack fire siege"), _WILL))
gate(
    _promised_harm,
    needs(_HARMFUL_WORDS, _MODALS | _READY_ADJECTIVES),
    needs(_PLAN_VERBS, cues.HOSTILE_ACT_NOUNS),
)
