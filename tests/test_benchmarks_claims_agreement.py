"""Inter-annotator agreement (``benchmarks/claims/agreement.py``) on two tiny annotations
written here: names compared through either annotator's aliases, anonymous sources, the
reverse run, the blind parts refused, and the disagreement listing."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate.claims import evaluate, load_gold

ROOT = Path(__file__).parent.parent
SOURCE = {"title": "Made up", "url": "https://example.org/x", "date": "2011-06-14"}
TEXTS = {
    "d-01": "Afghan officials accused Pakistan on Tuesday of sheltering militants.",
    "d-02": "Islamabad rejected the charge as baseless.",
    "d-03": "The foreign ministry said talks would resume next week.",
}


def _agreement() -> ModuleType:  # benchmarks/ is no package
    path = ROOT / "benchmarks" / "claims" / "agreement.py"
    spec = importlib.util.spec_from_file_location("claims_agreement", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _claim(claimer: list[str], stance: str, targets=(), content=None, **extra) -> dict:
    return {
        "claimer": claimer[0],
        "claimer_aliases": claimer[1:],
        "stance": stance,
        "targets": [list(t) for t in targets],
        "content": content,
        **extra,
    }


def _write(path: Path, claims: dict[str, list[dict]], split: str = "dev") -> Path:
    lines = [
        json.dumps(
            {
                "id": i,
                "split": split,
                "text": TEXTS[i],
                "source": SOURCE,
                "licence": "test",
                "claims": claims[i],
            }
        )
        for i in TEXTS
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FIRST = {
    "d-01": [
        _claim(
            ["Afghan officials", "Afghanistan"],
            "accuse",
            [["Pakistan", "Islamabad"]],
            "sheltering militants",
            anonymous=True,
        )
    ],
    "d-02": [_claim(["Pakistan", "Islamabad"], "deny", [], "baseless")],
    "d-03": [_claim(["Pakistani Foreign Ministry", "foreign ministry"], "assert")],
}
SECOND = {
    # an anonymous claimer by another description; the target under another of its names
    "d-01": [_claim(["officials", "Kabul"], "accuse", [["Islamabad"]], "sheltering militants")],
    # the same claimer by an alias, but another stance and two targets
    "d-02": [_claim(["Islamabad"], "criticize", [["Afghanistan"], ["Kabul"]], "the charge")],
    # the ministry by its alias only in the second annotation's name list
    "d-03": [_claim(["The foreign ministry"], "assert")],
}


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    return _write(tmp_path / "a.jsonl", FIRST), _write(tmp_path / "b.jsonl", SECOND)


def test_aliases_and_anonymous_sources_count_as_the_same_actor(files: tuple[Path, Path]) -> None:
    agreement = _agreement()
    first, second = (load_gold(f) for f in files)
    _, pairs = agreement.pairs_of(second, first)
    report = evaluate(pairs)
    assert report.fields["claimer"].f1 == 1.0
    # d-01 agrees; d-02 differs in stance (and target); d-03 agrees
    assert (report.headline.matched_gold, report.headline.gold) == (2, 3)
    assert report.confusion[("deny", "criticize")] == 1


def test_canonical_names_are_stricter(files: tuple[Path, Path]) -> None:
    agreement = _agreement()
    first, second = (load_gold(f) for f in files)
    # the first annotation as system: "Pakistan" and "Pakistani Foreign Ministry" are not
    # names the second annotation uses, but one of their aliases is
    for how, matched in (("alias", 3), ("canonical", 1)):
        _, pairs = agreement.pairs_of(first, second, how=how)
        assert evaluate(pairs).fields["claimer"].matched_gold == matched, how


def test_the_reverse_run_swaps_precision_and_recall(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    agreement = _agreement()
    first, second = files
    agreement.main([str(second), "--reference", str(first)])
    forward = capsys.readouterr().out
    agreement.main([str(second), "--reference", str(first), "--reverse", "--disagreements"])
    reverse = capsys.readouterr().out
    assert "| **claimer+stance+target** | 0.50 | 0.67 |" in forward
    assert "| **claimer+stance+target** | 0.67 | 0.50 |" in reverse
    assert "[d-02]" in reverse and "[d-01]" not in reverse


def test_blind_parts_are_refused(tmp_path: Path) -> None:
    agreement = _agreement()
    blind = _write(tmp_path / "blind.jsonl", FIRST, split=sorted(agreement.BLIND)[0])
    with pytest.raises(SystemExit):
        agreement.main([str(blind), "--reference", str(blind)])
