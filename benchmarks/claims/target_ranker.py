"""Train the target ranker (kg.resolve.ranked_targets) on the development parts.

    .venv/bin/python benchmarks/claims/target_ranker.py --cache F            # CV report
    .venv/bin/python benchmarks/claims/target_ranker.py --cache F --lopo     # + leave one out
    .venv/bin/python benchmarks/claims/target_ranker.py --cache F --held-out-cache H \
        --baseline kg/data/target_ranker.tsv                                # + held out
    .venv/bin/python benchmarks/claims/target_ranker.py --cache F --write    # + weights

Runs the extractor and resolver as ``target_causes.py`` does (ranker off), and takes every
system claim aimed at someone (accuse, deny, criticize, threaten) that has no target and
whose claimer and stance match an aligned gold claim.  Each actor the ranker would
consider is an example, positive when it is one of the gold claim's targets.  A logistic
regression is cross-validated by document (5 folds): for each threshold, the claims the
out-of-fold model would give a right target (a claimer+stance+target gain), a wrong one
where the gold has a target (no change in the headline score) and one where the gold has
none (a loss).  The out-of-fold picks at the chosen threshold are also counted per part.
``--lopo``: each part of the blind parts' register (test11 .. test20, dev2, dev3) is left
out in turn, the model and its threshold (by the same 5-fold rule) fitted on the others.
``--held-out-cache``: the held-out parts' claims (never trained on) are scored by the model
fitted on every development part and by ``--baseline`` (the weights in use), numbers only.
``--write`` trains on all of it and writes ``kg/data/target_ranker.tsv`` with the threshold
of the best cross-validated net gain (right picks less losses) among those whose losses are
at most a third of their right picks; its header records the command and the parts.
Development parts only: the held-out parts are never trained on.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")  # small fits; threads only contend on a shared host

import numpy as np  # noqa: E402
from run import BLIND, GOLD, PARTS  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402
from target_causes import parsed_graphs  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    SystemClaim,
    align,
    claimer_matches,
    load_gold,
    name_matches,
)
from kg.extract.claims import OPTIONAL, RULES, extract_claims  # noqa: E402
from kg.model import ActorKind, DocumentGraph, ResolvedClaim  # noqa: E402
from kg.resolve import ActorRegistry, ranked_targets, resolve  # noqa: E402

OUT = Path(__file__).parents[2] / "kg" / "data" / ranked_targets.WEIGHTS_FILE


def run_parse(path: Path) -> dict[str, tuple]:  # type: ignore[type-arg]
    """The items of a ``run.py --part all --cache F`` pickle (sentence scope: every open
    part, in the gold file's order) by gold id: (extraction, parse, where the item's own
    sentence starts).  One parse serves both learned parts' trainers and ``run.py``."""
    with path.open("rb") as file:
        parsed, _gapped = pickle.load(file)
    every = load_gold(GOLD)
    present = [p for p in PARTS if any(s.split == p for s in every) and p not in BLIND]
    gold = [s for s in every if s.split in present]
    if len(gold) != len(parsed):
        raise SystemExit(f"{path}: {len(parsed)} items, not the {len(gold)} of --part all")
    return {s.id: (e, doc, start) for s, (e, doc, start, _extra) in zip(gold, parsed, strict=True)}


def graphs_of(
    gold: list, parse: Path | None, cache: Path | None
) -> list[tuple[DocumentGraph, int]]:
    """Each gold item's resolved graph (default families) and where its sentence starts:
    from ``run.py``'s parse pickle when given, else ``target_causes.py``'s own parse."""
    if parse is None:
        return [(graph, start) for graph, start, _text in parsed_graphs(gold, cache)]
    items = run_parse(parse)
    found = []
    for sentence in gold:
        extraction, doc, start = items[sentence.id]
        claims = extract_claims(doc, extraction.mentions, RULES - OPTIONAL)
        graph = resolve(replace(extraction, claims=claims), ActorRegistry())
        found.append((graph, start))
    return found


def examples(
    parts: tuple[str, ...], cache: Path | None, parse: Path | None = None
) -> list[tuple[str, str, dict[str, dict[str, float]], set[str], bool, str]]:
    """(document, part, candidates' features, the right candidates, gold has a target)
    for each rankable claim."""
    ranked_targets.ENABLED = False
    ranked_targets.RELATION_FEATURES = True  # every feature; --without-relations drops some
    gold = [s for s in load_gold(GOLD) if s.split in parts]
    found = []
    for sentence, (graph, start) in zip(gold, graphs_of(gold, parse, cache), strict=True):
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
                graph.article.text,
                resolved,
                graph.mentions,
                kinds,
                affiliations,
                graph.claims,
                [r.relation for r in graph.relations],
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


Example = tuple[str, str, dict[str, dict[str, float]], set[str], bool, str]
#: The blind parts' register: each is left out in turn by ``--lopo``.
IN_REGISTER = (*(f"test{n}" for n in range(11, 21)), "dev2", "dev3")
THRESHOLDS = [x / 20 for x in range(2, 20)]


class Table:
    """The candidate rows of some claims, flattened: features, labels, the document of each,
    and which claim and actor each row is."""

    def __init__(self, data: list[Example]) -> None:
        self.data = data
        self.rows: list[dict[str, float]] = []
        self.labels: list[int] = []
        self.groups: list[str] = []
        self.owners: list[tuple[int, str]] = []
        for index, (document, _part, candidates, right, _has, _label) in enumerate(data):
            for actor, row in candidates.items():
                self.rows.append(row)
                self.labels.append(int(actor in right))
                self.groups.append(document)
                self.owners.append((index, actor))


def fit(rows: list[dict[str, float]], labels: list[int], c: float):  # type: ignore[no-untyped-def]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, np.array(labels))
    return vectorizer, model


def predict(vectorizer, model, rows: list[dict[str, float]]) -> np.ndarray:  # type: ignore[no-untyped-def]
    if not rows:
        return np.zeros(0)
    return model.predict_proba(vectorizer.transform(rows))[:, 1]


def out_of_fold(table: Table, c: float, folds: int = 5) -> np.ndarray:
    """Each row's probability from a model fitted on the other folds (by document)."""
    oof = np.zeros(len(table.rows))
    y = np.array(table.labels)
    indices = np.arange(len(table.rows))
    for train, test in GroupKFold(n_splits=folds).split(indices, y, table.groups):
        vectorizer, model = fit([table.rows[i] for i in train], list(y[train]), c)
        oof[test] = predict(vectorizer, model, [table.rows[i] for i in test])
    return oof


def best_picks(table: Table, probabilities: np.ndarray) -> dict[int, tuple[float, str]]:
    best: dict[int, tuple[float, str]] = {}
    for p, (index, actor) in zip(probabilities, table.owners, strict=True):
        if index not in best or p > best[index][0]:
            best[index] = (float(p), actor)
    return best


def verdicts(
    data: list[Example], best: dict[int, tuple[float, str]], threshold: float
) -> dict[str, list[int]]:
    """Per part: [right, wrong (gold has another), loss (gold has none)] of the picks."""
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for index, (p, actor) in best.items():
        if p < threshold:
            continue
        _document, part, _rows, right, has, _label = data[index]
        found[part][0 if actor in right else 1 if has else 2] += 1
    return found


def choose_threshold(
    data: list[Example], best: dict[int, tuple[float, str]], show: bool = False
) -> float:
    """The threshold of the best net gain (right less losses) whose losses are at most a
    third of its right picks: a pick where the gold has no target costs a right claim, and
    on unseen copy the picks are less often right."""
    chosen, top = 0.5, -(10**9)
    if show:
        print("threshold | picked | right | wrong (gold has one) | loss (gold has none) | net")
    for threshold in THRESHOLDS:
        right, wrong, loss = (
            sum(v[k] for v in verdicts(data, best, threshold).values()) for k in range(3)
        )
        net = right - loss
        if show:
            print(f"{threshold:.2f} | {right + wrong + loss} | {right} | {wrong} | {loss} | {net}")
        if net > top and 3 * loss <= right:
            chosen, top = threshold, net
    return chosen


def show_parts(title: str, table: dict[str, list[int]], parts: tuple[str, ...]) -> None:
    print(f"{title}\npart | right | wrong | loss | net")
    total = [0, 0, 0]
    for part in parts:
        right, wrong, loss = table.get(part, [0, 0, 0])
        total = [total[0] + right, total[1] + wrong, total[2] + loss]
        print(f"{part} | {right} | {wrong} | {loss} | {right - loss:+d}")
    print(f"all | {total[0]} | {total[1]} | {total[2]} | {total[0] - total[2]:+d}")


def baseline_picks(table: Table, path: Path) -> tuple[dict[int, tuple[float, str]], float]:
    """The picks of the weights file at ``path`` (the scorer the resolver uses)."""
    weight: dict[str, float] = {}
    threshold = 0.5
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# threshold:"):
            threshold = float(line.split(":", 1)[1])
        if line.strip() and not line.startswith("#"):
            name, value = line.split("\t")
            weight[name] = float(value)
    probabilities = np.array([ranked_targets.probability(r, weight) for r in table.rows])
    return best_picks(table, probabilities), threshold


#: The features round 24 added (:func:`kg.resolve.ranked_targets._relation_features` and the
#: side of a candidate relative to the others): ``--without-relations`` drops them.
ADDED = ranked_targets.ADDED_FEATURES


def _without_relations(example: Example) -> Example:
    document, part, candidates, right, has, label = example
    kept = {
        actor: {k: v for k, v in row.items() if k.rsplit("|", 1)[-1] not in ADDED}
        for actor, row in candidates.items()
    }
    return document, part, kept, right, has, label


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="target_causes.py's parse (a DocBin)")
    parser.add_argument("--parse", type=Path, help="a run.py --part all --cache pickle instead")
    parser.add_argument("--examples", type=Path, help="pickle of the examples (built if absent)")
    parser.add_argument("--part", action="append", choices=DEVELOPMENT_PARTS)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT, help="where --write writes the weights")
    parser.add_argument("--list", type=float, help="print the out-of-fold picks at this threshold")
    parser.add_argument("--lopo", action="store_true", help="leave each in-register part out")
    parser.add_argument("--held-out-cache", type=Path, help="score the held-out parts too")
    parser.add_argument("--baseline", type=Path, help="weights to compare on the held-out parts")
    parser.add_argument("--without-relations", action="store_true", help="round 23's features only")
    args = parser.parse_args(argv)
    parts = tuple(args.part or DEVELOPMENT_PARTS)
    if args.examples is not None and args.examples.exists():
        data, held = pickle.loads(args.examples.read_bytes())
        data = [d for d in data if d[1] in parts]
    else:
        data = examples(parts, args.cache, args.parse)
        held = examples(HELD_OUT_PARTS, None, args.parse) if args.parse else None
        if args.examples is not None:
            args.examples.write_bytes(pickle.dumps((data, held)))
    if args.without_relations:
        data = [_without_relations(d) for d in data]
        held = [_without_relations(d) for d in held] if held is not None else None
    print(
        f"claims {len(data)}: gold target {sum(d[4] for d in data)}, "
        f"a right candidate {sum(bool(d[3]) for d in data)}, "
        f"candidates {sum(len(d[2]) for d in data)}"
    )
    table = Table(data)
    oof = out_of_fold(table, args.c)
    best = best_picks(table, oof)
    if args.list is not None:
        for index, (p, actor) in sorted(best.items()):
            if p >= args.list:
                document, part, _rows, right, has, _label = data[index]
                verdict = "right" if actor in right else "wrong" if has else "LOSS"
                print(f"{part} {document} {data[index][5]} -> {actor} {p:.2f} {verdict}")
    chosen = choose_threshold(data, best, show=True)
    show_parts(
        f"5-fold CV by document, threshold {chosen:.2f}", verdicts(data, best, chosen), parts
    )
    if args.lopo:
        lopo: dict[str, list[int]] = {}
        for part in (p for p in IN_REGISTER if p in parts):
            inside = [d for d in data if d[1] != part]
            left = [d for d in data if d[1] == part]
            train = Table(inside)
            threshold = choose_threshold(inside, best_picks(train, out_of_fold(train, args.c)))
            vectorizer, model = fit(train.rows, train.labels, args.c)
            test = Table(left)
            found = verdicts(
                left, best_picks(test, predict(vectorizer, model, test.rows)), threshold
            )
            lopo[part] = found.get(part, [0, 0, 0])
            print(f"  left out {part}: threshold {threshold:.2f}, {lopo[part]}", flush=True)
        show_parts("leave one part out (the blind register)", lopo, tuple(lopo))
    vectorizer, model = fit(table.rows, table.labels, args.c)
    if held is None and args.held_out_cache is not None:
        held = examples(HELD_OUT_PARTS, args.held_out_cache)
    if held is not None:
        held_table = Table(held)
        new = best_picks(held_table, predict(vectorizer, model, held_table.rows))
        show_parts(
            f"held out (numbers only), trained on every development part, threshold {chosen:.2f}",
            verdicts(held, new, chosen),
            HELD_OUT_PARTS,
        )
        if args.baseline is not None:
            old, threshold = baseline_picks(held_table, args.baseline)
            show_parts(
                f"held out, the weights of {args.baseline} (threshold {threshold:.2f})",
                verdicts(held, old, threshold),
                HELD_OUT_PARTS,
            )
    if args.write:
        names = vectorizer.get_feature_names_out()
        command = " ".join(["benchmarks/claims/target_ranker.py", *(argv or sys.argv[1:])])
        with args.out.open("w", encoding="utf-8") as file:
            file.write(
                "# Learned target ranker (kg/resolve/ranked_targets.py), written by\n"
                f"# {command}\n"
                f"# (C={args.c}) from the development parts {', '.join(parts)}\n"
                f"# ({len(data)} claims, {len(table.rows)} candidates); logistic regression, one\n"
                "# row per feature and weight; the threshold has the best 5-fold (by document)\n"
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
