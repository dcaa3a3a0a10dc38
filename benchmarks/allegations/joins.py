"""Which precise join would bring the merge's split gold pairs together, and at what cost
(round 20, issue 13).

    .venv/bin/python benchmarks/allegations/joins.py --cache F [--held-out]
    .venv/bin/python benchmarks/allegations/joins.py --cache F --shipped [--held-out]
    .venv/bin/python benchmarks/allegations/joins.py --cache F --gates

``--shipped`` sweeps the join shipped in :mod:`kg.resolve.paraphrases` (a lone allegation
joins its best partner) through the merge itself; ``--gates`` counts the split pairs of
the open parts by the merge gate that splits them (``pairs.py``) in one process.

One parse, one merge (:func:`kg.resolve.corpus.corpus_allegations`); then each candidate
join is applied after the merge as extra links between its corpus allegations (their
transitive closure: a join of two groups joins all their members), and every open part is
scored again: B-cubed F1 over all gold claims, aligned B-cubed P/R, aligned pairwise
across documents P/R, and the corpus allegations the join leaves.  The joins, each only
between two stating allegations of one accused side and one claimer side:

* ``anchor``: they share a named place or non-state anchor ("@bucha") and are at most
  ``days`` apart;
* ``cosine``: the TF-IDF cosine of their merge terms (:func:`kg.resolve.propositions.
  _features`: content stems, act classes, named actors) reaches ``bar``, at most ``days``
  apart;
* ``both``: the anchor join, or the cosine join.

Held-out parts are numbers only (``--held-out``); blind42 is never scored.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import GOLD, extractions  # noqa: E402

import kg.resolve.paraphrases as paraphrases  # noqa: E402
from kg.evaluate.allegations import (  # noqa: E402
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    evaluate,
    load_gold,
    system_claims,
)
from kg.model import AllegationSummary, DocumentGraph  # noqa: E402
from kg.pipeline import resolve_all  # noqa: E402
from kg.resolve import ActorRegistry  # noqa: E402
from kg.resolve.corpus import _days, allegation_summaries, corpus_allegations  # noqa: E402
from kg.resolve.propositions import _ACT_TERMS, _CODE, _anchor, _features  # noqa: E402
from kg.resolve.sides import corpus_sides, with_corpus_sides  # noqa: E402

OPEN = DEVELOPMENT_PARTS + ("blind16",)
HELD = tuple(part for part in HELD_OUT_PARTS if part not in OPEN)


class Find:
    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.up.get(x, x) != x:
            self.up[x] = self.up.get(self.up[x], self.up[x])
            x = self.up[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.up[max(ra, rb)] = min(ra, rb)


def blocks(items: Sequence[AllegationSummary]) -> dict[tuple[str, str], list[int]]:
    """Stating allegations by (accused side, claimer side)."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, s in enumerate(items):
        if s.points_back or s.alone or s.follows:
            continue
        claimers = {c.side for c in s.claims if c.stance.value != "deny"}
        for accused in set(s.sides):
            for claimer in claimers - {accused}:
                found[accused, claimer].append(n)
    return found


def vectors(items: Sequence[AllegationSummary]) -> list[dict[str, float]]:
    """TF-IDF vectors (binary terms, IDF over the stating allegations), unit length."""
    feats = [_features(s) for s in items]
    stating = [
        f for f, s in zip(feats, items, strict=True) if not (s.points_back or s.alone or s.follows)
    ]
    df: Counter[str] = Counter()
    for f in stating:
        df.update(f)
    total = len(stating)
    out = []
    for f in feats:
        v = {t: math.log((total + 1) / (df.get(t, 0) + 1)) + 1.0 for t in f}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b[t] for t, x in a.items() if t in b)


def anchors(s: AllegationSummary) -> frozenset[str]:
    own = {"@" + a for a in (*s.accused, *s.sides)}
    return frozenset(
        {"@" + p for p in s.places} | {t for t in s.terms if _anchor(t) and t not in own}
    )


Join = Callable[[int, int], bool]


def edges(
    items: Sequence[AllegationSummary], days: Sequence[int | None], join: Join, window: int
) -> Iterable[tuple[int, int]]:
    for members in blocks(items).values():
        for a, b in combinations(members, 2):
            da, db = days[a], days[b]
            if da is None or db is None or abs(da - db) > window:
                continue
            if join(a, b):
                yield a, b


def sweep(documents: Sequence[DocumentGraph], parts: Sequence[str]) -> int:
    """Score the merge with :mod:`kg.resolve.paraphrases` off and at each setting."""
    _, gold = load_gold(GOLD)
    settings: list[tuple[float | None, bool, int, int]] = [(None, False, 120, 2)]
    settings += [(0.4, False, 120, 2), (0.4, True, 120, 2)]  # cosine (and anchors)
    settings += [(2.0, True, 120, n) for n in (0, 1, 2)]  # anchors alone: no cosine reaches 2
    settings += [(2.0, True, 31, 1)]
    for bar, anchored, window, shared in settings:
        paraphrases.PARAPHRASE_BAR = bar
        paraphrases.PARAPHRASE_ANCHORS = anchored
        paraphrases.PARAPHRASE_DAYS = window
        paraphrases.PARAPHRASE_SHARED = shared
        merge = corpus_allegations(documents)
        system = system_claims(documents, merge)
        cells = []
        for part in parts:
            r = evaluate(gold, system, part)
            b = r.scores["corpus"]["b-cubed"]
            ab = r.scores["corpus, aligned"]["b-cubed"]
            pw = r.scores["corpus, aligned"]["pairwise across documents"]
            cells.append(
                f"{part} {r.aligned} {b.f1:.3f} a{ab.precision:.3f}/{ab.recall:.3f} "
                f"x{pw.precision:.2f}/{pw.recall:.2f}"
            )
        name = f"bar {bar} anchors {anchored} {window}d shared {shared}"
        print(f"{name:28} {len(merge.allegations):5} | " + " | ".join(cells), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument(
        "--shipped",
        action="store_true",
        help="sweep kg.resolve.paraphrases's settings through the merge itself",
    )
    parser.add_argument("--gates", action="store_true", help="the split pairs by gate")
    args = parser.parse_args(argv)
    documents = list(resolve_all(extractions(Path("corpus"), 2, args.cache), ActorRegistry()))
    if args.shipped:
        return sweep(documents, OPEN + (HELD if args.held_out else ()))
    # the candidate joins are measured on the merge without the shipped one
    paraphrases.PARAPHRASE_BAR, paraphrases.PARAPHRASE_ANCHORS = None, False
    if args.gates:
        from pairs import gate_report

        merge = corpus_allegations(documents)
        _, gold = load_gold(GOLD)
        system = system_claims(documents, merge)
        for part in OPEN:
            report = gate_report(documents, merge, gold, system, part)
            print("\n".join(report), flush=True)
        return 0
    merge = corpus_allegations(documents)
    summaries = [s for d in documents for s in allegation_summaries(d)]
    items = with_corpus_sides(summaries, corpus_sides(summaries))
    days = [_days(s.published) for s in items]
    vec = vectors(items)
    anc = [anchors(s) for s in items]
    _, gold = load_gold(GOLD)
    system = system_claims(documents, merge)
    parts = OPEN + (HELD if args.held_out else ())

    def scored(name: str, pairs: Iterable[tuple[int, int]]) -> None:
        uf = Find()
        n_edges = 0
        for a, b in pairs:
            ca, cb = merge.of_member.get(items[a].id), merge.of_member.get(items[b].id)
            if ca and cb and ca != cb:
                n_edges += 1
                uf.union(ca, cb)
        joined = [replace(c, allegation=uf.find(c.allegation)) for c in system]
        left = len({uf.find(a.id) for a in merge.allegations})
        cells = []
        for part in parts:
            r = evaluate(gold, joined, part)
            b = r.scores["corpus"]["b-cubed"]
            ab = r.scores["corpus, aligned"]["b-cubed"]
            pw = r.scores["corpus, aligned"]["pairwise across documents"]
            cells.append(
                f"{part} {b.f1:.3f} a{ab.precision:.2f}/{ab.recall:.2f} "
                f"x{pw.precision:.2f}/{pw.recall:.2f}"
            )
        print(f"{name:22} {left:5} {n_edges:5} | " + " | ".join(cells), flush=True)

    size = Counter(merge.of_member.values())
    acts = [
        frozenset(
            t for t in _features(s) if t in _ACT_TERMS or (t.startswith(_CODE) and len(t) > 3)
        )
        for s in items
    ]

    def lone(pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Only a corpus allegation of one member joins, to its most similar partner."""
        best: dict[int, tuple[float, int]] = {}
        for a, b in pairs:
            for x, y in ((a, b), (b, a)):
                if size[merge.of_member.get(items[x].id, "")] != 1:
                    continue
                score = cosine(vec[x], vec[y])
                if x not in best or (score, -y) > (best[x][0], -best[x][1]):
                    best[x] = (score, y)
        return [(x, y) for x, (_, y) in sorted(best.items())]

    scored("merge", [])
    for window in (31, 120):
        near = list(edges(items, days, lambda a, b: bool(anc[a] & anc[b]), window))
        scored(f"anchor {window}d", near)
        scored(f"anchor lone {window}d", lone(near))
        acted = [(a, b) for a, b in near if acts[a] & acts[b]]
        scored(f"anchor+act {window}d", acted)
    for bar in (0.4, 0.5, 0.6, 0.7):
        near = list(edges(items, days, lambda a, b, bar=bar: cosine(vec[a], vec[b]) >= bar, 120))
        scored(f"cosine {bar} 120d", near)
        scored(f"cosine lone {bar} 120d", lone(near))
    for bar in (0.3, 0.4, 0.5):
        for window in (31, 120):
            near = list(
                edges(
                    items,
                    days,
                    lambda a, b, bar=bar: bool(anc[a] & anc[b]) or cosine(vec[a], vec[b]) >= bar,
                    window,
                )
            )
            scored(f"either lone {bar} {window}d", lone(near))
    return 0


if __name__ == "__main__":
    sys.exit(main())
