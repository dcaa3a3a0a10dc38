"""The claims cause tools run the first half and ``dev4`` unless told otherwise.

The second half (``test16`` .. ``test20``, ``dev3``) is scored once per change, after its bar
is written (round 25's protocol); a tool that listed it by default would show a helper its
errors before that.  Parsing is never reached: only the command line is checked.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate.claims import DEVELOPMENT_PARTS, HELD_OUT_PARTS

CLAIMS = Path(__file__).resolve().parents[1] / "benchmarks" / "claims"
#: The bare module names the tools import one another by (benchmarks/ is no package): taken
#: out of ``sys.modules`` again, so that the allegations benchmark's own ``run`` is found by
#: the tests that import it later in the same session.
_BARE = ("run", "target_causes", "stance_causes")


@pytest.fixture(scope="module")
def tools() -> Iterator[tuple[ModuleType, ModuleType]]:
    saved = {name: sys.modules.pop(name) for name in _BARE if name in sys.modules}
    sys.path.insert(0, str(CLAIMS))
    try:
        yield importlib.import_module("stance_causes"), importlib.import_module("target_causes")
    finally:
        sys.path.remove(str(CLAIMS))
        for name in _BARE:
            sys.modules.pop(name, None)
        sys.modules.update(saved)


def test_default_parts_are_the_first_half_and_dev4(
    tools: tuple[ModuleType, ModuleType],
) -> None:
    stance_causes, target_causes = tools
    _, parts = stance_causes.parts_asked("d", "l", [])
    assert parts == target_causes.FIRST_HALF
    assert "dev4" in parts and "dev" in parts
    assert not set(parts) & set(target_causes.SECOND_HALF)
    assert not set(parts) & set(HELD_OUT_PARTS)
    assert set(parts) | set(target_causes.SECOND_HALF) == set(DEVELOPMENT_PARTS)


def test_a_second_half_part_runs_only_when_named(tools: tuple[ModuleType, ModuleType]) -> None:
    stance_causes, _ = tools
    _, parts = stance_causes.parts_asked("d", "l", ["--part", "test17"])
    assert parts == ("test17",)


def test_listing_refuses_held_out_parts(tools: tuple[ModuleType, ModuleType]) -> None:
    stance_causes, _ = tools
    with pytest.raises(SystemExit):
        stance_causes.parts_asked("d", "l", ["--held-out", "--list"])
