"""The construction classes of benchmarks/allegations/unaligned.py (round 19), on corpus
sentences in no gold part of ``benchmarks/allegations/gold.jsonl``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def unaligned() -> ModuleType:
    path = ROOT / "benchmarks" / "allegations" / "unaligned.py"
    spec = importlib.util.spec_from_file_location("allegations_unaligned", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # speech of the Head of the Office of the President of Ukraine, 2022-05-20
        ("We did not seize foreign territories.", "own side as subject"),
        # address of the President of Ukraine, 2022-03-30
        (
            "And now the mines planted by Russian forces are drifting at sea.",
            "named actor as subject",
        ),
    ],
)
def test_construction(unaligned: ModuleType, nlp: Language, sentence: str, kind: str) -> None:
    assert unaligned.construction(sentence, nlp(sentence)) == kind
