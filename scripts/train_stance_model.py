"""Train the stance chooser (``stance_model``, :mod:`kg.extract.claims.stance_model`) and
measure it by grouped cross-validation over documents.

    .venv/bin/python scripts/train_stance_model.py --cache /tmp/sm.pkl --cv 5   # measure
    .venv/bin/python scripts/train_stance_model.py --cache F --out kg/data/stance_model.tsv  # ship
    .venv/bin/python scripts/train_stance_model.py --score test11 --json /tmp/t11.json  # numbers

Examples come from the development parts only (``--part``, default dev, test, test2 ..
test10; a held-out or blind part is refused): each gold sentence is parsed as
``benchmarks/claims/run.py`` parses it (sentence scope), its claims extracted with the
default families, resolved, and aligned to the gold claims with the scorer's alignment
(:func:`kg.evaluate.claims.align`).  A system claim the chooser reads
(:func:`~kg.extract.claims.stance_model.eligible`) that is aligned to a gold claim with the
right claimer and a stance among the model's classes is a training example: its
:func:`~kg.extract.claims.stance_model.features`, the gold stance as label.

To score claimer+stance+target triples without a parse per candidate, every item is also
extracted with the chooser forced to each class (a model whose bias always wins), and each
claim's resolved form under each stance is kept: choosing a stance for a claim is then
picking one of its resolved forms.

``--cv K``: documents (gold ids without their ``-nn``) are split into K folds
(deterministically, by a hash of the document name); each fold's claims are chosen by a
model trained on the other folds, with the threshold chosen on those other folds by an
inner K-fold split (the threshold with the largest summed triple gain, ties to the higher).
Printed: stance accuracy over aligned claims (rules vs rules+model), claimer+stance+target
F1 per part, the confusion of gold vs chosen stance before and after, and the heaviest
features.  ``--out``: train on every example and write the weights with the threshold the
same inner split chooses.  Needs scikit-learn (the ``train`` extra); ``kg`` itself never
imports it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from functools import cache
from pathlib import Path

# one BLAS thread: the fits are small, and on a shared machine threads only contend (a fit
# took 20 s with the default threads and 0.5 s with one)
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "claims"))

from run import GOLD, document_of, parse_items, with_sentence_before  # noqa: E402

import kg.extract.claims as claims_package  # noqa: E402
import kg.extract.claims.stance_model as stance_model  # noqa: E402
from kg.evaluate.claims import (  # noqa: E402
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    GoldClaim,
    SystemClaim,
    align,
    claimer_matches,
    load_gold,
    triple_scores,
)
from kg.extract.claims import OPTIONAL, RULES, extract_claims  # noqa: E402
from kg.extract.claims.learned import CLASSES, StanceModel, _general, write_model  # noqa: E402
from kg.extract.claims.stance_model import eligible, features, using  # noqa: E402
from kg.model import ActorKind, Stance  # noqa: E402
from kg.resolve import ActorRegistry, resolve  # noqa: E402
from kg.resolve.gazetteer import lookup  # noqa: E402

DEVELOPMENT = DEVELOPMENT_PARTS
#: Held-out parts: scored (numbers only) with --score and --heldout, never trained on.
HELD_OUT = HELD_OUT_PARTS
BASE = RULES - OPTIONAL
WITH = BASE | {"stance_model"}
THRESHOLDS = tuple(round(0.40 + 0.05 * k, 2) for k in range(12))  # 0.40 .. 0.95


@dataclass
class Candidate:
    """A claim of an item's own sentence the chooser reads."""

    index: int  # its position among the item's scored system claims
    rule_stance: Stance
    names: list[str]
    forms: dict[Stance, SystemClaim]  # its resolved form under each stance
    label: Stance | None = None  # the aligned gold stance (right claimer), else None


@dataclass
class Item:
    part: str
    document: str
    gold: tuple[GoldClaim, ...]
    system: tuple[SystemClaim, ...]  # the rules' claims, resolved
    candidates: list[Candidate] = field(default_factory=list)


def _forced(stance: Stance) -> StanceModel:
    """A model that moves every claim it reads to ``stance``."""
    return StanceModel(CLASSES, {}, tuple(30.0 if c is stance else -30.0 for c in CLASSES), 0.0)


def _resolved(extraction, claims, start: int) -> list[tuple[int, SystemClaim]]:
    """The resolved claims of the item's own sentence, each with its position in ``claims``."""
    graph = resolve(dc_replace(extraction, claims=claims), ActorRegistry())
    actors = {actor.id: actor for actor in graph.actors}
    position = {id(c): k for k, c in enumerate(claims)}
    found = []
    for resolved_claim in graph.claims:
        claim = resolved_claim.claim
        if claim.cue.start < start:
            continue
        claimer = actors.get(resolved_claim.claimer)
        k = position.get(id(claim), -1)
        found.append(
            (
                k,
                SystemClaim(
                    claimer=claimer.name if claimer else claim.claimer.span.text,
                    claimer_kind=claimer.kind.value if claimer else ActorKind.OTHER.value,
                    stance=claim.stance,
                    targets=tuple(
                        actors[t].name if t in actors else t for t in resolved_claim.targets
                    ),
                    content=claim.content.text if claim.content else None,
                ),
            )
        )
    return found


#: A ``run.py --part all --cache`` pickle to take the parse from (``--parse``) instead of
#: parsing again.
PARSE: list[Path] = []


def _extract_forced(doc, mentions) -> tuple[tuple, dict[Stance, tuple]]:  # type: ignore[no-untyped-def]
    """The default families' claims and, for each class, those claims as the chooser forced
    to that class leaves them, from one extraction: the chooser runs last on the default
    families' claims (``kg.extract.claims._claims``), so it is applied to them five times
    instead of extracting five times (the same result, a fifth of the time)."""
    forced: dict[Stance, tuple] = {}
    real = claims_package._choose_stances

    def capture(found, context):  # type: ignore[no-untyped-def]
        for stance in CLASSES:
            with using(_forced(stance)):
                forced[stance] = real(found, context)
        return found

    claims_package._choose_stances = capture
    try:
        base_claims = extract_claims(doc, mentions, WITH)
    finally:
        claims_package._choose_stances = real
    return base_claims, forced


def _parsed(path: Path, gold: list) -> list[tuple]:  # type: ignore[type-arg]
    """The items of ``gold`` from a ``run.py --cache`` pickle (sentence scope): one of ``--part
    all``, or one whose ``--part`` set is exactly the parts of ``gold`` (run.py keeps the gold
    file's order), so that a first-half parse serves a first-half training run."""
    with path.open("rb") as file:
        items, _gapped = pickle.load(file)
    if len(items) == len(gold):
        return [(e, doc, start) for e, doc, start, _extra in items]
    from target_ranker import run_parse

    shared = run_parse(path)
    return [shared[s.id] for s in gold]


def build(parts: Sequence[str]) -> list[Item]:
    every = load_gold(GOLD)
    gold = [s for s in every if s.split in parts]
    started = time.perf_counter()
    parsed = _parsed(PARSE[0], gold) if PARSE else parse_items(with_sentence_before(gold), None)
    print(f"{len(gold)} sentences parsed in {time.perf_counter() - started:.0f} s", flush=True)
    items = []
    skipped = 0
    for sentence, (extraction, doc, start) in zip(gold, parsed, strict=True):
        base_claims, forced = _extract_forced(doc, extraction.mentions)
        base = _resolved(extraction, base_claims, start)
        item = Item(
            sentence.split,
            document_of(sentence),
            sentence.claims,
            tuple(s for _, s in base),
        )
        variants: dict[Stance, dict[int, SystemClaim]] = {}
        for stance in CLASSES:
            claims = forced[stance]
            if len(claims) != len(base_claims):
                skipped += 1
                break
            variants[stance] = dict(_resolved(extraction, claims, start))
        else:
            pairs = align(item.system, item.gold)
            label_of = {
                id(s): g.stance
                for s, g in pairs
                if s is not None and g is not None and claimer_matches(s, g)
            }
            for position, (k, system) in enumerate(base):
                claim = base_claims[k] if k >= 0 else None
                if claim is None or not eligible(claim):
                    continue
                forms = {s: variants[s].get(k) for s in CLASSES}
                if any(f is None for f in forms.values()):
                    continue
                label = label_of.get(id(system))
                item.candidates.append(
                    Candidate(
                        position,
                        claim.stance,
                        features(claim, doc),
                        {s: f for s, f in forms.items() if f is not None},
                        label if label in CLASSES else None,
                    )
                )
        items.append(item)
    print(
        f"{len(items)} items, {sum(len(i.candidates) for i in items)} candidates, "
        f"{sum(1 for i in items for c in i.candidates if c.label)} labelled; {skipped} skipped",
        flush=True,
    )
    return items


# --- the model -------------------------------------------------------------------------------

#: Feature prefixes left out (``--drop``): e.g. "head=" and "rule_stance=X|head=" to keep
#: content words out.
DROP: list[str] = []


#: --needs-target: a move to an accusation or a criticism aimed at nobody is not made (as
#: :mod:`kg.extract.claims.stance_model` does when its ``NEEDS_TARGET`` is on).
NEEDS_TARGET = [False]


#: Feature groups left out (``--without``): "rule" (the rule's own stance, its families,
#: whether it has targets), "words" (the content's own lemmas, its head's and verbs' lemmas:
#: whatever :func:`kg.extract.claims.learned._general` does not keep), "frame" (how the cue
#: frames the content).
WITHOUT: list[str] = []
#: --scope assert: the model reads only the claims the rules read as assertions
#: (``learned_stance``'s scope), trained on those only.
SCOPE = ["all"]
_OWN = ("rule_stance=", "rule=", "targets=", "head=", "cue_pos=", "cue_dep=", "frame=", "tgt=")


def group_of(name: str) -> str:
    """The group a feature belongs to (see :data:`WITHOUT`)."""
    if name.startswith(("rule_stance=", "rule=", "targets=")):
        return "rule"
    if name.startswith(("cue_pos=", "cue_dep=", "frame=")):
        return "frame"
    if name.startswith("tgt="):
        return "target"
    if name.startswith("head=") or not _general(name):
        return "words"
    return "content"


@cache
def _is_name(name: str) -> bool:
    """A content word that names a side ("w=russian", "w=israeli"): never a feature, so that
    the weights read how a claim is told, not whose dispute it is."""
    return name.startswith("w=") and lookup(name[2:].capitalize()) is not None


def _names(candidate: Candidate) -> list[str]:
    return [
        n
        for n in candidate.names
        if not any(d in n for d in DROP) and group_of(n) not in WITHOUT and not _is_name(n)
    ]


def in_scope(candidate: Candidate) -> bool:
    return SCOPE[0] == "all" or candidate.rule_stance is Stance.ASSERT


def train(examples: Sequence[Candidate], c: float, min_count: int) -> StanceModel:
    counts = Counter(n for e in examples for n in set(_names(e)))
    vocabulary = sorted(n for n, k in counts.items() if k >= min_count)
    column = {n: j for j, n in enumerate(vocabulary)}
    rows, cols = [], []
    for i, example in enumerate(examples):
        for name in sorted({n for n in _names(example) if n in column}):
            rows.append(i)
            cols.append(column[name])
    matrix = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocabulary)))
    labels = [CLASSES.index(e.label) for e in examples if e.label is not None]
    if len(set(labels)) < 2:  # one class only: it always wins
        return StanceModel(
            CLASSES, {}, tuple(30.0 if k in labels else -30.0 for k in range(len(CLASSES))), 1.0
        )
    model = LogisticRegression(C=c, max_iter=3000, tol=1e-6)
    model.fit(matrix, labels)
    present = [CLASSES[k] for k in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(present) == 2:  # a binary fit: the first class's score is zero
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        intercept = np.array([0.0, intercept[0]])
    weights: dict[str, tuple[float, ...]] = {}
    for j, name in enumerate(vocabulary):
        row = [0.0] * len(CLASSES)
        for k, stance in enumerate(present):
            row[CLASSES.index(stance)] = float(coef[k, j])
        weights[name] = tuple(row)
    bias = [-30.0] * len(CLASSES)
    for k, stance in enumerate(present):
        bias[CLASSES.index(stance)] = float(intercept[k])
    return StanceModel(CLASSES, weights, tuple(bias), 1.0)


def _choice(model: StanceModel, candidate: Candidate, threshold: float) -> Stance:
    stance, probability = model.predict(_names(candidate))
    if stance is candidate.rule_stance or probability < threshold:
        return candidate.rule_stance
    return stance


def _fold(document: str, k: int) -> int:
    return int(hashlib.sha1(document.encode()).hexdigest(), 16) % k


def _counts(items: Sequence[Item], chosen: dict[tuple[int, int], Stance]) -> dict[str, list[float]]:
    """Triple counts (matched system, system, matched gold, gold) per part with the chosen
    stances (item number, candidate number) -> stance."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0.0, 0])
    for n, item in enumerate(items):
        system = list(item.system)
        moved = False
        for m, candidate in enumerate(item.candidates):
            stance = chosen.get((n, m), candidate.rule_stance)
            if stance is not candidate.rule_stance:
                system[candidate.index] = candidate.forms[stance]
                moved = True
        found = _scores(item, tuple(system), moved)
        row = totals[item.part]
        for j in range(4):
            row[j] += found[j]
    return totals


#: Each item's triple counts under the rules' own stances (they are scored many times).
_BASELINE: dict[int, tuple[float, int, float, int]] = {}


def _scores(
    item: Item, system: tuple[SystemClaim, ...], moved: bool
) -> tuple[float, int, float, int]:
    if not moved and id(item) in _BASELINE:
        return _BASELINE[id(item)]
    found = triple_scores([(item.gold, system)])
    counts = (found.matched_system, found.system, found.matched_gold, found.gold)
    if not moved:
        _BASELINE[id(item)] = counts
    return counts


def _f1(row: Sequence[float]) -> float:
    p = row[0] / row[1] if row[1] else 0.0
    r = row[2] / row[3] if row[3] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _matched(items: Sequence[Item], chosen: dict[tuple[int, int], Stance]) -> float:
    rows = _counts(items, chosen).values()
    return sum(r[0] + r[2] for r in rows)


def predictions(
    items: Sequence[Item], train_on: Sequence[int], apply_to: Sequence[int], c: float, mc: int
) -> dict[tuple[int, int], tuple[Stance, float]]:
    examples = [
        cd for n in train_on for cd in items[n].candidates if cd.label is not None and in_scope(cd)
    ]
    model = train(examples, c, mc)
    return {
        (n, m): model.predict(_names(cd))
        for n in apply_to
        for m, cd in enumerate(items[n].candidates)
        if in_scope(cd)
    }


def _chosen(
    items: Sequence[Item], predicted: dict[tuple[int, int], tuple[Stance, float]], t: float
) -> dict[tuple[int, int], Stance]:
    chosen = {}
    for (n, m), (stance, p) in predicted.items():
        candidate = items[n].candidates[m]
        rule = candidate.rule_stance
        aimless = (
            NEEDS_TARGET[0]
            and stance in (Stance.ACCUSE, Stance.CRITICIZE)
            and not candidate.forms[stance].targets
        )
        chosen[(n, m)] = stance if stance is not rule and p >= t and not aimless else rule
    return chosen


#: The inverse L2 strengths the inner cross-validation chooses among (``--c`` fixes one).
CS = (0.05, 0.2, 0.5, 2.0)


def choose_threshold(items: Sequence[Item], numbers: Sequence[int], k: int, c: float, mc: int):
    """The threshold with the largest triple gain over an inner k-fold split of ``numbers``."""
    predicted: dict[tuple[int, int], tuple[Stance, float]] = {}
    for fold in range(k):
        inside = [n for n in numbers if _fold(items[n].document + "#inner", k) == fold]
        rest = [n for n in numbers if _fold(items[n].document + "#inner", k) != fold]
        predicted.update(predictions(items, rest, inside, c, mc))
    subset = [items[n] for n in numbers]
    renumber = {n: j for j, n in enumerate(numbers)}
    gains = {}
    for t in THRESHOLDS:
        chosen = {(renumber[n], m): s for (n, m), s in _chosen(items, predicted, t).items()}
        gains[t] = _matched(subset, chosen)
    best = max(THRESHOLDS, key=lambda t: (gains[t], t))
    return best, gains


def choose_setting(
    items: Sequence[Item],
    numbers: Sequence[int],
    k: int,
    cs: Sequence[float],
    mc: int,
    fixed: float | None,
) -> tuple[float, float, float]:
    """The (C, threshold) pair with the largest triple gain over an inner k-fold split of
    ``numbers`` (ties to the stronger regularisation and the higher threshold), and its gain
    over the rules' own count."""
    base = _matched([items[n] for n in numbers], {})
    best: tuple[float, float, float] | None = None
    for c in sorted(cs):
        if fixed is None:
            t, gains = choose_threshold(items, numbers, k, c, mc)
            gain = gains[t] - base
        else:
            t, gain = fixed, 0.0
        if best is None or gain > best[2]:
            best = (c, t, gain)
    assert best is not None
    return best


def cross_validate(
    items: Sequence[Item], k: int, cs: Sequence[float], mc: int, fixed: float | None
):
    """Each document fold chosen by a model trained on the other folds, its C and threshold
    chosen by an inner split of those folds."""
    chosen: dict[tuple[int, int], Stance] = {}
    settings = []
    for fold in range(k):
        test = [n for n, i in enumerate(items) if _fold(i.document, k) == fold]
        rest = [n for n, i in enumerate(items) if _fold(i.document, k) != fold]
        c, t, _ = choose_setting(items, rest, k, cs, mc, fixed)
        settings.append((c, t))
        chosen.update(_chosen(items, predictions(items, rest, test, c, mc), t))
    return chosen, settings


def leave_one_part_out(
    items: Sequence[Item],
    parts: Sequence[str],
    k: int,
    cs: Sequence[float],
    mc: int,
    fixed: float | None,
):
    """Each of ``parts`` chosen by a model trained on every other development part (C and
    threshold chosen by a k-fold split of those)."""
    chosen: dict[tuple[int, int], Stance] = {}
    settings = {}
    for part in parts:
        test = [n for n, i in enumerate(items) if i.part == part]
        rest = [n for n, i in enumerate(items) if i.part != part]
        c, t, _ = choose_setting(items, rest, k, cs, mc, fixed)
        settings[part] = (c, t)
        chosen.update(_chosen(items, predictions(items, rest, test, c, mc), t))
    return chosen, settings


def gain_labels(items: Sequence[Item]) -> None:
    """Relabel every candidate by the triples its forms gain (``--label gain``): the stance
    whose resolved form matches the most claimer+stance+target triples of its item's gold,
    the rule's own stance on a tie, so that a claim whose accusation would be aimed at the
    wrong party (a right stance that gains no triple) teaches the model to keep the rule's
    stance.  Every candidate is an example, aligned or not (the report's accuracy and
    confusions then read these labels, not the gold stances)."""
    for item in items:
        for m, candidate in enumerate(item.candidates):
            base = _matched([item], {})
            best, best_gain = candidate.rule_stance, 0.0
            for stance in CLASSES:
                if stance is candidate.rule_stance or stance not in candidate.forms:
                    continue
                aimless = stance in (Stance.ACCUSE, Stance.CRITICIZE) and not (
                    candidate.forms[stance].targets
                )
                if NEEDS_TARGET[0] and aimless:
                    continue
                gain = _matched([item], {(0, m): stance}) - base
                if gain > best_gain:
                    best, best_gain = stance, gain
            candidate.label = best


def ceiling(items: Sequence[Item]) -> dict[str, object]:
    """What a chooser that always picked the aligned gold stance would gain (``--ceiling``):
    the matched triples (system + gold) it adds, and for each kind of move (rule stance ->
    gold stance) how many claims there are, how many of their moved forms are aimed at
    someone (a target found, or a stance that needs none), and how many gain a triple.  A
    right stance aimed at nobody, or at the wrong party, gains nothing: the bound the
    features cannot lift (round 27)."""
    oracle: dict[tuple[int, int], Stance] = {}
    counts: Counter[tuple[str, str, str]] = Counter()
    for n, item in enumerate(items):
        base = _matched([item], {})
        for m, candidate in enumerate(item.candidates):
            label = candidate.label
            if label is None or label is candidate.rule_stance:
                continue
            oracle[(n, m)] = label
            kind = (candidate.rule_stance.value, label.value)
            counts[(*kind, "claims")] += 1
            form = candidate.forms.get(label)
            if form is not None and (form.targets or label not in _AIMED_STANCES):
                counts[(*kind, "aimed")] += 1
            if _matched([item], {(0, m): label}) > base:
                counts[(*kind, "gains")] += 1
    gain = _matched(items, oracle) - _matched(items, {})
    print(f"\nceiling: the gold stance for every aligned claim gains {gain:+g} matched triples")
    print("| rule -> gold | claims | aimed | gains a triple |\n|---|---:|---:|---:|")
    kinds = sorted({k[:2] for k in counts}, key=lambda k: (-counts[(*k, "claims")], k))
    for kind in kinds:
        print(
            f"| {kind[0]} -> {kind[1]} | {counts[(*kind, 'claims')]} | "
            f"{counts[(*kind, 'aimed')]} | {counts[(*kind, 'gains')]} |"
        )
    return {"gain": gain, "moves": {"|".join(k): v for k, v in sorted(counts.items())}}


_AIMED_STANCES = (Stance.ACCUSE, Stance.CRITICIZE)


def report(items: Sequence[Item], chosen: dict[tuple[int, int], Stance]) -> dict[str, list]:
    """Print the per-part table, the stance accuracy, the moves and the confusions; return
    each part's (rules F1, rules+model F1, matched triples before, after)."""
    before = _counts(items, {})
    after = _counts(items, chosen)
    parts = [p for p in (*DEVELOPMENT, *HELD_OUT) if p in before]
    table: dict[str, list] = {}
    print("| part | rules F1 | rules+model F1 | change | matched triples (sys+gold) |")
    print("|---|---|---|---|---|")
    for part in parts:
        b, a = _f1(before[part]), _f1(after[part])
        mb = before[part][0] + before[part][2]
        ma = after[part][0] + after[part][2]
        table[part] = [round(b, 4), round(a, 4), mb, ma]
        print(f"| {part} | {b:.3f} | {a:.3f} | {a - b:+.3f} | {mb:g} -> {ma:g} |")
    total_b = [sum(r[j] for r in before.values()) for j in range(4)]
    total_a = [sum(r[j] for r in after.values()) for j in range(4)]
    table["all"] = [round(_f1(total_b), 4), round(_f1(total_a), 4)]
    up = sum(1 for p in parts if table[p][1] > table[p][0])
    down = sum(1 for p in parts if table[p][1] < table[p][0])
    print(
        f"| all | {_f1(total_b):.3f} | {_f1(total_a):.3f} | {_f1(total_a) - _f1(total_b):+.3f} "
        f"| parts up {up}, down {down} |"
    )
    right_b = right_a = labelled = changed = 0
    confusion_b: Counter[tuple[str, str]] = Counter()
    confusion_a: Counter[tuple[str, str]] = Counter()
    moves: Counter[tuple[str, str, str]] = Counter()
    for n, item in enumerate(items):
        for m, cd in enumerate(item.candidates):
            stance = chosen.get((n, m), cd.rule_stance)
            changed += stance is not cd.rule_stance
            if cd.label is None:
                continue
            labelled += 1
            right_b += cd.rule_stance is cd.label
            right_a += stance is cd.label
            confusion_b[(cd.label.value, cd.rule_stance.value)] += 1
            confusion_a[(cd.label.value, stance.value)] += 1
            if stance is not cd.rule_stance:
                moves[
                    (
                        cd.rule_stance.value,
                        stance.value,
                        "right"
                        if stance is cd.label
                        else ("was right" if cd.rule_stance is cd.label else "still wrong"),
                    )
                ] += 1
    print(
        f"\nstance accuracy over {labelled} aligned claims (right claimer): rules "
        f"{right_b / labelled:.3f}, rules+model {right_a / labelled:.3f}; {changed} claims "
        f"changed of {sum(len(i.candidates) for i in items)}"
    )
    print(
        "\nmoves (rule -> model: outcome): "
        + ", ".join(f"{a}->{b} {o} {k}" for (a, b, o), k in sorted(moves.items()))
    )
    names = [c.value for c in CLASSES]
    for title, confusion in (("rules", confusion_b), ("rules+model", confusion_a)):
        print(f"\nconfusion, {title} (rows gold, columns system)\n")
        print("| gold \\ system | " + " | ".join(names) + " |")
        print("|---" * (len(names) + 1) + "|")
        for g in names:
            print(f"| {g} | " + " | ".join(str(confusion[(g, s)]) for s in names) + " |")
    return table


def heaviest(model: StanceModel, top: int) -> None:
    print("\nheaviest features (|weight| of the class it favours most):")
    ranked = sorted(model.weights.items(), key=lambda kv: -max(abs(w) for w in kv[1]))[:top]
    for name, row in ranked:
        k = max(range(len(row)), key=lambda j: abs(row[j]))
        print(f"  {name}\t{CLASSES[k].value}\t{row[k]:+.2f}")


def score(parts: Sequence[str], out: Path | None) -> None:
    """Parse ``parts`` once (as ``run.py`` does, sentence scope) and score them with the
    default families and with the chooser added (the shipped weights): numbers only, so
    that a held-out part can be measured without reading it."""
    from run import score_items

    from kg.evaluate.claims import evaluate

    every = load_gold(GOLD)
    gold = [s for s in every if s.split in parts]
    parsed = [(e, d, st, None) for e, d, st in parse_items(with_sentence_before(gold), None)]
    summary: dict[str, dict] = {}
    for name, rules in (("rules", BASE), ("rules+model", WITH)):
        results = score_items(parsed, rules)
        for part in parts:
            pairs = [(s.claims, r) for s, r in zip(gold, results, strict=True) if s.split == part]
            report = evaluate(pairs)
            summary.setdefault(part, {})[name] = {
                "f1": report.headline.f1,
                "p": report.headline.precision,
                "r": report.headline.recall,
                "confusion": {f"{g}->{x}": n for (g, x), n in sorted(report.confusion.items())},
            }
    print("| part | rules F1 | rules+model F1 | change |\n|---|---|---|---|")
    for part in parts:
        b, a = summary[part]["rules"]["f1"], summary[part]["rules+model"]["f1"]
        print(f"| {part} | {b:.4f} | {a:.4f} | {a - b:+.4f} |")
    if out is not None:
        out.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", action="append", choices=DEVELOPMENT)
    parser.add_argument("--cache", type=Path, help="pickle of the examples (built if absent)")
    parser.add_argument("--parse", type=Path, help="take the parse from a run.py --cache pickle")
    parser.add_argument("--cv", type=int, default=0, help="K-fold grouped cross-validation")
    parser.add_argument(
        "--lopo",
        action="append",
        default=[],
        help="leave this development part out: trained on the others, scored on it",
    )
    parser.add_argument("--c", type=float, help="inverse L2 strength (default: chosen by CV)")
    parser.add_argument("--inner", type=int, default=5, help="inner folds choosing C, threshold")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--threshold", type=float, help="fixed threshold (default: chosen)")
    parser.add_argument("--drop", action="append", default=[], help="leave features with this")
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        choices=("rule", "words", "frame", "content", "target"),
    )
    parser.add_argument("--scope", choices=("all", "assert"), default="all")
    parser.add_argument("--out", type=Path, help="train on every example, write the weights")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--score",
        action="append",
        help="score these parts (development or held out) rules vs rules+shipped model, "
        "numbers only",
    )
    parser.add_argument("--json", type=Path, help="write the scores here")
    parser.add_argument(
        "--heldout",
        type=Path,
        help="pickle of the held-out parts' candidates (test21..test23, built if absent): "
        "score a model trained on every development example there, numbers only",
    )
    parser.add_argument(
        "--needs-target",
        action="store_true",
        help="an accusation or a criticism the model would make aimed at nobody is not made",
    )
    parser.add_argument(
        "--ceiling",
        action="store_true",
        help="print what choosing every aligned claim's gold stance would gain, per move",
    )
    parser.add_argument(
        "--label",
        choices=("gold", "gain"),
        default="gold",
        help="gold: the aligned gold stance; gain: the stance whose form gains the most "
        "triples (the rule's on a tie), every candidate an example",
    )
    parser.add_argument(
        "--aim-resolved",
        action="store_true",
        help="build the examples with the chooser's NEEDS_TARGET empty, so that a claim moved "
        "to an accusation or a criticism with no target found at extraction is aimed by the "
        "resolver's target ranker (with --needs-target: a move is made when the resolved "
        "claim has a target)",
    )
    args = parser.parse_args(argv)
    DROP[:] = args.drop
    WITHOUT[:] = args.without
    SCOPE[0] = args.scope
    NEEDS_TARGET[0] = args.needs_target
    PARSE[:] = [args.parse] if args.parse else []
    if args.aim_resolved:
        stance_model.NEEDS_TARGET = frozenset()
    cs = CS if args.c is None else (args.c,)
    if args.score:
        if any(p not in (*DEVELOPMENT, *HELD_OUT) for p in args.score):
            parser.error("only development and held-out parts are scored")
        score(args.score, args.json)
        return 0
    parts = tuple(args.part or DEVELOPMENT)
    if args.cache and args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
        items = [i for i in items if i.part in parts]
    else:
        items = build(parts)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    results: dict[str, object] = {"argv": argv or sys.argv[1:]}
    if args.ceiling:
        results["ceiling"] = ceiling(items)
    if args.label == "gain":
        gain_labels(items)
    if args.cv:
        chosen, settings = cross_validate(items, args.cv, cs, args.min_count, args.threshold)
        print(f"\n{args.cv}-fold grouped cross-validation; (C, threshold) per fold {settings}\n")
        results["cv"] = report(items, chosen)
        results["cv_settings"] = settings
    if args.lopo:
        chosen, lopo = leave_one_part_out(
            items, args.lopo, args.inner, cs, args.min_count, args.threshold
        )
        print(f"\nleave one part out; (C, threshold) per part {lopo}\n")
        scored = [i for i in items if i.part in args.lopo]
        keys = {id(i): n for n, i in enumerate(items)}
        renumber = {keys[id(i)]: j for j, i in enumerate(scored)}
        results["lopo"] = report(
            scored, {(renumber[n], m): s for (n, m), s in chosen.items() if n in renumber}
        )
        results["lopo_settings"] = lopo
    setting: tuple[float, float, float] | None = None
    if args.heldout or args.out:
        setting = choose_setting(
            items, list(range(len(items))), args.inner, cs, args.min_count, args.threshold
        )
        print(f"\nC {setting[0]}, threshold {setting[1]} (inner gain {setting[2]:+g} triples)")
        results["setting"] = setting
    examples = [cd for i in items for cd in i.candidates if cd.label is not None and in_scope(cd)]
    if args.heldout and setting is not None:
        if args.heldout.exists():
            held = pickle.loads(args.heldout.read_bytes())
        else:
            held = build(HELD_OUT)
            args.heldout.write_bytes(pickle.dumps(held))
        model = train(examples, setting[0], args.min_count)
        predicted = {
            (n, m): model.predict(_names(cd))
            for n, item in enumerate(held)
            for m, cd in enumerate(item.candidates)
            if in_scope(cd)
        }
        print(f"\nheld-out parts, model trained on every development example, {setting}\n")
        results["heldout"] = report(held, _chosen(held, predicted, setting[1]))
    if args.out and setting is not None:
        c, t, _ = setting
        model = dc_replace(train(examples, c, args.min_count), threshold=t)
        command = " ".join(["scripts/train_stance_model.py", *(argv or sys.argv[1:])])
        header = (
            "Stance chooser weights (kg/extract/claims/stance_model.py), written by\n"
            f"{command}\n"
            f"(C={c} and threshold {t} chosen by {args.inner}-fold CV by document, min count "
            f"{args.min_count}, scope {args.scope}, without {args.without or 'nothing'}) from "
            f"the gold parts {', '.join(parts)}\n"
            f"(development parts only): {len(examples)} aligned claims with the right claimer, "
            "label the gold stance;\n"
            "a multinomial logistic regression (scikit-learn lbfgs, L2); one row per feature, "
            "class and weight."
        )
        args.out.write_text(write_model(model, header), encoding="utf-8")
        print(f"wrote {args.out}: {len(model.weights)} features, threshold {t}")
        heaviest(model, args.top)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
