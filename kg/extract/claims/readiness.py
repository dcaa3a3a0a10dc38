"""Armed readiness against a named adversary (round 14, family ``armed_readiness``): "the
radio said rebels had begun to attack the town, and that the government was ready to
defend itself" adds the speaker's threat to the attackers, whatever stance the claim's
content already carries (a report, a charge of the attack).  The claims guide keeps
defensive readiness with no adversary named as an assertion ("the army is ready to defend
the country"), and readiness of a side that is not the speaker's is reported, not made."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import span_tokens, words_among
from kg.extract.claims.base import (
    _claim,
    _Context,
    _is_actor_token,
    _prep_object,
    _tokens_of,
    _with_conjuncts,
)
from kg.extract.claims.content_base import (
    _negated,
    _own_side,
    _promised,
    _sides,
    _speaker_sides,
)
from kg.extract.claims.content_lexicon import (
    COUNTERMEASURE_NOUNS,
    HOSTILE_ACTS,
    MEASURE_ADJECTIVES,
)
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import _owners, actor_mention
from kg.extract.mentions import sentence_index
from kg.model import Claim, Mention, Stance

#: Adjectives of readiness: "is ready to defend itself", "stands prepared to respond".
_READY = cues.words("ready prepared poised")
#: Acts of armed answer readiness holds out: "ready to defend itself", "to repel".
_ANSWER_VERBS = cues.words(
    "defend respond retaliate repel counter resist fight strike hit crush repulse"
)
#: Stances whose content may also hold the speaker's readiness.
_CARRIERS = (Stance.ASSERT, Stance.REPORT, Stance.ACCUSE)


def _readiness(span: list[Token]) -> list[tuple[Token, Token, Token | None]]:
    """(adjective, act, subject) of each "X is ready to <armed answer>" in ``span``."""
    found = []
    for adjective in words_among(span, _READY, "ADJ"):
        if adjective.lemma_.lower() not in _READY or adjective.pos_ != "ADJ":
            continue
        if adjective.dep_ not in ("acomp", "ROOT", "conj", "ccomp"):
            continue
        act = next(
            (
                c
                for c in adjective.children
                if c.dep_ == "xcomp" and c.lemma_.lower() in _ANSWER_VERBS
            ),
            None,
        )
        if act is None or _negated(act) or _negated(adjective.head) or _negated(adjective):
            continue
        holder = adjective.head if adjective.dep_ == "acomp" else adjective
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found.append((adjective, act, subject))
    return found


def _adversaries(act: Token, span: list[Token], own: Token | None) -> list[Token]:
    """The named party the readiness answers: the object of "against" under the act ("to
    defend itself against Y"), or the doer of a hostile act the same content tells ("Y had
    begun to attack", "Y attacked the border")."""
    found: list[Token] = []
    for prep in (c for t in (act, *act.children) for c in t.children):
        if prep.dep_ == "prep" and prep.lower_ == "against":
            aimed = _prep_object(prep)
            if aimed is not None:
                found.extend(_parties(aimed))  # "against Y", "against Ethiopian aggression"
    if found:
        return found
    for verb in span:
        if verb.pos_ != "VERB" or verb is act:
            continue
        hostile = verb.lemma_.lower() in HOSTILE_ACTS or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in HOSTILE_ACTS for c in verb.children
        )
        if not hostile or _negated(verb):
            continue
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None or doer is own:
            continue
        found.extend(_parties(doer))  # "Y attacked", "Armenian forces attacked"
    return found


def _parties(token: Token) -> list[Token]:
    """The named parties a token is or belongs to: "Azerbaijan", "Armenian forces"."""
    if _is_actor_token(token):
        return _with_conjuncts(token)
    return _owners(token)


def armed_readiness(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each claim, followed by its speaker's threat when its content says the speaker's
    side is ready to answer a named adversary by force; an assertion becomes the threat."""
    result: list[Claim] = []
    for claim in claims:
        result.append(claim)
        if claim.stance not in _CARRIERS or claim.content is None:
            continue
        span = _tokens_of(claim.content, context)
        if span is None:
            continue
        tokens = list(span_tokens(span))  # the index's shared tokens
        ready = _readiness(tokens)
        if not ready:
            continue
        sides = _speaker_sides(claim.claimer, context)
        for adjective, act, subject in ready:
            if not _own_side(subject, partial(set, sides)):
                continue
            adversaries = [
                a for a in _adversaries(act, tokens, subject) if not (_sides([a]) & sides)
            ]
            charged: list[Mention] = []
            if not adversaries and "context_adversary" in context.rules:
                charged = _charged_before(claims, claim, tokens[0], sides, context)
            if not adversaries and not charged:
                continue  # defensive readiness with nobody named: the assertion stands
            start = subject.left_edge.i if subject is not None else adjective.i
            content = _token_span(context.doc, start, act.right_edge.i + 1)
            if claim.stance is Stance.ASSERT:
                result.pop()  # the assertion was the readiness: it is the threat
                content = claim.content
            result.append(
                _claim(
                    context,
                    claimer=claim.claimer,
                    stance=Stance.THREATEN,
                    cue=claim.cue,
                    sentence=claim.sentence,
                    content=content,
                    targets=[actor_mention(a, context) for a in adversaries] or charged,
                    confidence=0.5,
                    refined="armed_readiness",
                )
            )
            break
    return tuple(result)


def _charged_before(
    claims: tuple[Claim, ...],
    claim: Claim,
    first: Token,
    sides: set[str],
    context: _Context,
) -> list[Mention]:
    """The parties an accusation in the readiness's sentence or the one before charges
    ("Armenia said Azerbaijani forces had begun to attack. Yerevan said it was ready to
    defend itself": point 35 reads the readiness as a threat to the attacker), not the
    speaker's own side."""
    here = sentence_index(first)
    found: list[Mention] = []
    for other in claims:
        if other is claim or other.stance is not Stance.ACCUSE:
            continue
        cue = _tokens_of(other.cue, context)
        if cue is None or not len(cue) or sentence_index(cue[0]) not in (here, here - 1):
            continue
        for target in other.targets:
            token = context.doc.char_span(target.span.start, target.span.end, "expand")
            if token is None or not len(token) or _sides([token.root]) & sides:
                continue
            if target.span.text not in {t.span.text for t in found}:
                found.append(target)
    return found


#: Qualities of measures a side promises in answer: "additional", "further", "serious".
_ANSWER_QUALITIES = MEASURE_ADJECTIVES | cues.words("additional serious more new appropriate")
#: What a side promises to take, and the verbs of taking it.
_MEASURE_NOUNS = cues.words("measure measures step steps action actions")
_TAKING_VERBS = cues.words("take adopt")


def _promised_measures(span: list[Token], sides: set[str]) -> bool:
    """Whether ``span`` promises that the speaker's side will take qualified measures: "we
    will take additional measures", "it would take further steps"."""
    for verb in words_among(span, _TAKING_VERBS):
        if verb.lemma_.lower() not in _TAKING_VERBS or _negated(verb) or not _promised(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if not _own_side(subject, partial(set, sides)):
            continue
        for measures in (c for c in verb.children if c.dep_ == "dobj"):
            lemma = measures.lemma_.lower()
            qualities = {c.lower_ for c in measures.children if c.dep_ in ("amod", "compound")}
            if lemma in COUNTERMEASURE_NOUNS or (
                lemma in _MEASURE_NOUNS and qualities & _ANSWER_QUALITIES
            ):
                return True
    return False


def answered_measures(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Measures the speaker promises in answer to a charge it has just made: "Moscow
    accused Kyiv of shelling the plant. 'We will take additional measures,' the ministry
    said." -> a threat to the accused (the charge in the same or the previous sentence, by
    the same speaker or its state).  Measures promised with no charge before them aim at
    nobody and stay an assertion."""
    charges = [c for c in claims if c.stance is Stance.ACCUSE and c.targets]
    result: list[Claim] = []
    for claim in claims:
        if claim.stance is not Stance.ASSERT or claim.content is None:
            result.append(claim)
            continue
        span = _tokens_of(claim.content, context)
        sides = _speaker_sides(claim.claimer, context)
        if span is None or not _promised_measures(list(span_tokens(span)), sides):
            result.append(claim)
            continue
        answered = [
            t
            for charge in charges
            if claim.sentence - 1 <= charge.sentence <= claim.sentence
            and charge.cue is not None
            and claim.cue is not None
            and charge.cue.start < claim.cue.start
            and _same_side(charge, claim, context)
            for t in charge.targets
            if not (_speaker_sides(t, context) & sides)
        ]
        if not answered:
            result.append(claim)
            continue
        result.append(
            replace(
                claim,
                stance=Stance.THREATEN,
                targets=tuple({(t.span.start, t.span.end): t for t in answered}.values()),
                confidence=0.5,
                rule=f"{claim.rule}+answered_measures" if claim.rule else "answered_measures",
            )
        )
    return tuple(result)


def _same_side(charge: Claim, claim: Claim, context: _Context) -> bool:
    """Whether two claims' speakers may be one: the same words, or no two different states
    or bodies known for them ("Moscow accused ..." then "the ministry said")."""
    if charge.claimer.span.text.lower() == claim.claimer.span.text.lower():
        return True
    mine = _speaker_sides(claim.claimer, context)
    theirs = _speaker_sides(charge.claimer, context)
    return not mine or not theirs or bool(mine & theirs)
