"""The stated reason of a measure announced as taken (round 13's point 28): "Chad said it
was severing ties with Sudan because Khartoum backed the rebels" is Chad's assertion of
the measure and, for the reason that blames the other party, Chad's accusation of it
(family ``measure_reason``).  The reason is read by the content-stance rules, so a reason
that blames nobody ("because the talks failed") adds nothing."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims.base import _claim, _Context, _main_verbs, _tokens_of
from kg.extract.claims.content import _infer_stance
from kg.extract.claims.content_lexicon import RUPTURE_VERBS
from kg.extract.claims.spans import _token_span
from kg.model import Claim, Stance

#: Measures one side takes against another besides the rupture lexicon's: expelling,
#: recalling, freezing, suspending, banning, imposing sanctions.
MEASURE_VERBS = RUPTURE_VERBS | cues.words("expel recall freeze suspend ban impose close")
#: Subordinators that give a reason.
_REASON_MARKS = cues.words("because since")


def _reasons(verb: Token) -> list[Token]:
    """The heads of ``verb``'s reason clauses ("because Khartoum backed the rebels")."""
    return [
        c
        for c in children_of(verb)
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in children_of(c))
    ]


def measure_reasons(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each assertion of a measure taken, followed by the claim its blaming reason makes."""
    result: list[Claim] = []
    for claim in claims:
        result.append(claim)
        if claim.stance is not Stance.ASSERT or claim.content is None:
            continue
        span = _tokens_of(claim.content, context)
        if span is None:
            continue
        for verb in _main_verbs(span):
            if verb.lemma_.lower() not in MEASURE_VERBS:
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            for reason in _reasons(verb):
                made = _reason_claim(claim, reason, context, _BLAMING, "measure_reason")
                if made is not None:
                    result.append(made)
    return tuple(result)


#: The stances a measure's reason may give (:func:`measure_reasons`).
_BLAMING = (Stance.ACCUSE, Stance.CRITICIZE)


def _reason_claim(
    claim: Claim, reason: Token, context: _Context, stances: tuple[Stance, ...], refined: str
) -> Claim | None:
    """The speaker's claim that a reason clause makes, when its content charges a named
    party with one of ``stances`` (the clause without its "because" as content)."""
    start = min(t.i for t in reason.subtree if t.dep_ != "mark")
    content = _token_span(context.doc, start, reason.right_edge.i + 1)
    if content is None:
        return None
    stance, targets, inferred = _infer_stance(content, (), context, claim.claimer)
    if not inferred or stance not in stances or not targets:
        return None
    return _claim(
        context,
        claimer=claim.claimer,
        stance=stance,
        cue=claim.cue,
        sentence=claim.sentence,
        content=content,
        targets=targets,
        confidence=0.5,
        refined=refined,
    )


def reason_charges(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """A because-clause in any claim's content that charges a named party (the claims
    guide, point 37: "said the talks collapsed because Pakistani troops had shelled the
    border posts"): the speaker's accusation of that party, the clause as content, beside
    the claim (family ``reason_charge``; measures are :func:`measure_reasons`'s)."""
    made = {(c.claimer.span, c.stance, tuple(t.span for t in c.targets)) for c in claims}
    result: list[Claim] = []
    for claim in claims:
        result.append(claim)
        if claim.content is None:
            continue
        span = _tokens_of(claim.content, context)
        if span is None:
            continue
        for verb in _main_verbs(span):
            if claim.stance is Stance.ASSERT and verb.lemma_.lower() in MEASURE_VERBS:
                continue  # measure_reasons reads these
            for reason in _reasons(verb):
                if any(c.dep_ == "aux" and c.tag_ == "MD" for c in reason.children):
                    continue  # "because Russia will take all the steps": foreseen, not stated
                charge = _reason_claim(claim, reason, context, (Stance.ACCUSE,), "reason_charge")
                if charge is None:
                    continue
                key = (claim.claimer.span, charge.stance, tuple(t.span for t in charge.targets))
                if key in made:
                    continue
                made.add(key)
                result.append(charge)
    return tuple(result)
