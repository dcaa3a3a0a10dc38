"""Train the target ranker (kg.resolve.ranked_targets) on the development parts.

    .venv/bin/python benchmarks/claims/target_ranker.py --cache F            # CV report
    .venv/bin/python benchmarks/claims/target_ranker.py --cache F --write    # + weights

Runs the extractor and resolver as ``target_causes.py`` does (ranker off), and takes every
system claim aimed at someone (accuse, deny, criticize, threaten) that has no target and
whose claimer and stance match an aligned gold claim.  Each actor the ranker would
consider is an example, positive when it is one of the gold claim's targets.  A logistic
regression is cross-validated by document (5 folds): for each threshold, the claims the
out-of-fold model would give a right target (a claimer+stance+target gain), a wrong one
where the gold has a target (no change in the headline score) and one where the gold has
none (a loss).  ``--write`` trains on all of it and writes ``kg/data/target_ranker.tsv``
with the threshold of the best cross-validated net gain (right picks less losses) among
those whose losses are at most a third of their right picks.  Development parts only: the
held-out parts are never trained on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import numpy as np  # noqa: E402
from run import GOLD  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402
from target_causes import parsed_graphs  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    DEVELOPMENT_PARTS,
    SystemClaim,
    align,
    claimer_matches,
    load_gold,
    name_matches,
)
from kg.model import ActorKind, ResolvedClaim  # noqa: E402
from kg.resolve import ranked_targets  # noqa: E402

OUT = Path(__file__).parents[2] / "kg" / "data" / ranked_targets.WEIGHTS_FILE


def examples(
    parts: tuple[str, ...], cache: Path | None
) -> list[tuple[str, str, dict[str, dict[str, float]], set[str], bool, str]]:
    """(document, part, candidates' features, the right candidates, gold has a target)
    for each rankable claim."""
    ranked_targets.ENABLED = False
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    found = []
    for sentence, (graph, start, _text) in zip(gold, parsed_graphs(gold, cache), strict=True):
        actors = {a.id: a for a in graph.actors}
        kinds: dict[str, ActorKind] = {a.id: a.kind for a in graph.actors}
        affiliations = {a.id: a.affiliation for a in graph.actors}
        own: list[ResolvedClaim] = [r for r in graph.claims if r.claim.cue.start >= start]
        system = [
            SystemClaim(
                claimer=actors[r.claimer].name if r.claimer in actors else r.claimer,
                claimer_kind="",
                stance=r.claim.stance,
                targets=tuple(actors[t].name if t in actors else t for t in r.targets),
            )
            for r in own
        ]
        for s, g in align(tuple(system), sentence.claims):
            if s is None or g is None or s.targets or s.stance not in ranked_targets.RANKED:
                continue
            if not claimer_matches(s, g) or s.stance is not g.stance:
                continue
            resolved = own[system.index(s)]
            rows = ranked_targets.features(
                graph.article.text, resolved, graph.mentions, kinds, affiliations, graph.claims
            )
            right = {
                a
                for a in rows
                if a in actors and any(name_matches(actors[a].name, n) for n in g.targets)
            }
            document = sentence.id.rsplit("-", 1)[0]
            label = f"{s.stance.value} by {s.claimer}: {sentence.text[:150]}"
            found.append((document, sentence.split, rows, right, bool(g.targets), label))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--part", action="append", choices=DEVELOPMENT_PARTS)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT, help="where --write writes the weights")
    parser.add_argument("--list", type=float, help="print the out-of-fold picks at this threshold")
    args = parser.parse_args(argv)
    data = examples(tuple(args.part or DEVELOPMENT_PARTS), args.cache)
    print(
        f"claims {len(data)}: gold target {sum(d[4] for d in data)}, "
        f"a right candidate {sum(bool(d[3]) for d in data)}, "
        f"candidates {sum(len(d[2]) for d in data)}"
    )
    rows, labels, groups, owners = [], [], [], []
    for index, (document, _part, candidates, right, _has, _label) in enumerate(data):
        for actor, row in candidates.items():
            rows.append(row)
            labels.append(int(actor in right))
            groups.append(document)
            owners.append((index, actor))
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    y = np.array(labels)
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = LogisticRegression(C=args.c, max_iter=2000)
        model.fit(x[train], y[train])
        oof[test] = model.predict_proba(x[test])[:, 1]
    best: dict[int, tuple[float, str]] = {}
    for p, (index, actor) in zip(oof, owners, strict=True):
        if index not in best or p > best[index][0]:
            best[index] = (float(p), actor)
    if args.list is not None:
        for index, (p, actor) in sorted(best.items()):
            if p >= args.list:
                document, part, _rows, right, has, _label = data[index]
                verdict = "right" if actor in right else "wrong" if has else "LOSS"
                print(f"{part} {document} {data[index][5]} -> {actor} {p:.2f} {verdict}")
    print("threshold | picked | right | wrong (gold has one) | loss (gold has none) | net")
    chosen, top = 0.5, -(10**9)
    for threshold in [x / 20 for x in range(2, 20)]:
        right = wrong = loss = 0
        for index, (p, actor) in best.items():
            if p < threshold:
                continue
            if not data[index][4]:
                loss += 1
            elif actor in data[index][3]:
                right += 1
            else:
                wrong += 1
        net = right - loss
        print(f"{threshold:.2f} | {right + wrong + loss} | {right} | {wrong} | {loss} | {net}")
        # a pick where the gold has no target costs a right claim: keep such losses under a
        # third of the gains, so that unseen copy (where the picks are less often right)
        # does not lose
        if net > top and 3 * loss <= right:
            chosen, top = threshold, net
    if args.write:
        model = LogisticRegression(C=args.c, max_iter=2000)
        model.fit(x, y)
        names = vectorizer.get_feature_names_out()
        with args.out.open("w", encoding="utf-8") as file:
            file.write(
                "# Learned target ranker (kg/resolve/ranked_targets.py), written by\n"
                f"# benchmarks/claims/target_ranker.py --write (C={args.c}) from the development\n"
                f"# parts ({len(data)} claims, {len(y)} candidates); logistic regression, one row\n"
                "# per feature and weight; the threshold has the best 5-fold (by document)\n"
                "# cross-validated net gain, losses at most a third of the right picks.\n"
                f"# threshold: {chosen:.2f}\n"
            )
            file.write(f"{ranked_targets.BIAS}\t{model.intercept_[0]:.4f}\n")
            for name, weight in sorted(zip(names, model.coef_[0], strict=True)):
                if abs(weight) >= 1e-4:
                    file.write(f"{name}\t{weight:.4f}\n")
        print(f"wrote {args.out} (threshold {chosen:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
