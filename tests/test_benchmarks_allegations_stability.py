"""``benchmarks/allegations/stability.py``: the moved pairs of two runs of the merge."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parent.parent


def _stability() -> ModuleType:  # benchmarks/ is no package
    path = ROOT / "benchmarks" / "allegations" / "stability.py"
    spec = importlib.util.spec_from_file_location("allegations_stability", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    # stability.py imports this folder's ``run`` and ``flags`` by name; leave no trace of them,
    # or a later test importing benchmarks/claims/run.py as ``run`` gets this one
    path, shadowed = list(sys.path), {name: sys.modules.get(name) for name in ("run", "flags")}
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = path
        for name, old in shadowed.items():
            if old is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = old
    return module


def test_a_pair_moves_when_together_in_one_run_only() -> None:
    moved = _stability().moved
    truth = {"a": "g1", "b": "g1", "c": "g2", "d": "g2"}
    before = {"a": "x", "b": "y", "c": "z", "d": "z"}
    after = {"a": "x", "b": "x", "c": "x", "d": "z"}  # a-b joined (right), c left d (wrong)
    assert moved(truth, before, after) == [
        ("a", "b", True),
        ("a", "c", False),
        ("b", "c", False),
        ("c", "d", False),
    ]
    # a key aligned in one run only is no pair
    assert moved(truth, {"a": "x"}, {"a": "x", "b": "x"}) == []
