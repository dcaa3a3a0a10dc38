"""A news story's own report of a charge against an actor, told in the passive or as a noun, is
the outlet's report of that allegation (round 39, alleg46, issue 13).

``address_speech`` reads every sentence of a news text as the outlet's assertion, and
:data:`kg.resolve.NEWS_PUBLISHER` (``"joined"``) keeps it as the outlet's own, joining a
charge but never opening one.  A story that tells "He is blamed for mishandling a military
mutiny", "Michael Green was expelled after being accused of interfering in the country's
domestic affairs", "Rogerio Lobato is also facing charges of allegedly arming civilians",
"Mari Alkatiri has been summoned ... over allegations he formed a hit squad" reports an
allegation against the actor in its own voice, with no accuser named: the allegations gold
(blind36) has the outlet's claim (``report`` or ``accuse``) of that allegation.  With
:data:`NARRATED_CHARGE` such a sentence is the outlet's accusation of the charged actor
(stance ``accuse``, the actor its target), which may open the story's charge or join it
(:func:`kg.resolve.allegations.group_allegations`), as :mod:`kg.resolve.narrated_act` does for
a narrated repressive act.

The sentence's charge: a relation (in text order, the first that fits), not negated and without
a modal, that is

- a passive of a charging verb (:data:`CHARGE_VERBS`: "be accused of", "be blamed for", "be
  charged with", "be indicted on"): the charged actor its subject;
- "face" with an object that opens with a charge noun (:data:`CHARGE_NOUNS`: "facing charges
  of", "faces accusations that"): the charged actor its subject;
- a clause right after a charge noun ("over allegations he formed a hit squad", "accusations
  that Russia interfered"): the charged actor that clause's subject.

The charged actor: the actor a mention inside that subject resolves to (a person first, then
a pronoun, a description, an organisation, a state), never the outlet itself.  None: the
sentence stays the outlet's assertion.

Measured in benchmarks/allegations/RESULTS.md, "Round 39 (second wave, after the blind
scoring), alleg46".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.model import ActorKind, Claim, Extraction, Mention, Relation, Span, Stance

if TYPE_CHECKING:
    from kg.resolve.resolver import _Resolver

#: The switch.  False: the sentence stays the outlet's assertion (``NEWS_PUBLISHER``
#: ``"joined"``: it joins a charge, never opens one).  True: it is the outlet's accusation of
#: the charged actor, which opens the story's charge or joins it.  Measured (round 39,
#: alleg46): development 4.2144 -> 4.2144 (no development part has the form where it changes an
#: aligned claim), held out 5.1986 -> 5.1943 (xP 14.600 -> 14.590); ``blind36`` (in sample)
#: 0.2766 -> 0.2867, 39 -> 48 aligned.  Off by its bar.
NARRATED_CHARGE = False

#: Round 39 (alleg46): a news story's speaker's assertion whose content is such a charge ("Hong
#: says Ai is being held on suspicion of economic crimes", "Xinhua said Tohti was also found
#: guilty of ...", "Police said the man was charged with ...") is the speaker's accusation of
#: the charged actor (stance ``accuse``, the actor its target), not a plain assertion that
#: joins no charge.  Only the relations inside the claim's content are read; the charged
#: actor is never the speaker.  False: the assertion stays one.  Measured (round 39, alleg46):
#: development 4.2144 -> 4.2144 (``blind34`` +1 aligned), the claims benchmark's first half
#: 2,537 -> 2,535 (sentence) and 2,680 -> 2,678 (document) matched triples.  Off by its bar.
SPEAKER_CHARGES = False

#: Round 40 (alleg47): a news story's denial told after the charge it answers, by a pronoun
#: ("was summoned for questioning about allegations he formed a hit squad ..., a charge he
#: denies", "... accused of spying, which it denies"), is the charged actor's denial: the
#: extractor reads the pronoun ``deny`` with the charge as its content, and the resolver counts
#: a pronoun after its content from where the content begins ('"A. B," he said') and never as a
#: person its content names ("He says Mr. Mbeki ...": ``speakers.NAMED_IN_SPEECH``), so the
#: pronoun had no antecedent and the claim was dropped.  With the switch the pronoun is the
#: actor the content charges (:func:`charged_actor` inside the content, else the content's first
#: actor that fits the pronoun: a person for "he"/"she", no person for "it"), so the denial
#: joins the allegation of the charge (:func:`kg.resolve.allegations.group_allegations`).
#: False: the pronoun resolves as any speaker's does.  Measured (round 40, alleg47): development
#: 4.2114 -> 4.2114 (no development text holds the form), held out 5.5005 -> 5.5005 (``blind36``
#: 39 -> 40 aligned, its B-cubed unchanged), xP unmoved, the claims benchmark unmoved in both
#: scopes: on by its bar (a fix with no development move).
DENIED_CHARGE = True

#: What stands between a denial's content (the charge) and its pronoun: ", a charge", ",
#: which", "- allegations that", nothing else.
_DENIED_AFTER = re.compile(
    r"\s*[,;:\u2013\u2014-]+\s*(?:(?:a|an|the|these|those)\s+)?"
    r"(?:(?:charges?|allegations?|accusations?|claims?)(?:\s+(?:which|that))?|which)\s*",
    re.I,
)
_DENIER_PRONOUNS = frozenset({"he", "she", "it", "they"})

#: The verbs whose passive tells a charge against its subject.
CHARGE_VERBS = frozenset({"accuse", "blame", "charge", "indict", "suspect"})
#: The nouns of a charge ("facing charges of", "over allegations he ...").
CHARGE_NOUNS = frozenset(
    {"charge", "charges", "allegation", "allegations", "accusation", "accusations"}
)
_AFTER_NOUN = re.compile(r"\b(?:allegations?|accusations?|charges?)\s+(?:that\s+)?", re.I)
#: The mention labels a charged actor may be named by, the most telling first.
_LABELS = ("PERSON", "PRON", "NOMINAL", "ORG", "GPE", "NORP")
_PREPOSITION = re.compile(
    r"\b(?:of|in|for|to|with|from|at|on|by)\s+(?:(?:the|[A-Z][\w.'’-]*)\s+)*$"
)
_PARTICIPLES = {
    "accused": "accuse",
    "blamed": "blame",
    "charged": "charge",
    "indicted": "indict",
    "suspected": "suspect",
}
#: A verb's object that tells the charge it is done on ("held on suspicion of", "arrested on
#: charges of", "found guilty of").
_ON_CHARGE = re.compile(r"^(?:on )?(?:suspicion|charges?|allegations?|accusations?)\b", re.I)


def speaker_charge(
    resolver: _Resolver, extraction: Extraction, claim: Claim, claimer: str
) -> str | None:
    """The actor a news story's speaker's plain assertion charges in its content, or None
    (:data:`SPEAKER_CHARGES`)."""
    if claim.stance is not Stance.ASSERT or claim.negated or claim.content is None:
        return None
    if claim.claimer.label == "AUTHOR":
        return None  # the outlet's own sentence: NARRATED_CHARGE's
    return charged_actor(resolver, extraction, claim.sentence, claimer, within=claim.content)


def denier(resolver: _Resolver, extraction: Extraction, claim: Claim) -> str | None:
    """The charged actor a news story's denial by a pronoun told right after its charge stands
    for ("..., a charge he denies"), or None (:data:`DENIED_CHARGE`)."""
    content = claim.content
    pronoun = claim.claimer.span.text.lower()
    if (
        claim.stance is not Stance.DENY
        or claim.claimer.label != "PRON"
        or pronoun not in _DENIER_PRONOUNS
        or content is None
        or content.end > claim.claimer.span.start
    ):
        return None
    text = extraction.article.text
    if not _DENIED_AFTER.fullmatch(text[content.end : claim.claimer.span.start]):
        return None
    charged = charged_actor(resolver, extraction, claim.sentence, "", within=content)
    if charged is not None and _fits(resolver, charged, pronoun):
        return charged
    inside = sorted(
        (
            m
            for m in (*extraction.subjects, *extraction.mentions)
            if m.sentence == claim.sentence
            and m.span.start >= content.start
            and m.span.end <= content.end
            and m.label != "PRON"
        ),
        key=lambda m: m.span.start,
    )
    for mention in inside:
        actor = _resolved(resolver, mention)
        if actor is not None and _fits(resolver, actor, pronoun):
            return actor
    return None


def _fits(resolver: _Resolver, actor: str, pronoun: str) -> bool:
    """Whether the pronoun may stand for the actor: "he"/"she" a person, "it" no person."""
    builder = resolver.builders.get(actor)
    if builder is None:
        return False
    if pronoun in ("he", "she"):
        return builder.kind is ActorKind.PERSON
    if pronoun == "it":
        return builder.kind is not ActorKind.PERSON
    return True


def charged_actor(
    resolver: _Resolver,
    extraction: Extraction,
    sentence: int,
    outlet: str,
    within: Span | None = None,
) -> str | None:
    """The actor the news text's sentence ``sentence`` reports charged, in the outlet's own
    voice (or, with ``within``, in that content span of a speaker's claim; ``outlet`` the
    speaker then), or None (see the module's doc)."""
    relations = sorted(
        (
            r
            for r in extraction.relations
            if r.sentence == sentence
            and r.predicate_span.text
            and (
                within is None
                or within.start <= r.predicate_span.start
                and r.predicate_span.end <= within.end
            )
        ),
        key=lambda r: r.predicate_span.start,
    )
    span = extraction.sentences[sentence] if 0 <= sentence < len(extraction.sentences) else None
    if span is None:
        return None
    after_nouns = {span.start + found.end() for found in _AFTER_NOUN.finditer(span.text)}
    for relation in relations:
        if relation.negated or relation.modality is not None:
            continue
        if not (
            _is_charged(relation)
            or (not relation.passive and relation.subject.start in after_nouns)
            or (within is not None and relation.passive and _on_charge(relation))
        ):
            continue
        subject = relation.subject
        if subject.end < relation.predicate_span.start:
            # the subject's apposition up to the verb ("The former interior minister and close
            # associate of Mr. Alkatiri, Rogerio Lobato, is also facing charges")
            end = relation.predicate_span.start
            subject = Span(
                subject.start, end, span.text[subject.start - span.start : end - span.start]
            )
        actor = _actor_in(resolver, extraction, sentence, subject)
        if actor is not None and actor != outlet:
            return actor
    return None


def _is_charged(relation: Relation) -> bool:
    """Whether the relation is a passive of a charging verb, or "face" a charge noun."""
    verbs = [w for w in relation.predicate.split() if w != "be"]
    if not verbs:
        return False
    verb = _PARTICIPLES.get(verbs[0], verbs[0])
    if relation.passive:
        return verb in CHARGE_VERBS
    if verb == "face" and relation.object is not None:
        first = relation.object.text.lower().split()
        return bool(first) and first[0].strip(".,\"'") in CHARGE_NOUNS
    return False


def _on_charge(relation: Relation) -> bool:
    """Whether the relation's verb is done on a charge ("is being held on suspicion of",
    "was arrested on charges of"): its object, or an argument, opens with one."""
    spans = [relation.object, *relation.arguments] if relation.object else relation.arguments
    words = relation.predicate.split()
    ends_on = bool(words) and words[-1] == "on"
    return any(
        _ON_CHARGE.match(s.text) and (ends_on or s.text.lower().startswith("on "))
        for s in spans
        if s is not None
    )


def _actor_in(
    resolver: _Resolver, extraction: Extraction, sentence: int, subject: Span
) -> str | None:
    inside = [
        m
        for m in (*extraction.subjects, *extraction.mentions)
        if m.sentence == sentence
        and m.span.start >= subject.start
        and m.span.end <= subject.end
        # not a name inside the subject's prepositional phrase ("close associate of Mr.
        # Alkatiri", "top official in Suva"): the charged actor is the phrase's head
        and not _PREPOSITION.search(subject.text[: m.span.start - subject.start])
    ]
    for label in _LABELS:
        for mention in sorted(inside, key=lambda m: m.span.start):
            if mention.label != label:
                continue
            actor = _resolved(resolver, mention)
            if actor is not None:
                return actor
    return None


def _resolved(resolver: _Resolver, mention: Mention) -> str | None:
    return resolver.actor_of(mention)
