"""The allegations gold's parts: which are blind, held out, or open to development."""

from __future__ import annotations

import json
from pathlib import Path

from kg.evaluate.allegations import BLIND_PARTS, DEVELOPMENT_PARTS, HELD_OUT_PARTS, LISTED_PARTS

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "allegations"


def test_blind42_is_blind_blind21_to_blind33_blind35_to_blind41_held_out() -> None:
    # round 44 (branch blind42): the part annotated on corpus/zzcvoa22.jsonl ..
    # corpus/zzggovnl3.jsonl (the chemical weapons attacks in Syria) waits for the next round's
    # end;
    # blind21, blind22, blind24, blind25, blind26, blind27, blind28, blind29, blind30, blind31,
    # blind32, blind33, blind35, blind36, blind37, blind38, blind39, blind40 and blind41, scored
    # once at the end of rounds 24, 25, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 38, 39, 40, 41, 42,
    # 43 and 44, are held out since (blind34, scored once at the end of round 37, became
    # development in round 38).
    assert BLIND_PARTS == ("blind42",)
    for part in (
        "blind21",
        "blind22",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
    ):
        assert part in HELD_OUT_PARTS and part in LISTED_PARTS
        assert part not in DEVELOPMENT_PARTS
    for part in BLIND_PARTS:
        assert part not in LISTED_PARTS
        assert part not in DEVELOPMENT_PARTS
        assert part not in HELD_OUT_PARTS


def test_blind19_blind23_and_blind34_are_development() -> None:
    # blind19 (the posts' register) became development in round 23, blind23 (VOA news stories,
    # the only news-wire text) in round 27 (GUIDE.md, "Round 27: blind23 becomes development"),
    # blind34 (VOA stories whose own narration charges a state) in round 38:
    # listed, never held out.
    for part in ("blind19", "blind23", "blind34"):
        assert part in DEVELOPMENT_PARTS and part in LISTED_PARTS
        assert part not in HELD_OUT_PARTS
    assert not set(DEVELOPMENT_PARTS) & set(HELD_OUT_PARTS)


def test_every_allegation_part_is_registered() -> None:
    # A part in allegations.jsonl that no tuple names would be scored by nothing, or listed by
    # mistake; only the part names are read here, never a line's proposition or sentence.
    with (GOLD / "allegations.jsonl").open(encoding="utf-8") as lines:
        parts = {json.loads(line)["part"] for line in lines}
    assert parts <= {"blind", *LISTED_PARTS, *BLIND_PARTS}
    assert set(BLIND_PARTS) <= parts
