"""The content-clause encoder reader (``stance_encoder``, :mod:`kg.extract.claims.stance_encoder`):
a logistic regression over a MiniLM embedding of the content span, the cue and the rule's
stance, weights in ``kg/data/stance_encoder.npz`` (``scripts/train_stance_encoder.py``,
development parts only).  Off by default (``benchmarks/claims/RESULTS.md``, round 25).

The tests of the weights and of the mechanism with a model made for the test need numpy
only; the tests that run the encoder skip where its packages (the ``encoder`` extra) are not
installed.  Sentences from the dispute corpus (``corpus/``, public domain), in no gold part."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.learned import CLASSES
from kg.extract.claims.stance_encoder import (
    EncoderModel,
    load_model,
    one_hot_names,
    read_model,
    text_of,
    using,
    write_model,
)
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance

ROOT = Path(__file__).resolve().parents[1]
BASE = RULES - OPTIONAL
ON = BASE | {"stance_encoder"}

#: corpus/state-department-syria.jsonl, https://www.state.gov/imposing-sanctions-in-defense-
#: of-human-rights-in-syria/: the rules make an assertion (according_to) and an accusation
TORTURED = (
    "More than 14,000 detainees have reportedly died after being tortured at the hands of the "
    "Assad regime, according to the Syrian Network for Human Rights, while 130,000 Syrians are "
    "reportedly still missing or detained."
)


def claims_of(nlp: Language, text: str, rules: frozenset[str]) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules)


def forced(stance: Stance, scope: str = "all") -> EncoderModel:
    """A model whose bias always picks ``stance`` (no dense weights: the encoder's output
    weighs nothing)."""
    bias = np.array([30.0 if c is stance else -30.0 for c in CLASSES])
    return EncoderModel(CLASSES, np.zeros((384, len(CLASSES))), {}, bias, 0.5, scope)


def test_the_family_is_optional() -> None:
    assert "stance_encoder" in RULES
    assert "stance_encoder" in OPTIONAL  # no development gain (RESULTS.md, round 25)


def test_the_shipped_weights_load_and_record_their_training(tmp_path: Path) -> None:
    model = load_model()
    assert model.classes == CLASSES
    assert model.dense.shape == (384, len(CLASSES))
    assert 0.4 <= model.threshold <= 1.0
    assert model.scope in ("all", "assert")
    assert "rule_stance=assert" in model.names
    with np.load(ROOT / "kg" / "data" / "stance_encoder.npz") as data:
        header = str(data["header"])
    assert "scripts/train_stance_encoder.py" in header
    assert all(p in header for p in ("dev2", "dev3", "test20"))
    assert not any(f"test{n}" in header for n in range(21, 26))  # no held-out or blind part
    path = tmp_path / "again.npz"
    write_model(model, path, header, model.scope, model.text)
    again = read_model(path)
    vector = np.full(384, 0.05)
    probe = ["rule_stance=assert", "cue=say"]
    assert again.predict_parts(vector, probe)[0] is model.predict_parts(vector, probe)[0]
    assert again.predict_parts(vector, probe)[1] == pytest.approx(
        model.predict_parts(vector, probe)[1], abs=1e-4
    )


def test_the_one_hot_features_name_stance_cue_and_family() -> None:
    names = ["cue=accuse", "rule_stance=assert|family=reported_speech", "w=troop"]
    found = one_hot_names(Stance.ASSERT, names)
    assert found[:3] == ["rule_stance=assert", "cue=accuse", "family=reported_speech"]
    assert text_of("troops shelled the village", "accuse", "cued") == (
        "accuse: troops shelled the village"
    )
    assert text_of("troops shelled the village", "accuse", "content") == (
        "troops shelled the village"
    )


def test_a_forced_move_keeps_claimers_and_records_the_rule(nlp: Language) -> None:
    pytest.importorskip("sentence_transformers")
    before = claims_of(nlp, TORTURED, BASE)
    with using(forced(Stance.ASSERT)):
        after = claims_of(nlp, TORTURED, ON)
    assert len(after) == len(before)
    assert [c.claimer.span for c in after] == [c.claimer.span for c in before]
    assert all(c.stance is Stance.ASSERT for c in after if c.content is not None)
    moved = [c for c in after if c.rule.endswith("+stance_encoder")]
    assert moved and all(
        b.stance is not Stance.ASSERT
        for b in before
        if b.rule in {m.rule.removesuffix("+stance_encoder") for m in moved}
    )


def test_the_assert_scope_leaves_other_stances(nlp: Language) -> None:
    pytest.importorskip("sentence_transformers")
    before = claims_of(nlp, TORTURED, BASE)
    with using(forced(Stance.THREATEN, scope="assert")):
        after = claims_of(nlp, TORTURED, ON)
    for old, new in zip(before, after, strict=True):
        if old.stance is not Stance.ASSERT:
            assert new.stance is old.stance and new.rule == old.rule


def test_below_the_threshold_nothing_moves(nlp: Language) -> None:
    pytest.importorskip("sentence_transformers")
    before = claims_of(nlp, TORTURED, BASE)
    with using(replace(forced(Stance.THREATEN), threshold=1.01)):
        after = claims_of(nlp, TORTURED, ON)
    assert after == before
