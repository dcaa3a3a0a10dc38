"""Contents that threaten: a harm promised by the speaker's own side ("it will soon advance
on 10 towns"), consequences brought, conditional threats ("if they do not, the government
may be forced to act against them"), reprisals, a reserved right to respond, relations
broken or a commitment dropped on a condition, a warning that something will not be
tolerated.  A demand ("demanded that X stop") promises nothing, and a commentator's
forecast is not a threat.

This module keeps harms promised by a verb (:func:`_promised_harm`, :func:`_early_response`)
and consequences brought (:func:`_threatened`); the harm words they read are
:mod:`.content_harms`, penalties, reprisals and answers promised :mod:`.content_penalty`,
conditional and capability threats :mod:`.content_conditional`, and conditional
ruptures, withdrawals and tolerance :mod:`.content_ultimatum`.  It re-exports the names
other modules import from it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims import commitments
from kg.extract.claims.base import (
    _is_actor_token,
    _is_passive,
    _nominal_subtree,
    _prep_object,
    _with_conjuncts,
)
from kg.extract.claims.content_base import (
    _MODALS,
    _modal,
    _negated,
    _own_side,
    _promised,
    _sides,
    _speaks_for,
)
from kg.extract.claims.content_conditional import _capable_harm as _capable_harm
from kg.extract.claims.content_conditional import _capable_reach as _capable_reach
from kg.extract.claims.content_conditional import _casus_belli as _casus_belli
from kg.extract.claims.content_conditional import _chain_head as _chain_head
from kg.extract.claims.content_conditional import _conditional_cutoff as _conditional_cutoff
from kg.extract.claims.content_conditional import _conditional_threat as _conditional_threat
from kg.extract.claims.content_conditional import _conditions as _conditions
from kg.extract.claims.content_conditional import _marked_targets as _marked_targets
from kg.extract.claims.content_conditional import _open_options as _open_options
from kg.extract.claims.content_harms import (
    _DEALING_VERBS,
    _HARMFUL_WORDS,
    _defends_itself,
    _goes_to_war,
    _nominal_harm,
    _reckoning,
    _severe_dealing,
)
from kg.extract.claims.content_harms import _PUNISH_VERBS as _PUNISH_VERBS
from kg.extract.claims.content_harms import _harm_aimed as _harm_aimed
from kg.extract.claims.content_harms import _harmful as _harmful
from kg.extract.claims.content_harms import _punishes_anyone as _punishes_anyone
from kg.extract.claims.content_lexicon import (
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    MILITARY_NOUNS,
    RESPONSE_VERBS,
    load_classes,
)
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
from kg.extract.claims.content_threat_moves import MOVING_VERBS, moved_into
from kg.extract.claims.gates import EXPL, gate, needs
from kg.extract.claims.targets import _owners

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
            if commitments.others_course_over(token):
                continue  # "commitments from Indo-Pacific countries ... to impose costs"
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
        return _aimed_through([token, *consequences])
    return None


#: Round 39 (readouts44, issue 12; ``test38``'s class (G)): a side's promise to make its
#: penalties heavier ("Austria plans to strengthen sanctions policy", "we will tighten sanctions
#: on Russia", "committed to stepping up sanctions against X") threatens whom the penalties
#: are on (none when the content does not name them), as "will impose new sanctions on X" does
#: (:func:`_threatened`); before, such content was an ``assert``.  The verb is a
#: ``strengthen_verb`` in its base or -ing form (a plan, a promise; "strengthened sanctions"
#: told as done is an act), not negated; its object, or the object's compound ("sanctions
#: policy", "sanctions pressure"), a ``strengthened_penalty`` (``kg/data/content_lexicon.tsv``).
#: Measured (benchmarks/claims/RESULTS.md, "Round 39, readouts44"): no development triple moves;
#: held out document scope test29 +1, test37 +1; sentence scope test37 two wrong triples fewer.
#: On by the bar's clause for constructions no development line holds.
STRENGTHENED_SANCTIONS = True
_LEXICON = load_classes()
_STRENGTHEN_VERBS: frozenset[str] = _LEXICON["strengthen_verb"]
_STRENGTHENED_PENALTIES: frozenset[str] = _LEXICON["strengthened_penalty"]
#: Strengthening verbs that need their particle: "step up", "ramp up".
_PARTICLE_VERBS = cues.words("step ramp")


def _strengthened_sanctions(span: SpacySpan) -> list[Token] | None:
    """Whom a promise of heavier penalties threatens (see :data:`STRENGTHENED_SANCTIONS`):
    the actors the penalties or the verb aim "on", "against" or "for", else []; None when the
    content makes no such promise."""
    for verb in span:
        lemma = verb.lemma_.lower()
        if lemma not in _STRENGTHEN_VERBS or verb.tag_ not in ("VB", "VBG"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if lemma in _PARTICLE_VERBS and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
        ):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        penalties = [
            o
            for o in objects
            if o.lemma_.lower() in _STRENGTHENED_PENALTIES
            or o.lower_ in _STRENGTHENED_PENALTIES
            or any(c.dep_ == "compound" and c.lower_ in _STRENGTHENED_PENALTIES for c in o.children)
        ]
        if not penalties:
            continue
        return _aimed_through([verb, *penalties])
    return None


def _aimed_through(holders: list[Token]) -> list[Token]:
    """Whom ``holders`` aim at through "for / on / against X": X when it is an actor, else its
    owners ("consequences for Russia's economy": Russia)."""
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


#: Round 40 (wire46, issue 12; class (W) "intent to respond", ``dev6``): a promised response to
#: a named deed ("the U.S. will respond to the hacking in a manner and time we will choose",
#: "Washington will retaliate for the expulsion") is the responding side's threat even when the
#: speaker names no side of its own: nobody charges another side with answering a deed, so the
#: answering reading (the optional ``speaker_side`` family's, off) is safe here.  The verb is an
#: answering verb with a "to"/"for" object that is a hostile act or a measure
#: (:func:`_answered_deed`), promised and not negated; the subject a state or actor the speaker
#: speaks for (as a conditional threat's).  Whom it threatens: the deed's owner ("the British
#: move": the United Kingdom), else none in the sentence (document scope may find the doer).
#: "will take the steps necessary to defend our interests" answers no deed and stays ``assert``.
#: Measured (benchmarks/claims/RESULTS.md, "Round 40, wire46"): ``dev6`` +1 matched triple in the
#: document scope (Obama's threat of North Korea), held-out ``test31`` +1 in both scopes; no other
#: part moves and no system triple is added. On by the bar.
ANSWERED_DEEDS = True
#: Nouns of another side's measures a response can answer, besides hostile acts: "the move",
#: "the expulsion order", "the sanctions".
_ANSWERED_MEASURES = _LEXICON["answered_measure"]


def _answered_deed(verb: Token) -> Token | None:
    """The deed a promised response answers: "respond to the hacking", "retaliate for the
    expulsion order" -- the object of "to"/"for" that is a hostile act or another side's
    measure; None when the response answers nothing named ("will respond", "defend our
    interests")."""
    if verb.lemma_.lower() not in _ANSWERING_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
            continue
        deed = _prep_object(prep)
        if deed is None:
            continue
        lemma = deed.lemma_.lower()
        if lemma in cues.HOSTILE_ACT_NOUNS or lemma in _ANSWERED_MEASURES:
            return deed
    return None


#: Verbs that lay a deed at a doer's door through "on"/"to": "the cyberattack the FBI has
#: blamed on North Korea", "attributes the attack to X".
_LAYING_VERBS = cues.words("blame attribute ascribe link connect tie pin")
#: How many sentences back a response's deed is looked for (document scope).
_DEED_LOOKBACK = 6


def _deed_doers(deed: Token) -> list[Token]:
    """Who did the deed a response answers: its owner in the sentence ("the British move"), else,
    for a definite deed with none ("respond to the hacking"), the doer an earlier sentence of the
    document names for a hostile act -- its owner, the actor a laying verb lays it on ("the
    cyberattack ... that the FBI has blamed on North Korea"), or the actor subject of the verb
    that holds it ("North Korea worked together with another country on the cyberattack");
    nearest sentence first, [] when none."""
    owners = [o for o in _owners(deed) if _is_actor_token(o) or o.ent_type_ in ("NORP", "GPE")]
    if owners:
        return owners
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in deed.children):
        return []
    doc = deed.doc
    sentences = [s for s in doc.sents if s.end <= deed.sent.start][-_DEED_LOOKBACK:]
    for sentence in reversed(sentences):
        for act in sentence:
            if act.pos_ != "NOUN" or act.lemma_.lower() not in cues.HOSTILE_ACT_NOUNS:
                continue
            found = [o for o in _owners(act) if _is_actor_token(o)]
            layers = [c for c in act.children if c.dep_ == "relcl"]
            if act.dep_ in ("dobj", "nsubjpass"):
                layers.append(act.head)
            for verb in layers:
                if verb.lemma_.lower() not in _LAYING_VERBS:
                    continue
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("on", "to"):
                        aimed = _prep_object(prep)
                        if aimed is not None and _is_actor_token(aimed):
                            found.append(aimed)
            holder = act.head.head if act.dep_ == "pobj" else act.head
            if act.dep_ in ("pobj", "dobj") and holder.pos_ == "VERB":
                found += [
                    c
                    for c in holder.children
                    if c.dep_ == "nsubj" and _is_actor_token(c) and not _negated(holder)
                ]
            if found:
                return found[:1]
    return []


_READY_ADJECTIVES = cues.words("ready prepared determined poised")
#: Verbs of answering another side: a promise of them is the promising side's threat.
_ANSWERING_VERBS = cues.words("respond retaliate react")
#: Modals of a possible act: "would attack", "may point weapons at", "could strike".
_POSSIBLE = cues.words("would may might could")
_PLAN_VERBS = cues.words("plan prepare intend")


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
        and _promised(v)
        and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in v.children)
    ]
    if not answers:
        return None
    return _promised_harm(answers, sides, commentator)


#: Nouns of a threat another side makes: a message noun ("will respond to the letter" harms
#: nobody), but one aimed at someone or quantified by "any" is a hostile doing answered.
_THREAT_NOUNS = cues.words("threat threats")


def _answers_threat(verb: Token) -> bool:
    """Whether an answering verb answers another side's threat: "will respond promptly to
    any threat against its security", "would react to threats against our forces" (round
    21, threat21: a threat is a message noun, so the answer to it was no harm)."""
    if verb.lemma_.lower() not in _ANSWERING_VERBS:
        return False
    return any(
        o is not None
        and o.lemma_.lower() in _THREAT_NOUNS
        and any(
            d.lower_ in ("any", "every") or (d.dep_ == "prep" and d.lower_ == "against")
            for d in o.children
        )
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in [_prep_object(c)]
    )


def _promised_harm(
    verbs: list[Token],
    sides: Callable[[], set[str]],
    commentator: bool = False,
    rules: frozenset[str] = frozenset(),
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
        # "would send troops into Ukraine": forces promised into a state (round 24)
        moved = moved_into(verb) if "promised_incursion" in rules else None
        if _negated(verb) or not (_harmful(verb) or _answers_threat(verb) or moved):
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
            # a speaker of no known side speaks for the state it names when the harm hangs
            # on a condition ("the minister said Russia would take military action against
            # Georgia if the attacks continued"); an unconditional one may be a charge
            conditional = bool(_conditions(verb) or _conditions(head))
            # an answer promised ("Moscow would respond to any deployment") is the answering
            # side's own: nobody charges another side with a response (round 20, threat20)
            answering = "speaker_side" in rules and verb.lemma_.lower() in _ANSWERING_VERBS
            # a response to a named deed answers it (round 40, wire46)
            answering = answering or (ANSWERED_DEEDS and _answered_deed(verb) is not None)
            if not ((conditional or answering) and _speaks_for(subject, sides, commentator)):
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
        promised = _promised(verb) or ready or generic
        aimed = _harm_aimed(verb) or list(moved or [])
        deed = _answered_deed(verb) if ANSWERED_DEEDS else None
        if not aimed and deed is not None:
            aimed = _deed_doers(deed)  # "respond to the hacking": who hacked (round 40, wire46)
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
    if _reckoning(verb) or _severe_dealing(verb) or _goes_to_war(verb):
        return True  # "ready to settle accounts", "will deal firmly with", "go to war"
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return True  # "will hit back", "strike back"
    if _nominal_harm(verb, aimless=True):
        return True  # "will launch airstrikes", "will give a crushing response"
    if verb.lemma_.lower() in HOSTILE_ACTS | RESPONSE_VERBS and any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in MILITARY_NOUNS
            or (c.lemma_.lower() in HOSTILE_NOUNS and any(d.lower_ == "any" for d in c.children))
        )
        for c in verb.children
    ):
        return True  # "would target foreign troops", "will crush any attack"
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


#: Verbs of carrying a hostile campaign on: "will continue fighting", "would step up
#: attacks", "will intensify its strikes".
_CONTINUING_VERBS = cues.words("continue keep step intensify escalate resume expand")
#: What a side carries on: hostile acts and armed struggle ("attacks", "the fighting").
_CAMPAIGN_NOUNS = cues.HOSTILE_ACT_NOUNS | cues.words(
    "war warfare fighting hostilities struggle resistance offensive insurgency jihad"
)


def _pressed_subjects(conditions: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """The actors the subjects of ``conditions`` name, the speaker's side left out: whom a
    condition presses ("until Moscow withdraws its troops")."""
    return [
        s
        for c in conditions
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass") and _is_actor_token(s) and not (_sides([s]) & sides())
    ]


def _campaign(verb: Token) -> list[Token]:
    """The hostile acts a continuing verb carries on: its open complement ("continue
    fighting", "continue to attack the pipeline") or its object ("step up attacks")."""
    found = [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and (c.lemma_.lower() in HOSTILE_ACTS or c.lemma_.lower() in RESPONSE_VERBS)
        and not _negated(c)
    ]
    found += [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (c.lemma_.lower() in _CAMPAIGN_NOUNS or c.lower_ in _CAMPAIGN_NOUNS)
    ]
    return found


def _continued_hostilities(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """Whom a side threatens by promising to carry on or step up its hostile acts ([] when
    nobody is named), or None: "they will continue fighting until the government falls",
    "would step up attacks on government forces", "said it would continue to attack the
    pipeline"; an agentless campaign only when it hangs on a named side's conduct
    ("attacks will continue until Israel withdraws").  Another side's campaign told
    ("Russia will continue its attacks", said by Ukraine) charges, and a commentator's
    "the fighting will continue" forecasts."""
    if commentator:
        return None
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _CONTINUING_VERBS or _negated(verb) or not _promised(verb):
            continue
        if lemma == "step" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        head = _chain_head(verb)
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        conditions = [
            c
            for c in (*_conditions(verb), *verb.children)
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "if") for m in c.children)
        ]
        pressed = _pressed_subjects(conditions, sides)
        if subject is not None and subject.lemma_.lower() in _CAMPAIGN_NOUNS:
            if pressed:  # "attacks will continue until Israel withdraws"
                return pressed
            continue
        acts = _campaign(verb)
        if not acts or not _own_side(subject, sides):
            continue
        aimed = [
            a
            for act in acts
            for a in (
                _harm_aimed(act)
                if act.pos_ == "VERB"
                else [
                    t
                    for p in act.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "against")
                    for o in [_prep_object(p)]
                    if o is not None
                    for t in ([o] if _is_actor_token(o) else _owners(o))
                ]
            )
        ]
        return [a for a in [*aimed, *pressed] if not (_sides([a]) & sides())]
    return None


# --- lexicon gates (.gates): the words without which each rule cannot fire --------------

gate(_early_response, needs(_DEALING_VERBS, _WILL | cues.words("would")))
gate(_threatened, needs(cues.THREAT_WORDS, EXPL | cues.INFLICT_VERBS | _BRINGING_VERBS))
gate(_strengthened_sanctions, needs(_STRENGTHEN_VERBS, _STRENGTHENED_PENALTIES))
gate(
    _promised_harm,
    needs(_HARMFUL_WORDS, _MODALS | _READY_ADJECTIVES),
    needs(MOVING_VERBS, _MODALS | _READY_ADJECTIVES),
    needs(_PLAN_VERBS, cues.HOSTILE_ACT_NOUNS),
)
gate(_continued_hostilities, needs(_CONTINUING_VERBS, _MODALS))
