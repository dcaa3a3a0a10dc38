"""Contents that deny: a disclaimer ("had nothing to do with the attack"), an avowed
innocent purpose ("strictly for peaceful purposes"), a quoted rejection or an evaluation
of the allegation ("baseless", "fabricated"), a charge denied ("did not attack any
cities"), a record said not to exist, an exculpation ("is not to blame").

Read before any charge, so that "did not attack" is a denial rather than an accusation."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import span_tokens
from kg.extract.claims.base import (
    _Context,
    _is_actor_token,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
    verb_stance,
)
from kg.extract.claims.content_acts import PERPETRATING, _perpetrates
from kg.extract.claims.content_base import (
    _NEGATIVE_PRONOUNS,
    _judged_conduct,
    _modal,
    _named_sides,
    _negated,
    _negative_subject,
    _own_side,
)
from kg.extract.claims.content_lexicon import (
    ACT_NOUNS,
    CLAIMING_VERBS,
    COMMITMENT_NOUNS,
    COMPLY_VERBS,
    HOSTILE_NOUNS,
    MILITARY_NOUNS,
    OCCUR_VERBS,
    SUPPORT_VERBS,
    WEAPON_NOUNS,
    load_classes,
)
from kg.extract.claims.gates import NEG, also, gate, needs
from kg.extract.claims.targets import _allegation_targets, _owners, _state_of, actor_mention
from kg.model import Mention, Stance


def _denial_in(span: SpacySpan) -> Token | None:
    """The allegation (or evidence) noun of a denial inside ``span``, or None.

    'there is no proof to support the US' claims', 'the allegations were made up',
    'the reports are baseless', 'it is a lie'.
    """
    for token in span_tokens(span):  # the index's shared tokens (round 41, speed50)
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
            # "nobody has shown any proof": the subject denies it
            negated = negated or (token.dep_ == "dobj" and _negative_subject(token.head))
            if negated:
                claim = next(
                    (t for t in token.subtree if t.lemma_.lower() in cues.ALLEGATION_NOUNS), None
                )
                return claim or token
        if lemma in cues.FABRICATION_VERBS and token.tag_ == "VBN":
            particle = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
            if lemma not in ("make", "trump", "cook") or particle:
                subject = _claim_subject(token, "nsubjpass")
                if subject is None and GERUND_HEADS:
                    subject = _gerund_head(token)
                if subject is not None:
                    return subject
        if EVIDENCE_DISMISSED and (shown := _evidence_dismissed(token)) is not None:
            return shown  # "the computer files were fake" (round 39, deny44)
        if LIAR_DENIALS and (maker := _called_liar(token)) is not None:
            return maker  # "He is lying", "They made that up" (round 36, wire38)
        # the first of coordinated predicates: "were premature and erroneous" (round 19)
        predicate = token
        if LABELLED_DENIALS and (based := _based_on_falsity(token)) is not None:
            predicate = based  # "the report is a campaign based on lies": the campaign
        while predicate.dep_ == "conj" and predicate.head is not predicate:
            predicate = predicate.head
        if (
            (lemma in cues.DENY_EVALUATIONS or token.lower_ in cues.DENY_EVALUATIONS)
            and (predicate.dep_ in ("acomp", "attr", "oprd") or _object_of_be(predicate))
            and not _negated_evaluation(token, predicate)
        ):
            subject = _claim_subject(predicate.head, "nsubj")
            if subject is None and GERUND_HEADS:
                subject = _gerund_head(predicate.head)
            if subject is None and LABELLED_DENIALS:
                subject = _labelled_subject(predicate.head)
            if subject is None and (lemma in _STATEMENT_ONLY or token.lower_ in _STATEMENT_ONLY):
                subject = _plural_pronoun_subject(predicate.head)
            if subject is not None and not _judged_conduct(predicate):
                # not "it was hypocritical of Washington to ...": conduct judged, not a claim
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
                subject = _claim_subject(attr.head, "nsubj") or _event_subject(attr.head)
                if subject is not None:
                    return subject
    return None


def _disclaims(span: SpacySpan) -> bool:
    """Whether a content disclaims involvement: "has nothing to do with us", "was not
    involved in the attack", "is not linked to any cyber attacks", "had no role in it",
    "was not behind the attack", "there is no way that our boats hit theirs"."""
    return any(_disclaimer(token) for token in span)


def _disclaimer(token: Token) -> bool:
    lemma, lower = token.lemma_.lower(), token.lower_
    if lower == "nothing" and token.dep_ in ("dobj", "attr"):  # "has nothing to do with"
        words = {t.lower_ for t in token.subtree}
        if token.head.lemma_.lower() == "have" and any(
            c.lemma_.lower() == "hide" for c in token.children
        ):
            return True  # "has nothing to hide": innocence professed
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
        # "no Syrian official was involved": the subject denies it
        negated = negated or _negative_subject(token) or _negative_subject(token.head)
        return negated and token.dep_ in ("acomp", "ROOT", "ccomp", "conj", "relcl")
    if lower == "way" and token.dep_ == "attr" and any(c.lower_ == "no" for c in token.children):
        # "there is no way that Vietnamese boats hit Chinese boats": a past event ruled out
        # ("there is no way to win", "no way that the talks will succeed" deny nothing)
        expletive = any(c.dep_ == "expl" for c in token.head.children)
        return expletive and any(
            c.dep_ in ("relcl", "acl", "ccomp")
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            and (c.tag_ == "VBD" or any(a.lemma_.lower() == "have" for a in c.children))
            for c in token.children
        )
    if lower == "reason" and any(c.lower_ == "no" for c in token.children):
        # "had no reason to believe Iran was responsible"
        return any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in cues.BELIEF_VERBS
            for c in token.children
        )
    if lemma in cues.INVOLVEMENT_NOUNS and token.pos_ == "NOUN":  # "had no role in"
        denied = any(c.lower_ == "no" for c in token.children) or (
            token.dep_ == "dobj"
            and (
                any(c.dep_ == "neg" for c in token.head.children)
                or _negative_subject(token.head)  # "no part of it played any role in"
            )
        )
        holders = (token, token.head) if token.dep_ == "dobj" else (token,)
        # "had no role in it", "played any role in the raid" (the verb takes the "in")
        scoped = any(
            c.dep_ == "prep" and c.lower_ in ("in", "with") for h in holders for c in h.children
        )
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


#: Adverbs of constancy that make keeping a commitment an answer to a charge of breaking
#: it: "has always respected the ceasefire", "has fully complied with the agreement".
_CONSTANCY_ADVERBS = cues.words("always fully strictly scrupulously consistently faithfully")


def _kept_commitment(verbs: list[Token], sides: Callable[[], set[str]]) -> bool:
    """Whether the speaker's side says it has kept a commitment: "Eritrea has always
    respected the border ruling", "it has fully complied with the peace agreement" (the
    answer to a charge of breaking it).  A promise ("will respect the truce") and another
    side's compliance (vouched for, not denied) are left alone."""
    for verb in verbs:
        if verb.lemma_.lower() not in COMPLY_VERBS or _negated(verb) or _modal(verb):
            continue
        constant = any(c.dep_ == "advmod" and c.lower_ in _CONSTANCY_ADVERBS for c in verb.children)
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        if not (constant or perfect) or verb.tag_ == "VB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, sides):
            continue
        kept = [c for c in verb.children if c.dep_ == "dobj"] + [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("with", "by", "to")
            for o in [_prep_object(c)]
            if o is not None
        ]
        if any(k.lemma_.lower() in COMMITMENT_NOUNS for k in kept):
            return True
    return False


#: Prepositions of where forces are said not to be: "has no troops in eastern Congo".
_STATIONED = cues.words("in on inside within")

#: Round 38, second wave (deny42, issue 12, test38's class (D)): the speaker's side says it has
#: no arms, no forces doing the charged deed, or no plan of a hostile act, with no place named:
#: "Iraq insists it has no weapons of mass destruction", "it no longer has any banned weapons",
#: "Iran has no nuclear-weapons program", "France has no intention of overthrowing the
#: government", "there are no such plans to act against Venezuela's government", "there are no
#: Iranian Revolutionary Guards fighting alongside Hezbollah" (forces with a participle of
#: their deed).  The accused side's denial told as content (the guide's stance table: "the act
#: did not happen"); an interest or ambition ("has no territorial ambitions", "no interest in
#: meddling", gold assertions) is left alone.  False: :func:`_no_forces` reads forces with a
#: place only, as before.  Measured in benchmarks/claims/RESULTS.md, "Round 38 (second wave,
#: after the blind scoring), deny42": first half +1 matched triple in each scope (test12), no
#: system triple added anywhere, second half and held-out parts (test38 named) unmoved: on.
OWNED_ARMS = True

_OWNED = load_classes("owned_denials.tsv")
_ARMS_PROGRAMS = _OWNED["arms_program_noun"]
_INTENT_NOUNS = _OWNED["intent_noun"]
_PLOTTED_VERBS = _OWNED["plotted_verb"]
_AGAINST_VERBS = _OWNED["against_verb"]
_FORCE_NOUNS = _OWNED["force_noun"]


#: Round 39 (deny44, issue 12, test38's class (D)): the charge's evidence dismissed as content:
#: a thing shown as evidence ("the computer files", "the photos") called false or fake, and a
#: document or such evidence called inconsistent, incomprehensible, doctored or forged ("the
#: documents were forged", "called the documents inconsistent and incomprehensible") is a
#: denial of the charge it was shown for, as "the report is baseless" is (the guide's stance
#: table: "the allegation is false").  False: only the lexicon's document nouns and statement
#: nouns take a verdict of falsity, and no word of incoherence denies, as before.  Extraction
#: (this module and :mod:`.labels`).  Measured in benchmarks/claims/RESULTS.md, "Round 39,
#: deny44": no matched triple moves on any part, no development or second-half system triple is
#: added; on test38 one system claim turns from another stance to an unmatched denial (deny
#: system triples 10 -> 11): on by the bar's clause for constructions absent from development.
EVIDENCE_DISMISSED = True
#: Round 39 (deny44, issue 12, test38's class (D)): a defended person's innocence told as
#: content -- "X is innocent", "X is not guilty", "X did not participate in any war crimes",
#: "he never engaged in any separatist activities" -- at or after a sentence that states a
#: charge is a denial of it (the guide: a content that says the act did not happen or the
#: allegation is false; the accused side's speaker or its defender); with no charge stated
#: it stays an assertion (the guide's point 21).  Read by :func:`.denials.refine` on the
#: assertions the earlier readers left (:func:`innocence_claimed`).  False: an assertion, as
#: before.  Extraction.  Measured in benchmarks/claims/RESULTS.md, "Round 39, deny44": no
#: development or second-half triple moves (no development line has the shape); held-out test28
#: -1 matched triple in the document scope (the bar's clause for constructions absent from
#: development allows none); test38 deny 7 -> 8 of 19 matched (its sum unmoved): off by the bar.
DEFENDED_INNOCENCE = False

_DEFENDED = load_classes("defended_denials.tsv")
_INNOCENT_WORDS = _DEFENDED["innocent_word"]
_GUILTY_WORDS = _DEFENDED["guilty_word"]
_PARTAKING_VERBS = _DEFENDED["partaking_verb"]
_CRIME_NOUNS = _DEFENDED["crime_noun"]
_EVIDENCE_ITEMS = _DEFENDED["evidence_item_noun"]
_DISCREDITING = _DEFENDED["discrediting_word"]


def dismissed_evidence(noun: Token, words: set[str]) -> bool:
    """Whether ``noun``, called by ``words``, is the charge's evidence dismissed
    (:data:`EVIDENCE_DISMISSED`): a thing shown as evidence called false, or a document or
    such a thing called inconsistent, forged or the like ("called the documents inconsistent
    and incomprehensible")."""
    if not EVIDENCE_DISMISSED or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, word = noun.lemma_.lower(), noun.lower_
    item = lemma in _EVIDENCE_ITEMS or word in _EVIDENCE_ITEMS
    if item and words & cues.DENY_EVALUATIONS:
        return True
    return bool(words & _DISCREDITING) and (item or lemma in cues.DOCUMENT_NOUNS)


def _evidence_dismissed(token: Token) -> Token | None:
    """The evidence ``token`` dismisses as the predicate of its clause ("the computer files
    were fake", "the documents are inconsistent", "the photos were doctored"), or None
    (:data:`EVIDENCE_DISMISSED`)."""
    word, lemma = token.lower_, token.lemma_.lower()
    if not ({word, lemma} & (_DISCREDITING | cues.DENY_EVALUATIONS)):
        return None
    predicate = token
    while predicate.dep_ == "conj" and predicate.head is not predicate:
        predicate = predicate.head
    if token.tag_ == "VBN" and token.dep_ in ("ROOT", "ccomp", "conj") and not _negated(token):
        verb, deps = token, ("nsubjpass",)  # "the documents were forged"
    elif predicate.dep_ in ("acomp", "attr") and not _negated_evaluation(token, predicate):
        verb, deps = predicate.head, ("nsubj",)  # "the files were fake"
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in deps), None)
    if subject is None or not dismissed_evidence(subject, {word, lemma}):
        return None
    return subject


def innocence_claimed(span: SpacySpan) -> bool:
    """Whether ``span`` says its subject is innocent (:data:`DEFENDED_INNOCENCE`): "the
    general is innocent", "he is not guilty", "he did not participate in any war crimes",
    "never engaged in any separatist activities" (a deed with "any" or a crime noun)."""
    for token in span:
        lemma = token.lemma_.lower()
        if token.dep_ in ("acomp", "attr") and token.head.lemma_.lower() == "be":
            head = token.head
            subject = any(c.dep_ == "nsubj" for c in head.children)
            denied = _negated(head) or _negated(token)
            if subject and lemma in _INNOCENT_WORDS and not denied and not _modal(head):
                return True
            if subject and lemma in _GUILTY_WORDS and denied and not _modal(head):
                return True
        if lemma in _PARTAKING_VERBS and token.pos_ == "VERB":
            never = any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)
            if not never or _modal(token):
                continue
            for prep in token.children:
                deed = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
                if deed is None:
                    continue
                named = {deed.lemma_.lower(), deed.lower_} | {
                    c.lower_ for c in deed.children if c.dep_ in ("compound", "amod")
                }
                if (
                    deed.lower_ == "any"  # "in any of the killings"
                    or any(c.lower_ == "any" for c in deed.children)
                    or named & _CRIME_NOUNS
                ):
                    return True
    return False


def _owned_arms(thing: Token) -> bool:
    """Whether a noun the side says it has none of is arms: a weapon ("banned weapons",
    "weapons of mass destruction") or a programme whose modifier is one ("nuclear-weapons
    program")."""
    lemma = thing.lemma_.lower()
    if lemma in WEAPON_NOUNS or thing.lower_ in WEAPON_NOUNS:
        return True
    return lemma in _ARMS_PROGRAMS and any(
        c.dep_ in ("compound", "amod", "nmod")
        and (c.lemma_.lower() in WEAPON_NOUNS or c.lower_ in WEAPON_NOUNS)
        for c in thing.subtree
        if c.i < thing.i
    )


def _hostile_plan(thing: Token) -> bool:
    """Whether an intention or plan is of a hostile deed: "intention of overthrowing the
    government", "plans to act against Venezuela's government"."""
    if thing.lemma_.lower() not in _INTENT_NOUNS:
        return False
    deeds = [c for c in thing.children if c.dep_ in ("acl", "relcl")] + [
        o
        for c in thing.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in [_prep_object(c)]
        if o is not None
    ]
    for deed in deeds:
        lemma = deed.lemma_.lower()
        if lemma in cues.ACCUSATORY_PREDICATES or lemma in _PLOTTED_VERBS or _perpetrates(deed):
            return True
        if lemma in _AGAINST_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "against" for c in deed.children
        ):
            return True
    return False


def _none_of(thing: Token, verb: Token) -> bool:
    """Whether ``thing`` is said to be had or to be there not at all: "no weapons", "does not
    have any troops", "no longer has any banned weapons"."""
    if any(c.lower_ == "no" for c in thing.children):
        return True
    anything = any(c.lower_ == "any" for c in thing.children)
    longer = any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children)
        for c in verb.children
    )
    return anything and (_negated(verb) or longer)


def _no_forces(verbs: list[Token], sides: Callable[[], set[str]]) -> bool:
    """Whether the speaker's side says it has no forces where it is charged with having
    them: "Rwanda has no troops in eastern Congo", "we do not have any soldiers in
    Ukraine", "there are no Rwandan troops in Congo"."""
    for verb in verbs:
        if verb.lemma_.lower() not in ("have", "be"):
            continue
        expletive = any(c.dep_ == "expl" for c in verb.children)
        roles = ("attr", "nsubj") if expletive else ("dobj",)
        if verb.lemma_.lower() == "be" and not expletive:
            continue
        for forces in verb.children:
            if forces.dep_ not in roles:
                continue
            force = forces.lemma_.lower()
            if force not in MILITARY_NOUNS and not (OWNED_ARMS and force in _FORCE_NOUNS):
                continue
            none = any(c.lower_ == "no" for c in forces.children) or (
                _negated(verb) and any(c.lower_ == "any" for c in forces.children)
            )
            placed = any(
                c.dep_ == "prep" and c.lower_ in _STATIONED
                for h in (verb, forces)
                for c in h.children
            )
            if OWNED_ARMS and not placed:
                # "no Iranian Revolutionary Guards fighting alongside Hezbollah": the deed
                placed = any(c.dep_ == "acl" and c.tag_ == "VBG" for c in forces.children)
            if not (none and placed):
                continue
            if expletive:
                named = _named_sides(forces)
                if named and named & sides():
                    return True  # "there are no Rwandan troops in Congo"
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if _own_side(subject, sides):
                return True
        if OWNED_ARMS and _owned_nothing(verb, expletive, sides):
            return True
    return False


def _owned_nothing(verb: Token, expletive: bool, sides: Callable[[], set[str]]) -> bool:
    """Whether the speaker's side says it has no arms or no plan of a hostile deed
    (:data:`OWNED_ARMS`): "it has no weapons of mass destruction", "France has no intention
    of overthrowing the government", "there are no such plans to act against X"."""
    if _modal(verb):
        return False
    roles = ("attr", "nsubj") if expletive else ("dobj",)
    for thing in verb.children:
        if thing.dep_ not in roles or not _none_of(thing, verb):
            continue
        if not (_owned_arms(thing) or _hostile_plan(thing)):
            continue
        if expletive:
            # "there are no such plans": nobody's but the speaker's, unless another side is named
            named = _named_sides(thing)
            if not named or named & sides():
                return True
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if _own_side(subject, sides):
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


#: Events an unnamed hand is said to be behind: "the explosion was the work of provocateurs".
_EVENT_NOUNS = cues.words("explosion explosions blast blasts incident incidents fire")


def _event_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` when it names a hostile event ("the shelling", "the
    explosion"): "the shelling may have been the work of provocateurs" lays the act at
    the door of nobody the accusers named."""
    for child in verb.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "nsubj" and (
            lemma in _EVENT_NOUNS or lemma in cues.HOSTILE_ACT_NOUNS or lemma in HOSTILE_NOUNS
        ):
            return child
    return None


#: Round 33 (deny34, issue 12): "be" takes no object, so a noun the parser made the object
#: of "be" is its attribute.  The parser does so with a contraction printed with a curly
#: apostrophe ("“That’s a lie,” he said": "lie" the object of "’s"), whose lemma is "be"
#: with ``kg.nlp.CURLY_CONTRACTIONS``; False reads attributes only.
BE_OBJECTS = True


#: Round 34 (the lead, issue 12): a falsity evaluation that is itself negated affirms, not
#: denies: "the allegations were not baseless", "that is not a lie", "the reports were no
#: exaggeration".  Measured on every open claims part (38) in both scopes: no matched or
#: system triple moves (the shape is rare).  Round 35: the official-text path
#: (``voice._called_false``) reads it too, so "It would be no exaggeration to say that P" (a
#: Kremlin text) is no longer the publisher's denial.  False: the evaluation denies even when
#: negated, as before.
NEGATED_EVALUATIONS = True


def _negated_evaluation(token: Token, predicate: Token) -> bool:
    """Whether the falsity word ``token`` (its predicate ``predicate``) is negated: "no" as
    its determiner, or "not" on the verb it is predicated by (:data:`NEGATED_EVALUATIONS`)."""
    if not NEGATED_EVALUATIONS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    return any(c.dep_ == "neg" for c in predicate.head.children)


def _object_of_be(token: Token) -> bool:
    """Whether ``token`` is the misparsed object of "be" (:data:`BE_OBJECTS`)."""
    return BE_OBJECTS and token.dep_ == "dobj" and token.head.lemma_.lower() == "be"


#: Verbs of saying whose free relative names what was said: "what they said is not true".
_SAYING_VERBS = cues.words("say claim allege charge report write suggest assert")


#: Words spoken that a falsity judgement denies like a claim: "his comments were erroneous",
#: "the minister's remarks are false".
_SPOKEN_NOUNS = cues.words("comment comments remark remarks")


#: Evaluations only a statement can earn (round 20, issue 12): "They are baseless and
#: totally untrue" denies what "they" stands for, where "they are wrong" or "they are
#: hypocritical" may judge people.
_STATEMENT_ONLY = cues.words(
    "unsubstantiated baseless groundless unfounded untrue fabricated bogus unproven "
    "unsupported invented concocted fictitious"
)


def _plural_pronoun_subject(verb: Token) -> Token | None:
    """The subject "they" of ``verb``, for a predicate only a statement can earn."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "they"), None)


#: Whether a falsity predicated of the other side's labelled claim or campaign denies it
#: (round 22, second wave, labeldeny22; issue 12): "the so-called X hype is a complete lie"
#: (a subject under "so-called"), "the hysteria is a fabrication" (:data:`LABELLED_NOUNS`),
#: "the report is a campaign based on lies" (:func:`_based_on_falsity`).  Off: measured in
#: benchmarks/claims/RESULTS.md.
LABELLED_DENIALS = False

#: What the other side puts about, besides the allegation nouns: a falsity predicated of it
#: denies it ("the hype is a lie").
LABELLED_NOUNS = cues.words("hype hysteria campaign propaganda scaremongering fearmongering")


def _labelled_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is a campaign noun (:data:`LABELLED_NOUNS`) or carries
    "so-called" ("the so-called attack threat"): the other side's claim, named as a label."""
    for child in verb.children:
        if child.dep_ != "nsubj" or child.pos_ not in ("NOUN", "PROPN"):
            continue
        if child.lemma_.lower() in LABELLED_NOUNS:
            return child
        if any(
            c.dep_ == "amod"
            and c.lower_ in ("called", "so-called")
            and any(g.lower_ == "so" for g in (c, *c.children))
            or c.lower_ == "so-called"
            for c in child.children
        ):
            return child
    return None


def _based_on_falsity(token: Token) -> Token | None:
    """The noun a falsity is the basis of: "a campaign based on lies" -> campaign."""
    if token.dep_ != "pobj" or token.head.lower_ != "on":
        return None
    based = token.head.head
    if based.lemma_.lower() not in ("base", "build", "found") or based.dep_ != "acl":
        return None
    return based.head


def _claim_subject(verb: Token, dep: str) -> Token | None:
    """The subject of ``verb`` when it names something said ('the claims'), is a pronoun,
    or is a free relative of saying ('what they said', 'what Kenya claims')."""
    for child in verb.children:
        if (
            dep == "nsubj"
            and child.dep_ == "csubj"
            and child.lemma_.lower() in _SAYING_VERBS
            and any(c.lower_ == "what" and c.dep_ == "dobj" for c in child.children)
        ):
            return child
        if (
            CLAUSAL_CHARGES
            and dep == "nsubj"
            and child.dep_ == "csubj"
            and child.lemma_.lower() in CLAIMING_VERBS
            and child.tag_ in ("VB", "VBG")
        ):
            return child  # "To accuse our forces of genocide is absurd" (round 36, wire38)
        if (
            PROPOSITION_SUBJECTS
            and dep == "nsubj"
            and child.dep_ == dep
            and _stated_proposition(child)
        ):
            return child  # 'Any thought that the Pentagon may be part of it is "absurd"'
        if child.dep_ == dep and (
            child.lemma_.lower() in cues.ALLEGATION_NOUNS
            or child.lemma_.lower() in cues.MESSAGE_NOUNS
            or (child.lemma_.lower() in cues.DOCUMENT_NOUNS and child.pos_ == "NOUN")
            # "Mr. Annan's comments were premature and erroneous" (round 19, recall19)
            or (child.lemma_.lower() in _SPOKEN_NOUNS and child.pos_ == "NOUN")
            or child.lower_ in ("it", "this", "that", "these", "those", "everything")
        ):
            return child
    return None


def _denies_charge(span: SpacySpan) -> bool:
    """Whether a content denies a hostile act: a negated accusatory predicate with a
    speaker-side subject ("The Sudanese army did not attack any cities", "we are not
    seeking to destabilize him"), a hostile act with nobody as its agent ("not a single
    soldier crossed the border") or a hostile act said not to exist ("no threats were
    made", "there was no attack")."""
    for verb in _main_verbs(span):
        negated = any(c.dep_ == "neg" for c in verb.children)
        # "not a single soldier crossed the border", "no Eritrean unit attacked": an agent
        # said to be nobody (not "no one was killed": a victim)
        negated = negated or (
            _negative_subject(verb) and any(c.dep_ == "nsubj" for c in verb.children)
        )
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


def _doubted_for_another(evidence: Token, sides: Callable[[], set[str]]) -> bool:
    """Whether "no evidence" is a third party's doubt about another side's act, not a
    denial: a U.S. official's "there is no evidence that Iran supported the attacks" (a
    denial is the accused side's; the doer named must be of no side of the speaker's, and
    the speaker's side must be known)."""
    if evidence.lemma_.lower() not in cues.EVIDENCE_NOUNS:
        return False
    for token in evidence.subtree:
        subject = token.dep_ in ("nsubj", "nsubjpass")
        if not subject or token.head is evidence.head:
            continue
        named = _named_sides(token)
        if THIRD_PARTY_DOUBTS and (named or _is_actor_token(token)):
            # "no evidence (that) the Iranian government is involved", "no evidence
            # suggesting al-Zawahiri was present": a named doer not the speaker's own side
            return not _own_side(token, sides)
        if not _is_actor_token(token):
            continue
        return bool(named) and bool(sides()) and not (named & sides())
    return False


#: Round 38, second wave (deny42, issue 12, test38's class (E), its evidence-absence half):
#: "no evidence (that) P" whose doer in P is named and is not the speaker's own side is the
#: speaker's doubt, an assertion, not a denial, also where the speaker's side is not known
#: (weapons inspectors: "have found no evidence to suggest Iraq is engaged in ... weapons
#: programs"), where the doer is a person or group of no state ("no evidence suggesting
#: al-Zawahiri was present") or a state agency told with its demonym ("does not have evidence
#: the Iranian government is involved"), as the development gold reads them all (assert); a
#: doer of the speaker's side ("no evidence that we supplied arms") or an allegation noun ("no
#: evidence to support their claim", read before this) stays a denial.  False: only a doer
#: that names a side other than the known speaker's side, as before.  Measured in
#: benchmarks/claims/RESULTS.md, "Round 38 (second wave, after the blind scoring), deny42":
#: first half +2 matched triples in each scope (test12, test13), held-out test38 +2 in each
#: scope, no system triple added, second half and the other held-out parts unmoved: on.
THIRD_PARTY_DOUBTS = True


#: Verbs of a claim that a negated content answers: "has not been defeated, as the
#: government claims".
_CLAIMING_VERBS = cues.words("claim allege charge contend suggest insist assert")
#: Verbs of a report, answered only by the speaker's own side: "the government has not
#: sent troops, as reported by a news agency".
_REPORTING_VERBS = cues.words("report say")


def _contradicted_claimants(
    span: SpacySpan, verbs: list[Token], sides: Callable[[], set[str]]
) -> list[Token] | None:
    """The claimants a negated content contradicts by name, or None: "the rebellion has
    not been defeated, as the president claims" (the president), "the government has not
    sent troops, as reported by a news agency" (the agency; a report is contradicted only
    when the negated doing is the speaker's side's own: "Iran has not complied, as the
    agency reported" agrees with the report)."""
    for verb in verbs:
        if not (_negated(verb) or _negative_subject(verb)):
            continue
        for clause in verb.children:
            lemma = clause.lemma_.lower()
            if clause.dep_ != "advcl" or _negated(clause) or not span.start <= clause.i < span.end:
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
                continue
            if lemma in _REPORTING_VERBS:
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None or subject.dep_ != "nsubj" or not _own_side(subject, sides):
                    continue
            elif lemma not in _CLAIMING_VERBS:
                continue
            claimants = [c for c in clause.children if c.dep_ == "nsubj"] + [
                o
                for c in clause.children
                if c.dep_ == "agent"
                for o in [_prep_object(c)]
                if o is not None
            ]
            if claimants:
                return claimants
    return None


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
                # "nothing could be further from the truth"
                far = far or (
                    child.dep_ in ("acomp", "advmod")
                    and child.lower_ in ("further", "farther")
                    and subject is not None
                    and subject.lower_ == "nothing"
                )
                if far and any(
                    p.dep_ == "prep" and p.lower_ == "from" and _truth(p) for p in child.children
                ):
                    return True  # "it is far from the truth"
                attribute = child.dep_ == "attr" or _object_of_be(child)
                if NEGATED_EVALUATIONS and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in child.children
                ):
                    attribute = False  # "it would be no exaggeration to say that ..."
                if attribute and not negated and (claim is not None or clausal):
                    words = {t.lemma_.lower() for t in _nominal_subtree(child)}
                    if words & _SMEAR_WORDS:
                        return True  # "is another fabrication", "part of a smear campaign"
        if lemma in _MATCHING_VERBS and negated and _claim_subject(verb, "nsubj") is not None:
            # "these claims do not correspond to reality", "the report does not reflect the facts"
            matched = [c for c in children if c.dep_ == "dobj"] + [
                o
                for c in children
                if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for o in [_prep_object(c)]
                if o is not None
            ]
            if any(m.lemma_.lower() in ("truth", "reality", "fact") for m in matched):
                return True
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


#: Adverbs that only stress a rebuttal: "that is simply not the case".
_REBUTTAL_ADVERBS = cues.words(
    "simply just certainly absolutely actually really definitely clearly quite totally"
)
#: Subjects that point back at what was said: "that is not the case".
_POINTING = cues.words("it this that")


def _rebuts(verbs: list[Token]) -> bool:
    """Whether a content is a bare rebuttal of what was said or asked: "that is not the
    case", "it is not like that", "that is simply not so", "the answer is no".  Only the
    bare clause counts: a time, a place or "either" ("this is not the case now", "not the
    case in Ukraine") describes a state of affairs rather than contradicting anyone."""
    for verb in verbs:
        if verb.lemma_.lower() != "be":
            continue
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        rest = [c for c in children if c is not subject and c.dep_ not in ("punct", "dep")]
        if any(
            c.dep_ not in ("neg", "attr", "acomp", "prep")
            and not (c.dep_ == "advmod" and c.lower_ in _REBUTTAL_ADVERBS)
            for c in rest
        ):
            continue
        complements = [c for c in rest if c.dep_ in ("attr", "acomp", "prep")]
        if len(complements) != 1:
            continue
        complement = complements[0]
        if subject.lemma_.lower() == "answer" and complement.lower_ == "no":
            if not _negated(verb) and all(c.dep_ == "det" for c in subject.children):
                return True  # "the answer is no"
            continue
        if subject.lower_ not in _POINTING or list(subject.children):
            continue
        if not (_negated(verb) or _negated(complement)):
            continue
        inner = [c for c in complement.children if c.dep_ != "neg"]
        words = [c.lower_ for c in inner]
        if complement.dep_ == "attr" and complement.lower_ == "case" and words == ["the"]:
            return True  # "that is not the case"
        if complement.dep_ == "acomp" and complement.lower_ == "so" and not words:
            return True  # "that is simply not so"
        if (
            complement.dep_ == "prep"
            and complement.lower_ == "like"
            and words in (["that"], ["this"])
            and not list(inner[0].children)
        ):
            return True  # "it is not like that"
    return False


#: Verbs of agreeing with the facts: "the claims do not correspond to reality".
_MATCHING_VERBS = cues.words("correspond reflect match accord square tally")


def _truth(prep: Token) -> bool:
    complement = _prep_object(prep)
    return complement is not None and complement.lemma_.lower() in ("truth", "reality", "fact")


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
        made = _false_charges_made(verb, context) if _FALSE_CHARGES in context.rules else None
        if made is not None:
            return made
    return None


#: The family of round 16's two constructions below (a rule name: on by default, ablatable).
_FALSE_CHARGES = "charge_called_false"


#: Adjectives that call a party's belief or claim wrong: "is mistaken in its belief".
_MISTAKEN = cues.words("wrong mistaken incorrect")
#: Verbs and nouns of what a party holds or says: "wrong to claim", "in its belief".
_HOLDING_VERBS = cues.words("claim say suggest allege assert believe think insist accuse blame")
_HOLDING_NOUNS = cues.words(
    "belief beliefs assertion assertions claim claims view assessment assumption accusation "
    "accusations allegation allegations suggestion"
)


def _called_mistaken(span: SpacySpan, context: _Context) -> tuple[Mention, ...] | None:
    """'X is wrong to claim that P', 'X is mistaken in its belief that P': the named party
    whose claim the content calls false (the denial's target), or None."""
    if _FALSE_CHARGES not in context.rules:
        return None
    for token in span:
        if token.lower_ in _MISTAKEN:
            head = token if token.dep_ != "acomp" else token.head
            party = _mistaken_claimant(head)
            if party is not None:
                return (actor_mention(_state_of(party) or party, context),)
    return None


def _mistaken_claimant(verb: Token) -> Token | None:
    """'X is wrong to claim that P', 'X is mistaken in its belief that P': a named party
    told its claim is false, the party (the target of the denial), or None."""
    if verb.lower_ in _MISTAKEN:
        adjectives = [verb]  # "is mistaken" parsed as a passive participle
    elif verb.lemma_.lower() == "be":
        adjectives = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _MISTAKEN]
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _is_actor_token(subject):
        return None
    for adjective in adjectives:
        for child in (*adjective.children, *verb.children):
            if child.dep_ == "xcomp" and child.lemma_.lower() in _HOLDING_VERBS:
                return subject  # "is wrong to claim that P"
            if child.dep_ == "prep" and child.lower_ == "in":
                held = _prep_object(child)
                if held is not None and held.lemma_.lower() in _HOLDING_NOUNS:
                    return subject  # "is mistaken in its belief that P"
    return None


#: Nouns of a charge made, which a falsity word calls false when it is their object:
#: "is making groundless charges", "consists of unfounded accusations".
_MADE_CHARGES = cues.ACCUSATION_NOUNS | cues.words(
    "allegation allegations claim claims charge charges assertion assertions insinuation "
    "insinuations rumour rumours rumor rumors"
)


#: Verbs of making a charge (or of a report made of charges): "making", "leveling",
#: "consists of"; spreading or peddling claims is left a charge against the spreader.
_CHARGE_MAKING = cues.words("make level levell raise bring file lodge repeat voice consist contain")


def _false_charges_made(verb: Token, context: _Context) -> tuple[Mention, ...] | None:
    """'X is making groundless charges that P', 'the report consists of unfounded
    accusations': a charge called false by its own adjective as the verb's object (or the
    object of its preposition) is denied, aimed at the verb's subject when that names an
    actor or a report's author, else at the author the charge names.  A smear noun as the
    object ("X is spreading lies") stays a charge against X (above)."""
    if verb.lemma_.lower() not in _CHARGE_MAKING:
        return None  # "Russia was spreading false claims": a charge against the spreader
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in", "with")
        for o in [_prep_object(p)]
        if o is not None
    ]
    head = verb
    while True:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            return None  # "could seek to spread false claims": a fear, not a denial
        if head.dep_ not in ("xcomp", "conj") or head.head is head:
            break
        head = head.head
    for noun in objects:
        if noun.lemma_.lower() not in _MADE_CHARGES and noun.lower_ not in _MADE_CHARGES:
            continue
        if not any(
            c.dep_ == "amod" and c.lemma_.lower() in cues.DENY_EVALUATIONS for c in noun.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and _is_actor_token(subject):
            return (actor_mention(_state_of(subject) or subject, context),)
        if subject is not None and subject.lemma_.lower() in _MADE_CHARGES | cues.DOCUMENT_NOUNS:
            authors = _allegation_targets(subject, context)
            return tuple(a for a in authors if a.label not in ("NOMINAL", "PRON"))
        return _allegation_targets(noun, context)
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


#: Verbs of fabricating that need their particle: "made up", not "made".
_MADE_UP = cues.words("make trump cook")


#: Round 36, wire38 (issue 12, test36's class (1): short quoted denials of wire copy): a
#: content that calls the charge's maker a liar ("He is lying", "they lied") or says the maker
#: made the charge up ("He made that up", "they have made it all up") is a denial, its
#: target the one called a liar (the maker of "made up" is left to the target rules).  Read in
#: :func:`_denial_in`; "lie" as place ("the islands lie in the sea", "the truth lies
#: elsewhere", "lies ahead") and a negated or first-person subject ("we are not lying") stay
#: out.  Measured in benchmarks/claims/RESULTS.md, round 36, wire38.
LIAR_DENIALS = True

#: Round 40 (second wave, deny47, issue 12): a falsity evaluation whose subject is a noun
#: stating a proposition in a that-clause of its own ('Any thought that the Defense Department
#: may be part of such a conspiracy is "absurd"', "the impression that P is false"), whatever
#: the noun, denies the proposition, as "the idea that P is ridiculous" does for the lexicon's
#: allegation nouns; a relative clause ("the plan that they made") is no proposition.  False:
#: only the allegation, message, document and spoken nouns count, and "absurd" on another noun
#: is a criticism.  Read in :func:`_claim_subject`.  Extraction.  Measured in
#: benchmarks/claims/RESULTS.md, "Round 40 (second wave, after the blind scoring), deny47":
#: nothing moves on any part in either scope (test40's "Any thought" is tagged a VERB in its
#: document and stays a criticism): on by the bar's clause for constructions absent from
#: development.
PROPOSITION_SUBJECTS = True


def _stated_proposition(noun: Token) -> bool:
    """Whether ``noun`` states a proposition (:data:`PROPOSITION_SUBJECTS`): a noun with a
    clause of its own opened by "that" as its complement, not a relative clause."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


#: Round 36, wire38: a falsity evaluation whose subject is a clause of claiming ("To accuse
#: Rwandan forces of committing genocide ... is just absurd", "Saying that our troops crossed
#: the border is a lie"; the ``claiming_verb`` rows of kg/data/content_lexicon.tsv, bare or
#: gerund, as the clausal subject) denies the charge that clause states, as "the accusation
#: is absurd" does.  Read in :func:`_claim_subject`.  Measured in benchmarks/claims/RESULTS.md,
#: round 36, wire38.
CLAUSAL_CHARGES = True

#: Round 37 (wire39, issue 12): the clause of claiming a falsity evaluation judges, when the
#: parser made the gerund the head of both ("Saying that Vietnam is encroaching on Cambodian
#: land is fully fabricated": "Saying" with the claim and "fabricated" as its two clausal
#: complements, the evaluation with no subject of its own), is read as the evaluation's
#: subject, as :data:`CLAUSAL_CHARGES` reads "To accuse X of ... is absurd".  False: no
#: denial read there, as before.  Measured in benchmarks/claims/RESULTS.md, "Round 37, wire39":
#: first half +1 matched triple in each scope (test8), no system triple added; second half and
#: held-out parts unmoved: on.
GERUND_HEADS = True


def _gerund_head(predicate: Token) -> Token | None:
    """The gerund of claiming a subjectless falsity predicate hangs on as its second clausal
    complement, after the claim's own ("Saying that P is fabricated"), or None."""
    if predicate.dep_ != "ccomp" or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in predicate.children
    ):
        return None
    head = predicate.head
    if head is predicate or head.tag_ != "VBG" or head.lemma_.lower() not in CLAIMING_VERBS:
        return None
    if any(c.dep_ == "nsubj" for c in head.children):
        return None  # "he is saying that P, it is absurd": a speaker's own saying
    claim = any(c.dep_ == "ccomp" and c.i < predicate.i for c in head.children)
    return head if claim else None


#: Pronouns a liar is called by: the other side, not the speaker ("we", "I").
_LIAR_PRONOUNS = cues.words("he she they you")
#: What "made up" makes when it is the charge: "made that up", "made it all up".
_MADE_UP_OBJECTS = cues.words("that it this everything all story stories")
#: Prepositions of "lie" as place or rest: "lie in the sea", "lies at the heart of".
_LIE_PLACES = cues.words("in at on under within behind beyond ahead between among across near")


def _called_liar(token: Token) -> Token | None:
    """The maker of a charge a content calls a liar ("He is lying", "They lied about it") or
    says made it up ("He made that up"): that maker's token (the made-up thing for "made
    up"), or None.  Not negated, not the speaker's own first person, not "lie" of place."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in token.children):
        return None
    if lemma == "lie" and token.tag_ in ("VBG", "VBD", "VBZ", "VBP"):
        if any(c.dep_ in ("prep", "advmod") and c.lower_ in _LIE_PLACES for c in token.children):
            return None
        if any(c.dep_ in ("dobj", "attr") for c in token.children):
            return None  # "lies the problem": a place verb inverted
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        person = subject.lower_ in _LIAR_PRONOUNS or _is_actor_token(subject)
        return subject if person else None
    active = token.tag_ != "VBN" or any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children
    )
    if lemma in _MADE_UP and active:
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
            return None
        made = next((c for c in token.children if c.dep_ == "dobj"), None)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if made is None or subject is None or subject.lower_ in ("we", "i"):
            return None
        if made.lower_ in _MADE_UP_OBJECTS or made.lemma_.lower() in cues.ALLEGATION_NOUNS:
            return made
    return None


# --- lexicon gates (.gates): the words without which each rule cannot fire --------------

#: The words :func:`.content_base._negative_subject` reads ("no" also as "no one").
_NEGATIVE = _NEGATIVE_PRONOUNS | cues.words("no")

gate(
    _disclaims,
    needs(cues.words("nothing"), cues.words("do"), cues.words("with")),
    needs(cues.words("nothing"), cues.words("have"), cues.words("hide")),
    needs(cues.words("anything"), cues.words("do"), cues.words("with"), NEG | cues.words("nor")),
    needs(cues.INVOLVEMENT_ADJECTIVES | cues.words("involve link connect"), NEG | _NEGATIVE),
    needs(cues.words("reason"), cues.words("no"), cues.BELIEF_VERBS),
    needs(cues.words("way"), cues.words("no"), cues.words("there")),
    needs(cues.INVOLVEMENT_NOUNS, NEG | _NEGATIVE, cues.words("in with")),
    needs(cues.words("behind"), NEG),
    empty=False,
)
gate(_kept_commitment, needs(COMPLY_VERBS, COMMITMENT_NOUNS), empty=False)
gate(
    _no_forces,
    needs(cues.words("have be"), MILITARY_NOUNS, _STATIONED, cues.words("no any")),
    # OWNED_ARMS: forces with their deed's participle, arms, a hostile plan
    needs(cues.words("have be"), MILITARY_NOUNS | _FORCE_NOUNS, cues.words("no any")),
    needs(cues.words("have be"), WEAPON_NOUNS, cues.words("no any")),
    needs(cues.words("have be"), _INTENT_NOUNS, cues.words("no any")),
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
    needs(cues.EVIDENCE_NOUNS, NEG | _NEGATIVE | cues.words("not n't")),
    needs(cues.FABRICATION_VERBS - _MADE_UP),
    needs(cues.FABRICATION_VERBS & _MADE_UP, cues.words("up")),
    needs(cues.DENY_EVALUATIONS),
    needs(cues.VERACITY_EVALUATIONS, NEG),
    needs(cues.FAKER_NOUNS),
    needs(cues.words("lie lying lied")),
    needs(_DISCREDITING),  # EVIDENCE_DISMISSED: "the documents are inconsistent"
)
gate(
    _denies_charge,
    needs(cues.ACCUSATORY_PREDICATES, NEG | _NEGATIVE),
    needs(SUPPORT_VERBS, NEG | _NEGATIVE, cues.words("such these those")),
    *also(PERPETRATING, NEG | _NEGATIVE),
    needs(cues.HOSTILE_ACT_NOUNS | cues.THREAT_NOUNS | ACT_NOUNS, cues.words("no")),
    empty=False,
)
gate(_doubted_for_another, needs(cues.EVIDENCE_NOUNS), empty=False)
gate(
    innocence_claimed,
    needs(_INNOCENT_WORDS, cues.words("be")),
    needs(_GUILTY_WORDS, cues.words("be"), NEG),
    needs(_PARTAKING_VERBS, NEG | cues.words("never"), cues.words("in")),
    empty=False,
)
gate(
    _contradicted_claimants,
    needs(_CLAIMING_VERBS | _REPORTING_VERBS, cues.words("as"), NEG | _NEGATIVE),
)
gate(_no_record, needs(cues.words("record trace"), cues.words("no"), _DEICTIC), empty=False)
gate(_first_person_denial, needs(cues.words("we i"), cues.ALLEGATION_NOUNS))
gate(
    _exculpates,
    needs(cues.words("blame"), NEG),
    needs(_SUBSTANCE_NOUNS | cues.words("truth reality fact") | _SMEAR_WORDS),
    needs(_MATCHING_VERBS, cues.words("truth reality fact"), NEG),
    needs(OCCUR_VERBS | cues.words("place"), NEG),
    empty=False,
)
gate(
    _rebuts,
    needs(cues.words("case so like"), NEG),
    needs(cues.words("answer"), cues.words("no")),
    empty=False,
)
gate(
    _discredited,
    needs(cues.ALLEGATION_NOUNS, cues.DENY_EVALUATIONS),
    needs(_SMEAR_NOUNS),
    needs(_REJECTION_NOUNS, _RESTATING_VERBS),
)
gate(_called_mistaken, needs(_MISTAKEN, _HOLDING_VERBS | _HOLDING_NOUNS))


#: Words that state a charge (or an answer to one) near a denial: "accused", "allegations",
#: "blamed", "protested", "denied", "rejected".
_CHARGE_WORDS = cues.ACCUSATION_NOUNS | cues.words(
    "accuse allege blame claim complain complaint protest condemn condemnation criticize "
    "criticise criticism suspect suspicion deny denial reject rebuff refute dismiss insist"
)


#: Norms a party says its own conduct keeps: "do not violate international law".
_NORM_NOUNS = cues.words(
    "law laws rule rules norm norms agreement agreements treaty treaties convention "
    "conventions obligation obligations commitment commitments"
)

#: Modals of a future act: "would not shoot down", "will not attack".
_FUTURE_MODALS = cues.words("will would shall")


def defends_own_conduct(span: SpacySpan) -> bool:
    """Whether ``span`` says the speaker's conduct keeps a norm ("its actions do not violate
    international laws") or that it will not do a hostile act ("would not shoot down the
    drone"): shapes that defend or pledge rather than answer a charge, unless one is near
    (:func:`charge_answered`)."""
    for verb in _main_verbs(span):
        if not any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in ("violate", "breach", "contravene") and any(
            o.lemma_.lower() in _NORM_NOUNS for o in objects
        ):
            return True
        future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in verb.children)
        if future and lemma in cues.ACCUSATORY_PREDICATES:
            return True
    return False


def charge_answered(span: SpacySpan) -> bool:
    """Whether the sentence of ``span`` or the one before states a charge a denial in
    ``span`` answers (the guide's point 21): a word of charging or answering outside the
    span, or the denied act told unnegated ("Turkey said the jets violated its airspace"
    before "Moscow said its jets did not violate Turkish airspace").  Without one, "says
    its actions do not violate international law" defends the speaker's own act: ASSERT."""
    doc = span.doc
    sentence = span[0].sent
    sentences = [sentence]
    if sentence.start > 0:
        sentences.append(doc[sentence.start - 1].sent)
    stems = {
        v.lemma_.lower()[:5] for v in _main_verbs(span) if any(c.dep_ == "neg" for c in v.children)
    }
    inside = range(span.start, span.end)
    for each in sentences:
        for token in each:
            if token.i in inside:
                continue
            lemma = token.lemma_.lower()
            if lemma in _CHARGE_WORDS:
                return True
            if (
                token.pos_ in ("VERB", "NOUN")
                and lemma[:5] in stems
                and not any(c.dep_ == "neg" for c in token.children)
            ):
                return True
    return False
