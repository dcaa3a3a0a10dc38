"""Content-borne stance: an asserted content that denies ("the allegations were made
up"), charges ("Hamas carried out the attack"), labels pejoratively or threatens.

The word classes the rules read (hostile acts derived from PETRARCH2's CAMEO verb
dictionary, inciting a conflict, arming or aiding hostile actors, force posture, weapons
of mass destruction, commitments, harms a threat promises, critical evaluations) are data,
``kg/data/content_lexicon.tsv``, loaded once; every test is a set lookup by lemma.  The
claimer is passed in so that a content never accuses the speaker's own side ("Kenya's
army said Kenya had attacked al-Shabab camps"), and a harm promised by the speaker's own
side is a threat ("it will soon advance on 10 towns", "if they do not, the government may
be forced to act against them"); "demanded that X stop" promises nothing.

Besides the main clause's verbs, a content charges through hostile acts in any clause
whose agent a state names ("after it was rammed by a Chinese coast guard vessel"), force used or
a territory entered, culprits and responsibility ("Beijing is at fault", "bears full
responsibility"), wrongs and records an actor holds ("Washington's double standards", "a
poor record on press freedom"), labels of breach or unlawfulness ("a violation of
international law", "is illegal"); it threatens through reprisals and readiness to use
force, and denies through a quoted rejection or a record said not to exist."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import index_of
from kg.extract.claims.base import (
    _TIME_PREPS,
    _agents,
    _Context,
    _first_of_conjuncts,
    _is_actor_token,
    _is_passive,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
    _tokens_of,
    _with_conjuncts,
    verb_stance,
)
from kg.extract.claims.gates import EXPL, NEG, Way, also, gate, needs, present, run
from kg.extract.claims.targets import _allegation_targets, _owners, _state_of, actor_mention
from kg.model import Mention, Span, Stance
from kg.resolve.gazetteer import lookup


def _infer_stance(
    content: Span,
    targets: tuple[Mention, ...],
    context: _Context,
    claimer: Mention | None = None,
) -> tuple[Stance, tuple[Mention, ...], bool]:
    """ASSERT -> DENY when the content denies, -> ACCUSE when it charges its subject,
    -> THREATEN when it promises harm, -> CRITICIZE when it evaluates an actor's doing
    negatively.  ``claimer`` (who says it) keeps the speaker's own side from being
    accused by its own words."""
    if "content_stance" not in context.rules:
        return Stance.ASSERT, targets, False
    span = _tokens_of(content, context)
    if span is None:
        return Stance.ASSERT, targets, False
    # the words of the span's sentences: a rule whose gate (below) finds none is not run
    words = present(span)
    if run(_disclaims, words, span):
        return Stance.DENY, (), True  # "had nothing to do with the attack": no accuser named
    if run(_avows_innocent_purpose, words, span, lambda: _speaker_sides(claimer, context)):
        return Stance.DENY, (), True  # "its nuclear program is strictly for peaceful purposes"
    denial = run(_denial_in, words, span)
    if denial is not None:
        allegation = denial if denial.lemma_.lower() in cues.ALLEGATION_NOUNS else None
        if allegation is not None:
            return Stance.DENY, _allegation_targets(allegation, context), True
        return Stance.DENY, targets, True
    if run(_denies_charge, words, span) or run(_no_record, words, span):
        return Stance.DENY, (), True  # "did not attack any cities", "no threats were made"
    verbs = _main_verbs(span)  # read once for the rules below
    rejected = run(_first_person_denial, words, verbs)
    if rejected is not None:  # "We firmly reject the allegation that P"
        return Stance.DENY, tuple(actor_mention(t, context) for t in _owners(rejected)), True
    if run(_exculpates, words, verbs):
        return Stance.DENY, targets, True  # "is not to blame", "did not happen"
    discredited = run(_discredited, words, verbs, context)
    if discredited is not None:
        return Stance.DENY, discredited, True  # "baseless allegations", "X's fabrication"
    known: list[set[str]] = []

    def sides() -> set[str]:  # the speaker's side, read only when a rule needs it
        if not known:
            known.append(_speaker_sides(claimer, context))
        return known[0]

    if run(_relayed_charge, words, verbs):
        return Stance.ASSERT, targets, False
    accused = run(_accused_subjects, words, span)
    if accused and not all(_named_sides(t) & sides() for t in accused):
        # "Kenya's army said Kenya had attacked al-Shabab camps" accuses nobody
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in accused), True
    labelled = run(_pejorative_predication, words, span)
    if labelled:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in labelled), True
    commentator = _commentator(claimer, context)
    answered = run(_early_response, words, verbs, sides, commentator)
    if answered is None:  # "Our response will be proportionate, and X bears responsibility"
        answered = run(_promised_answer, words, verbs, sides)
    if answered is None:  # "it has the right to respond to blatant military aggression"
        answered = run(_reserved_right, words, verbs, sides)
    if answered is not None:
        return Stance.THREATEN, tuple(actor_mention(t, context) for t in answered), True
    charged = (
        run(_charged_actors, words, span, verbs, sides)
        or run(_passive_act_agents, words, span, sides)
        or run(_origin_states, words, span, sides)
        or run(_responsible, words, verbs, sides)
        or run(_wrong_owners, words, span, sides)
        or run(_countered_intruders, words, verbs, sides)
        or run(_patrons_of_hostile_actors, words, span, sides)
        or run(_involved_in_conflict, words, verbs, sides)
        or run(_answered_doings, words, span, sides)
        or run(_fired_weapons_owners, words, span, sides)
    )
    if charged:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in charged), True
    if run(_evidenced_act, words, span, verbs):
        return Stance.ACCUSE, (), True  # "there is clear evidence the convoy was ambushed"
    threatened = run(_threatened, words, span)
    if threatened is None:
        threatened = run(_conditional_threat, words, span)
    if threatened is None:
        threatened = run(_reprisal, words, verbs) or run(_under_attack, words, verbs)
    if threatened is None:
        threatened = run(_promised_harm, words, verbs, sides, commentator)
    if threatened is None:
        threatened = run(_broken_relations, words, verbs, sides, commentator)
    if threatened is None:
        threatened = run(_conditional_withdrawal, words, verbs, sides, commentator)
    if threatened is None:
        threatened = run(_prepared_harm, words, verbs, sides, commentator)
    if threatened is None:
        threatened = run(_not_tolerated, words, verbs, sides, commentator)
    if threatened is not None:
        return Stance.THREATEN, tuple(actor_mention(t, context) for t in threatened), True
    unlawful = (
        run(_unlawful_acts, words, verbs, sides)
        or run(_evaluated_wrongs, words, span, sides)
        or run(_named_causes, words, verbs, sides)
    )
    if unlawful:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in unlawful), True
    record = run(_bad_record, words, verbs, sides)
    if record is not None:
        stance, owners = record
        return stance, tuple(actor_mention(t, context) for t in owners), True
    criticized = run(_criticized, words, verbs)
    if criticized is None:
        criticized = run(_evaluated_clause, words, verbs, sides)
    if criticized is None:
        criticized = run(_told_to_stop, words, verbs, sides)
    if criticized is not None:
        return Stance.CRITICIZE, tuple(actor_mention(t, context) for t in criticized), True
    return Stance.ASSERT, targets, False


def _relayed_charge(verbs: list[Token]) -> bool:
    """Whether the content is a named other speaker's charge ("Russia accused Ukraine of
    shelling the depot, the foreign ministry said"): a claim of its own, which reported
    speech reads with its own claimer and target; the act inside it is the charge's, so
    the relaying speaker's stance is not read from it (the act's doer is the charge's
    object, not the subject the act would otherwise take).  A pronoun subject ("X said
    he accused Y") is the self-report family's."""
    for verb in verbs:
        if verb_stance(verb) not in (Stance.ACCUSE, Stance.CRITICIZE, Stance.THREATEN):
            continue
        if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children):
            return True
    return False


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


def _pejorative_predication(span: SpacySpan) -> list[Token]:
    """Actors a copular content calls something pejorative: "Putin's war is a needless
    act of aggression" -> [Putin]; "the regime is a sponsor of terrorism" -> []
    unless the subject names an actor."""
    for verb in _main_verbs(span):
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        labelled = _pejorative_subject_owners(verb)
        if labelled:
            return labelled
        if verb.lemma_.lower() != "be":
            continue
        predicate = [c for c in verb.children if c.dep_ == "attr"]
        words = {t.lemma_.lower() for p in predicate for t in _nominal_subtree(p)}
        heads = {p.lemma_.lower() for p in predicate}
        if not (words & cues.PEJORATIVES or heads & _VIOLATION_NOUNS):
            continue  # "Britain's actions are a gross violation of international law"
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if _is_actor_token(subject):
                return [subject]
            owners = _owners(subject)
            if owners:
                return owners
        # "the attack was a terrorist act orchestrated by Kyiv": the agent of the label
        agents = [a for p in predicate for c in p.children if c.dep_ == "acl" for a in _agents(c)]
        actors = [a for a in agents if _is_actor_token(a)]
        if actors:
            return actors
    return []


#: Nouns that label an act a breach of a rule: "X's actions are a violation of ...".
_VIOLATION_NOUNS = cues.words("violation breach infringement contravention transgression")


def _pejorative_subject_owners(verb: Token) -> list[Token]:
    """'Russia's flagrant disregard for international law demands a response': the owner
    of a subject labelled by a pejorative adjective."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        if any(
            c.dep_ == "amod" and c.lemma_.lower() in cues.PEJORATIVE_ADJECTIVES
            for c in subject.children
        ):
            return _owners(subject)
    return []


def _denial_in(span: SpacySpan) -> Token | None:
    """The allegation (or evidence) noun of a denial inside ``span``, or None.

    'there is no proof to support the US' claims', 'the allegations were made up',
    'the reports are baseless', 'it is a lie'.
    """
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in cues.ACCEPT_VERBS and any(c.dep_ == "neg" for c in token.children):
            # "Beijing does not accept these accusations"
            claim = next(
                (
                    c
                    for c in token.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in cues.ALLEGATION_NOUNS
                ),
                None,
            )
            if claim is not None:
                return claim
        if lemma in cues.EVIDENCE_NOUNS and token.pos_ == "NOUN":
            negated = any(c.lower_ in ("no", "not", "n't") for c in token.children) or any(
                c.dep_ == "neg" for c in token.head.children
            )
            if negated:
                claim = next(
                    (t for t in token.subtree if t.lemma_.lower() in cues.ALLEGATION_NOUNS), None
                )
                return claim or token
        if lemma in cues.FABRICATION_VERBS and token.tag_ == "VBN":
            particle = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
            if lemma not in ("make", "trump", "cook") or particle:
                subject = _claim_subject(token, "nsubjpass")
                if subject is not None:
                    return subject
        if (lemma in cues.DENY_EVALUATIONS or token.lower_ in cues.DENY_EVALUATIONS) and (
            token.dep_ in ("acomp", "attr", "oprd")
        ):
            subject = _claim_subject(token.head, "nsubj")
            if subject is not None:
                return subject
        if (
            lemma in cues.VERACITY_EVALUATIONS
            and token.dep_ in ("acomp", "attr")
            and any(c.dep_ == "neg" for c in (*token.head.children, *token.children))
        ):
            # "the threat was not credible", "the report is not true"
            subject = _claim_subject(token.head, "nsubj")
            if subject is not None:
                return subject
        if lemma in cues.FAKER_NOUNS and token.dep_ in ("attr", "pobj"):
            # "the warning was the work of an impostor"
            attr = token if token.dep_ == "attr" else token.head.head
            if attr.dep_ == "attr" and not any(c.dep_ == "neg" for c in attr.head.children):
                subject = _claim_subject(attr.head, "nsubj")
                if subject is not None:
                    return subject
    return None


def _disclaims(span: SpacySpan) -> bool:
    """Whether a content disclaims involvement: "has nothing to do with us", "was not
    involved in the attack", "is not linked to any cyber attacks", "had no role in it",
    "was not behind the attack"."""
    return any(_disclaimer(token) for token in span)


def _disclaimer(token: Token) -> bool:
    lemma, lower = token.lemma_.lower(), token.lower_
    if lower == "nothing" and token.dep_ in ("dobj", "attr"):  # "has nothing to do with"
        words = {t.lower_ for t in token.subtree}
        return "do" in words and "with" in words
    if lower == "anything" and token.dep_ in ("dobj", "attr"):
        # "did not have anything to do with", "neither X nor Y have anything to do with"
        words = {t.lower_ for t in token.subtree}
        head = token.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        negated = any(c.dep_ == "neg" for c in head.children) or any(
            t.lower_ in ("neither", "nor") for s in subjects for t in s.subtree
        )
        return negated and "do" in words and "with" in words
    involved = lemma in cues.INVOLVEMENT_ADJECTIVES or lower in cues.INVOLVEMENT_ADJECTIVES
    involved = involved or (lemma in ("involve", "link", "connect") and token.tag_ == "VBN")
    if involved:  # "was not involved in", "is not linked to"
        negated = any(c.dep_ == "neg" for c in (*token.children, *token.head.children))
        return negated and token.dep_ in ("acomp", "ROOT", "ccomp", "conj", "relcl")
    if lower == "reason" and any(c.lower_ == "no" for c in token.children):
        # "had no reason to believe Iran was responsible"
        return any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in cues.BELIEF_VERBS
            for c in token.children
        )
    if lemma in cues.INVOLVEMENT_NOUNS and token.pos_ == "NOUN":  # "had no role in"
        denied = any(c.lower_ == "no" for c in token.children) or (
            token.dep_ == "dobj" and any(c.dep_ == "neg" for c in token.head.children)
        )
        scoped = any(c.dep_ == "prep" and c.lower_ in ("in", "with") for c in token.children)
        return denied and scoped
    if lemma == "be":  # "was not behind the attack"
        behind = any(c.dep_ == "prep" and c.lower_ == "behind" for c in token.children)
        return behind and any(c.dep_ == "neg" for c in token.children)
    return False


#: Purposes that answer a charge of hostile intent: "for peaceful purposes".
_INNOCENT_PURPOSES = cues.words("peaceful civilian defensive defense defence")
#: Adverbs that make a purpose exclusive: "strictly", "purely defensive".
_EXCLUSIVE_ADVERBS = cues.words("strictly purely solely exclusively only entirely wholly")
#: Verbs of aiming: "the drills are not aimed at any third country".
_AIMING_PARTICIPLES = cues.words("aim direct target")


def _avows_innocent_purpose(span: SpacySpan, sides: Callable[[], set[str]]) -> bool:
    """Whether a content denies a hostile intent by asserting the opposite: a doing said
    to be "(strictly) for peaceful purposes", "purely defensive", or "not aimed at any
    third country".  A denial made as an assertion, the way the accused side answers a
    charge of arming or menace; a bare "peaceful" with no exclusive adverb ("the protest
    was peaceful") reports, "will be used for peaceful purposes" (a promise) is left to
    the other rules, and a doing of a side other than the speaker's ("Washington says
    Iran's program is peaceful") is vouched for, not denied."""
    for verb in _main_verbs(span):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = _named_sides(subject) if subject is not None else set()
        if named and sides() and not (named & sides()):
            continue
        if _innocent_predicate(verb) or _aimed_at_nobody(verb) or _weapons_disowned(verb):
            return True
    return False


def _weapons_disowned(verb: Token) -> bool:
    """'is pursuing nuclear energy, not nuclear weapons', 'wants the technology for power
    plants and not for weapons': a contrast whose negated side is arms."""
    contrasts = ("appos", "conj", "dep", "npadvmod")
    for token in verb.subtree:
        if token.dep_ != "neg" or token.head is verb:
            continue
        if token.head.i > token.i:  # "and not for weapons": the negation on the contrast
            negated = [token.head] if token.head.dep_ in contrasts else []
        else:  # "energy, not nuclear weapons": the negation on the first term
            negated = [c for c in token.head.children if c.i > token.i and c.dep_ in contrasts]
        if any(
            t.lemma_.lower() in WEAPON_NOUNS or t.lower_ in WEAPON_NOUNS
            for n in negated
            for t in n.subtree
        ):
            return True
    return False


def _innocent_predicate(verb: Token) -> bool:
    """'is (strictly) for peaceful purposes', 'are purely defensive': a present statement
    of what a doing is for (not negated, no modal: "will be used for" promises)."""
    if verb.lemma_.lower() != "be" or _negated(verb) or _modal(verb):
        return False
    for child in verb.children:
        purpose = _prep_object(child) if child.dep_ == "prep" and child.lower_ == "for" else None
        if (
            purpose is not None
            and purpose.lemma_.lower() in ("purpose", "use", "need")
            and any(
                m.dep_ in ("amod", "compound") and m.lower_ in _INNOCENT_PURPOSES
                for m in purpose.children
            )
        ):
            return True
        if (
            child.dep_ == "acomp"
            and child.lower_ in _INNOCENT_PURPOSES
            and any(m.dep_ == "advmod" and m.lower_ in _EXCLUSIVE_ADVERBS for m in child.children)
        ):
            return True
    return False


def _aimed_at_nobody(verb: Token) -> bool:
    """'are not aimed at any third country', 'not directed against any state'."""
    if verb.lemma_.lower() not in _AIMING_PARTICIPLES or verb.tag_ != "VBN":
        return False
    if not _negated(verb):
        return False
    for prep in verb.children:
        aimed = _prep_object(prep) if prep.dep_ == "prep" else None
        if (
            aimed is not None
            and prep.lower_ in ("at", "against")
            and any(d.lower_ == "any" for d in aimed.children)
        ):
            return True
    return False


def _claim_subject(verb: Token, dep: str) -> Token | None:
    """The subject of ``verb`` when it names something said ('the claims') or is a pronoun."""
    for child in verb.children:
        if child.dep_ == dep and (
            child.lemma_.lower() in cues.ALLEGATION_NOUNS
            or child.lemma_.lower() in cues.MESSAGE_NOUNS
            or (child.lemma_.lower() in cues.DOCUMENT_NOUNS and child.pos_ == "NOUN")
            or child.lower_ in ("it", "this", "that", "these", "those", "everything")
        ):
            return child
    return None


def _accused_subjects(span: SpacySpan) -> list[Token]:
    """Actors a content charges with a hostile act, as the active subject of an accusatory
    predicate: "Russia will seek to meddle", "a Chinese state-backed group had breached ...",
    "Russian military intelligence was behind the attacks", "Iran is responsible for ...".
    "the strike targeted a commander" and "40 people were killed" accuse nobody."""
    for verb in _main_verbs(span):
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        hostile = lemma in cues.ACCUSATORY_PREDICATES
        if lemma == "be" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "blame" for c in verb.children
        ):
            hostile = True  # "Mr. Mugabe and his inner circle are to blame for the woes"
        elif lemma == "be":
            hostile = any(c.dep_ == "prep" and c.lower_ == "behind" for c in verb.children) or any(
                c.dep_ == "acomp" and c.lower_ in ("responsible", "culpable", "complicit")
                for c in verb.children
            )
        hostile = hostile or _perpetrates(verb)
        if not hostile:
            continue
        subject = _active_subject(verb)
        if subject is None and hostile and _is_passive(verb):
            subject = next(iter(_agents(verb)), None)  # "the attack was carried out by X"
        if subject is None:
            continue
        named = next(
            (c for c in subject.children if c.dep_ == "appos" and _is_actor_token(c)), None
        )
        if named is not None and not _is_actor_token(subject):
            subject = named  # "a former army officer, John Smith, passed classified documents"
        if _is_actor_token(subject):
            return _with_conjuncts(subject)
        owners = _owners(subject)
        if owners and subject.lemma_.lower() in cues.ARMED_NOUNS:
            return owners  # "a Russian shell hit the town", "Indian troops opened fire": the state
        if owners and subject.lemma_.lower() in cues.HOSTILE_ACT_NOUNS:
            return owners  # "an Armenian missile attack on Ganja killed 13": who attacked
        if owners and subject.lemma_.lower() in _LEXICON["agent_noun"] | INTRUDER_NOUNS:
            return owners  # "two Russian planes flew into Georgian airspace": the state
        if owners and subject.lemma_.lower() in ACT_NOUNS:
            return owners  # "the Georgian drone flight violated the ceasefire": who flew
        if owners:
            return [subject]  # "a Chinese state-backed hacking group"
        regular = subject.lemma_.lower() in MILITARY_NOUNS | cues.STATE_AGENT_NOUNS
        if _is_hostile_actor(subject) and subject.pos_ == "NOUN" and not regular:
            return _with_conjuncts(subject)  # "foreign instigators are responsible for"
    return _hostile_act_agents(span)


def _denies_charge(span: SpacySpan) -> bool:
    """Whether a content denies a hostile act: a negated accusatory predicate with a
    speaker-side subject ("The Sudanese army did not attack any cities", "we are not
    seeking to destabilize him") or a hostile act said not to exist ("no threats were
    made", "there was no attack")."""
    for verb in _main_verbs(span):
        negated = any(c.dep_ == "neg" for c in verb.children)
        lemma = verb.lemma_.lower()
        if negated and (lemma in cues.ACCUSATORY_PREDICATES or _perpetrates(verb)):
            return True
        if negated and lemma in SUPPORT_VERBS and _doing_referred_to(verb):
            return True  # "does not support such activities": the charged acts, disowned
        if negated and lemma in cues.INTENT_VERBS:
            chained = [c for c in verb.children if c.dep_ == "xcomp"]
            if any(c.lemma_.lower() in cues.ACCUSATORY_PREDICATES for c in chained):
                return True
        for child in verb.children:
            none = any(d.lower_ == "no" for d in child.children)
            subject = child.dep_ in ("nsubj", "nsubjpass", "attr")
            hostile = child.lemma_.lower() in cues.HOSTILE_ACT_NOUNS | cues.THREAT_NOUNS
            if none and subject and (hostile or _military_doing(child)):
                return True  # "no threats were made", "there were no Russian military flights"
    return False


def _military_doing(noun: Token) -> bool:
    """A doing of armed forces: "Russian military flights", "naval operations"."""
    if noun.lemma_.lower() not in ACT_NOUNS:
        return False
    return any(
        c.dep_ in ("amod", "compound")
        and (c.lemma_.lower() in MILITARY_NOUNS or c.lower_ in ("military", "naval", "air"))
        for c in noun.children
    )


def _doing_referred_to(verb: Token) -> bool:
    """Whether the object of ``verb`` takes up the doings a charge named: "such
    activities", "these acts", "any such attacks"."""
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in ACT_NOUNS or c.lemma_.lower() in cues.HOSTILE_ACT_NOUNS)
        and any(d.lower_ in ("such", "these", "those") for d in c.children)
        for c in verb.children
    )


def _hostile_act_agents(span: SpacySpan) -> list[Token]:
    """Agents of a hostile act named as a noun in a content: "it is next in line for an
    attack by the United States" -> [United States]; "Russia's invasion" -> [Russia]."""
    for token in span:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.HOSTILE_ACT_NOUNS:
            continue
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in token.children):
            continue
        if token.dep_ == "attr" or (token.dep_ == "pobj" and token.head.lower_ in _TIME_PREPS):
            continue  # "That was Evan's crime" (irony), "one year after Russia's invasion"
        agents = [
            a
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for o in [_prep_object(c)]
            if o is not None
            for a in ([o] if _is_actor_token(o) else _owners(o))  # "by Ukrainian drones"
        ]
        agents += [c for c in token.children if c.dep_ == "poss" and _is_actor_token(c)]
        if agents:
            return [t for a in agents for t in _with_conjuncts(a)]
    return []


def _perpetrates(verb: Token) -> bool:
    """Whether ``verb`` with its object names a hostile act: "carried out the attack",
    "orchestrated the plot", "passed classified information", "leaked state secrets"."""
    lemma = verb.lemma_.lower()
    objects = [
        o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in _with_conjuncts(c)
    ]
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if lemma in cues.PERPETRATE_VERBS and lemma not in cues.FIRING_VERBS:
        return any(o.lemma_.lower() in cues.HOSTILE_ACT_NOUNS for o in objects)
    if lemma in cues.PERPETRATE_VERBS and any(
        o.lemma_.lower() in cues.HOSTILE_ACT_NOUNS for o in objects
    ):
        return True  # "launched an attack"; else "launched rockets at a U.S. base" below
    if lemma == "fire" and not objects:
        # "fired on a guard post", "opened fire at protesters"; not "fired into the air"
        return any(
            c.dep_ == "prep" and c.lower_ in ("on", "at", "upon") and _prep_object(c) is not None
            for c in verb.children
        )
    if lemma == "use" and _used_against(verb, objects):
        return True  # "used water cannon against Vietnamese ships"
    if lemma in INTRUDE_VERBS and _intruding(verb, objects):
        return True  # "Chadian troops had entered Sudanese territory", "crossed the border"
    if lemma in THROW_VERBS:  # "11 grenades have been thrown by Thai soldiers"
        return any(_is_weapon(o) for o in objects)
    if lemma in cues.FIRING_VERBS:  # "Hezbollah fired dozens of rockets into Israel"
        fired = [
            _prep_object(p) or o
            for o in objects
            for p in [next((c for c in o.children if c.dep_ == "prep" and c.lower_ == "of"), o)]
        ]
        aimed = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("into", "at", "on", "toward", "towards", "across")
            for o in [_prep_object(c)]
            if o is not None and (_is_actor_token(o) or _owners(o) or _settled(o))
        ]  # "into northern Israel", "into parts of the capital"; not "into the sea" (a test)
        return bool(aimed) and any(_is_weapon(f) for f in fired)  # "fired artillery at"
    if lemma in cues.TRANSFER_VERBS:
        return any(
            o.lemma_.lower() in cues.SECRET_NOUNS
            or any(
                m.dep_ in ("amod", "compound") and m.lower_ in cues.SECRECY_MODIFIERS
                for m in o.children
            )
            for o in objects
        )
    return False


#: Places where people live: weapons fired into them are an attack ("lobbed grenades into
#: parts of the capital"), unlike a test fired into the sea.
_SETTLEMENT_NOUNS = cues.words("capital city cities town towns village villages camp camps")


def _settled(place: Token) -> bool:
    """A place people live in, or a part of one: "the capital", "parts of the capital"."""
    if place.lemma_.lower() in _SETTLEMENT_NOUNS or place.lower_ in _SETTLEMENT_NOUNS:
        return True
    of = next((c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = _prep_object(of) if of is not None else None
    return inner is not None and inner.lemma_.lower() in _SETTLEMENT_NOUNS


#: Verbs and nouns of an attack or an incursion that can say where it came from: "missiles
#: fired from Armenia", "aircraft that entered Georgian airspace from Russia", "mortar fire
#: from Syria".
_ORIGIN_ACTS = cues.FIRING_VERBS | cues.words("enter cross fly fire shelling attack strike")


def _origin_states(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """The state a hostile act or an incursion came from, when the content names no doer:
    "the cities were hit with missiles fired from two locations in Armenia" -> Armenia,
    "attack aircraft, which entered Georgian airspace from Russia" -> Russia.  A launch
    from a state's soil charges that state (or whoever holds it, which the guide's
    annotators name as the state).  Only a place the gazetteer knows as a state counts,
    never the speaker's own side."""
    for token in span:
        lemma = token.lemma_.lower()
        if lemma not in _ORIGIN_ACTS or _negated(token):
            continue
        hostile = token.pos_ == "NOUN" or (lemma in cues.FIRING_VERBS and _aimed_at_someone(token))
        if not hostile and not _intruding_from(token):
            continue
        holders = [token] + [  # "entered the country's airspace from Russia"
            c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in TERRITORY_NOUNS
        ]
        for prep in (c for h in holders for c in h.children):
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            place = _prep_object(prep)
            if place is None:
                continue
            if place.ent_type_ != "GPE":  # "two locations in Armenia"
                inner = next(
                    (c for c in place.children if c.dep_ == "prep" and c.lower_ == "in"), None
                )
                place = _prep_object(inner) if inner is not None else None
            entry = lookup(place.text) if place is not None and place.ent_type_ == "GPE" else None
            if place is None or entry is None or entry.kind != "state":
                continue
            if not (_sides([place]) & sides()):
                return [place]
    return []


def _aimed_at_someone(verb: Token) -> bool:
    """A firing aimed at no one named or at someone, a place people live in or a territory
    ("fired from Armenia", "fired into Georgian airspace"); not "into the sea" (a test)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("into", "at", "on", "toward", "towards"):
            aim = _prep_object(prep)
            if aim is None:
                continue
            if not (
                _is_actor_token(aim)
                or _owners(aim)
                or _settled(aim)
                or aim.lemma_.lower() in TERRITORY_NOUNS
            ):
                return False
    return True


def _intruding_from(verb: Token) -> bool:
    """'entered Georgian airspace from Russia': entering or crossing a territory."""
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("into", "across", "over")
        for o in [_prep_object(c)]
        if o is not None
    ]
    return any(p.lemma_.lower() in TERRITORY_NOUNS or p.lower_ in TERRITORY_NOUNS for p in places)


def _active_subject(verb: Token) -> Token | None:
    """The nsubj of ``verb``, or of the verb it complements ('Russia will seek to meddle');
    "you" addressed by name is the one named ("Thailand, you are invading my country")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return _addressed(verb, subject) if subject is not None else None
        verb = verb.head


def _addressed(verb: Token, subject: Token) -> Token:
    """The actor a "you" subject is addressed by, as a vocative before it ("Thailand, you
    are invading my country" -> Thailand), else the subject itself."""
    if subject.lower_ != "you":
        return subject
    vocative = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "dep", "intj", "nsubj")
            and c.i < subject.i
            and c.ent_type_ in ("GPE", "PERSON", "ORG", "NORP")
            and c.right_edge.i + 1 < len(c.doc)
            and c.doc[c.right_edge.i + 1].text == ","
        ),
        None,
    )
    return vocative if vocative is not None else subject


# --- content lexicon (kg/data/content_lexicon.tsv): word classes, loaded once ------------


def _load_lexicon() -> dict[str, frozenset[str]]:
    """``kg/data/content_lexicon.tsv`` as {class: lemmas} (format in its header)."""
    source = resources.files("kg").joinpath("data", "content_lexicon.tsv")
    classes: dict[str, set[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, lemma = line.split("\t")[:2]
        classes.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(lemmas) for kind, lemmas in classes.items()}


_LEXICON = _load_lexicon()
HOSTILE_ACTS: frozenset[str] = _LEXICON["hostile_act"] | cues.ACCUSATORY_PREDICATES
INCITE_VERBS: frozenset[str] = _LEXICON["incite_verb"]
CONFLICT_NOUNS: frozenset[str] = _LEXICON["conflict_noun"]
HARM_NOUNS: frozenset[str] = CONFLICT_NOUNS | _LEXICON["harm_noun"]
SUPPORT_VERBS: frozenset[str] = _LEXICON["support_verb"]
HOSTILE_ACTORS: frozenset[str] = _LEXICON["hostile_actor"]
WEAPON_NOUNS: frozenset[str] = _LEXICON["weapon_noun"] | cues.WEAPON_NOUNS
EFFORT_NOUNS: frozenset[str] = _LEXICON["effort_noun"]
OCCUR_VERBS: frozenset[str] = _LEXICON["occur_verb"]
RESPONSE_VERBS: frozenset[str] = _LEXICON["response_verb"]
CRITICAL_ADJECTIVES: frozenset[str] = _LEXICON["critical_adj"]
#: Nouns of disapproval a content predicates of an act ("X is a setback", "a violation").
CRITICAL_NOUNS: frozenset[str] = _LEXICON["critical_noun"]
POSTURE_VERBS: frozenset[str] = _LEXICON["posture_verb"]
MILITARY_NOUNS: frozenset[str] = _LEXICON["military_noun"]
BORDER_NOUNS: frozenset[str] = _LEXICON["border_noun"]
HOSTILE_NOUNS: frozenset[str] = _LEXICON["hostile_noun"] | cues.HOSTILE_ACT_NOUNS
WMD_VERBS: frozenset[str] = _LEXICON["wmd_verb"]
WMD_MODIFIERS: frozenset[str] = _LEXICON["wmd_modifier"]
ADVERSARY_NOUNS: frozenset[str] = _LEXICON["adversary_noun"]
COMPLY_VERBS: frozenset[str] = _LEXICON["comply_verb"]
COMMITMENT_NOUNS: frozenset[str] = _LEXICON["commitment_noun"]
EMPLACE_VERBS: frozenset[str] = _LEXICON["emplace_verb"]
REPRESS_VERBS: frozenset[str] = _LEXICON["repress_verb"]
REPRESSED_NOUNS: frozenset[str] = _LEXICON["repressed_noun"]
WRONG_NOUNS: frozenset[str] = _LEXICON["wrong_noun"]
INTRUDE_VERBS: frozenset[str] = _LEXICON["intrude_verb"]
TERRITORY_NOUNS: frozenset[str] = _LEXICON["territory_noun"] | _LEXICON["border_noun"]
AGENT_NOUNS: frozenset[str] = _LEXICON["agent_noun"] | cues.ARMED_NOUNS | cues.STATE_AGENT_NOUNS
BREACH_VERBS: frozenset[str] = _LEXICON["breach_verb"]
ACT_NOUNS: frozenset[str] = _LEXICON["act_noun"]
COUNTER_VERBS: frozenset[str] = _LEXICON["counter_verb"]
INTRUDER_NOUNS: frozenset[str] = _LEXICON["intruder_noun"]
THROW_VERBS: frozenset[str] = _LEXICON["throw_verb"]
RUPTURE_VERBS: frozenset[str] = _LEXICON["rupture_verb"]
RELATION_NOUNS: frozenset[str] = _LEXICON["relation_noun"]
TOLERATE_VERBS: frozenset[str] = _LEXICON["tolerate_verb"]

#: Nouns whose clause a content asserts: "is proof Khartoum is providing arms", "it is no
#: secret that Eritrea is exerting efforts to ...", "evidence that Venezuela buys weapons".
_EVIDENCING_NOUNS = cues.words("proof evidence sign signs indication secret fact")
#: Verbs of evidence whose clause a content puts forward: "shows X downing the drone".
_SHOWING_VERBS = cues.words("show prove reveal demonstrate confirm indicate suggest")
#: Nouns of a habit whose "of"-gerund a content charges: "a long history of supporting X".
_RECORD_NOUNS = cues.words("history record practice pattern habit tradition policy")
_CLEFT_ADJECTIVES = cues.words("clear obvious evident true plain apparent")
_MODALS = cues.words("will would may might could shall 'll must")
_RADICAL_MODIFIERS = cues.words("radical armed militant extremist islamist jihadist terrorist")


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _propositions(span: SpacySpan, verbs: list[Token]) -> list[Token]:
    """The verbs a content puts forward: its main verbs (with open complements and
    conjuncts), and the clause of an evidencing noun or of an expletive evaluation ("is
    proof X is providing arms", "it is no secret that X is exerting efforts")."""
    found = list(verbs)
    inside = range(span.start, span.end)
    found += [  # "is working on designing a nuclear weapon"
        c
        for v in verbs
        for p in v.children
        if p.dep_ == "prep"
        for c in p.children
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i in inside
    ]
    found += [  # "a video it says shows a Russian fighter jet downing the drone"
        c
        for v in verbs
        if v.lemma_.lower() in _SHOWING_VERBS and not _negated(v)
        for c in v.children
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i in inside
    ]
    found += [  # "has a long history of supporting the Taliban": the record's doings
        c
        for v in verbs
        for n in v.children
        if n.dep_ in ("dobj", "attr") and n.lemma_.lower() in _RECORD_NOUNS
        for p in n.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i in inside
    ]
    for verb in verbs:
        if verb.lemma_.lower() not in ("be", "have", "say", "show", "prove"):
            continue
        for child in verb.children:
            nominal = child.dep_ in ("attr", "dobj", "acomp") and (
                child.lemma_.lower() in _EVIDENCING_NOUNS or child.lower_ in _CLEFT_ADJECTIVES
            )
            if not nominal or (child.pos_ == "ADJ" and _negated(verb)):
                continue  # "it is not clear that P" puts nothing forward
            for clause in (*child.children, *verb.children):
                if (
                    clause.dep_ in ("acl", "relcl", "ccomp")
                    and clause.pos_ in ("VERB", "AUX")
                    and clause.i in inside
                    and clause.i > child.i
                ):
                    found.append(clause)
                    found.extend(
                        c
                        for c in clause.children
                        if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX")
                    )
    return found


def _hostile(verb: Token) -> bool:
    """Whether a verb with its object names a hostile act: a conflict verb ("shelled",
    "invaded", "kidnapped"), bringing a conflict about ("instigate conflict", "create
    instability"), supporting a hostile actor ("aiding rebels", "supporting terrorism",
    "providing arms to rebels"), or an effort to do any of these."""
    lemma = verb.lemma_.lower()
    if lemma in HOSTILE_ACTS and verb.pos_ == "VERB":
        return True
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    if lemma in INCITE_VERBS and any(o.lemma_.lower() in HARM_NOUNS for o in objects):
        return True
    if lemma in SUPPORT_VERBS:
        if any(_is_hostile_actor(o) for o in objects + _support_patients(verb)):
            return True
        weapons = [o for o in objects if _is_weapon(o)] + [
            w
            for o in objects
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for w in [_prep_object(p)]
            if w is not None and _is_weapon(w)
        ]  # "arms", "huge quantities of weapons"
        recipients = [
            r
            for holder in (verb, *weapons)
            for c in holder.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
            for r in [_prep_object(c) or c]
        ]  # "providing arms to rebels", "buy weapons for guerrillas"
        if weapons and any(_is_hostile_actor(r) for r in recipients):
            return True
    if _side_taken(verb) or _tied_to_hostile_actors(verb):
        return True  # "the peacekeepers side with the separatists", "has ties with the rebels"
    if lemma in EMPLACE_VERBS and any(_is_weapon(o) for o in objects):
        return True  # "had planted the bomb", not "planted trees"
    if lemma in REPRESS_VERBS and any(
        o.lemma_.lower() in REPRESSED_NOUNS or o.lower_ in REPRESSED_NOUNS for o in objects
    ):
        return True  # "imprisons more journalists", not "jailed the suspect"
    if lemma in WMD_VERBS and any(
        _is_weapon(o) and any(c.lower_ in WMD_MODIFIERS for c in o.children) for o in objects
    ):
        return True  # "designing a nuclear weapon"
    massed = objects or [
        s for c in verb.children if c.dep_ == "nsubj" for s in _with_conjuncts(c)
    ]  # "Afghan troops are massing along the border": the troops move themselves
    if lemma in POSTURE_VERBS and any(o.lemma_.lower() in MILITARY_NOUNS for o in massed):
        # "massing extra troops along the border"
        holders = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)  # "began massing"
        places = [
            _prep_object(c)
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ != "of"
        ]
        if any(p is not None and p.lemma_.lower() in BORDER_NOUNS for p in places):
            return True
    for noun in objects:  # "is exerting huge efforts to create instability"
        if noun.lemma_.lower() in EFFORT_NOUNS and any(
            c.dep_ in ("acl", "relcl") and _hostile(c) for c in noun.children
        ):
            return True
    return False


def _support_patients(verb: Token) -> list[Token]:
    """Who a support verb in the passive says is supported: "the rebels are backed by
    Chad", "rebels armed and trained by the Eritrean government", "rebels it says are
    backed by Chad" (the antecedent of the relative the verb's clause hangs on).  Only
    when an agent is named: "the militia was armed" names no patron."""
    first = _first_of_conjuncts(verb)
    if not (_agents(verb) or _agents(first)):
        return []
    if _is_passive(verb):
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if patients and verb.dep_ == "relcl" and patients[0].tag_ in ("WDT", "WP"):
            return [verb.head]  # "rebels who are backed by Chad"
        if patients:
            return [p for c in patients for p in _with_conjuncts(c)]
    if first.dep_ == "acl" and first.tag_ == "VBN":
        return [first.head]  # "rebels armed and trained by the Eritrean government"
    if first.dep_ == "ccomp" and first.head.dep_ == "relcl" and _is_passive(first):
        return [first.head.head]  # "rebels it says are backed by Chad"
    if first.dep_ == "relcl" and _is_passive(first):
        return [first.head]  # "rebels who are backed by Chad"
    return []


#: Nouns of a response: what they answer is charged to its doer ("a response to a Georgian
#: troop buildup", "in retaliation for Israeli strikes").
_RESPONSE_NOUNS = cues.words("response responses reaction answer retaliation reply riposte")


#: Modifiers of a doing not yet done: "a response to any further (potential) aggression".
_HYPOTHETICAL = cues.words("any potential possible future further eventual hypothetical")


def answered_owners(noun: Token) -> list[Token]:
    """The doers of the hostile doing a response answers: "a response to a Georgian troop
    buildup" -> [Georgian], "retaliation for Israel's strikes" -> [Israel]; [] for "a
    response to the proposal" or "in response to questions"."""
    if noun.lemma_.lower() not in _RESPONSE_NOUNS and noun.lower_ not in _RESPONSE_NOUNS:
        return []
    answered = HOSTILE_NOUNS | (ACT_NOUNS - cues.words("decision policy policies"))
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "for", "against"):
            continue
        doing = _prep_object(prep)
        if doing is None or _negated(doing):
            continue
        if any(c.lower_ in _HYPOTHETICAL for c in doing.children):
            continue  # "in response to any further Russian aggression": a contingency
        if doing.lemma_.lower() in answered or doing.lower_ in answered:
            return [o for o in _owners(doing) if _sides([o]) or o.ent_type_ in ("ORG", "PERSON")]
    return []


def _answered_doings(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """Another side's doing that the speaker's act is said to answer: "its move is a
    response to a Georgian troop buildup", "deployed troops in response to Azerbaijani
    provocations"."""
    for token in span:
        if token.pos_ != "NOUN":
            continue
        found = [a for a in answered_owners(token) if not (_sides([a]) & sides())]
        if found:
            return found
    return []


def _fired_weapons_owners(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """The state whose weapons a content says were fired or thrown, no doer named: "five
    North Korean shells were fired and at least two fell close to the border" -> [North
    Korean].  Not into the sea (a test), not the speaker's own side's weapons."""
    for verb in span:
        lemma = verb.lemma_.lower()
        if lemma not in cues.FIRING_VERBS | THROW_VERBS or not _is_passive(verb):
            continue
        if _negated(verb) or _agents(verb) or not _aimed_at_someone(verb):
            continue
        for weapon in (c for c in verb.children if c.dep_ == "nsubjpass"):
            if not _is_weapon(weapon):
                continue
            owners = [
                d
                for w in (weapon, *(c for c in weapon.children if c.dep_ == "compound"))
                for d in _demonyms(w)
                if _sides([d]) and not (_sides([d]) & sides())
            ]
            if owners:
                return owners
    return []


def _involved_in_conflict(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """Actors a content says take part in a conflict or a hostile doing: "the FDD is also
    involved in the fighting", "Guinea is actively involved in the destabilization of
    Liberia" (the negated form is a denial, read by :func:`_disclaims`).  Not the
    speaker's own side, and not "involved in the talks"."""
    for verb in verbs:
        if _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "be":
            holders = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "involved"]
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif lemma == "involve" and _is_passive(verb):
            holders = [verb]
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        else:
            continue
        if subject is None or any(_negated(h) for h in holders):
            continue
        doings = [
            o
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in [_prep_object(p)]
            if o is not None
        ]
        if not any(
            o.lemma_.lower() in HARM_NOUNS | HOSTILE_NOUNS or o.lower_ in HARM_NOUNS for o in doings
        ):
            continue
        found = _with_conjuncts(subject) if _is_actor_token(subject) else _owners(subject)
        found = [a for a in found if not (_sides([a]) & sides())]
        if found:
            return found
    return []


def _patrons_of_hostile_actors(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """The named patrons of hostile actors anywhere in a content, in a passive or a
    participle: "is fighting rebels who are backed by Rwanda" -> [Rwanda], "rebels armed
    and trained by the Eritrean government" -> [Eritrean]; not the speaker's own side."""
    for verb in span:
        if verb.lemma_.lower() not in SUPPORT_VERBS or verb.tag_ != "VBN" or _negated(verb):
            continue
        if not any(_is_hostile_actor(p) for p in _support_patients(verb)):
            continue
        agents = [a for a in _charged_agent(verb) if not (_sides([a]) & sides())]
        if agents:
            return agents
    return []


def _side_taken(verb: Token) -> bool:
    """'the peacekeepers side with the separatists': siding or colluding with a hostile
    actor."""
    if verb.lemma_.lower() not in _SIDING_VERBS:
        return False
    return any(
        o is not None and _is_hostile_actor(o)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in [_prep_object(p)]
    )


#: Nouns of a tie to someone: "Venezuela had deeper ties with the rebels".
_TIE_NOUNS = cues.words("tie ties link links connection connections contact contacts")


def _tied_to_hostile_actors(verb: Token) -> bool:
    """'Venezuela had deeper ties with the rebels', 'X is linked to militants': a tie to a
    hostile actor (negated, "is not linked to", it is a disclaimer, read before)."""
    lemma = verb.lemma_.lower()
    if lemma == "have":
        holders = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TIE_NOUNS]
    elif lemma in ("link", "tie", "connect") and verb.tag_ == "VBN":
        holders = [verb]
    else:
        return False
    return any(
        o is not None and _is_hostile_actor(o)
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("with", "to")
        for o in [_prep_object(p)]
    )


#: Verbs of taking a side with someone: hostile when the someone is a hostile actor.
_SIDING_VERBS = cues.words("side collude collaborate conspire")


def _is_weapon(noun: Token) -> bool:
    return noun.lemma_.lower() in WEAPON_NOUNS or noun.lower_ in WEAPON_NOUNS


def _is_hostile_actor(noun: Token) -> bool:
    """'rebels', 'terrorism', 'a radical Somali Islamic youth group'."""
    if noun.lemma_.lower() in HOSTILE_ACTORS or noun.lower_ in HOSTILE_ACTORS:
        return True
    return any(
        c.dep_ in ("amod", "compound")
        and (c.lower_ in HOSTILE_ACTORS or c.lower_ in _RADICAL_MODIFIERS)
        for c in noun.children
    )


def _sides(tokens: list[Token]) -> set[str]:
    """The gazetteer states or organisations named by ``tokens`` ("Kenyan" -> kenya)."""
    found: set[str] = set()
    for token in tokens:
        if not (token.ent_type_ or token.pos_ == "PROPN"):
            continue
        entry = lookup(_entity_text(token)) or lookup(token.text)
        if entry is not None:
            found.add(entry.state or entry.id)
    return found


def _entity_text(token: Token) -> str:
    """The text of the whole entity a token is part of ("South Sudan" for its "Sudan", so
    that South Sudan is not also Sudan), or the token's own text outside one."""
    if not token.ent_type_:
        return token.text
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _named_sides(token: Token) -> set[str]:
    """The sides a token names, with its modifiers: "Kenyan helicopters" -> {kenya}."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return _sides([token, *modifiers])


def _speaker_sides(claimer: Mention | None, context: _Context) -> set[str]:
    if claimer is None:
        return set()
    span = context.doc.char_span(claimer.span.start, claimer.span.end, alignment_mode="expand")
    if span is None:
        return set()
    entry = lookup(span.text)
    found = {entry.state or entry.id} if entry is not None else set()
    # the whole noun phrase the claimer heads: "Kenyan army spokesman Chirchir"
    phrase = [t for t in span.root.subtree if t.dep_ not in ("relcl", "acl")]
    if _is_hostile_actor(span.root):
        # "separatists in Georgia's Abkhazia region": rebels are not on the side of the
        # state they are in
        held = {
            t.i
            for p in span.root.children
            if p.dep_ == "prep" and p.lower_ == "in" and p.i >= span.end
            for t in p.subtree
        }
        phrase = [t for t in phrase if t.i not in held]
    return found | _sides(list(span)) | _sides(phrase[:12])


def _charged_agent(verb: Token) -> list[Token]:
    """The named doer of a hostile act: the active subject, the agent of a passive, a
    state for its agents ("the Asmara government", "Eritrean troops")."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "Iran is working on designing ...": the subject of "working"
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr"):
            verb = verb.head  # "X has a long history of supporting ...": the subject of "has"
    subject = _active_subject(verb)
    if subject is None and _is_passive(verb):
        subject = next(iter(_agents(verb)), None)
    if subject is None:
        return []
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if _is_actor_token(subject):
        return _with_conjuncts(subject)
    state = _state_of(subject) or _named_state_modifier(subject)
    if state is None and (
        _is_hostile_actor(subject)
        or subject.lemma_.lower() in cues.STATE_AGENT_NOUNS
        or subject.lemma_.lower() in cues.ARMED_NOUNS
    ):  # "Taliban insurgents", "Taliban authorities": the group
        state = next(
            (c for c in subject.children if c.dep_ == "compound" and _is_actor_token(c)), None
        )
    if state is None and subject.pos_ == "NOUN":
        # "hostile remarks by senior Ugandan officials could stoke violence": whose doing
        found = _owners(subject) or _patrons(subject)
        if not found and subject.lemma_.lower() in AGENT_NOUNS | INTRUDER_NOUNS:
            # "a Russian fighter jet": the parser hangs "Russian" on "fighter"
            found = [
                d
                for w in (subject, *(c for c in subject.children if c.dep_ == "compound"))
                for d in _demonyms(w)
                if _sides([d])
            ]
        return found
    return [state] if state is not None else []


#: Nouns for people acting for someone named after "of": "supporters of President Mugabe".
_FOLLOWER_NOUNS = cues.words(
    "supporter supporters loyalist loyalists follower followers member members backer backers "
    "agent agents"
)


def _patrons(subject: Token) -> list[Token]:
    """'supporters of President Mugabe killed opponents', 'troops of the Ugandan army': the
    actor named after "of" whose people or forces did it."""
    lemma = subject.lemma_.lower()
    agents = cues.ARMED_NOUNS | cues.STATE_AGENT_NOUNS  # "the government of President Uribe"
    if lemma not in _FOLLOWER_NOUNS and lemma not in agents:
        return []
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            complement = _prep_object(child)
            if complement is not None and _is_actor_token(complement):
                return _with_conjuncts(complement)
    return []


def _named_state_modifier(noun: Token) -> Token | None:
    """'the Ugandan army' when the tagger took 'Ugandan' for a person: a state agent's
    modifier that the gazetteer knows as a state."""
    lemma = noun.lemma_.lower()
    if lemma not in cues.STATE_AGENT_NOUNS and lemma not in cues.ARMED_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.text[:1].isupper():
            entry = lookup(child.text)
            if entry is not None and entry.kind == "state":
                return child
    return None


def _cleft_agent(verb: Token) -> list[Token]:
    """'it was Ethiopia that started a war', 'Ethiopia is the one that rejected': the
    focused actor of a hostile relative clause."""
    if verb.lemma_.lower() != "be" or _negated(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subject is None or attr is None:
        return []
    if subject.lower_ == "it" and _is_actor_token(attr):
        focus = attr
    elif attr.lower_ == "one" and _is_actor_token(subject):
        focus = subject
    else:
        return []
    clauses = [c for c in (*verb.children, *attr.children) if c.dep_ in ("ccomp", "relcl")]
    for clause in clauses:
        relative = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)
        if relative and not _negated(clause) and _hostile(clause):
            return [focus]
    return []


def _charged_actors(
    span: SpacySpan, verbs: list[Token], sides: Callable[[], set[str]]
) -> list[Token]:
    """Actors other than the speaker's side that a content charges with a hostile act
    from the content lexicon: "Eritrea is aiding rebels", "the Asmara government is trying
    to instigate conflict", "it was Ethiopia that started a war"."""
    index = index_of(span.doc)
    lemmas = set(index.lemmas[span.start : span.end]) if index is not None else None
    nouns = lemmas is None or not lemmas.isdisjoint(HOSTILE_NOUNS)
    efforts = lemmas is None or not lemmas.isdisjoint(EFFORT_NOUNS)
    for verb in _propositions(span, verbs):  # a cheap test on the lemma first
        lemma = verb.lemma_.lower()
        if not (nouns or efforts or lemma in _CHARGE_LEMMAS):
            continue
        if lemma in COMPLY_VERBS | BREACH_VERBS and _breaks_commitment(verb):
            agents = [a for a in _charged_agent(verb) if not (_sides([a]) & sides())]
            if agents:
                return agents
        if _negated(verb) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
        ):
            continue
        agents = (
            (_hostile_noun_agents(verb) if nouns else [])
            or _cleft_agent(verb)
            or (_charged_agent(verb) if _hostile(verb) or _perpetrates(verb) else [])
            or _suspected(verb)
            or _culprit(verb)
            or _root_cause(verb)
            or _proven_act_owners(verb)
        )
        agents = [a for a in agents if not (_sides([a]) & sides() or _speakers_forces(a))]
        if agents:
            return agents
    return []


#: Nouns of support whose absence ("without substance") denies a claim.
_SUBSTANCE_NOUNS = cues.EVIDENCE_NOUNS | cues.words("substance merit foundation truth")

#: Words of a smear inside a label: "the reports were part of a disinformation campaign".
_SMEAR_WORDS = cues.DENY_EVALUATIONS | cues.words("disinformation misinformation smear")

#: Determiners that point back at something alleged: "such a call did not happen".
_DEICTIC = cues.words("such this that these those any")


def _exculpates(verbs: list[Token]) -> bool:
    """Whether a content exculpates or calls a charge false, besides :func:`_disclaims`
    and :func:`_denial_in`: "his country is not to blame", "such a call did not happen",
    "the charges are without substance", "it is far from the truth", "linking X to the
    hacking is another fabrication", "the reports were part of a disinformation
    campaign"."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        negated = _negated(verb)
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if lemma == "be":
            blame = next((c for c in children if c.dep_ == "xcomp" and c.lower_ == "blame"), None)
            if blame is not None and (negated or _negated(blame)):
                return True  # "is not to blame"
            claim = _claim_subject(verb, "nsubj")
            clausal = next((c for c in children if c.dep_ == "csubj"), None)
            for child in children:
                if child.dep_ == "prep" and child.lower_ == "without" and claim is not None:
                    complement = _prep_object(child)
                    if complement is not None and complement.lemma_.lower() in _SUBSTANCE_NOUNS:
                        return True  # "the charges are without substance"
                far = child.dep_ == "advmod" and child.lower_ == "far" and not negated
                if far and any(
                    p.dep_ == "prep" and p.lower_ == "from" and _truth(p) for p in child.children
                ):
                    return True  # "it is far from the truth"
                if child.dep_ == "attr" and not negated and (claim is not None or clausal):
                    words = {t.lemma_.lower() for t in _nominal_subtree(child)}
                    if words & _SMEAR_WORDS:
                        return True  # "is another fabrication", "part of a smear campaign"
        if lemma in OCCUR_VERBS or (
            lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in children)
        ):
            pointed = subject is not None and (
                subject.lower_ in ("it", "this", "that")
                or any(c.lower_ in _DEICTIC for c in subject.children)
                or subject.lemma_.lower() in cues.HOSTILE_ACT_NOUNS
            )
            if negated and pointed:
                return True  # "such a telephone call did not happen"
    return False


def _truth(prep: Token) -> bool:
    complement = _prep_object(prep)
    return complement is not None and complement.lemma_.lower() in ("truth", "reality", "fact")


#: The speaker's side as a subject inside what it says: "we", "it" (a state or a ministry),
#: and in reported speech "he"/"she" (the speaker: "Tshiani said he will attack Rwanda").
_SELF_PRONOUNS = cues.words("it we i they he she")
#: Possessives of the speaker's side on an armed or state noun: "our forces", "his guerrillas".
_OWN_POSSESSIVES = cues.words("our its my his her their")
_READY_ADJECTIVES = cues.words("ready prepared determined poised")
#: A speaker's own state named by a possessive: "his country", "our nation".
_HOMELAND_NOUNS = cues.words("country nation state homeland")
#: Modals of a possible act: "would attack", "may point weapons at", "could strike".
_POSSIBLE = cues.words("would may might could")
_PLAN_VERBS = cues.words("plan prepare intend")


def _chain_head(verb: Token) -> Token:
    """The verb an open complement hangs from: "may be forced to act" -> "forced"."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ") and verb.head != verb:
        verb = verb.head
    return verb.head if verb.pos_ == "ADJ" else verb


def _modal(verb: Token, words: frozenset[str] = _MODALS) -> bool:
    """Whether ``verb`` or a verb it complements carries one of ``words``."""
    for token in (verb, *(a for a in verb.ancestors if verb.dep_ == "xcomp")):
        if any(c.dep_ == "aux" and c.lower_ in words for c in token.children):
            return True
        if token.dep_ != "xcomp" and token is not verb:
            break
    return False


def _own_side(subject: Token | None, sides: Callable[[], set[str]]) -> bool:
    """Whether a subject is the speaker's side: "it"/"we", a state agent with no other
    state named ("the government", "our forces"), or a name of the speaker's own state."""
    if subject is None:
        return False
    if subject.lower_ in _SELF_PRONOUNS:
        return True
    named = _sides(_with_conjuncts(subject)) or _sides(
        [c for c in subject.children if c.dep_ in ("poss", "compound", "amod")]
    )
    if named:
        return bool(named & sides())
    lemma = subject.lemma_.lower()
    owner = [c for c in subject.children if c.dep_ == "poss"]
    mine = all(c.lower_ in _OWN_POSSESSIVES for c in owner)
    if owner and mine and lemma in HOSTILE_ACTORS:
        return True  # "his guerrillas"; "extremists" alone are nobody's own side
    if owner and mine and lemma in _HOMELAND_NOUNS:
        return True  # "his country will respond": the speaker's own state
    return mine and (lemma in cues.STATE_AGENT_NOUNS or lemma in cues.ARMED_NOUNS)


def _speakers_forces(agent: Token) -> bool:
    """Whether a doer belongs to the speaker by its possessor: "our forces", "my army",
    "the country's navy", "his country's troops" (a state named by "the country" in its own
    media's report is the speaker's).  Not "its"/"their", which often point at the other
    side ("they said its forces shelled the town")."""
    owners = [c for c in agent.children if c.dep_ == "poss"]
    return bool(owners) and all(
        o.lower_ in ("our", "my")
        or (
            o.lemma_.lower() in _HOMELAND_NOUNS
            and any(c.lower_ in ("the", "our", "my", "his", "her") for c in o.children)
        )
        for o in owners
    )


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
    if lemma == "respond":
        answered = [_prep_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        return not any(a is not None and a.lemma_.lower() in _MESSAGE_WORDS for a in answered)
    if lemma in RESPONSE_VERBS or (lemma in HOSTILE_ACTS and verb.pos_ == "VERB"):
        return True
    if _reckoning(verb) or _weapons_aimed(verb) or _severe_dealing(verb) or _crackdown(verb):
        return True  # "settle accounts with", "point missiles at", "deal firmly with"
    if _punishes_anyone(verb):
        return True  # "will arrest anyone found committing ..."
    return any(
        o.lemma_.lower() in cues.THREAT_WORDS and (o.lemma_.lower() not in _AIMLESS_HARMS or aimed)
        for o in objects
    )  # "would face consequences", "take action against"


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
#: Nouns of a side's answer to another's act: "its reaction will be on the level of ...".
_ANSWER_NOUNS = cues.RETALIATION_NOUNS | cues.words("reaction riposte answer")


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
    Iran', "reserves the right to retaliate" (CAMEO RESERVE * RIGHT [130])."""
    for verb in verbs:
        if verb.lemma_.lower() not in _HOLDING_VERBS or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, sides):
            continue
        for right in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "right"):
            for act in right.children:
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
        generic = _modal(verb, cues.words("would")) and any(
            d.lower_ == "any"
            for c in verb.children
            if c.dep_ == "prep"
            for o in [_prep_object(c)]
            if o is not None
            for d in o.children
        )  # "would respond to any British sanctions": a standing conditional
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


#: Verbs that equate an act with a wrong: "such statements constitute interference".
_EQUATING_VERBS = cues.words("constitute represent amount")
#: Wrongs an act is equated with.
_WRONG_NOUNS = cues.words(
    "interference meddling violation breach provocation aggression intervention intrusion "
    "insult affront infringement encroachment"
)


#: Kinds of disaster that describe a suffering, not a deed judged: "the situation in Gaza
#: is a humanitarian catastrophe" evaluates nobody's act.
_SUFFERING_KINDS = cues.words("humanitarian natural")


def _criticized(verbs: list[Token]) -> list[Token] | None:
    """Whom a content criticizes ([] when nobody is named), or None: a critical
    evaluation of an actor or an actor's doing ("X's policy is irresponsible", "they are
    politically motivated"), an act equated with a wrong ("such statements constitute
    interference in China's internal affairs"), or a counterfactual duty ("the world body
    should have demanded an investigation")."""
    for verb in verbs:
        fallen_short = _falls_short(verb)
        if fallen_short:
            return fallen_short  # "the Security Council was not tough enough on Syria"
        if _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj" and lemma == "be":
            # "Indian statements continue ... and are deeply regrettable": the shared subject
            subject = _active_subject(verb.head)
        if subject is None or subject.lower_ in ("it", "there"):
            continue  # "it is unacceptable to ...": an evaluation of nothing named
        whose = [subject] if _is_actor_token(subject) else _owners(subject)
        if (
            lemma == "be"
            and whose
            and any(
                c.dep_ == "acomp" and c.lower_ in _UNLAWFUL and not _negated(c)
                for c in verb.children
            )
        ):
            return None  # "the Russian annexation is illegal": a charge, read by _unlawful_acts
        if lemma == "be":
            complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
            # "has been confusing and unhelpful", "is regrettable and a setback": each conjunct
            complements += [d for c in complements for d in c.conjuncts if d.dep_ == "conj"]
            for child in complements:
                if _negated(child):
                    continue
                word = child.lemma_.lower()
                if child.dep_ == "attr" or child.pos_ in ("NOUN", "PROPN"):
                    # "the continued attacks are a flagrant violation of ...", "independence
                    # is the greatest disaster for ...": a noun of disapproval as predicate
                    if subject.lower_ in ("this", "that", "what"):
                        continue  # "that was a mistake": what is judged is not named
                    if word in CRITICAL_NOUNS and not any(
                        c.dep_ == "amod" and c.lemma_.lower() in _SUFFERING_KINDS
                        for c in child.children
                    ):
                        return whose
                    continue
                motivated = word == "motivated" and any(
                    c.lower_ == "politically" for c in child.children
                )
                if (word in CRITICAL_ADJECTIVES and word != "motivated") or motivated:
                    return whose
        if lemma in _EQUATING_VERBS:
            wrongs = [
                c
                for c in verb.children
                if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _WRONG_NOUNS
            ] or [
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for o in [_prep_object(p)]
                if o is not None and o.lemma_.lower() in _WRONG_NOUNS
            ]
            if wrongs:
                return whose
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if verb.tag_ == "VBN" and "have" in auxes and ("should" in auxes or "ought" in auxes):
            return [subject] if _is_actor_token(subject) else whose
    return None


_SUSPECT_VERBS = cues.words("suspect accuse charge implicate")


def _suspected(verb: Token) -> list[Token]:
    """'the Russian officers are suspected of collecting information' -> [Russian]: the
    passive subject of a suspicion, or the state its agents stand for."""
    if verb.lemma_.lower() not in _SUSPECT_VERBS or not _is_passive(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return []
    if _is_actor_token(subject):
        return _with_conjuncts(subject)
    state = _state_of(subject)
    return [state] if state is not None else _owners(subject)  # "the Russian officers"


def _proven_act_owners(verb: Token) -> list[Token]:
    """'the killing is proof of Israeli war crimes' -> [Israeli]: the owner of a hostile
    act that a content says is proven."""
    if verb.lemma_.lower() not in ("be", "constitute", "provide", "show"):
        return []
    for child in verb.children:
        if child.dep_ not in ("attr", "dobj") or child.lemma_.lower() not in _EVIDENCING_NOUNS:
            continue
        for prep in child.children:
            act = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
            if act is not None and act.lemma_.lower() in HOSTILE_NOUNS | {"crime", "atrocity"}:
                owners = _owners(act)
                if owners:
                    return owners
    return []


#: Nouns that call what someone said false: "the South Korean government's fabrication".
_SMEAR_NOUNS = cues.words(
    "fabrication fabrications lie lies slander smear hoax fiction falsehood falsehoods "
    "disinformation libel"
)
#: Nouns of a denial restated in a content: "reiterated its categorical rejection of".
_REJECTION_NOUNS = cues.words("rejection denial refutation repudiation")
_RESTATING_VERBS = cues.words("reiterate repeat restate reaffirm express voice stress")


def _discredited(verbs: list[Token], context: _Context) -> tuple[Mention, ...] | None:
    """The accusers a content discredits ((): none named), or None: an argument that
    calls a claim false ("the leveling of baseless allegations serves no purpose", "the
    South Korean government's fabrication about the sinking has created ...") or a
    restated denial ("Pakistan reiterated its categorical rejection of involvement")."""
    for verb in verbs:
        if _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "csubj"):
                continue
            nouns = [child] + [
                o
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in [_prep_object(p)]
                if o is not None
            ]
            subject = child.dep_ in ("nsubj", "nsubjpass", "csubj")
            for noun in nouns if subject else []:  # "X is spreading lies" is a charge
                word = noun.lemma_.lower()
                if word in cues.ALLEGATION_NOUNS and any(
                    c.dep_ == "amod" and c.lemma_.lower() in cues.DENY_EVALUATIONS
                    for c in noun.children
                ):
                    return _allegation_targets(noun, context)  # "baseless allegations"
                if word in _SMEAR_NOUNS and noun.pos_ == "NOUN":
                    owners = _owners(noun) or [
                        s for c in noun.children for s in [_state_of(c)] if s is not None
                    ]
                    return tuple(actor_mention(t, context) for t in owners)
            word = child.lemma_.lower()
            if word in _REJECTION_NOUNS and lemma in _RESTATING_VERBS and child.dep_ == "dobj":
                return ()  # "reiterated its categorical rejection of involvement"
    return None


#: Verbs whose subject comes "from" its source: "the threat is coming from the ADF".
_COMING_VERBS = cues.words("come emanate stem originate")


def _hostile_noun_agents(verb: Token) -> list[Token]:
    """The named agents of a hostile doing that a verb's argument names: "Goldstone caved
    into threats and pressure from Israel, the United States and ..." -> [Israel, United
    States]; "blamed the crisis on Russia's aggression" -> [Russia].  Not after a time
    preposition ("one year after Russia's invasion") nor denied ("no threats")."""
    # not an attribute: "That was Evan's crime" (irony)
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    arguments += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ not in _TIME_PREPS
        for o in [_prep_object(p)]
        if o is not None
    ]
    for argument in arguments:
        for noun in _with_conjuncts(argument):
            if noun.lemma_.lower() not in HOSTILE_NOUNS or noun.pos_ != "NOUN":
                continue
            if any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children):
                continue
            holders = [noun, *argument.conjuncts, argument]  # "threats and pressure from X"
            if argument.dep_ == "nsubj" and verb.lemma_.lower() in _COMING_VERBS:
                holders.append(verb)  # "the security threat is coming from the ADF"
            agents = [
                a
                for h in holders
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from")
                for o in [_prep_object(c)]
                if o is not None
                for a in _with_conjuncts(o)
                if _is_actor_token(a)
            ]
            agents += [c for c in noun.children if c.dep_ == "poss" and _is_actor_token(c)]
            agents += _crafts_of(noun)  # "an incursion of a Russian aircraft"
            if not agents and argument.dep_ == "dobj" and _pursues(verb, noun):
                agents = _charged_agent(verb) or _subject_owners(verb)
            if agents:
                return sorted(set(agents), key=lambda t: t.i)
    return []


#: Verbs whose subject carries out the hostile doing they take as object: "the Russian
#: government has intensified a crackdown", "the regime continues its violent repression".
PURSUE_VERBS: frozenset[str] = cues.words(
    "intensify continue conduct wage escalate pursue perpetrate commit step launch carry"
)


def _subject_owners(verb: Token) -> list[Token]:
    """The named owner of a subject that is no actor itself: "the Lukashenka regime",
    "Russia's security services" continue their crackdown."""
    subject = _active_subject(verb)
    if subject is None:
        return []
    return [c for c in subject.children if c.dep_ in ("compound", "poss") and _is_actor_token(c)]


def _pursues(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` carries out ``noun`` rather than suffering or opposing it: a verb
    of :data:`PURSUE_VERBS`, the noun owned by nobody else ("its", "a")."""
    if verb.lemma_.lower() not in PURSUE_VERBS:
        return False
    return not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)


#: Counter verbs that need their particle: "shot down" ("broke a spy network" needs none).
_COUNTER_PARTICLES = {"shoot": "down"}


def _speakers_own(subject: Token | None) -> bool:
    """'his forces', 'her agency', 'their troops': a state agent or force the speaker
    calls its own by a possessive pronoun (no state named)."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma not in cues.STATE_AGENT_NOUNS | cues.ARMED_NOUNS | MILITARY_NOUNS | _SERVICE_NOUNS:
        return False
    owners = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    return bool(owners) and all(
        c.lower_ in ("his", "her", "their", "our", "its", "my") for c in owners
    )


#: Agencies that counter intruders: "his agency broke a Russian spying network".
_SERVICE_NOUNS = cues.words("agency service services police guard guards")


def _countered_intruders(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """The state whose intruders the speaker's side says it stopped: "say they have shot
    down two Georgian spy drones" -> [Georgian], "had broken up a Russian spy ring" ->
    [Russian].  The doer is the speaker's side ("they", "it", its state or forces) or
    unnamed ("two Georgian drones were shot down"); the object is a spy, a spy network
    or an aircraft (``intruder_noun``) that a state other than the speaker's owns.
    "arrested two Russian tourists" and "Georgia shot down Russian drones" told by Russia
    are no such announcement."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in COUNTER_VERBS or _negated(verb):
            continue
        particle = _particle(verb)
        needed = _COUNTER_PARTICLES.get(lemma)
        if needed is not None and (particle is None or particle.lower_ != needed):
            continue
        passive = _is_passive(verb)
        subject = _active_subject(verb)
        if passive and _agents(verb):
            continue  # "were shot down by Russian jets": a hostile act, read elsewhere
        if not passive and not (_own_side(subject, sides) or _speakers_own(subject)):
            continue
        objects = [
            o
            for c in verb.children
            if c.dep_ == ("nsubjpass" if passive else "dobj")
            for o in _with_conjuncts(c)
        ]
        for noun in objects:
            words = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod")]
            if not any(
                w.lower_ in INTRUDER_NOUNS or w.lemma_.lower() in INTRUDER_NOUNS for w in words
            ):
                continue
            owners = [  # "two Georgian spy drones": the parser hangs "Georgian" on "spy"
                c
                for w in words
                for c in w.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                and c.ent_type_ in ("NORP", "GPE")
                and _sides([c])
                and not (_sides([c]) & sides())
            ]
            if owners:
                return owners
    return []


def _particle(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "prt"), None)


def _breaks_commitment(verb: Token) -> bool:
    """'Pakistan has not abided by its commitment to fight terrorism', 'failed to honor
    the ceasefire': a commitment not kept."""
    lemma = verb.lemma_.lower()
    if lemma not in COMPLY_VERBS and lemma not in BREACH_VERBS:
        return False
    failed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("fail", "refuse")
    if lemma in BREACH_VERBS:  # "is ignoring its international obligations"
        if _negated(verb) or (lemma == "break" and _particle(verb) is not None):
            return False  # "did not violate the truce"; "broke off talks" is no breach
    elif not (_negated(verb) or failed):
        return False
    kept = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o
        for c in verb.children
        if c.dep_ in ("prep", "agent")
        for o in [_prep_object(c)]
        if o is not None
    ]
    return any(k.lemma_.lower() in COMMITMENT_NOUNS for k in kept)


#: The verbs a charge may start from (besides an argument naming a hostile doing or an
#: effort, tested on the index): :func:`_charged_actors` reads no other verb further.
_CHARGE_LEMMAS: frozenset[str] = (
    HOSTILE_ACTS
    | INCITE_VERBS
    | SUPPORT_VERBS
    | POSTURE_VERBS
    | WMD_VERBS
    | COMPLY_VERBS
    | EMPLACE_VERBS
    | REPRESS_VERBS
    | _SUSPECT_VERBS
    | cues.PERPETRATE_VERBS
    | cues.FIRING_VERBS
    | cues.TRANSFER_VERBS
    | INTRUDE_VERBS
    | cues.words("use")
    | cues.words("be constitute provide show carry")
    | BREACH_VERBS
    | COUNTER_VERBS
    | cues.words("make")
    | THROW_VERBS
    | _SIDING_VERBS
    | cues.words("have link tie connect")
)


def _condition_targets(harm: Token) -> list[Token]:
    """Whom a threat's condition names as its trigger: "threatened to block the entrance
    to the Persian Gulf if the West imposes sanctions" -> [West]; "vowed to retaliate
    unless Israel withdraws" -> [Israel]."""
    for child in harm.children:
        marked = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children)
        if child.dep_ != "advcl" or not marked:
            continue
        for subject in child.children:
            if subject.dep_ in ("nsubj", "nsubjpass"):
                return [subject] if _is_actor_token(subject) else _owners(subject)
    return []


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
    return any(
        c.dep_ == "dobj" and c.lower_ in ("them", "him", "her", "you") for c in verb.children
    ) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues.THREAT_WORDS for c in verb.children
    )  # "would face consequences"


def _passive_act_agents(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """States a content charges with a hostile act anywhere in it, not only in its main
    clause: in the passive ("the boat sank after it was rammed by a Chinese coast guard
    vessel", "the villages that were shelled by Iranian forces", "the bomb was planted by
    Pakistani agents") or in a subordinate clause whose subject is a state's craft or force
    ("when three Chinese ships chased their trawler before ramming it").  The agent is an
    actor, or a state's agent, craft or armed force named by its state ("Chinese ships",
    "Indian border guards"); "was hit by a car", "were killed by unknown gunmen" and "if
    Chinese ships stopped ramming" charge nobody."""
    index = index_of(span.doc)
    if index is not None and set(index.lemmas[span.start : span.end]).isdisjoint(_CLAUSE_ACTS):
        return []
    for verb in span:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _CLAUSE_ACTS or _negated(verb):
            continue
        found: list[Token] = []
        passive = _is_passive(verb) and verb.tag_ == "VBN"
        if not (lemma in HOSTILE_ACTS or (passive and _perpetrated(verb))):
            continue
        if passive:
            agents = _agents(verb) or _agents(_first_of_conjuncts(verb))
        elif _conditional(verb):
            continue  # "if Chinese ships ram it": no charge
        else:  # "when three Chinese ships chased their trawler before ramming it"
            doer = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb
            subject = _active_subject(doer)
            if subject is not None and subject.tag_ in ("WDT", "WP") and doer.dep_ == "relcl":
                subject = doer.head  # "Israeli military action that killed three soldiers"
            agents = [] if subject is None or _is_actor_token(subject) else [subject]
        for agent in agents:
            if _is_actor_token(agent):
                found.append(agent)
            elif agent.lemma_.lower() in ACT_NOUNS | cues.HOSTILE_ACT_NOUNS:
                found.extend(o for o in _owners(agent) if o.ent_type_ in ("NORP", "GPE"))
            elif agent.lemma_.lower() in AGENT_NOUNS or agent.lower_ in AGENT_NOUNS:
                state = _state_of(agent) or _named_state_modifier(agent)
                found.extend([state] if state is not None else _demonyms(agent))
        found = [a for a in found if not (_named_sides(a) & sides())]
        if found:
            return found
    return []


def _conditional(verb: Token) -> bool:
    """Whether ``verb`` sits in an if/unless clause (or an infinitive of intent)."""
    for token in (verb, *verb.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            return True
        if token.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def _demonyms(noun: Token) -> list[Token]:
    """'a Chinese coast guard vessel' -> [Chinese]: a state modifier of a craft or force."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")
    ]


#: Nouns naming the doer of a wrong: "the prime suspect in the embassy attack is al-Shabab".
_CULPRIT_NOUNS = cues.words("suspect culprit perpetrator perpetrators mastermind instigator")


def _culprit(verb: Token) -> list[Token]:
    """Actors a copular content names as the doer of a wrong: "Beijing is at fault", "the
    prime suspect in the embassy attack is al-Shabab", "Hamas is the main culprit".  Not
    "a suspect was arrested" (no copula) nor "X is not at fault"."""
    if verb.lemma_.lower() != "be" or _negated(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subject is None:
        return []
    at_fault = any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and (o := _prep_object(c)) is not None
        and o.lower_ == "fault"
        for c in verb.children
    )
    if at_fault or (attr is not None and attr.lemma_.lower() in _CULPRIT_NOUNS):
        culprit = subject
    elif attr is not None and subject.lemma_.lower() in _CULPRIT_NOUNS:
        culprit = attr
    else:
        return []
    if _is_actor_token(culprit):
        return _with_conjuncts(culprit)
    state = _state_of(culprit)
    return [state] if state is not None else []


def is_reported_support(verb: Token) -> bool:
    """Whether an approval verb names an act of support rather than a speech act: support
    of a hostile actor ("Chad is backing rebels", "funds the insurgents"), or support
    reported in someone else's words ("Chavez said the United States backs an effort to
    ..."), which the speaker's claim reads."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in _with_conjuncts(c)]
    regular = MILITARY_NOUNS | cues.STATE_AGENT_NOUNS  # "salute the armed forces of Ukraine"
    if any(_is_hostile_actor(o) and o.lemma_.lower() not in regular for o in objects):
        return True
    if verb.lemma_.lower() in SUPPORT_VERBS and any(
        _is_hostile_actor(p) and p.lemma_.lower() not in regular for p in _support_patients(verb)
    ):
        return True  # "rebels who are backed by Rwanda": Rwanda approves of nothing
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return False  # "said Ukraine welcomes any initiatives": a nested approval is said
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head == clause:
        return False
    head = clause.head
    return head.pos_ == "VERB" and head.lemma_.lower() in cues.VERB_STANCES


#: Verbs whose object "responsibility" charges their subject: "bears full responsibility
#: for the consequences", "must accept responsibility for the detention".
_BEARING_VERBS = cues.words("bear accept take shoulder assume")


def _responsible(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """Actors a content holds responsible: "Washington bears full responsibility for the
    crisis", "London must accept responsibility for the detention of the sailors".
    A responsibility claimed or taken on in the past ("took responsibility for the
    attack", "assumed responsibility for security") is an admission or a duty, not a
    charge: only "bear" in the present, or a verb under "must"/"should"."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _BEARING_VERBS or _negated(verb):
            continue
        if not any(
            c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in verb.children
        ):
            continue
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        duty = bool(auxes & {"must", "should"})
        if not (duty or (lemma == "bear" and verb.tag_ in ("VBZ", "VBP"))):
            continue
        agents = [a for a in _charged_agent(verb) if not (_named_sides(a) & sides())]
        if agents:
            return agents
    return []


def _is_wrong(noun: Token) -> bool:
    """'hypocrisy', 'double standards' (a modifier and a head listed together)."""
    lemma = noun.lemma_.lower()
    if lemma in WRONG_NOUNS or noun.lower_ in WRONG_NOUNS:
        return True
    return any(f"{c.lower_} {lemma}" in WRONG_NOUNS for c in noun.children if c.dep_ == "amod")


def _wrong_owners(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """Actors a content charges with a wrong named as a noun they own: "the report
    reflects Washington's double standards", "the hypocrisy of the Western powers"."""
    for noun in span:
        if noun.pos_ != "NOUN" or not _is_wrong(noun):
            continue
        if any(c.dep_ == "neg" or c.lower_ in ("no", "without") for c in noun.children):
            continue
        owners = _owners(noun)
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PRACTISE_VERBS:
            owners = _charged_agent(noun.head)  # "the U.S. is applying double standards"
        owners = [o for o in owners if not (_named_sides(o) & sides())]
        if owners:
            return owners
    return []


#: Verbs whose subject holds the wrong they take as object: "is applying double standards".
_PRACTISE_VERBS = cues.words(
    "apply use practise practice show display adopt pursue employ exhibit have"
)
#: Adjectives that call an actor's act unlawful: a charge of a wrongdoing, not a mere
#: evaluation ("the Russian annexation is illegal").
_UNLAWFUL = cues.words("illegal unlawful illegitimate criminal")


def _unlawful_acts(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """Owners of an act a content calls unlawful: "the Russian annexation of Crimea is
    illegal" -> [Russian]; "the sanctions are illegal" names nobody ([]: no charge)."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        if not any(
            c.dep_ == "acomp" and c.lower_ in _UNLAWFUL and not _negated(c) for c in verb.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "there", "this", "that"):
            continue
        whose = [subject] if _is_actor_token(subject) else _owners(subject)
        whose = [w for w in whose if not (_named_sides(w) & sides())]
        if whose:
            return whose
    return []


#: Verbs that give their subject a record: "has a poor record on press freedom", "has a
#: long record of interfering in its neighbors' elections".
_RECORD_VERBS = cues.words("have run compile amass build")
#: Evaluations of a record that criticize its holder.
_BAD_RECORD_WORDS = cues.words(
    "terrible poor dismal appalling abysmal atrocious horrible bad shameful deplorable "
    "flagrant egregious woeful worst troubling"
)


def _bad_record(
    verbs: list[Token], sides: Callable[[], set[str]]
) -> tuple[Stance, list[Token]] | None:
    """A record a content gives a named actor: of a hostile act ("has a long record
    of interfering in its neighbors' elections") -> ACCUSE; judged bad ("the Sudanese
    government has a poor record on press freedom") -> CRITICIZE.  "has a good record"
    and "has no record of the visit" judge nobody."""
    for verb in verbs:
        if verb.lemma_.lower() not in _RECORD_VERBS or _negated(verb):
            continue
        records = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "record"]
        for record in records:
            if any(c.lower_ == "no" for c in record.children):
                continue
            acts = [
                o
                for p in record.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in [_prep_object(p)]
                if o is not None and o.pos_ == "VERB" and _hostile(o)
            ]
            bad = any(c.dep_ == "amod" and c.lower_ in _BAD_RECORD_WORDS for c in record.children)
            if not (acts or bad):
                continue
            agents = [a for a in _charged_agent(verb) if not (_named_sides(a) & sides())]
            if agents:
                return (Stance.ACCUSE if acts else Stance.CRITICIZE), agents
    return None


#: Punishments that threaten when promised to whoever does something: "the government
#: will arrest anyone found committing ...", "will prosecute those who take part".
_PUNISH_VERBS = cues.words("arrest punish prosecute jail detain imprison expel deport crush")
_ANYONE = cues.words("anyone anybody whoever everyone everybody those")


def _punishes_anyone(verb: Token) -> bool:
    """Whether a punishment is aimed at whoever does something, not at a named suspect
    ("will arrest the suspects" is police work)."""
    if verb.lemma_.lower() not in _PUNISH_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _ANYONE for c in verb.children)


def _defends_itself(verb: Token) -> bool:
    """'defend itself against aggression': a standing warning of force."""
    if verb.lemma_.lower() != "defend":
        return False
    reflexive = any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    )
    return reflexive and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)


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


#: Speakers who comment on a side rather than speak for one: their "X is ready to defend
#: itself" is an assessment, no warning.
_COMMENTATORS = cues.words(
    "analyst analysts expert experts observer observers scholar scholars commentator "
    "commentators critic critics witness witnesses resident residents diplomat diplomats"
)


def _commentator(claimer: Mention | None, context: _Context) -> bool:
    if claimer is None:
        return False
    span = context.doc.char_span(claimer.span.start, claimer.span.end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in _COMMENTATORS


def _crafts_of(noun: Token) -> list[Token]:
    """The state whose craft or force a hostile doing is "of": "an incursion of a Russian
    aircraft" -> [Russian].  "the invasion of Iraq" names the victim, not a craft."""
    found: list[Token] = []
    for prep in noun.children:
        craft = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
        if craft is None or _is_actor_token(craft):
            continue
        if craft.lemma_.lower() in AGENT_NOUNS or craft.lower_ in AGENT_NOUNS:
            state = _state_of(craft) or _named_state_modifier(craft)
            found.extend([state] if state is not None else _demonyms(craft))
    return found


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


def _first_person_denial(verbs: list[Token]) -> Token | None:
    """The allegation a quoted first person rejects, or None: "We firmly reject the
    allegation that our party organized the riots", "I deny these charges"."""
    for verb in verbs:
        if verb_stance(verb) is not Stance.DENY or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("we", "i"):
            continue
        for child in verb.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in cues.ALLEGATION_NOUNS:
                return child
    return None


#: What force is used as: "used force", "used violence", besides weapons.
_FORCE_NOUNS = cues.words("force violence cannon cannons gas")


def _used_against(verb: Token, objects: list[Token]) -> bool:
    """'used water cannon against Vietnamese ships', 'used chemical weapons against
    civilians': a weapon or force used against someone."""
    weapons = [o for o in objects if _is_weapon(o) or o.lemma_.lower() in _FORCE_NOUNS]
    aimed = any(
        c.dep_ == "prep" and c.lower_ in ("against", "on") and _prep_object(c) is not None
        for c in (verb, *objects)
        for c in c.children
    )
    return bool(weapons) and aimed


def _intruding(verb: Token, objects: list[Token]) -> bool:
    """'Chadian troops had entered Sudanese territory', 'Russian warplanes crossed
    into Georgian airspace': an armed force (the subject) entering a territory or a state."""
    subject, holder = None, verb
    while subject is None:  # "their troops are deployed ..., but have not crossed into X"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder.dep_ not in ("conj", "xcomp") or holder.head == holder:
            break
        holder = holder.head
    crafts = MILITARY_NOUNS | cues.ARMED_NOUNS | AGENT_NOUNS | INTRUDER_NOUNS
    if subject is None or subject.lemma_.lower() not in crafts:
        return False  # "two Russian planes flew into Georgian airspace": a craft may intrude
    places = objects + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("into", "across")
        for o in [_prep_object(c)]
        if o is not None
    ]
    return any(
        p.lemma_.lower() in TERRITORY_NOUNS or (_is_actor_token(p) and p.ent_type_ == "GPE")
        for p in places
    )


#: The verbs :func:`_passive_act_agents` reads: hostile acts, and in the passive the doing
#: of a hostile act or the planting of a weapon ("the attack was staged by", "the bomb was
#: planted by").
_CLAUSE_ACTS: frozenset[str] = HOSTILE_ACTS | cues.PERPETRATE_VERBS | EMPLACE_VERBS | THROW_VERBS


def _perpetrated(verb: Token) -> bool:
    """'the attack was staged by', 'the bomb was planted by': a passive whose subject is a
    hostile act or a weapon planted."""
    if _perpetrates(verb):
        return True
    subjects = [s for c in verb.children if c.dep_ == "nsubjpass" for s in _with_conjuncts(c)]
    return verb.lemma_.lower() in EMPLACE_VERBS and any(_is_weapon(s) for s in subjects)


def _no_record(span: SpacySpan) -> bool:
    """'there is no record of any such order', 'no trace of such a meeting': a record of
    something alleged said not to exist."""
    for noun in span:
        if noun.lemma_.lower() not in ("record", "trace") or noun.pos_ != "NOUN":
            continue
        if not any(c.lower_ == "no" for c in noun.children):
            continue
        for prep in noun.children:
            event = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
            if event is not None and any(c.lower_ in _DEICTIC for c in event.children):
                return True
    return False


#: Nouns that make their subject the origin of what they are "of": "American sanctions
#: have been the root of the crisis".
_ORIGIN_NOUNS = cues.words("root cause source origin")


def _root_cause(verb: Token) -> list[Token]:
    """Actors a copular content names as the origin of a harm: "American sanctions have
    been the root of the crisis" -> [American]; "Russian gas is the main source of
    energy" names no harm."""
    if verb.lemma_.lower() != "be" or _negated(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.lemma_.lower() not in _ORIGIN_NOUNS:
            continue
        harms = [
            o
            for p in attr.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in [_prep_object(p)]
            if o is not None and o.lemma_.lower() in HARM_NOUNS
        ]
        if harms:
            return _with_conjuncts(subject) if _is_actor_token(subject) else _owners(subject)
    return []


def _falls_short(verb: Token) -> list[Token]:
    """The named actor a content says fell short: "the U.N. Security Council was not tough
    enough on Syria", "Washington has not gone far enough".  A thing falling short ("the rain was
    not heavy enough") names nobody."""
    if not _negated(verb):
        return []
    enough = [
        c
        for c in verb.children
        if c.dep_ in ("acomp", "advmod")
        and (c.lower_ == "enough" or any(m.lower_ == "enough" for m in c.children))
    ]  # "was not tough enough", "has not gone far enough", "did not act quickly enough"
    if not enough:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _is_actor_token(subject):
        return []
    return _with_conjuncts(subject)


def _evidenced_act(span: SpacySpan, verbs: list[Token]) -> bool:
    """Whether a content puts forward evidence of a hostile act whose doer it leaves
    unnamed: "there is clear evidence the convoy was ambushed", "it has proof the ship
    was attacked".  A bare "the convoy was ambushed" reports an event, not a charge."""
    index = index_of(span.doc)
    if index is not None and set(index.lemmas[span.start : span.end]).isdisjoint(_EVIDENCING_NOUNS):
        return False
    for verb in _propositions(span, verbs):
        if verb in verbs or _negated(verb) or verb.lemma_.lower() not in HOSTILE_ACTS:
            continue
        if _is_passive(verb) and not _agents(verb):
            return True
    return False


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
        promised = _modal(verb, cues.words("will shall 'll"))
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
        if not ((conditions and _modal(verb)) or promised or possible):
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
        if commentator or not _modal(verb, _WILL):
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
        if lemma not in BREACH_VERBS and lemma not in _WITHDRAW_VERBS:
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
        left = [c for c in verb.children if c.dep_ == "dobj"] + [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for o in [_prep_object(c)]
            if o is not None
        ]
        if not any(
            t.lemma_.lower() in COMMITMENT_NOUNS | RELATION_NOUNS or t.lower_ in COMMITMENT_NOUNS
            for t in left
        ):
            continue
        pressed = [
            s
            for c in conditions
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
            and _is_actor_token(s)
            and not (_sides([s]) & sides())
        ]
        if pressed:
            return pressed
    return None


def _not_tolerated(
    verbs: list[Token], sides: Callable[[], set[str]], commentator: bool = False
) -> list[Token] | None:
    """A promised reaction by the speaker's side ([] or the actor named as the object),
    or None: "we will not tolerate any transfer of weapons to militants", "the people will
    not accept the killing of any Egyptians".  "Tolerate" needs only an object; "accept",
    "allow", "permit" need a hostile or harmful one ("will not accept the proposal" is a
    refusal, no threat); only "will"/"shall" promise ("would not accept" is hypothetical)."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in TOLERATE_VERBS or not _negated(verb):
            continue
        if not _modal(verb, cues.words("will shall 'll")):
            continue
        if _is_passive(verb):
            # "interfering with the passage of vessels will not be tolerated": the speaker
            # promises the reaction; what is not tolerated is its subject
            done = [c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
            if done and (lemma == "tolerate" or any(_harmful_object(o) for o in done)):
                return [o for o in done if _is_actor_token(o) and not (_sides([o]) & sides())]
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # a speaker of no known side speaks for the state or people it names ("spokesperson
        # Jiang Bin said China will not tolerate ..."), unless it only comments
        speaks_for = (
            subject is not None
            and not sides()
            and not commentator
            and (
                subject.lemma_.lower() in _PEOPLE_NOUNS
                or subject.lemma_.lower() in cues.STATE_AGENT_NOUNS  # "the Liberian government"
                or _is_actor_token(subject)
            )
        )
        if not (_own_side(subject, sides) or speaks_for):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
        if not objects:
            continue
        if lemma != "tolerate" and not any(_harmful_object(o) for o in objects):
            continue
        doers = [  # "will not let Iran undermine its security": the doer of the act
            c for o in objects if o.dep_ == "ccomp" for c in o.children if c.dep_ == "nsubj"
        ]
        return [o for o in [*objects, *doers] if _is_actor_token(o) and not (_sides([o]) & sides())]
    return None


#: Subjects that speak for a nation when the speaker has no side of its own ("the people
#: will not accept ...", said by a protester).
_PEOPLE_NOUNS = cues.words("people nation public country")


def _harmful_object(noun: Token) -> bool:
    """Whether what is (not) accepted is a hostile or harmful act: "the killing of any
    Egyptians", "any attack on our soil", "that they shell our towns"."""
    for token in noun.subtree:
        lemma = token.lemma_.lower()
        if lemma in HOSTILE_NOUNS or lemma in HARM_NOUNS or lemma in WRONG_NOUNS:
            return True
        if token.pos_ == "VERB" and lemma in HOSTILE_ACTS:
            return True
        if token.lower_ in ("killing", "killings"):
            return True
    return False


def _evaluated_clause(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a critical evaluation of a clause criticizes ([] when nobody is named), or
    None: "it is unfortunate that DRC politicians continue to ..." -> [politicians], "for
    the Chinese navy to enter the zone is unacceptable" -> [navy].  The speaker's own side
    ("it is regrettable that we could not agree") is no criticism."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        critical = any(
            c.dep_ == "acomp" and c.lemma_.lower() in CRITICAL_ADJECTIVES and not _negated(c)
            for c in verb.children
        )
        if not critical:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None:
            continue
        clause: Token | None = None
        if subject.dep_ == "csubj":
            clause = subject  # "for X to V is unacceptable"
        elif subject.lower_ == "it":
            # "it is unfortunate that P", the clause on the verb or on the adjective
            holders = [verb, *(a for a in verb.children if a.dep_ == "acomp")]
            clause = next((c for h in holders for c in h.children if c.dep_ == "ccomp"), None)
        else:
            continue  # a named subject is read by _criticized
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is None:  # "for the South Korean government to transport ..."
            doer = next(
                (
                    o
                    for m in clause.children
                    if m.dep_ == "mark" and m.lower_ == "for"
                    for o in m.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
        if doer is None or _own_side(doer, sides):
            return None
        whose = [doer] if _is_actor_token(doer) else _owners(doer)
        if not whose and doer.lemma_.lower() in ("politician", "official", "leader"):
            whose = [doer]
        return [w for w in whose if not (_sides([w]) & sides())]
    return None


#: Verbs of ceasing an actor is told it should: "Kasit should stop talking about ...".
_STOP_VERBS = cues.words("stop cease quit")
#: What it is told to stop, besides the cue verbs: talk, the criticised speech itself.
_TALK_VERBS = cues.words("talk speak comment lecture hype politicize politicise smear")


def _told_to_stop(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token] | None:
    """Whom a content criticizes by saying it should stop what it says: "Kasit Piromya
    should stop talking about conditions for ..." -> [Kasit Piromya], "should stop accusing
    China".  A named actor of another side only; "Washington should stop arming Taiwan" is
    a demand told (assert), and "demanded that X stop" a demand (the demand family)."""
    for verb in verbs:
        if verb.lemma_.lower() not in _STOP_VERBS or _negated(verb):
            continue
        if not _modal(verb, cues.words("should must")):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _is_actor_token(subject) or _own_side(subject, sides):
            continue
        said = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "pcomp")
            and (c.lemma_.lower() in _TALK_VERBS or c.lemma_.lower() in cues.VERB_STANCES)
        ]
        if not said:
            continue  # "Washington should stop arming Taiwan": a demand, asserted
        return [subject]
    return None


# --- evaluative accusations: a wrong named as a noun, charged to its agent ---------------

#: Adjectives that make the doing they qualify a wrong ("illegal poaching", "provocative
#: actions", "a hostile U.S. policy"): ``wrong_adj`` rows of the content lexicon.
WRONG_ADJECTIVES: frozenset[str] = _LEXICON.get("wrong_adj", frozenset())

#: Verbs whose subject does the wrong doing they take as object: "carried out illegal
#: activities", "made a small-scale attack", "committed an act of war".
_DOING_VERBS = PURSUE_VERBS | cues.PERPETRATE_VERBS | cues.words("make mount engage stage")

#: Words and statements, whose wrong adjective criticizes rather than charges a doing.
_SPOKEN_NOUNS = (
    cues.UTTERANCE_NOUNS
    | cues.MESSAGE_NOUNS
    | cues.ALLEGATION_NOUNS
    | cues.words("pronouncement rhetoric remark language word words tone intent intention")
)

#: Heads that name an act only with their "of" complement: "an act of war", "acts of
#: aggression".
_ACT_HEADS = cues.words("act acts")


def _is_wrong_doing(noun: Token) -> bool:
    """A doing a content calls a wrong: a hostile noun ("incursions", "the shelling"), an
    act of one ("an act of war"), or a doing qualified by a wrong adjective ("illegal
    poaching", "provocative actions"); not an agent ("hostile forces")."""
    lemma = noun.lemma_.lower()
    if noun.tag_ == "VBG" and noun.dep_ in ("pobj", "pcomp") and lemma in HOSTILE_ACTS:
        return True  # a gerund the tagger left a verb: "engaged in looting"
    if noun.pos_ != "NOUN" or lemma in AGENT_NOUNS or lemma in HOSTILE_ACTORS:
        return False
    if lemma in HOSTILE_NOUNS or noun.lower_ in HOSTILE_NOUNS:
        return True
    if lemma in _ACT_HEADS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = _prep_object(of) if of is not None else None
        if inner is not None and inner.lemma_.lower() in HOSTILE_NOUNS | CONFLICT_NOUNS:
            return True
    if lemma in _SPOKEN_NOUNS:
        return False  # "a brutal pronouncement", "hostile rhetoric": criticism of words
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in WRONG_ADJECTIVES and not _negated(c)
        for c in noun.children
    )


def _wrong_doers(noun: Token) -> list[Token]:
    """Who did a wrong doing: its owner or agent ("illegal poaching by Chinese fishermen",
    "North Korea's provocations", "Chinese incursions", "a hostile U.S. policy"), the
    subject it is predicated of ("the flights are a violation of the ceasefire"), or the
    doer of the verb that carries it out ("Japanese ships carrying out illegal activities")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in SUPPORT_VERBS and not _negated(head):
        found = _doer(head)  # "Khartoum supported an attack by Chadian rebels": Khartoum
        if found:
            return found
    if noun.dep_ == "attr":  # "That was Evan's crime" (irony): no possessor is charged
        found = [o for o in _agents_of_doing(noun) if o.dep_ != "poss"]
    else:
        found = [noun] if _is_actor_token(noun) else _agents_of_doing(noun)
    if found:
        return found
    if noun.dep_ == "attr" and head.lemma_.lower() == "be" and not _negated(head):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not _is_wrong_doing(subject):
            return _with_conjuncts(subject) if _is_actor_token(subject) else _owners(subject)
    if noun.dep_ in ("pobj", "pcomp") and head.lower_ == "in" and not _negated(head.head):
        verb = head.head  # "units engaged in looting", "advisers took part in attacks"
        lemma = verb.lemma_.lower()
        if lemma in _TAKING_PART or (lemma == "take" and _object_lemma(verb) == "part"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and _is_actor_token(subject):
                return _with_conjuncts(subject)
            return _owners(subject) if subject is not None else []
    doing = head.lemma_.lower() in _DOING_VERBS or head.lemma_.lower() in SUPPORT_VERBS
    if noun.dep_ == "dobj" and doing and not _negated(head):
        # "made an attack", "carried out illegal raids"; and who backs a wrong is charged
        # with it: "Khartoum supported an attack by rebels"
        if head.dep_ == "acl" and head.tag_ == "VBG":  # "ships carrying out": the ships
            doer = head.head
            return [doer] if _is_actor_token(doer) else _owners(doer)
        return _doer(head)
    return []


#: Verbs whose subject takes part in the doing "in" names: "engaged in looting".
_TAKING_PART = cues.words("engage participate")


def _object_lemma(verb: Token) -> str:
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), "")


def _doer(verb: Token) -> list[Token]:
    """:func:`_charged_agent`, or the named actor in apposition to a subject that names
    none ("its archrival Iran may have committed ...")."""
    found = _charged_agent(verb)
    subject = _active_subject(verb)
    if found or subject is None:
        return found
    return [c for c in subject.children if c.dep_ == "appos" and _is_actor_token(c)]


def _agents_of_doing(noun: Token) -> list[Token]:
    """The owners of a doing (:func:`_owners`) outside its "of" complement, which names
    whom or what it was done to: "the killing of Ukrainian civilians", "a violation of
    United Nations resolutions by Pyongyang" -> [Pyongyang]."""
    patients = {
        t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
    }
    return [
        o
        for o in _owners(noun)
        if o.i not in patients and not (o.dep_ == "compound" and _place_not_state(o))
    ]


def _place_not_state(token: Token) -> bool:
    """A place name that modifies an event noun as where it happened ("the Mumbai
    attacks", "the Manila attack": a city, even a capital), not who did it ("the U.S.
    policy", "Russian incursions")."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    entry = lookup(token.text)
    return entry is None or entry.kind == "place" or entry.via in ("capital", "place")


#: Words of a reaction to a wrong: a wrong they govern is what the speaker's side answers,
#: investigates or defends against ("respond to the Russian aggression", "self-defense
#: against rocket attacks", "charges in relation to the attack"), not a charge the content
#: makes.
_REACTION_WORDS = cues.words(
    "respond response reply retaliate retaliation react reaction repudiate counter defend "
    "defense defence self-defense self-defence protect protection investigate investigation "
    "probe inquiry charge warrant prosecute punish deter deterrence right condemn"
)
#: Purposes that make a forceful doing a countermeasure rather than a wrong.
_COUNTERING = _REACTION_WORDS | cues.words(
    "combat fight stop prevent curb halt stem thwart deter counter protect defend"
)
#: Prepositions whose object is what a reaction is against or what is spoken about.
_TOPIC_PREPS = cues.words("against about regarding concerning over")
#: Modifiers that keep a content from asserting the wrong they qualify.
_UNASSERTED = cues.words("alleged suspected so-called purported possible potential any")


def _asserted_wrong(noun: Token, span: SpacySpan) -> bool:
    """Whether a content puts a wrong forward as done, rather than as hedged ("alleged
    atrocities"), hypothetical ("if the North were to carry out an attack"), doubted ("not
    aware of any threats"), answered ("respond to the aggression") or in a relative
    clause's background ("militants who had staged attacks")."""
    if any(c.lower_ in _UNASSERTED or c.dep_ == "neg" for c in noun.children):
        return False
    if noun.lower_ == "no" or any(c.lower_ in ("no", "without") for c in noun.children):
        return False
    if any(
        c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.lemma_.lower() in _COUNTERING
        for c in noun.children
    ):
        return False  # "the most aggressive move to date to combat election interference"
    for ancestor in noun.ancestors:
        if ancestor.i < span.start or ancestor.i >= span.end:
            break
        if ancestor.lemma_.lower() in _REACTION_WORDS or _negated(ancestor):
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in _TOPIC_PREPS:
            return False  # "self-defense against rocket attacks", "the facts about the war"
        if ancestor.lemma_.lower() in ("relation", "connection", "regard"):
            return False  # "charges in relation to the attack": its topic
        if ancestor.dep_ == "relcl" or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in ancestor.children
        ):
            return False
    return True


def _evaluated_wrongs(span: SpacySpan, sides: Callable[[], set[str]]) -> list[Token]:
    """Actors other than the speaker's side that a content charges with a wrong it names
    as a noun, by a hostile event noun or an evaluative adjective, wherever the noun
    stands: "its patrol ship discovered illegal poaching by Chinese fishermen" -> [Chinese];
    "the deployment is a violation of the truce by Moscow" -> [Moscow].  Not denied ("no
    incursions"), not after a time preposition ("since Russia's invasion")."""
    for noun in span:
        if not _is_wrong_doing(noun):
            continue
        if not _asserted_wrong(noun, span):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS:
            continue
        doers = [
            d
            for d in _wrong_doers(noun)
            if not d.is_punct and not (_named_sides(d) & sides())  # "neo-Nazis": not "-"
        ]
        if doers:
            return doers
    return []


#: Heads that name what brings a harm about: "the source of the problem", "the root cause
#: of the crisis".
_CAUSE_HEADS = cues.words("source cause root origin")
#: Harms a cause is named for, besides :data:`HARM_NOUNS` (conflicts and harms).
_TROUBLE_NOUNS = cues.words("problem problems trouble troubles")


def _named_causes(verbs: list[Token], sides: Callable[[], set[str]]) -> list[Token]:
    """Actors a copular content names as the cause of a harm or a conflict: "Colombia,
    not its neighbours, is the source of the problem", "the regime is the root cause of
    the crisis".  Not negated ("is not the cause")."""
    for verb in verbs:
        if verb.lemma_.lower() != "be" or _negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if subject is None or attr is None or attr.lemma_.lower() not in _CAUSE_HEADS:
            continue
        of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        harm = _prep_object(of) if of is not None else None
        if harm is None:
            continue
        lemma = harm.lemma_.lower()
        if lemma not in HARM_NOUNS | HOSTILE_NOUNS | _TROUBLE_NOUNS:
            continue
        causes = _with_conjuncts(subject) if _is_actor_token(subject) else _agents_of_doing(subject)
        causes = [c for c in causes if not (_named_sides(c) & sides())]
        if causes:
            return causes
    return []


# --- lexicon gates (.gates): the words without which each rule of _infer_stance cannot fire -


#: Verbs of fabricating that need their particle: "made up", not "made".
_MADE_UP = cues.words("make trump cook")
#: Modals of a promise, as :func:`_modal` reads them ("will retaliate").
_WILL = cues.words("will shall 'll")
#: Verbs :func:`~kg.extract.claims.base.verb_stance` can give a stance to (a gate's words).
STANCE_LEMMAS = (
    frozenset(cues.VERB_STANCES)
    | frozenset(cues.PREP_CUES)
    | frozenset(verb for verb, _ in cues.PHRASAL_STANCES)
)
#: The stances :func:`_relayed_charge` reads as a charge.
_CHARGING_STANCES = frozenset({Stance.ACCUSE, Stance.CRITICIZE, Stance.THREATEN})
#: Verbs :func:`~kg.extract.claims.base.verb_stance` can give one of those stances to,
#: alone, with a preposition or with a particle (:func:`_relayed_charge`'s gate: most
#: contents hold some stance verb, "say" and "deny" among them, but few a charging one).
_CHARGING_LEMMAS = (
    frozenset(verb for verb, stance in cues.VERB_STANCES.items() if stance in _CHARGING_STANCES)
    | frozenset(verb for verb, cue in cues.PREP_CUES.items() if cue.stance in _CHARGING_STANCES)
    | frozenset(
        verb for (verb, _), stance in cues.PHRASAL_STANCES.items() if stance in _CHARGING_STANCES
    )
)
#: The ways :func:`_perpetrates` can find a hostile act (a gate's ways, for every rule
#: that reads it): a verb of doing and a hostile act, firing on someone or firing a weapon,
#: using a weapon or force against someone, a craft or force intruding, a weapon thrown,
#: secrets passed.
PERPETRATING: tuple[Way, ...] = (
    needs(cues.PERPETRATE_VERBS, cues.HOSTILE_ACT_NOUNS),
    needs(cues.words("fire"), cues.words("on at upon")),
    needs(cues.FIRING_VERBS, WEAPON_NOUNS),
    needs(cues.words("use"), WEAPON_NOUNS | _FORCE_NOUNS, cues.words("against on")),
    needs(INTRUDE_VERBS, MILITARY_NOUNS | cues.ARMED_NOUNS | AGENT_NOUNS | INTRUDER_NOUNS),
    needs(THROW_VERBS, WEAPON_NOUNS),
    needs(cues.TRANSFER_VERBS, cues.SECRET_NOUNS | cues.SECRECY_MODIFIERS),
)
#: The words :func:`_hostile` can find a hostile act by (a gate's words).
HOSTILE_WORDS = (
    HOSTILE_ACTS
    | INCITE_VERBS
    | SUPPORT_VERBS
    | _SIDING_VERBS
    | _TIE_NOUNS
    | cues.words("link tie connect")
    | EMPLACE_VERBS
    | REPRESS_VERBS
    | WMD_VERBS
    | POSTURE_VERBS
    | EFFORT_NOUNS
)
#: The verbs :func:`_harmful` can find a harm by, and the harms it takes as object.
_HARMFUL_WORDS = (
    cues.words("defend respond settle crack")
    | _AIMLESS_HARMS
    | RESPONSE_VERBS
    | HOSTILE_ACTS
    | _AIMING_VERBS
    | _DEALING_VERBS
    | _PUNISH_VERBS
    | cues.THREAT_WORDS
)

gate(
    _disclaims,
    needs(cues.words("nothing"), cues.words("do"), cues.words("with")),
    needs(cues.words("anything"), cues.words("do"), cues.words("with"), NEG | cues.words("nor")),
    needs(cues.INVOLVEMENT_ADJECTIVES | cues.words("involve link connect"), NEG),
    needs(cues.words("reason"), cues.words("no"), cues.BELIEF_VERBS),
    needs(cues.INVOLVEMENT_NOUNS, NEG | cues.words("no"), cues.words("in with")),
    needs(cues.words("behind"), NEG),
    empty=False,
)
gate(
    _avows_innocent_purpose,
    needs(cues.words("be"), _INNOCENT_PURPOSES),
    needs(_AIMING_PARTICIPLES, cues.words("any"), NEG),
    needs(WEAPON_NOUNS, NEG),
    empty=False,
)
gate(
    _denial_in,
    needs(cues.ACCEPT_VERBS, cues.ALLEGATION_NOUNS, NEG),
    needs(cues.EVIDENCE_NOUNS, NEG | cues.words("no not n't")),
    needs(cues.FABRICATION_VERBS - _MADE_UP),
    needs(cues.FABRICATION_VERBS & _MADE_UP, cues.words("up")),
    needs(cues.DENY_EVALUATIONS),
    needs(cues.VERACITY_EVALUATIONS, NEG),
    needs(cues.FAKER_NOUNS),
)
gate(
    _denies_charge,
    needs(cues.ACCUSATORY_PREDICATES, NEG),
    needs(SUPPORT_VERBS, NEG, cues.words("such these those")),
    *also(PERPETRATING, NEG),
    needs(cues.HOSTILE_ACT_NOUNS | cues.THREAT_NOUNS | ACT_NOUNS, cues.words("no")),
    empty=False,
)
gate(_no_record, needs(cues.words("record trace"), cues.words("no"), _DEICTIC), empty=False)
gate(_first_person_denial, needs(cues.words("we i"), cues.ALLEGATION_NOUNS))
gate(
    _exculpates,
    needs(cues.words("blame"), NEG),
    needs(_SUBSTANCE_NOUNS | cues.words("truth reality fact") | _SMEAR_WORDS),
    needs(OCCUR_VERBS | cues.words("place"), NEG),
    empty=False,
)
gate(
    _discredited,
    needs(cues.ALLEGATION_NOUNS, cues.DENY_EVALUATIONS),
    needs(_SMEAR_NOUNS),
    needs(_REJECTION_NOUNS, _RESTATING_VERBS),
)
gate(_relayed_charge, needs(_CHARGING_LEMMAS), empty=False)
gate(
    _accused_subjects,
    needs(
        cues.ACCUSATORY_PREDICATES
        | cues.words("blame behind responsible culpable complicit")
        | cues.HOSTILE_ACT_NOUNS  # _hostile_act_agents
    ),
    *PERPETRATING,
    empty=[],
)
gate(
    _pejorative_predication,
    needs(cues.PEJORATIVE_ADJECTIVES | cues.PEJORATIVES | _VIOLATION_NOUNS),
    empty=[],
)
gate(_early_response, needs(_DEALING_VERBS, _WILL))
gate(_promised_answer, needs(_ANSWER_NOUNS, _WILL))
gate(_reserved_right, needs(_HOLDING_VERBS, cues.words("right")))
gate(
    _charged_actors,
    needs(COMPLY_VERBS | BREACH_VERBS, COMMITMENT_NOUNS),
    needs(HOSTILE_NOUNS),  # _hostile_noun_agents
    needs(HOSTILE_WORDS),  # _cleft_agent, _charged_agent
    *PERPETRATING,  # _charged_agent
    needs(_SUSPECT_VERBS),
    needs(cues.words("fault") | _CULPRIT_NOUNS),
    needs(_ORIGIN_NOUNS, HARM_NOUNS),
    needs(_EVIDENCING_NOUNS, HOSTILE_NOUNS | cues.words("crime atrocity")),
    empty=[],
)
gate(_passive_act_agents, needs(_CLAUSE_ACTS), empty=[])
gate(_origin_states, needs(_ORIGIN_ACTS, cues.words("from")), empty=[])
gate(_responsible, needs(_BEARING_VERBS, cues.words("responsibility")), empty=[])
# a wrong noun, or the head of a listed pair ("double standards")
gate(_wrong_owners, needs(frozenset(w.split()[-1] for w in WRONG_NOUNS)), empty=[])
gate(_countered_intruders, needs(COUNTER_VERBS, INTRUDER_NOUNS), empty=[])
gate(
    _patrons_of_hostile_actors,
    needs(SUPPORT_VERBS, HOSTILE_ACTORS | _RADICAL_MODIFIERS),
    empty=[],
)
gate(
    _involved_in_conflict,
    needs(cues.words("involved involve"), HARM_NOUNS | HOSTILE_NOUNS),
    empty=[],
)
gate(_answered_doings, needs(_RESPONSE_NOUNS, HOSTILE_NOUNS | ACT_NOUNS), empty=[])
gate(_fired_weapons_owners, needs(cues.FIRING_VERBS | THROW_VERBS, WEAPON_NOUNS), empty=[])
gate(_evidenced_act, needs(_EVIDENCING_NOUNS, HOSTILE_ACTS), empty=False)
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
gate(_under_attack, needs(cues.words("under"), cues.words("attack fire siege"), _WILL))
gate(
    _promised_harm,
    needs(_HARMFUL_WORDS, _MODALS | _READY_ADJECTIVES),
    needs(_PLAN_VERBS, cues.HOSTILE_ACT_NOUNS),
)
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
)
gate(_prepared_harm, needs(cues.words("make take"), _PREPARATION_NOUNS, _WILL))
gate(_not_tolerated, needs(TOLERATE_VERBS, _WILL, NEG))
gate(_unlawful_acts, needs(_UNLAWFUL), empty=[])
gate(
    _evaluated_wrongs,
    needs(HOSTILE_ACTS | HOSTILE_NOUNS | CONFLICT_NOUNS | WRONG_ADJECTIVES),
    empty=[],
)
gate(
    _named_causes,
    needs(_CAUSE_HEADS, HARM_NOUNS | HOSTILE_NOUNS | _TROUBLE_NOUNS),
    empty=[],
)
gate(_bad_record, needs(_RECORD_VERBS, cues.words("record")))
gate(
    _criticized,
    needs(cues.words("enough"), NEG),  # _falls_short
    needs(
        cues.words("motivated should ought") | CRITICAL_NOUNS | CRITICAL_ADJECTIVES | _WRONG_NOUNS
    ),
)
gate(_evaluated_clause, needs(CRITICAL_ADJECTIVES))
gate(_told_to_stop, needs(_STOP_VERBS, cues.words("should must")))
