"""Why the merge keeps apart claims the gold puts in one allegation (``run.py --pairs``).

For every pair of aligned gold claims of one gold allegation whose system claims are in two
corpus allegations, :func:`gate` names the gate of the merge (:mod:`kg.resolve.corpus`)
that separates their two document allegations, tested in the merge's own order:

* ``within-document``: one document, and its grouping (:mod:`kg.resolve.allegations`) put
  them in two allegations (the class after ``/`` is why the merge did not join them again);
* ``answer``: one of them is a denial that points back and answered another allegation
  (``answer:none`` when it found none to answer);
* ``accused``: no accused side in common (``accused:missing`` when one has none): blocking;
* ``window``: more than :data:`~kg.resolve.corpus.WINDOW_DAYS` apart;
* ``no-terms`` / ``weak``: one states no terms, or two denials too short to join alone;
* ``content``: the weighted Jaccard of their terms is below
  :data:`~kg.resolve.corpus.SIMILAR` (``content:act-class`` when both name an act and
  share no event class, ``content:one-act`` when only one names an act);
* ``lsh``: similar enough, but MinHash LSH did not propose the pair;
* ``place``: linked, but their places differ (:meth:`_Profile.elsewhere`);
* ``profile``: linked, but one joined another group (a better match, or a group profile
  below :data:`~kg.resolve.corpus.GROUP_SIMILAR`).

Each pair is also classed by the words it differs in (:func:`word_class`, round 19): one
act word shared and the rest apart, different act words of one event class, an act named on
one side only, an evaluation that names no act on one side ("atrocity", "war crimes"), and so
on; and the gates other than the content ones by what they compare (the accused's strings,
the groups the linked pair went to).

The test is of the pair alone: two allegations apart by one gate may still meet through
a third (the merge joins by groups), so the classes say what the direct link lacks.
Only for the parts whose misses may be listed (never a blind part).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations

from kg.evaluate.allegations import LISTED_PARTS, GoldClaim, SystemClaim, align
from kg.model import AllegationSummary, DocumentGraph
from kg.resolve.allegations import MAKING
from kg.resolve.corpus import (
    _ACT_TERMS,
    _CODE,
    IDF_POWER,
    NUM_PERM,
    SIMILAR,
    WINDOW_DAYS,
    CorpusMerge,
    _act_bonus,
    _band_keys,
    _banded,
    _days,
    _features,
    _hashed_terms,
    _weak,
    _weighted_jaccard,
    allegation_summaries,
    minhash_signatures,
)
from kg.resolve.sides import corpus_sides, with_corpus_sides


class Gates:
    """The merge's term weights over every stating allegation, as
    :func:`kg.resolve.corpus._join_similar` computes them."""

    def __init__(self, summaries: Iterable[AllegationSummary], merge: CorpusMerge) -> None:
        listed = list(summaries)  # the merge's side keys (kg.resolve.sides)
        self.items = {s.id: s for s in with_corpus_sides(listed, corpus_sides(listed))}
        self.merge = merge
        stating = [s for s in self.items.values() if not s.points_back and not s.alone]
        self.features = {s.id: _features(s) for s in self.items.values()}
        frequency: Counter[str] = Counter()
        for s in stating:
            frequency.update(self.features[s.id])
        total = len(stating)
        self.weight = {
            t: (math.log((total + 1) / (n + 1)) + 1.0) ** IDF_POWER for t, n in frequency.items()
        }
        self.bonus = _act_bonus(frequency, total, self.weight)

    def similarity(self, a: str, b: str) -> float:
        fa, fb = self.features[a], self.features[b]
        weight = {t: self.weight.get(t, 1.0) for t in fa | fb}
        return _weighted_jaccard(fa, fb, weight, self.bonus)

    def _proposed(self, a: str, b: str) -> bool:
        keys = []
        for n in (a, b):
            (signature,) = minhash_signatures([_hashed_terms(self.features[n])], NUM_PERM, 1)
            keys.append(set(_band_keys(_banded(signature))))
        return bool(keys[0] & keys[1])

    def gate(self, a: str, b: str) -> str:
        """The gate that keeps document allegations ``a`` and ``b`` apart."""
        sa, sb = self.items[a], self.items[b]
        if sa.alone or sb.alone:
            return "curated"
        for s in (sa, sb):
            if s.points_back:
                mine = self.merge.of_member[s.id]
                alone = sum(1 for m in self.merge.of_member.values() if m == mine) == 1
                return "answer:none" if alone else "answer:elsewhere"
        if not set(sa.sides) & set(sb.sides):
            return "accused:missing" if not sa.sides or not sb.sides else "accused:differs"
        da, db = _days(sa.published), _days(sb.published)
        if da is not None and db is not None and abs(da - db) > WINDOW_DAYS:
            return "window"
        fa, fb = self.features[a], self.features[b]
        if not fa or not fb:
            return "no-terms"
        making = [any(c.stance in MAKING for c in s.claims) for s in (sa, sb)]
        if not any(making) and (_weak(fa) or _weak(fb)):
            return "weak"
        if self.similarity(a, b) < SIMILAR:
            ca = {t for t in fa if t.startswith(_CODE)}
            cb = {t for t in fb if t.startswith(_CODE)}
            if ca and cb and not ca & cb:
                return "content:act-class"
            if bool(ca) != bool(cb):
                return "content:one-act"
            return "content"
        if not self._proposed(a, b):
            return "lsh"
        pa, pb = set(sa.places), set(sb.places)
        if pa and pb and not pa & pb:
            return "place"
        return "profile"


#: Words that judge an act rather than name it (stems, as the merge's terms are): a pair
#: one of whose sides names no other act and one of these is an evaluation of the act.
EVALUATIVE = frozenset(
    ["atrocity", "war-crim", "humanity-crim", "crim", "genocid", "brutal", "heinou",
     "horrific", "barbar", "barbaric", "outrageou", "abus", "viol", "unacceptabl", "appal",
     "catastrophic", "toll", "tragedy", "terror", "terrorism", "evil", "cruel", "inhuman",
     "shameful", "horror"]
)  # fmt: skip


def word_class(gates: Gates, a: str, b: str) -> str:
    """Why document allegations ``a`` and ``b`` are apart, by the words they differ in (the
    content gates) or by what the other gates compare."""
    gate = gates.gate(a, b)
    if not gate.startswith("content"):
        return {
            "accused:differs": "accused: different strings",
            "accused:missing": "accused: none on one side",
            "profile": "linked, each in another group",
        }.get(gate, gate)
    fa, fb = gates.features[a], gates.features[b]
    aa, ab = fa & _ACT_TERMS, fb & _ACT_TERMS
    judged = [bool(f & EVALUATIVE) and not (acts - EVALUATIVE) for f, acts in ((fa, aa), (fb, ab))]
    if judged[0] != judged[1] or (all(judged) and not aa & ab):
        return "evaluation: the act unnamed on one side"
    if aa and ab:
        if aa & ab:
            return "one act word shared, the rest apart"
        codes = {t for t in fa & fb if t.startswith(_CODE)}
        return "act words differ, one event class" if codes else "act words differ, no class"
    if aa or ab:
        return "an act named on one side only"
    return "neither names a lexicon act"


def split_pairs(
    gold: Sequence[GoldClaim], system: Sequence[SystemClaim], part: str
) -> list[tuple[GoldClaim, GoldClaim, SystemClaim, SystemClaim]]:
    """The pairs of aligned gold claims of one gold allegation the system keeps apart."""
    items = [item for item in gold if item.part == part]
    aligned = align(items, system)
    found = []
    for x, y in combinations([i for i in items if i.key in aligned], 2):
        sx, sy = aligned[x.key], aligned[y.key]
        if x.allegation == y.allegation and sx.allegation != sy.allegation:
            found.append((x, y, sx, sy))
    return found


def gate_report(
    documents: Sequence[DocumentGraph],
    merge: CorpusMerge,
    gold: Sequence[GoldClaim],
    system: Sequence[SystemClaim],
    part: str,
    listing: bool = False,
) -> list[str]:
    """Count (and with ``listing``, list) the split pairs of ``part`` by gate."""
    if part not in LISTED_PARTS:
        raise ValueError("pairs are listed for the dev and blind2..blind41 parts only")
    gates = Gates((s for d in documents for s in allegation_summaries(d)), merge)
    by_pair: Counter[str] = Counter()
    by_words: Counter[str] = Counter()
    by_members: dict[str, set[tuple[str, str]]] = {}
    lines = []
    for x, _y, sx, sy in split_pairs(gold, system, part):
        a, b = sorted((sx.document_allegation, sy.document_allegation))
        name = gates.gate(a, b)
        if a != b and sx.doc == sy.doc:
            name = "within-document/" + name
        by_pair[name] += 1
        by_words[
            ("within-document/" if a != b and sx.doc == sy.doc else "") + word_class(gates, a, b)
        ] += 1
        by_members.setdefault(name, set()).add((a, b))
        if listing:
            lines.append(
                f"{name:28} {x.allegation}  {gates.similarity(a, b):.2f}  "
                f"{_brief(gates.items[a])}  ||  {_brief(gates.items[b])}"
            )
    total = sum(by_pair.values())
    head = [f"{part}: {total} split pairs of aligned claims; by gate (pairs, allegation pairs)"]
    head += [f"  {name:32} {n:5} {len(by_members[name]):5}" for name, n in by_pair.most_common()]
    head += [f"{part}: the same pairs by the words they differ in (word_class)"]
    head += [f"  {name:48} {n:5}" for name, n in by_words.most_common()]
    return head + sorted(lines)


def _brief(s: AllegationSummary) -> str:
    return f"{s.published} {'/'.join(s.sides) or '-'} {' '.join(s.terms)[:90]}"
