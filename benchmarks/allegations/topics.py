"""What the merge misses and whether a topic join would find it (``run.py --topics``).

Two measures, for the parts whose misses may be listed (never a blind part):

* :func:`miss_classes`: each gold claim left unaligned, by why: ``no-claim`` (no claim of
  the build in its sentence), ``claimer`` (claims, none by the gold claimer), ``stance``
  (the claimer's, but a denial against an accusation or the reverse), ``no-allegation``
  (the right claim, in no allegation: mostly assertions), ``taken`` (the right claim, in an
  allegation, aligned with another gold line of the sentence: one claim, two allegations);
* :func:`topic_probe`: the join of an official text's own sentences to the corpus
  allegation their words match (the *topic join*: the author's sentence that restates an
  allegation is the author's claim of it).  For every sentence of an official text with no
  claim of the build, the corpus allegation whose profile it matches best (the merge's own
  measure, :meth:`kg.resolve.corpus._Profile.similarity`, over the allegations against a
  side the sentence names or the document accuses, active from :data:`BEFORE_DAYS` before
  their first claim to :data:`AFTER_DAYS` after their last), counted at each threshold as
  ``right`` (a gold claim of the part whose allegation's claims are mostly in that corpus
  allegation), ``wrong`` (a gold claim of the part whose allegation's claims are mostly in
  another), ``unlabelled`` (no gold claim of the part: most of them, since the gold is not
  exhaustive; read them to judge); and, for the part's missed gold sentences of that kind,
  whether their allegation's corpus allegation is the best match (``first``).

The probe builds nothing: it measures, on one parse, the ceiling and the precision of a join
before anyone builds it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.evaluate.allegations import (
    GoldClaim,
    SystemClaim,
    align,
    claimer_matches,
    compatible,
    same_sentence,
)
from kg.model import DocumentGraph
from kg.resolve.corpus import (
    _ACT_CODES,
    _ACT_TERMS,
    IDF_POWER,
    CorpusMerge,
    _code_terms,
    _day,
    _days,
    _features,
    _named_spans,
    _Profile,
    _span_terms,
    allegation_summaries,
)
from kg.resolve.sides import corpus_sides, with_corpus_sides
from kg.resolve.voice import is_official

#: A sentence may restate an allegation from this many days before its first claim ...
BEFORE_DAYS = 31
#: ... to this many after its last.
AFTER_DAYS = 120
#: The thresholds the probe counts joins at (the merge links pairs at 0.12).
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3)


def miss_classes(
    documents: Iterable[DocumentGraph],
    gold: Sequence[GoldClaim],
    system: Sequence[SystemClaim],
    part: str,
) -> Counter[str]:
    """The part's unaligned gold claims by why they are unaligned (see the module)."""
    items = [item for item in gold if item.part == part]
    aligned = align(items, system)
    taken = {claim.id for claim in aligned.values()}
    in_allegation = {claim.id for claim in system}
    by_url = {(d.article.url or d.article.id): d for d in documents}
    found: Counter[str] = Counter()
    for item in items:
        if item.key in aligned:
            continue
        document = by_url.get(item.doc)
        if document is None:
            found["no-document"] += 1
            continue
        found[_why(document, item, in_allegation, taken)] += 1
    return found


def _why(document: DocumentGraph, item: GoldClaim, grouped: set[str], taken: set[str]) -> str:
    actors = {actor.id: actor for actor in document.actors}
    here = [
        claim
        for claim in document.claims
        if 0 <= claim.claim.sentence < len(document.sentences)
        and same_sentence(item.sentence, document.sentences[claim.claim.sentence].text)
    ]
    if not here:
        return "no-claim"

    def names(claimer: str) -> tuple[str, ...]:
        actor = actors.get(claimer)
        return (actor.name, *actor.aliases) if actor else (claimer,)

    mine = [c for c in here if claimer_matches(names(c.claimer), item.claimer)]
    if not mine:
        return "claimer"
    fitting = [c for c in mine if compatible(item.stance, c.claim.stance.value)]
    if not fitting:
        return "stance"
    if not any(c.id in grouped for c in fitting):
        return "no-allegation"
    return "taken" if all(c.id in taken for c in fitting if c.id in grouped) else "other"


@dataclass(frozen=True)
class Match:
    """One official sentence with no claim and the corpus allegation it matches best."""

    url: str
    sentence: str
    allegation: str
    score: float
    act: bool  # the sentence names a hostile act (the content lexicon's)
    scores: Mapping[str, float]  # every candidate's score


class _Groups:
    """The corpus allegations' profiles and active days, by accused side."""

    def __init__(self, documents: Sequence[DocumentGraph], merge: CorpusMerge) -> None:
        items = [s for d in documents for s in allegation_summaries(d)]
        items = with_corpus_sides(items, corpus_sides(items))
        stating = [item for item in items if not item.points_back]
        features = {item.id: _features(item) for item in stating}
        frequency: Counter[str] = Counter()
        for terms in features.values():
            frequency.update(terms)
        total = len(stating)
        self.weight = _Weights(
            {t: (math.log((total + 1) / (n + 1)) + 1.0) ** IDF_POWER for t, n in frequency.items()},
            (math.log(total + 1) + 1.0) ** IDF_POWER,
        )
        self.profiles: dict[str, _Profile] = {}
        self.days: dict[str, tuple[int, int]] = {}
        self.sides: dict[str, set[str]] = {}
        by_side: dict[str, set[str]] = {}
        for item in stating:
            key = merge.of_member.get(item.id)
            if key is None:
                continue
            profile = self.profiles.setdefault(key, _Profile())
            profile.add(features[item.id], self.weight, item.places)
            self.sides.setdefault(key, set()).update(item.sides)
            day = _days(item.published)
            if day is not None:
                first, last = self.days.get(key, (day, day))
                self.days[key] = (min(first, day), max(last, day))
            for side in item.sides:
                by_side.setdefault(side, set()).add(key)
        self.by_side = {side: sorted(keys) for side, keys in by_side.items()}

    def best(
        self, terms: frozenset[str], sides: Iterable[str], day: int | None, places: frozenset[str]
    ) -> tuple[str, float, dict[str, float]] | None:
        scores: dict[str, float] = {}
        for key in sorted({k for side in sides for k in self.by_side.get(side, ())}):
            active = self.days.get(key)
            if (
                day is not None
                and active is not None
                and not (active[0] - BEFORE_DAYS <= day <= active[1] + AFTER_DAYS)
            ):
                continue
            profile = self.profiles[key]
            if profile.elsewhere(places):
                continue
            own = {"@" + side for side in self.sides[key]}
            mine = frozenset(t for t in terms if t not in own)
            if not mine:
                continue
            mine |= _code_terms(c for t in mine for c in _ACT_CODES.get(t, ()))
            scores[key] = profile.similarity(mine, self.weight)
        if not scores:
            return None
        key = max(scores, key=lambda k: (scores[k], k))
        return key, scores[key], scores


class _Weights(dict[str, float]):
    """The merge's term weights; a term no allegation holds weighs the most."""

    def __init__(self, known: Mapping[str, float], unseen: float) -> None:
        super().__init__(known)
        self.unseen = unseen

    def __missing__(self, key: str) -> float:
        return self.unseen


def topic_matches(documents: Sequence[DocumentGraph], merge: CorpusMerge) -> list[Match]:
    """Every sentence of an official text with no claim, with the corpus allegation it
    matches best (see the module); sentences with no candidate are left out."""
    groups = _Groups(documents, merge)
    found = []
    for document in documents:
        if not is_official(document.article.outlet):
            continue
        actors = {actor.id: actor for actor in document.actors}
        text = document.article.text
        named, starts = _named_spans(document)
        claimed = {claim.claim.sentence for claim in document.claims}
        accused = {side for s in allegation_summaries(document) for side in s.sides}
        day = _days(_day(document.article.published))
        for number, sentence in enumerate(document.sentences):
            if number in claimed:
                continue
            places: dict[str, str] = {}
            terms = frozenset(
                _span_terms(sentence.start, sentence.end, text, named, starts, actors, places)
            )
            if not terms:
                continue
            sides = accused | {t[1:] for t in terms if t.startswith("@")}
            where = frozenset(p for p, state in places.items() if not state)
            best = groups.best(terms, sides, day, where)
            if best is None:
                continue
            found.append(
                Match(
                    document.article.url or document.article.id,
                    sentence.text,
                    best[0],
                    best[1],
                    any(t in _ACT_TERMS for t in terms),
                    best[2],
                )
            )
    return found


def majority(gold: Sequence[GoldClaim], system: Sequence[SystemClaim], part: str) -> dict[str, str]:
    """Gold allegation -> the corpus allegation holding most of its aligned claims."""
    items = [item for item in gold if item.part == part]
    aligned = align(items, system)
    counts: dict[str, Counter[str]] = {}
    for item in items:
        if item.key in aligned:
            counts.setdefault(item.allegation, Counter())[aligned[item.key].allegation] += 1
    return {
        allegation: min(found, key=lambda k: (-found[k], k)) for allegation, found in counts.items()
    }


def label(match: Match, gold: Sequence[GoldClaim], majorities: Mapping[str, str]) -> str:
    """``right``, ``wrong`` or ``unlabelled`` (see the module); ``gold`` is the part's."""
    here = [g for g in gold if g.doc == match.url and same_sentence(g.sentence, match.sentence)]
    known = [majorities[g.allegation] for g in here if g.allegation in majorities]
    if not known:
        return "unlabelled"
    return "right" if match.allegation in known else "wrong"


def topic_report(
    documents: Sequence[DocumentGraph],
    merge: CorpusMerge,
    gold: Sequence[GoldClaim],
    system: Sequence[SystemClaim],
    part: str,
) -> list[str]:
    """The miss classes and the topic probe of one part, as lines of text."""
    documents = list(documents)
    lines = [f"{part}: unaligned gold claims by why"]
    for name, count in miss_classes(documents, gold, system, part).most_common():
        lines.append(f"  {name:<16} {count:5d}")
    items = [item for item in gold if item.part == part]
    majorities = majority(gold, system, part)
    matches = topic_matches(documents, merge)
    labels = [label(m, items, majorities) for m in matches]
    lines.append(
        f"{part}: topic join of official sentences with no claim ({len(matches)} with a "
        "candidate); joins at each threshold, all / naming a hostile act"
    )
    lines.append("  threshold  joins  right  wrong  |  act joins  right  wrong")
    for bar in THRESHOLDS:
        row = []
        for act in (False, True):
            kept = [
                tag
                for m, tag in zip(matches, labels, strict=True)
                if m.score >= bar and (m.act or not act)
            ]
            row.append(f"{len(kept):6d} {kept.count('right'):6d} {kept.count('wrong'):6d}")
        lines.append(f"  {bar:9.2f} {row[0]}  | {row[1]}")
    aligned = align(items, system)
    first: Counter[str] = Counter()
    for item in items:
        if item.key in aligned or item.allegation not in majorities:
            continue
        wanted = majorities[item.allegation]
        for m in matches:
            if m.url == item.doc and same_sentence(item.sentence, m.sentence):
                if wanted not in m.scores:
                    first["not a candidate"] += 1
                elif m.allegation == wanted:
                    first["first"] += 1
                else:
                    first["lower"] += 1
                break
    lines.append(
        f"{part}: missed gold sentences with no claim, their allegation's corpus allegation "
        f"among the matches: {dict(sorted(first.items()))}"
    )
    return lines
