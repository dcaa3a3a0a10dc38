"""Denial by counter-assertion with no denial verb, told by a speaker of no other side:
"Kenya accused Uganda of arming rebels.  The spokesman said Uganda has never armed them".

Round 19 (issue 12, judge19): test19 read such counter-assertions as assertions.  Round
16's ``own_negation`` needs the negated deed's subject to be the speaker's own side ("he",
"we", "his fighters", its own state named), so a spokesman or minister whose state the
sentence does not say ("The minister said Botswana is not training militants") is left
an assertion; round 15's ``counter_statement`` needs the speaker to be the one charged.
Here the subject of the negated deed is itself the party an accusation by another speaker
charged in the sentence before (or earlier in the same sentence), and the speaker is not
of a third side: the negation answers the charge (the guide: an actuality that negates
the charged act is a denial), aimed at the accusers.  Optional (off by default): it
changed no claim of any development or held-out part (benchmarks/claims/RESULTS.md, round
19, judge19)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.claims.base import _Context, _is_passive, _main_verbs, _tokens_of
from kg.extract.claims.content_base import _negated
from kg.extract.claims.denials import _NOT_ACTS
from kg.extract.claims.targets import actor_mention
from kg.extract.claims.targets_denials import _distinct, _same_actor, _sides
from kg.model import Claim, Mention, Stance


def accused_negations(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each assertion whose content negates, with no modal, a deed of a party charged just
    before by another speaker becomes a denial aimed at the accusers (see the module)."""
    charges = [c for c in claims if c.stance is Stance.ACCUSE]
    if not charges:
        return claims
    found: list[Claim] = []
    for claim in claims:
        if claim.stance is Stance.ASSERT and claim.content is not None and not claim.negated:
            accusers = _answered(claim, charges, context)
            if accusers is not None:
                claim = replace(
                    claim,
                    stance=Stance.DENY,
                    targets=accusers,
                    rule=f"{claim.rule}+accused_negation",
                )
        found.append(claim)
    return tuple(found)


def _answered(claim: Claim, charges: list[Claim], context: _Context) -> tuple[Mention, ...] | None:
    """The accusers whose charge the claim's negated deed answers, or None."""
    near = [
        c
        for c in charges
        if (
            c.sentence == claim.sentence - 1
            or (c.sentence == claim.sentence and c.cue.start < claim.cue.start)
        )
        and c.claimer.span != claim.claimer.span
    ]
    if not near:
        return None
    span = _tokens_of(claim.content, context)
    if span is None or len(span) == 0:
        return None
    speaker = _sides(claim.claimer)
    for verb in _main_verbs(span):
        if not _negated(verb) or _is_passive(verb) or verb.lemma_.lower() in _NOT_ACTS:
            continue
        if verb.lemma_.lower() == "be" and not any(c.dep_ == "aux" for c in verb.children):
            continue  # "the problem is not ours": a state, not a deed
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue  # "will not attack": a promise, not an answer
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or not subject.ent_type_:
            continue
        doer = actor_mention(subject, context)
        sides = _sides(doer)
        accused = [c for c in near for t in c.targets if _same_actor(t, doer) or sides & _sides(t)]
        if not accused:
            continue
        if speaker and not speaker & _sides(doer):
            continue  # a third side's speaker reports, it does not answer
        accusers = _distinct(c.claimer for c in accused)
        if any(_same_actor(a, doer) for a in accusers):
            continue
        return accusers
    return None
