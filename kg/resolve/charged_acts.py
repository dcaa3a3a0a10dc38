"""An assertion whose content tells a hostile act of another side read as an accusation of
that side (round 26, branch ``recall26``, issue 13; off by default, :data:`MODE`: it gains
on the allegations but loses claims parts, benchmarks/allegations/RESULTS.md).  Applied by
:func:`kg.resolve.resolve` after the claims are resolved."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kg.model import Claim, Relation, ResolvedClaim, Stance
from kg.resolve.official import _side
from kg.resolve.propositions import act_terms, proposition_terms
from kg.resolve.resolver import _Resolver

#: None (off); ``"doer"``: the act is a verb of the content whose
#: subject is a party other than the speaker's side; ``"targets"``: the act's words and a
#: target of another side anywhere in the content; ``"any"``: the act's words alone;
#: ``"official"``: as ``"any"``, in an official text only (a government's own release,
#: address or news item, :func:`kg.resolve.voice.is_official`), never a news report.
MODE: str | None = None


def charged(
    resolver: _Resolver, resolved: ResolvedClaim, mode: str, relations: Iterable[Relation] = ()
) -> ResolvedClaim:
    """ "Zelenskyy noted that the world must stop nuclear blackmail by Russia": an assertion whose
    content tells a hostile act (the content lexicon's act words, as the corpus merge reads
    them: :func:`kg.resolve.propositions.act_terms`) done by a party other than the
    speaker's own side is an accusation of that party, as the allegations gold reads it;
    the claim is kept as is otherwise (see :data:`MODE` for what each mode asks)."""
    claim = resolved.claim
    if claim.stance is not Stance.ASSERT or claim.negated or claim.content is None:
        return resolved
    if not act_terms(proposition_terms(claim.content.text)):
        return resolved
    own = {resolved.claimer, _side(resolver, resolved.claimer)}
    targets = resolved.targets
    if mode == "doer":
        doers = [*_act_doers(resolver, claim, relations), *_act_owners(resolver, claim)]
        parties = [d for d in doers if d not in own and _side(resolver, d) not in own]
        if not parties:
            return resolved
        targets = tuple(dict.fromkeys((*parties, *targets)))
    elif mode == "targets" and not [
        t for t in targets if t not in own and _side(resolver, t) not in own
    ]:
        return resolved
    charged = replace(claim, stance=Stance.ACCUSE, rule=f"{claim.rule}+charged_act")
    return replace(resolved, claim=charged, targets=targets)


#: A word between an act and its doer: "aggression by Russia" ("of" names the victim as
#: often as the doer: "the invasion of Ukraine").
_AGENT_WORDS = frozenset({"by"})
_WORDS = re.compile(r"[\w'’-]+")


def _act_owners(resolver: _Resolver, claim: Claim) -> list[str]:
    """The targets the content names as an act's owner or agent: "Russia's brutal attacks",
    "blackmail by Russia" (an act word at most three words after a possessive target, or at
    most three words before "by" and the target)."""
    content = claim.content
    assert content is not None
    found = []
    for target in claim.targets:
        if not content.start <= target.span.start < content.end:
            continue
        after = content.text[target.span.end - content.start :]
        before = content.text[: target.span.start - content.start]
        owned = after.startswith(("'s", "’s")) and act_terms(
            proposition_terms(" ".join(_WORDS.findall(after)[1:4]))
        )
        words = _WORDS.findall(before)[-5:]
        words = [w for w in words if w.lower() not in ("the", "a", "an")]
        agent = (
            len(words) >= 2
            and words[-1].lower() in _AGENT_WORDS
            and act_terms(proposition_terms(" ".join(words[-4:-1])))
        )
        if owned or agent:
            actor = resolver.actor_within(target.span)
            if actor is not None:
                found.append(actor)
    return found


def _act_doers(resolver: _Resolver, claim: Claim, relations: Iterable[Relation]) -> list[str]:
    """The actors that do a hostile act in the claim's content: the subjects of its
    relations whose verb is an act word, affirmed, in the active voice and without a modal
    ("they shelled", not "could attack", "was shelled", "did not strike")."""
    content = claim.content
    assert content is not None
    doers = []
    for relation in relations:
        verb = relation.predicate_span
        if relation.sentence != claim.sentence or relation.negated or relation.passive:
            continue
        if relation.modality is not None or not content.start <= verb.start < content.end:
            continue
        if not act_terms(proposition_terms(relation.predicate)):
            continue
        doer = resolver.actor_within(relation.subject)
        if doer is not None:
            doers.append(doer)
    return doers
