"""The claims cause tools run the first half and ``dev4`` unless told otherwise.

The second half (``test16`` .. ``test20``, ``dev3``) is scored once per change, after its bar
is written (round 25's protocol); a tool that listed it by default would show a helper its
errors before that.  Parsing is never reached: only the command line is checked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks" / "claims"))

import stance_causes  # noqa: E402
import target_causes  # noqa: E402

from kg.evaluate.claims import DEVELOPMENT_PARTS, HELD_OUT_PARTS  # noqa: E402


def test_default_parts_are_the_first_half_and_dev4() -> None:
    _, parts = stance_causes.parts_asked("d", "l", [])
    assert parts == target_causes.FIRST_HALF
    assert "dev4" in parts and "dev" in parts
    assert not set(parts) & set(target_causes.SECOND_HALF)
    assert not set(parts) & set(HELD_OUT_PARTS)
    assert set(parts) | set(target_causes.SECOND_HALF) == set(DEVELOPMENT_PARTS)


def test_a_second_half_part_runs_only_when_named() -> None:
    _, parts = stance_causes.parts_asked("d", "l", ["--part", "test17"])
    assert parts == ("test17",)


def test_listing_refuses_held_out_parts() -> None:
    with pytest.raises(SystemExit):
        stance_causes.parts_asked("d", "l", ["--held-out", "--list"])
