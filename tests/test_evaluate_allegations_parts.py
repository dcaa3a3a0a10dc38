"""The allegations gold's parts: which are blind, held out, or open to development."""

from __future__ import annotations

import json
from pathlib import Path

from kg.evaluate.allegations import BLIND_PARTS, DEVELOPMENT_PARTS, HELD_OUT_PARTS, LISTED_PARTS

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "allegations"


def test_blind23_blind24_are_the_blind_parts_and_blind21_blind22_held_out() -> None:
    # round 25 (branch blind23): the part annotated on the VOA stories added in round 25 waits
    # for the next round's end; round 26 (branch blind24) added the part annotated on the VOA
    # stories of corpus/voa2.jsonl beside it; blind21 and blind22, scored once at the end of
    # rounds 24 and 25, are held out since.
    assert BLIND_PARTS == ("blind23", "blind24")
    for part in ("blind21", "blind22"):
        assert part in HELD_OUT_PARTS and part in LISTED_PARTS
        assert part not in DEVELOPMENT_PARTS
    for part in BLIND_PARTS:
        assert part not in LISTED_PARTS
        assert part not in DEVELOPMENT_PARTS
        assert part not in HELD_OUT_PARTS


def test_every_allegation_part_is_registered() -> None:
    # A part in allegations.jsonl that no tuple names would be scored by nothing, or listed by
    # mistake; only the part names are read here, never a line's proposition or sentence.
    with (GOLD / "allegations.jsonl").open(encoding="utf-8") as lines:
        parts = {json.loads(line)["part"] for line in lines}
    assert parts <= {"blind", *LISTED_PARTS, *BLIND_PARTS}
    assert set(BLIND_PARTS) <= parts
