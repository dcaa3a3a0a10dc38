"""benchmarks/claims/continuations.py: the class of a gold claim by its sentence (sentences
written for the test, none in a gold part)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate.claims import GoldClaim
from kg.model import Stance

ROOT = Path(__file__).parent.parent


def _continuations() -> ModuleType:  # benchmarks/ is no package
    sys.path.insert(0, str(ROOT / "benchmarks" / "claims"))
    path = ROOT / "benchmarks" / "claims" / "continuations.py"
    spec = importlib.util.spec_from_file_location("claims_continuations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TEXT = (
    "The interior minister, Karim Aziz, blamed the militants for the bombing. "
    '"These criminals have no religion. They attacked a market." '
    '"We will hunt them down," he said. '
    "He added that the police had made arrests."
)
AZIZ = GoldClaim(("Karim Aziz", "Aziz"), Stance.ASSERT)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The interior minister, Karim Aziz,", "E"),
        ("They attacked a market.", "A"),
        ('"We will hunt them down," he said.', "B"),
        ("He added that the police had made arrests.", "C"),
    ],
)
def test_a_gold_claim_is_classed_by_its_sentence(sentence, expected) -> None:
    module = _continuations()
    start = TEXT.index(sentence)
    end = start + len(sentence)
    if expected == "E":
        end = TEXT.index("bombing.") + len("bombing.")
    assert module.class_of(AZIZ, TEXT, start, end)[0] == expected
