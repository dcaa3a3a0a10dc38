"""Content-borne stance: an asserted content that denies ("the allegations were made
up"), charges ("Hamas carried out the attack"), labels pejoratively or threatens."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _TIME_PREPS,
    _agents,
    _Context,
    _is_actor_token,
    _is_passive,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
    _with_conjuncts,
)
from kg.extract.claims.targets import _allegation_targets, _owners, actor_mention
from kg.model import Mention, Span, Stance


def _infer_stance(
    content: Span, targets: tuple[Mention, ...], context: _Context
) -> tuple[Stance, tuple[Mention, ...], bool]:
    """ASSERT -> DENY when the content denies, -> ACCUSE when it charges its subject."""
    if "content_stance" not in context.rules:
        return Stance.ASSERT, targets, False
    span = context.doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return Stance.ASSERT, targets, False
    if _disclaims(span):
        return Stance.DENY, (), True  # "had nothing to do with the attack": no accuser named
    denial = _denial_in(span)
    if denial is not None:
        allegation = denial if denial.lemma_.lower() in cues.ALLEGATION_NOUNS else None
        if allegation is not None:
            return Stance.DENY, _allegation_targets(allegation, context), True
        return Stance.DENY, targets, True
    if _denies_charge(span):
        return Stance.DENY, (), True  # "did not attack any cities", "no threats were made"
    accused = _accused_subjects(span)
    if accused:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in accused), True
    labelled = _pejorative_predication(span)
    if labelled:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in labelled), True
    threatened = _threatened(span)
    if threatened is None:
        threatened = _conditional_threat(span)
    if threatened is not None:
        return Stance.THREATEN, tuple(actor_mention(t, context) for t in threatened), True
    return Stance.ASSERT, targets, False


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
            consequences = [c for c in token.children if c.dep_ == "dobj"]
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
        if not words & cues.PEJORATIVES:
            continue
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
        if _is_actor_token(subject):
            return _with_conjuncts(subject)
        owners = _owners(subject)
        if owners and subject.lemma_.lower() in cues.ARMED_NOUNS:
            return owners  # "a Russian shell hit the town", "Indian troops opened fire": the state
        if owners:
            return [subject]  # "a Chinese state-backed hacking group"
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
        if negated and lemma in cues.INTENT_VERBS:
            chained = [c for c in verb.children if c.dep_ == "xcomp"]
            if any(c.lemma_.lower() in cues.ACCUSATORY_PREDICATES for c in chained):
                return True
        for child in verb.children:
            none = any(d.lower_ == "no" for d in child.children)
            subject = child.dep_ in ("nsubj", "nsubjpass", "attr")
            hostile = child.lemma_.lower() in cues.HOSTILE_ACT_NOUNS | cues.THREAT_NOUNS
            if none and subject and hostile:
                return True
    return False


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
    if lemma in cues.PERPETRATE_VERBS:
        return any(o.lemma_.lower() in cues.HOSTILE_ACT_NOUNS for o in objects)
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
            if o is not None and (_is_actor_token(o) or _owners(o))
        ]  # "into northern Israel", not "into the sea" (a test, not an attack)
        return bool(aimed) and any(f.lemma_.lower() in cues.WEAPON_NOUNS for f in fired)
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


def _active_subject(verb: Token) -> Token | None:
    """The nsubj of ``verb``, or of the verb it complements ('Russia will seek to meddle')."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return subject
        verb = verb.head
