"""A learned ranker for the target of a hostile claim that the rules left with none.

The target rules (:mod:`kg.extract.claims.targets_agents`, :mod:`.targets`) read the
shapes the development parts showed often; on unseen copy the target is lost through many
small shapes each rule misses (a doer told as a possessor, a passive agent, a demonym
modifying an act, an accuser named in the sentence before a denial, a description the
resolver cannot name).  Rather than one rule per shape, this module scores every actor
named in the claim's sentence or the one before it by a few plain features (where it
stands with respect to the cue and the content, its entity type and kind, whether it owns
an act or is its passive agent, whether it made a charge against the claimer's side just
before) and gives the claim the best one when its probability clears a threshold.

The weights are a logistic regression trained on the development parts with
cross-validation by document (``benchmarks/claims/target_ranker.py``), shipped as data in
``kg/data/target_ranker.tsv``; the scorer here is pure Python.  Only claims whose stance
is aimed at someone (accuse, deny, criticize, threaten) and that have no target at all are
touched; the claimer and its own side are never candidates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from importlib import resources

from kg.model import ActorKind, Mention, ResolvedClaim, Span, Stance
from kg.resolve.gazetteer import lookup

#: Whether hostile claims with no target get the ranker's best candidate (off unless it
#: gains on the development parts and loses on no held-out part: RESULTS, round 23).
ENABLED = True

#: The weights file in :mod:`kg.data`.
WEIGHTS_FILE = "target_ranker.tsv"

#: The name of the intercept's row in :data:`WEIGHTS_FILE`.
BIAS = "__bias__"

#: Stances the ranker fills a target for.
RANKED = frozenset({Stance.ACCUSE, Stance.DENY, Stance.CRITICIZE, Stance.THREATEN})

_LABELS = ("GPE", "NORP", "ORG", "PERSON", "NOMINAL", "PRON")
_KINDS = (
    ActorKind.STATE,
    ActorKind.PERSON,
    ActorKind.ORGANISATION,
    ActorKind.GROUP,
    ActorKind.OTHER,
)
_CHARGING = frozenset({Stance.ACCUSE, Stance.CRITICIZE, Stance.THREATEN})
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+|neighbou?ring\s+|its\s+)*$")
_RECIPROCAL = re.compile(r"(?i)(?:both|each|either|neither|the two|the other)\b")
_RECIPROCAL_BEFORE = re.compile(r"(?i)\b(?:both|each|either|neither|the two)\s+$")
_AGAINST_BEFORE = re.compile(r"(?i)\b(?:against|at|on|toward|towards|with)\s+(?:the\s+)?$")


def features(
    text: str,
    claim: ResolvedClaim,
    seen: Sequence[tuple[Mention, str]],
    kinds: Mapping[str, ActorKind],
    affiliations: Mapping[str, str | None],
    claims: Sequence[ResolvedClaim],
) -> dict[str, dict[str, float]]:
    """Each candidate actor of ``claim`` (named in its sentence or the one before, not the
    claimer's side, not a news outlet or anonymous source) and its features, read off
    the mention of it nearest the cue (in the claim's own sentence when it has one)."""
    own = _own_side(claim.claimer, affiliations) | _stated_side(claim.claim.claimer)
    cue, content, sentence = claim.claim.cue, claim.claim.content, claim.claim.sentence
    speaker = claim.claim.claimer.span
    speaker_sentence = claim.claim.claimer.sentence
    by_actor: dict[str, list[Mention]] = {}
    for mention, actor_id in seen:
        if not sentence - 1 <= mention.sentence <= sentence or actor_id in own:
            continue
        if kinds.get(actor_id) in (ActorKind.OUTLET, ActorKind.ANONYMOUS, None):
            continue
        if _overlaps(mention.span, speaker) or _overlaps(mention.span, cue):
            continue
        if _RECIPROCAL.match(mention.span.text) or _RECIPROCAL_BEFORE.search(
            text[max(0, mention.span.start - 10) : mention.span.start]
        ):
            continue  # "both countries", "each side": the two parties, no one target
        by_actor.setdefault(actor_id, []).append(mention)
    if not by_actor:
        return {}
    accusers = _accusers_of(own, claim, claims)
    aimed_before = {t for c in claims if c is not claim for t in c.targets}
    nearest_after = _nearest_after(cue, by_actor)
    found: dict[str, dict[str, float]] = {}
    for actor_id, mentions in by_actor.items():
        here = [m for m in mentions if m.sentence == sentence]
        best = min(here or mentions, key=lambda m: abs(m.span.start - cue.start))
        row = _mention_features(text, best, cue, content, here != [])
        row["near_claimer"] = float(
            best.sentence == speaker_sentence
            and min(abs(best.span.start - speaker.end), abs(speaker.start - best.span.end)) <= 50
        )
        kind = kinds.get(actor_id)
        for k in _KINDS:
            row[f"kind={k.value}"] = float(kind is k)
        row["mentions"] = math.log1p(len(mentions))
        row["nearest_after_cue"] = float(actor_id == nearest_after)
        row["accused_claimer_side"] = float(actor_id in accusers)
        row["target_of_other_claim"] = float(actor_id in aimed_before)
        row["affiliated"] = float(bool(affiliations.get(actor_id)))
        row["candidates"] = math.log1p(len(by_actor))
        row["has_content"] = float(content is not None)
        row["quoted"] = float(claim.claim.quoted)
        stance = claim.claim.stance.value
        for name in list(row):
            row[f"{stance}|{name}"] = row[name]
        row[f"stance={stance}"] = 1.0
        found[actor_id] = row
    return found


def _own_side(claimer: str, affiliations: Mapping[str, str | None]) -> frozenset[str]:
    side = {claimer}
    if affiliations.get(claimer):
        side.add(affiliations[claimer] or "")
    side |= {a for a, aff in affiliations.items() if aff in side}
    return frozenset(side)


def _stated_side(claimer: Mention) -> frozenset[str]:
    """The state or body the claimer's own words name as its side ("Syria's deputy
    ambassador", "a Russian general"), when the resolver gave the actor none."""
    if not claimer.affiliation:
        return frozenset()
    entry = lookup(claimer.affiliation.removesuffix("'s").removesuffix("\u2019s"))
    if entry is None:
        return frozenset()
    return frozenset({entry.id, entry.state} - {None, ""})  # type: ignore[arg-type]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _accusers_of(
    own: frozenset[str], claim: ResolvedClaim, claims: Sequence[ResolvedClaim]
) -> set[str]:
    """Who charged, criticised or threatened the claimer's side in the claim's sentence or
    the one before (whom a denial answers)."""
    sentence = claim.claim.sentence
    return {
        c.claimer
        for c in claims
        if c is not claim
        and c.claim.stance in _CHARGING
        and sentence - 1 <= c.claim.sentence <= sentence
        and not own.isdisjoint(c.targets)
    }


def _nearest_after(cue: Span, by_actor: Mapping[str, list[Mention]]) -> str | None:
    after = [
        (m.span.start, actor_id)
        for actor_id, mentions in by_actor.items()
        for m in mentions
        if m.span.start >= cue.end
    ]
    return min(after)[1] if after else None


def _mention_features(
    text: str, mention: Mention, cue: Span, content: Span | None, same: bool
) -> dict[str, float]:
    start, end = mention.span.start, mention.span.end
    before = text[max(0, start - 30) : start]
    after = text[end : end + 3]
    row = {
        "same_sentence": float(same),
        "after_cue": float(same and start >= cue.end),
        "before_cue": float(same and end <= cue.start),
        "in_content": float(content is not None and content.start <= start < content.end),
        "distance": math.log1p(abs(start - cue.start)) / 5 if same else 1.0,
        "possessive": float(after.startswith(("'s", "\u2019s", "' ", "\u2019 "))),
        "by_agent": float(bool(_BY_BEFORE.search(before))),
        "aimed_prep": float(bool(_AGAINST_BEFORE.search(before))),
        "modifier": float(
            mention.label == "NORP"
            and not mention.plural
            and len(after) > 1
            and after[0] == " "
            and after[1].islower()
        ),
    }
    for label in _LABELS:
        row[f"label={label}"] = float(mention.label == label)
    return row


@cache
def weights() -> tuple[dict[str, float], float]:
    """The ranker's weights and threshold, from :data:`WEIGHTS_FILE`."""
    found: dict[str, float] = {}
    threshold = 0.5
    text = resources.files("kg.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("# threshold:"):
            threshold = float(line.split(":", 1)[1])
        if not line.strip() or line.startswith("#"):
            continue
        name, value = line.split("\t")
        found[name] = float(value)
    return found, threshold


def probability(row: Mapping[str, float], weight: Mapping[str, float]) -> float:
    """The logistic regression's probability that a candidate is the target."""
    score = weight.get(BIAS, 0.0)
    score += sum(weight.get(name, 0.0) * value for name, value in row.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def ranked_targets(
    text: str,
    claims: list[ResolvedClaim],
    seen: Sequence[tuple[Mention, str]],
    kinds: Mapping[str, ActorKind],
    affiliations: Mapping[str, str | None],
) -> list[ResolvedClaim]:
    """``claims`` with each hostile claim that has no target given the best candidate the
    ranker scores above its threshold (its rule gains ``+ranked_target``)."""
    weight, threshold = weights()
    found: list[ResolvedClaim] = []
    for claim in claims:
        if claim.targets or claim.claim.stance not in RANKED:
            found.append(claim)
            continue
        rows = features(text, claim, seen, kinds, affiliations, claims)
        scored = sorted(((probability(r, weight), a) for a, r in rows.items()), reverse=True)
        if scored and scored[0][0] >= threshold:
            rule = f"{claim.claim.rule}+ranked_target"
            claim = replace(claim, claim=replace(claim.claim, rule=rule), targets=(scored[0][1],))
        found.append(claim)
    return found
