"""Train the learned stance (``learned_stance``, :mod:`kg.extract.claims.learned`) and
measure it honestly.

    .venv/bin/python scripts/train_stance.py --out kg/data/stance_weights.tsv   # ship
    .venv/bin/python scripts/train_stance.py --lopo                             # measure
    .venv/bin/python scripts/train_stance.py --audit corpus/state-department-china.jsonl

Examples: every claim the rules (without the learned family) make with a content in the
item's own sentence of a gold part whose cue says nothing by itself (``--train-on``), aligned
one to one with a gold claim by ``kg.evaluate.claims.align`` (the scorer's alignment).  For
each rules ASSERT the trainer also measures what relabelling it alone to each stance does to
its sentence's claimer+stance+target triples, with the targets the family would find
(:func:`_deltas`).  Label (``--label useful``, the default since round 10): the gold stance
when relabelling to it gains a triple, else ASSERT (a right stance with a wrong or missing
target gains nothing, and a rules ASSERT no gold claim matches is an ASSERT to learn);
``--label gold``: the aligned gold stance (round 6).  Claims aligned with a report, approve
or decline are left out.  Features are :func:`kg.extract.claims.learned.features`; those
seen fewer than ``--min-count`` times in the training examples are dropped.  The model is
scikit-learn's multinomial logistic regression (L2, lbfgs, fixed seed: the same weights
every run).

The threshold (the probability another stance needs to replace ASSERT) is chosen on the
training parts only: each training part is predicted by a model trained on the other
training parts, and the threshold with the largest summed change in the parts'
claimer+stance+target F1 (from the measured effects) wins, ties to the higher threshold.

``--lopo``: for each gold part P, train (and choose the threshold) on the other parts only,
then score P with ``benchmarks/claims/run.py``'s scorer with the rules alone and with the
rules plus the family.  The blind part (``run.BLIND``) is never read: it is dropped as the
gold file is loaded.

Contextual vectors (round 11): ``--dense content,verb,...`` adds the claim's rows of
``doc.tensor`` (:func:`kg.extract.claims.learned.dense`), standardised on the training
examples (``--pca K``: projected on their first K principal components; ``--dense-scale``:
their L2 penalty relative to the binary features'), scaling and projection folded into the
weights; ``--no-sparse`` the vectors alone.  ``--cache`` pickles the examples so that
variants need no parse; ``--estimate`` is the leave-one-part-out gain from the measured
effects alone, ``--rank`` the out-of-fold ranking (AUC, gains and losses among the top k).
Needs scikit-learn (the ``train`` extra); ``kg`` itself never imports it.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "claims"))

from run import BLIND, GOLD, PARTS, parse_items, scored_claims  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    SystemClaim,
    align,
    claims_from,
    evaluate,
    load_gold,
    triple_scores,
)
from kg.extract.claims import OPTIONAL, RULES, extract_claims  # noqa: E402
from kg.extract.claims.learned import (  # noqa: E402
    CLASSES,
    DENSE_GROUPS,
    EXTRA,
    TARGETS,
    StanceModel,
    dense,
    features,
    using,
    write_model,
)
from kg.model import Claim, Stance  # noqa: E402
from kg.resolve import ActorRegistry, resolve  # noqa: E402

BASE = RULES - OPTIONAL
WITH = BASE | {"learned_stance"}
THRESHOLDS = tuple(round(0.30 + 0.05 * k, 2) for k in range(14))  # 0.30 .. 0.95
Delta = tuple[float, int, float]  # change in (matched system, system, matched gold) triples
#: part, features, gold stance (the training label), rules said ASSERT, and for an ASSERT
#: what relabelling it to each stance does to its sentence's claimer+stance+target counts
#: (None: the family would not relabel it, no target found); last, the claim's contextual
#: vectors for every group of DENSE_GROUPS (None: no tensor)
Example = tuple[str, list[str], Stance, bool, dict[Stance, Delta | None], np.ndarray | None]
#: The triple counts (matched system, system, matched gold, gold) of each part, rules alone.
BASE_COUNTS: dict[str, list[float]] = {}
#: --label: "gold" (the aligned gold stance) or "useful" (the gold stance only when
#: relabelling to it gains a triple, with the targets the family would find; else ASSERT).
LABEL = ["useful"]
#: --dense: the vector groups the model reads (none: binary features only); --no-sparse:
#: the vectors alone; --class-weight; --dense-scale: the standardised vectors' scale (a
#: larger scale weakens the L2 penalty on them relative to the binary features).
DENSE: list[str] = []
SPARSE = [True]
CLASS_WEIGHT: list[str | None] = [None]
DENSE_SCALE = [1.0]
PCA = [0]  # --pca K: the standardised vectors' first K principal components (0: all)
TOL = [1e-8]  # lbfgs tolerance (--tol: looser is faster with vectors)
_WIDTH = [96]


def _vector(example: Example) -> np.ndarray | None:
    """The example's vectors of the groups in DENSE (None without any)."""
    full = example[5]
    if not DENSE or full is None:
        return None
    width = len(full) // len(DENSE_GROUPS)
    return np.concatenate(
        [full[DENSE_GROUPS.index(g) * width : (DENSE_GROUPS.index(g) + 1) * width] for g in DENSE]
    )


#: Which aligned claims train the model (--train-on): "neutral" (the default), those whose
#: cue itself says nothing, so that the stance, if any, is the content's: the rules left
#: them ASSERT or read their stance off the content (content_stance, denial_content,
#: self_report), the distribution the family acts on; "asserts", only the ASSERTs; "all",
#: every aligned claim with a content, explicit cues ("accused", "denied") included.
TRAIN_ON = ["neutral"]
_CONTENT_RULES = ("content_stance", "denial_content", "self_report")


def _forced(stance: Stance) -> StanceModel:
    """A model that relabels every ASSERT to ``stance`` (to measure what a relabel does)."""
    bias = tuple(30.0 if c is stance else -30.0 for c in CLASSES)
    return StanceModel(CLASSES, {}, bias, 0.0)


def _counts(gold_claims, system) -> tuple[float, int, float, int]:
    found = triple_scores([(gold_claims, system)])
    return found.matched_system, found.system, found.matched_gold, found.gold


def _deltas(sentence, extraction, doc, start) -> dict[int, dict[Stance, Delta | None]]:
    """For each ASSERT with content the rules make in the item's sentence (by its index in
    the extraction), the change in the sentence's triple counts when it alone is relabelled
    to each stance with the targets the family finds (None: it finds none, no relabel)."""
    base = extract_claims(doc, extraction.mentions, BASE)
    before = _counts(
        sentence.claims,
        claims_from(resolve(replace(extraction, claims=base), ActorRegistry()), start),
    )
    counts = BASE_COUNTS.setdefault(sentence.split, [0.0, 0, 0.0, 0])
    for k in range(4):
        counts[k] += before[k]
    found: dict[int, dict[Stance, Delta | None]] = {}
    eligible = [
        i
        for i, c in enumerate(base)
        if c.stance is Stance.ASSERT and c.content is not None and c.cue.start >= start
    ]
    if not eligible:
        return found
    forced = {}
    for stance in CLASSES[1:]:
        with using(_forced(stance)):
            forced[stance] = extract_claims(doc, extraction.mentions, WITH)
    for i in eligible:
        found[i] = {}
        for stance in CLASSES[1:]:
            new = forced[stance][i]
            if new.stance is Stance.ASSERT:
                found[i][stance] = None
                continue
            mixed = replace(extraction, claims=(*base[:i], new, *base[i + 1 :]))
            after = _counts(sentence.claims, claims_from(resolve(mixed, ActorRegistry()), start))
            found[i][stance] = (after[0] - before[0], after[1] - before[1], after[2] - before[2])
    return found


def examples_of(gold, parsed) -> list[Example]:
    """The training examples of every item (see the module docstring)."""
    found: list[Example] = []
    BASE_COUNTS.clear()
    for sentence, (extraction, doc, start) in zip(gold, parsed, strict=True):
        deltas = _deltas(sentence, extraction, doc, start)
        base = extract_claims(doc, extraction.mentions, BASE)
        graph = resolve(extraction, ActorRegistry())
        system: list[SystemClaim] = list(claims_from(graph, start))
        claims: list[Claim] = [r.claim for r in graph.claims if r.claim.cue.start >= start]
        assert len(claims) == len(system)
        for s, g in align(system, sentence.claims):
            if s is None:
                continue
            claim = claims[next(i for i, c in enumerate(system) if c is s)]
            index = next((i for i, c in enumerate(base) if c is claim or c == claim), -1)
            effects = deltas.get(index, {})
            if g is None and LABEL[0] == "useful" and claim.content is not None and effects:
                # a claim no gold claim matches: relabelling it gains nothing
                found.append(
                    (
                        sentence.split,
                        features(claim, doc),
                        Stance.ASSERT,
                        True,
                        effects,
                        dense(claim, doc),
                    )
                )
                continue
            if g is None or claim.content is None or g.stance not in CLASSES:
                continue
            neutral = s.stance is Stance.ASSERT or any(
                rule in claim.rule.split("+") for rule in _CONTENT_RULES
            )
            if s.stance is not Stance.ASSERT and (
                TRAIN_ON[0] == "asserts" or (TRAIN_ON[0] == "neutral" and not neutral)
            ):
                continue
            names = features(claim, doc)
            label = g.stance
            if LABEL[0] == "useful" and s.stance is Stance.ASSERT and label is not Stance.ASSERT:
                effect = effects.get(label)
                if effect is None or effect[0] + effect[2] <= 0:
                    label = Stance.ASSERT  # the family could not make this one right
            if names:
                found.append(
                    (
                        sentence.split,
                        names,
                        label,
                        s.stance is Stance.ASSERT,
                        effects,
                        dense(claim, doc),
                    )
                )
    return found


def train(examples: Sequence[Example], c: float, min_count: int) -> StanceModel:
    """A multinomial logistic regression on ``examples`` (threshold 1.0: set it after)."""
    if DENSE:
        examples = [e for e in examples if e[5] is not None]
    counts = Counter(name for e in examples for name in set(e[1]))
    vocabulary = sorted(name for name, n in counts.items() if n >= min_count) if SPARSE[0] else []
    column = {name: k for k, name in enumerate(vocabulary)}
    rows, cols = [], []
    for i, e in enumerate(examples):
        for name in sorted({n for n in e[1] if n in column}):
            rows.append(i)
            cols.append(column[name])
    matrix = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocabulary)))
    mean = scale = None
    if DENSE:
        vectors = np.stack([_vector(e) for e in examples])  # type: ignore[misc]
        mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
        scale = scale / DENSE_SCALE[0]
        standard = (vectors - mean) / scale
        if PCA[0]:  # a linear projection: folded into the weights below like the scaling
            _, _, axes = np.linalg.svd(standard - standard.mean(axis=0), full_matrices=False)
            projection = axes[: PCA[0]].T
            projected = standard @ projection
            spread = projected.std(axis=0) + 1e-6
            projection = projection / spread * DENSE_SCALE[0]
            standard = standard @ projection
        matrix = hstack([matrix, csr_matrix(standard)]).tocsr()
    labels = np.array([CLASSES.index(e[2]) for e in examples])
    model = LogisticRegression(
        C=c,
        solver="lbfgs",
        max_iter=5000,
        tol=TOL[0],
        random_state=0,
        class_weight=CLASS_WEIGHT[0],
    )
    model.fit(matrix, labels)
    seen = [int(k) for k in model.classes_]
    coef = np.zeros((len(CLASSES), matrix.shape[1]))
    bias = np.full(len(CLASSES), -30.0)  # a class with no example is never predicted
    if len(seen) == 2:  # binary: sklearn keeps one row, for the second class
        coef[seen[1]] = model.coef_[0] / 2
        coef[seen[0]] = -model.coef_[0] / 2
        bias[seen[1]], bias[seen[0]] = model.intercept_[0] / 2, -model.intercept_[0] / 2
    else:
        for row, k in enumerate(seen):
            coef[k] = model.coef_[row]
            bias[k] = model.intercept_[row]
    weights = {
        name: tuple(float(w) for w in coef[:, j])
        for j, name in enumerate(vocabulary)
        if np.any(np.abs(coef[:, j]) >= 5e-5)
    }
    if not DENSE:
        return StanceModel(CLASSES, weights, tuple(float(b) for b in bias), 1.0)
    # fold the standardisation into the weights: w . (x - mean) / scale
    on_vectors = coef[:, len(vocabulary) :]
    if PCA[0]:
        on_vectors = on_vectors @ projection.T
    on_vectors = on_vectors / scale
    bias = bias - on_vectors @ mean
    return StanceModel(
        CLASSES, weights, tuple(float(b) for b in bias), 1.0, tuple(DENSE), on_vectors
    )


def _f1(counts: Sequence[float]) -> float:
    matched_system, system, matched_gold, gold = counts
    precision = matched_system / system if system else 0.0
    recall = matched_gold / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def f1_gain(model: StanceModel, examples: Sequence[Example], threshold: float) -> float:
    """The change in claimer+stance+target F1 of the examples' part(s), summed over parts,
    when ``model`` relabels at ``threshold`` (each relabel's effect measured alone)."""
    moved: dict[str, list[float]] = {}
    for example in examples:
        part, names, _, eligible, effects = example[:5]
        if not eligible or (DENSE and example[5] is None):
            continue
        predicted, probability = model.predict(names, _vector(example))
        if predicted is Stance.ASSERT or probability < threshold:
            continue
        effect = effects.get(predicted)
        if effect is None:
            continue
        total = moved.setdefault(part, [0.0, 0, 0.0])
        for k in range(3):
            total[k] += effect[k]
    gain = 0.0
    for part, (matched_system, system, matched_gold) in moved.items():
        base = BASE_COUNTS[part]
        after = (base[0] + matched_system, base[1] + system, base[2] + matched_gold, base[3])
        gain += _f1(after) - _f1(base)
    return gain


def choose_threshold(examples: Sequence[Example], c: float, min_count: int) -> float:
    """The threshold with the largest F1 gain over the training parts, each predicted by
    a model trained on the other training parts (ties: the higher threshold)."""
    parts = sorted({e[0] for e in examples})
    gains = dict.fromkeys(THRESHOLDS, 0.0)
    for part in parts:
        inner = train([e for e in examples if e[0] != part], c, min_count)
        held = [e for e in examples if e[0] == part]
        for threshold in THRESHOLDS:
            gains[threshold] += f1_gain(inner, held, threshold)
    return max(THRESHOLDS, key=lambda t: (round(gains[t], 9), t))


FIXED_THRESHOLD: list[float] = []  # --threshold: no choice on the training parts


def fit(examples: Sequence[Example], c: float, min_count: int) -> StanceModel:
    model = train(examples, c, min_count)
    if FIXED_THRESHOLD:
        return replace(model, threshold=FIXED_THRESHOLD[0])
    return replace(model, threshold=choose_threshold(examples, c, min_count))


def ranking(examples: Sequence[Example], parts: Sequence[str], args) -> None:
    """How well the model ranks, out of fold, before any threshold: every rules ASSERT
    scored by a model trained on the other parts, ranked by its best other stance's
    probability; the AUC of "a relabel to the gold stance gains a triple" (the useful label)
    and, among the top k, how many relabels gain a triple and how many lose one."""
    scored: list[tuple[float, bool, int]] = []
    for part in parts:
        model = train([e for e in examples if e[0] != part], args.C, args.min_count)
        for example in examples:
            if example[0] != part or not example[3] or (DENSE and example[5] is None):
                continue
            probabilities = model.probabilities(example[1], _vector(example))
            stance = max(CLASSES[1:], key=lambda c: probabilities[c])
            effect = example[4].get(stance)
            change = 0 if effect is None else int(np.sign(effect[0] + effect[2]))
            scored.append((probabilities[stance], example[2] is not Stance.ASSERT, change))
    scored.sort(key=lambda x: -x[0])
    positives = sum(p for _, p, _ in scored)
    negatives = len(scored) - positives
    above = 0
    pairs = 0
    for _, positive, _ in reversed(scored):  # ascending: count negatives below each positive
        if positive:
            pairs += above
        else:
            above += 1
    auc = pairs / (positives * negatives) if positives and negatives else 0.0
    tops = []
    for k in (10, 20, 40, 80):
        top = scored[:k]
        tops.append(
            f"top {k}: {sum(c > 0 for _, _, c in top)} gain / {sum(c < 0 for _, _, c in top)} "
            f"lose (p >= {top[-1][0]:.2f})"
        )
    print(f"AUC {auc:.3f} over {len(scored)} ASSERTs ({positives} useful); " + "; ".join(tops))


def estimate(examples: Sequence[Example], parts: Sequence[str], args) -> dict:
    """Leave one part out from the measured effects alone (no parse): each part's F1 change
    when a model trained on the other parts (threshold chosen inside them) relabels its
    rules ASSERTs, each relabel's effect measured alone (close to, not the same as, the
    scorer's number when two relabels share a sentence)."""
    results: dict = {}
    for part in parts:
        model = fit([e for e in examples if e[0] != part], args.C, args.min_count)
        held = [e for e in examples if e[0] == part]
        tally: Counter[str] = Counter()
        for example in held:
            if not example[3] or (DENSE and example[5] is None):
                continue
            predicted, probability = model.predict(example[1], _vector(example))
            if predicted is Stance.ASSERT or probability < model.threshold:
                continue
            effect = example[4].get(predicted)
            if effect is None:
                continue
            tally["relabelled"] += 1
            tally["gains" if effect[0] + effect[2] > 0 else "loses or nothing"] += 1
        gain = f1_gain(model, held, model.threshold)
        results[part] = {"threshold": model.threshold, "gain": gain, **tally}
        print(f"{part}: threshold {model.threshold:.2f} gain {gain:+.4f} {dict(tally)}")
    gains = [results[p]["gain"] for p in parts]
    print(
        f"mean {sum(gains) / len(gains):+.4f}; parts >= 0: {sum(g >= -1e-9 for g in gains)}"
        f"/{len(gains)}; relabels {sum(results[p].get('relabelled', 0) for p in parts)}, "
        f"gaining {sum(results[p].get('gains', 0) for p in parts)}"
    )
    return results


def score(gold, parsed, part: str, rules: frozenset[str]):
    pairs = [
        (s.claims, scored_claims(extraction, start, doc, rules))
        for s, (extraction, doc, start) in zip(gold, parsed, strict=True)
        if s.split == part
    ]
    return evaluate(pairs)


def lopo(gold, parsed, examples: Sequence[Example], parts: Sequence[str], args) -> dict:
    """Leave one part out: train on the others, score the part alone and with the family."""
    results: dict = {}
    for part in parts:
        training = [e for e in examples if e[0] != part]
        model = fit(training, args.C, args.min_count)
        before = score(gold, parsed, part, BASE)
        with using(model):
            after = score(gold, parsed, part, WITH)
            relabels = relabel_audit(gold, parsed, part)
        stances = sorted({*before.stances, *after.stances}, key=list(Stance).index)
        results[part] = {
            "threshold": model.threshold,
            "training examples": len(training),
            "before": before.headline.f1,
            "after": after.headline.f1,
            "before P/R": (before.headline.precision, before.headline.recall),
            "after P/R": (after.headline.precision, after.headline.recall),
            "stances": {
                s.value: (
                    before.stances[s].f1 if s in before.stances else 0.0,
                    after.stances[s].f1 if s in after.stances else 0.0,
                    before.stances[s].gold if s in before.stances else 0,
                )
                for s in stances
            },
            "relabels": relabels,
        }
        print(
            f"{part}: threshold {model.threshold:.2f}, F1 {before.headline.f1:.3f} -> "
            f"{after.headline.f1:.3f}, relabels {relabels}",
            file=sys.stderr,
        )
    return results


def relabel_audit(gold, parsed, part: str) -> dict[str, int]:
    """How many claims of ``part`` the family relabels, and how many of those take the
    stance of the gold claim they align with (with or without the right targets)."""
    counts: Counter[str] = Counter()
    for sentence, (extraction, doc, start) in zip(gold, parsed, strict=True):
        if sentence.split != part:
            continue
        system = scored_claims(extraction, start, doc, WITH)
        base = scored_claims(extraction, start, doc, BASE)
        if len(system) != len(base):
            continue
        for s, b in zip(system, base, strict=True):
            if s.stance is b.stance:
                continue
            counts["relabelled"] += 1
            g = next((g for x, g in align(system, sentence.claims) if x is s), None)
            if g is not None and g.stance is s.stance:
                counts["to the gold stance"] += 1
            elif g is not None and g.stance is Stance.ASSERT:
                counts["of a gold assert"] += 1
            else:
                counts["other"] += 1
    return dict(counts)


def audit(
    paths: Sequence[Path],
    model_path: Path | None,
    limit: int,
    per_file: int,
    threshold: float | None,
    sample: int = 0,
) -> None:
    """Print every claim the family relabels in the documents of ``paths`` (JSONL with a
    ``text`` field, or plain text), with its sentence, for a reader to judge (the first
    ``limit``, or with ``sample`` that many drawn at random with a fixed seed)."""
    import random

    from kg.extract import extract
    from kg.extract.claims import extract_claims
    from kg.extract.claims.learned import dense as dense_of
    from kg.extract.claims.learned import load_model
    from kg.ingest import article_id, normalise_text
    from kg.model import Article
    from kg.nlp import load_pipeline

    texts: list[str] = []
    for path in paths:
        start = len(texts)
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and len(texts) - start < per_file:
                    record = json.loads(line)
                    texts.append(record.get("text") or record.get("body") or "")
        else:
            texts.append(path.read_text(encoding="utf-8"))
    import kg.extract.claims as claims_module

    nlp = load_pipeline()
    model = load_model(model_path)
    if threshold is not None:
        model = replace(model, threshold=threshold)
    relabelled = asserted = documents = 0
    shown: list[str] = []
    confidence: list[float] = []
    spent = [0.0]
    total = 0.0
    relabel = claims_module._learned_relabel

    def timed(found, context):  # the family's own CPU time
        started = time.process_time()
        try:
            return relabel(found, context)
        finally:
            spent[0] += time.process_time() - started

    claims_module._learned_relabel = timed
    try:
        with using(model):
            for text in texts:
                text = normalise_text(text)
                if not text:
                    continue
                documents += 1
                started = time.process_time()
                doc = nlp(text)
                extraction = extract(doc, Article(id=article_id(text), text=text, source="audit"))
                total += time.process_time() - started  # the pipeline without the family
                base = extraction.claims
                full = extract_claims(doc, extraction.mentions, WITH)
                asserted += sum(c.stance is Stance.ASSERT and c.content is not None for c in base)
                for b, f in zip(base, full, strict=True):
                    relabelled += b.stance is not f.stance
                    if b.stance is f.stance:
                        continue
                    cue = doc.char_span(f.cue.start, f.cue.end, alignment_mode="expand")
                    sentence = cue.sent.text.strip() if cue is not None else ""
                    content = f.content.text if f.content is not None else ""
                    vector = dense_of(b, doc, model.dense) if model.dense else None
                    probability = model.predict(features(b, doc), vector)[1]
                    confidence.append(probability)
                    shown.append(
                        f"{f.claimer.span.text} {b.stance.value} -> {f.stance.value} "
                        f"(p {probability:.2f}) "
                        f"{[t.span.text for t in f.targets]}\n    content: {content}\n"
                        f"    {sentence}\n"
                    )
    finally:
        claims_module._learned_relabel = relabel
    picked = (
        random.Random(0).sample(range(len(shown)), min(sample, len(shown)))
        if sample
        else range(min(limit, len(shown)))
    )
    for k, index in enumerate(sorted(picked), 1):
        print(f"[{k}: relabel {index + 1}] {shown[index]}")
    print(
        "relabels by probability: "
        + ", ".join(
            f">= {t:.2f}: {sum(p >= t for p in confidence)}"
            for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
        )
    )
    print(
        f"{len(texts)} documents, threshold {model.threshold:.2f}: {asserted} assertions with "
        f"content, {relabelled} relabelled; CPU: parse+extract {total:.2f} s, learned family "
        f"{spent[0]:.3f} s ({100 * spent[0] / (total + spent[0]) if total else 0:.2f}%, "
        f"{1000 * spent[0] / max(documents, 1):.3f} ms a document over {documents})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="train on every part and write the TSV here")
    parser.add_argument("--lopo", action="store_true", help="leave-one-part-out measurement")
    parser.add_argument("--json", type=Path, help="write the LOPO results as JSON here")
    parser.add_argument("--audit", type=Path, nargs="*", help="documents to list relabels of")
    parser.add_argument("--model", type=Path, help="weights for --audit (default: shipped)")
    parser.add_argument("--limit", type=int, default=60, help="relabels --audit prints")
    parser.add_argument(
        "--sample", type=int, default=0, help="--audit: print this many relabels drawn at random"
    )
    parser.add_argument("--per-file", type=int, default=10**6, help="documents per --audit file")
    parser.add_argument("--C", type=float, default=0.5, help="inverse L2 strength")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument(
        "--train-on",
        choices=("neutral", "asserts", "all"),
        default="neutral",
        help="which aligned claims train the model (see TRAIN_ON)",
    )
    parser.add_argument(
        "--threshold", type=float, help="use this threshold instead of choosing one (sensitivity)"
    )
    parser.add_argument(
        "--label",
        choices=("gold", "useful"),
        default="useful",
        help="training label of a rules ASSERT (see LABEL)",
    )
    parser.add_argument(
        "--dense",
        default="",
        help=f"comma-separated vector groups the model reads, of {','.join(DENSE_GROUPS)}",
    )
    parser.add_argument("--no-sparse", action="store_true", help="the vectors alone")
    parser.add_argument("--class-weight", choices=("balanced",), help="sklearn's class_weight")
    parser.add_argument("--dense-scale", type=float, default=1.0, help="see DENSE_SCALE")
    parser.add_argument("--tol", type=float, default=1e-8, help="lbfgs tolerance")
    parser.add_argument("--pca", type=int, default=0, help="see PCA")
    parser.add_argument("--cache", type=Path, help="pickle of the examples (made if absent)")
    parser.add_argument(
        "--estimate", action="store_true", help="LOPO from the measured effects (no scoring)"
    )
    parser.add_argument(
        "--rank", action="store_true", help="out-of-fold ranking quality (AUC, top k)"
    )
    args = parser.parse_args(argv)
    DENSE[:] = [g for g in args.dense.split(",") if g]
    if any(g not in DENSE_GROUPS for g in DENSE):
        parser.error(f"--dense: groups of {DENSE_GROUPS}")
    SPARSE[0] = not args.no_sparse
    CLASS_WEIGHT[0] = args.class_weight
    DENSE_SCALE[0] = args.dense_scale
    TOL[0] = args.tol
    PCA[0] = args.pca
    TRAIN_ON[0] = args.train_on
    LABEL[0] = args.label
    if args.threshold is not None:
        FIXED_THRESHOLD.append(args.threshold)
    if args.audit:
        audit(args.audit, args.model, args.limit, args.per_file, args.threshold, args.sample)
        return 0
    parts = [p for p in PARTS if p not in BLIND]
    gold = [s for s in load_gold(GOLD) if s.split in parts]  # the blind part is never read
    assert not {s.split for s in gold} & BLIND
    parsed = []
    if args.cache is not None and args.cache.exists():
        examples, counts = pickle.loads(args.cache.read_bytes())
        BASE_COUNTS.update(counts)
    else:
        parsed = parse_items(gold, None)
        examples = examples_of(gold, parsed)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps((examples, dict(BASE_COUNTS))))
    if args.lopo and not parsed:
        parsed = parse_items(gold, None)
    assert not {e[0] for e in examples} & BLIND
    print(
        f"{len(examples)} examples ({sum(e[3] for e in examples)} left ASSERT by the rules): "
        + ", ".join(f"{s.value} {n}" for s, n in Counter(e[2] for e in examples).most_common()),
        file=sys.stderr,
    )
    if args.rank:
        ranking(examples, parts, args)
    if args.estimate:
        estimate(examples, parts, args)
    if args.lopo:
        results = lopo(gold, parsed, examples, parts, args)
        print(format_lopo(results, parts))
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.out:
        model = fit(examples, args.C, args.min_count)
        header = (
            "Learned stance weights (kg/extract/claims/learned.py), written by\n"
            f"scripts/train_stance.py --out (C={args.C}, min count {args.min_count}, "
            f"--train-on {args.train_on}) from the\n"
            f"gold parts {', '.join(parts)}: {len(examples)} examples; a multinomial logistic\n"
            "regression; one row per feature, class and weight (zero weights left out).\n"
            f"--label {LABEL[0]}; feature groups {' '.join(sorted(EXTRA)) or '-'}; targets "
            f"{' '.join(sorted(TARGETS)) or '-'}; binary features "
            f"{'yes' if SPARSE[0] else 'no'}; vectors {' '.join(DENSE) or '-'} "
            f"(--dense-scale {DENSE_SCALE[0]}, --class-weight {CLASS_WEIGHT[0]}).\n"
            "Vectors (dense:K rows): rows of doc.tensor, en_core_web_sm 3.8.0's tok2vec output,\n"
            "96 floats a token, standardised on the training examples and folded into the\n"
            "weights and bias.\n"
            "A feature is binary: cue=, family=, lex= (a content lexicon class), root_lex=\n"
            "(the main verb's classes), subj= (an entity type, pronoun kind or noun lemma),\n"
            "*_side= (own: the speaker's side), modal=, neg, root_neg, cond= (if/until/unless),\n"
            "progressive, tense=, content_before_cue, cue=X|lex=Y, quoted; no content word's\n"
            "own lemma (w=, root=) unless the groups name 'words'."
        )
        args.out.write_text(write_model(model, header), encoding="utf-8")
        print(f"wrote {args.out}: {len(model.weights)} features, threshold {model.threshold}")
    return 0


def format_lopo(results: dict, parts: Sequence[str]) -> str:
    lines = [
        "| held-out part | threshold | rules F1 (P / R) | rules + learned F1 (P / R) | change "
        "| relabelled (to gold stance / of gold assert / other) |",
        "|---|---|---|---|---|---|",
    ]
    for part in parts:
        r = results[part]
        rel = r["relabels"]
        lines.append(
            f"| {part} | {r['threshold']:.2f} | {r['before']:.3f} ({r['before P/R'][0]:.2f} / "
            f"{r['before P/R'][1]:.2f}) | {r['after']:.3f} ({r['after P/R'][0]:.2f} / "
            f"{r['after P/R'][1]:.2f}) | {r['after'] - r['before']:+.3f} | "
            f"{rel.get('relabelled', 0)} ({rel.get('to the gold stance', 0)} / "
            f"{rel.get('of a gold assert', 0)} / {rel.get('other', 0)}) |"
        )
    before = sum(results[p]["before"] for p in parts) / len(parts)
    after = sum(results[p]["after"] for p in parts) / len(parts)
    lines.append(f"| **mean** | | {before:.3f} | {after:.3f} | {after - before:+.3f} | |")
    lines.append("")
    stances = [s.value for s in Stance]
    lines.append("| held-out part | " + " | ".join(f"{s} F1" for s in stances) + " |")
    lines.append("|---" * (len(stances) + 1) + "|")
    for part in parts:
        cells = []
        for s in stances:
            value = results[part]["stances"].get(s)
            cells.append("-" if value is None else f"{value[0]:.2f} -> {value[1]:.2f} ({value[2]})")
        lines.append(f"| {part} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
