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


# three sentences of a VOA story of 2017-02-22 (corpus/voa.jsonl), none a gold line
STORY = (
    "Malaysian police say the two women suspected of poisoning the half-brother of North "
    "Korean leader Kim Jong Un had been trained. "
    "Two other people have already been arrested in connection with the attack. "
    "Malaysian officials say they are looking for additional suspects."
)


def test_stage(unaligned: ModuleType, nlp: Language) -> None:
    """The classes one stage back (round 30): the extractor's claims of the sentence, then
    the resolved ones', then the allegation."""
    from kg.evaluate.allegations import GoldClaim
    from kg.extract import extract
    from kg.model import Article
    from kg.resolve import resolve

    article = Article("doc", STORY, "https://example.org/story", outlet="Voice of America")
    extraction = extract(nlp(STORY), article)
    graph = resolve(extraction)
    first, second, _ = (span.text for span in graph.sentences)

    def why(sentence: str, claimer: str, stance: str, grouped: set[str], taken=()) -> str:
        item = GoldClaim("g1", "a", "https://example.org/story", sentence, (claimer,), stance, "p")
        return unaligned.stage(graph, extraction, item, grouped, set(taken))

    police = next(c.id for c in graph.claims if c.claimer == "malaysian-police")
    assert why("Nothing of the kind was said here at all.", "X", "accuse", set()) == (
        "sentence split differently"
    )
    assert why(second, "Malaysian police", "accuse", set()) == "no claim extracted"
    assert why(first, "Interpol", "accuse", {police}) == "another claimer"
    assert why(first, "Malaysian police", "deny", {police}) == "another stance"
    assert why(first, "Malaysian police", "accuse", set()) == "in no allegation: assert"
    assert why(first, "Malaysian police", "accuse", {police}, [police]) == "taken"
