"""``benchmarks/allegations/loss.py``: the oracle corrections take back, in turn, what
within-document assignment, cross-document joins and cross-document splits lose."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate.allegations import GoldClaim, SystemClaim

ROOT = Path(__file__).parent.parent


def _loss() -> ModuleType:  # benchmarks/ is no package
    sys.path.insert(0, str(ROOT / "benchmarks" / "allegations"))
    path = ROOT / "benchmarks" / "allegations" / "loss.py"
    spec = importlib.util.spec_from_file_location("allegations_loss", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def gold(key: str, allegation: str, doc: str) -> GoldClaim:
    return GoldClaim(key, allegation, doc, "", ("a",), "accuse", "dev")


def system(key: str, allegation: str) -> SystemClaim:
    return SystemClaim(f"s{key}", "", "", ("a",), "accuse", allegation, allegation)


def test_each_class_is_taken_back_in_turn() -> None:
    loss = _loss()
    items = [
        gold("g1", "A", "d1"),
        gold("g2", "A", "d1"),  # split from g1 within d1
        gold("g3", "A", "d2"),  # split from g1 across documents
        gold("g4", "B", "d3"),  # joined with g3 across documents
        gold("g5", "B", "d4"),  # never aligned: extraction's
    ]
    aligned = {
        "g1": system("g1", "x"),
        "g2": system("g2", "y"),
        "g3": system("g3", "z"),
        "g4": system("g4", "z"),
    }
    found = loss.oracles(items, aligned)
    assert found["score"] < found["within"] < found["joins"] < found["splits"] < 1.0
    # a perfect merge over what was aligned: only g5 is apart from its allegation
    assert found["splits"] == pytest.approx(
        loss.bcubed(
            {"g1": "A", "g2": "A", "g3": "A", "g4": "B", "g5": "B"},
            {"g1": "A", "g2": "A", "g3": "A", "g4": "B", "g5": "u"},
        ).f1
    )
    counts = loss.pair_counts(items, aligned)
    assert counts == {"split within": 1, "split across": 2, "join across": 1}
