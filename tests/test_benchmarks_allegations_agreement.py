"""The allegations agreement script (``benchmarks/allegations/agreement.py``) on two small
annotations written here: one annotation scored as the other's system."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate.allegations import GoldClaim

ROOT = Path(__file__).parent.parent
DOC_A = "https://example.org/ministry-statement"
DOC_B = "https://example.org/presidential-address"
SHELLED = "The ministry condemned the shelling of the port city's hospital by Freedonian forces."
SCHOOL = "Freedonian artillery destroyed two schools and a hospital in the border district."
DENIED = "Our forces do not strike hospitals, the defence minister said."
CHILDREN = "Eleven children were killed in the strikes, the governor said."


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    path = ROOT / "benchmarks" / "allegations" / "agreement.py"
    spec = importlib.util.spec_from_file_location("allegations_agreement", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


MINISTRY = ("Ministry of Foreign Affairs", "the ministry")


def claim(
    key: str,
    allegation: str,
    doc: str,
    sentence: str,
    stance: str = "accuse",
    claimer: tuple[str, ...] = MINISTRY,
) -> GoldClaim:
    return GoldClaim(key, allegation, doc, sentence, claimer, stance, "p")


GOLD = [
    claim("g1", "hospitals", DOC_A, SHELLED, "criticize"),
    claim("g2", "hospitals", DOC_B, SCHOOL),
    claim("g3", "schools", DOC_B, SCHOOL),
    claim("g4", "hospitals", DOC_B, DENIED, "deny", ("Defence Minister", "the defence minister")),
]


def test_identical_annotations_agree_fully(agreement: ModuleType) -> None:
    result = agreement.agreement(GOLD, GOLD, "p")
    corpus = result.report.scores["corpus"]
    assert corpus["b-cubed"].f1 == pytest.approx(1.0)
    assert corpus["pairwise"].f1 == pytest.approx(1.0)
    assert result.same_allegation["b-cubed F1"] == pytest.approx(1.0)
    assert (result.sentences, result.found_sentences, result.extra_sentences) == (3, 3, 0)


def test_a_missing_claim_costs_recall_and_an_extra_one_is_counted(
    agreement: ModuleType,
) -> None:
    second = [
        *[c for c in GOLD if c.key != "g1"],
        claim("s9", "children", DOC_B, CHILDREN, claimer=("Governor",)),
    ]
    result = agreement.agreement(GOLD, second, "p")
    assert result.same_allegation["aligned"] == 3
    assert result.same_allegation["b-cubed P"] == pytest.approx(1.0)
    assert result.same_allegation["b-cubed R"] < 1.0
    assert result.found_sentences == 2 and result.extra_sentences == 1
    lines = agreement.differences(GOLD, second, "p")
    assert any(line.startswith("gold-only   hospitals") for line in lines)
    assert any(line.startswith("second-only children") for line in lines)


def test_same_allegation_alignment_pairs_a_shared_sentence_by_allegation(
    agreement: ModuleType,
) -> None:
    # the same two claims of one sentence, listed schools first: the scorer's alignment
    # may cross them, the allegation-aware one does not
    second = [GOLD[2], GOLD[1], GOLD[0], GOLD[3]]
    system = agreement.as_system(second)
    aligned = agreement.align_same_allegation(GOLD, system)
    assert {key: found.allegation for key, found in aligned.items()} == {
        "g1": "hospitals", "g2": "hospitals", "g3": "schools", "g4": "hospitals",
    }  # fmt: skip


def test_a_claim_put_in_another_allegation_is_listed_as_moved(agreement: ModuleType) -> None:
    second = [GOLD[0], GOLD[2], GOLD[3], claim("s2", "strikes", DOC_B, SCHOOL)]
    lines = agreement.differences(GOLD, second, "p")
    assert any(line.startswith("moved       hospitals -> strikes") for line in lines)


def test_read_annotation_takes_the_gold_format(agreement: ModuleType, tmp_path: Path) -> None:
    record = {
        "allegation": "hospitals", "doc": DOC_A, "sentence": SHELLED,
        "claimer": "Ministry of Foreign Affairs", "claimer_aliases": ["the ministry"],
        "stance": "criticize", "part": "p",
    }  # fmt: skip
    path = tmp_path / "second.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (read,) = agreement.read_annotation(path, "p")
    assert read.claimer == ("Ministry of Foreign Affairs", "the ministry")
    assert (read.key, read.allegation, read.stance) == ("s1", "hospitals", "criticize")
