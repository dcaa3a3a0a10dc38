"""``benchmarks/allegations/flags.py``: a row of module switches is parsed, checked against the
module and restored after its measurement."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parent.parent


def _flags() -> ModuleType:  # benchmarks/ is no package
    path = ROOT / "benchmarks" / "allegations" / "flags.py"
    spec = importlib.util.spec_from_file_location("allegations_flags", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_row_sets_its_switches_together_and_restores_them() -> None:
    from kg.resolve import paraphrases, victims

    flags = _flags()
    join, bar = victims.VICTIM_JOIN, paraphrases.PARAPHRASE_BAR
    row = "kg.resolve.victims.VICTIM_JOIN=None,kg.resolve.paraphrases.PARAPHRASE_BAR=0.9"
    with flags.applied(row):
        assert victims.VICTIM_JOIN is None
        assert paraphrases.PARAPHRASE_BAR == 0.9
    assert (join, bar) == (victims.VICTIM_JOIN, paraphrases.PARAPHRASE_BAR)


def test_a_row_naming_no_switch_fails() -> None:
    with pytest.raises(ValueError):
        _flags().parse_row("kg.resolve.victims.NO_SUCH_SWITCH=True")
