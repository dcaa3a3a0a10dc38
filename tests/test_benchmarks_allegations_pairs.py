"""The allegations benchmark's classes of split pairs by the words they differ in
(``run.py --pairs``, ``benchmarks/allegations/pairs.py``'s ``word_class``), on term sets
made here from corpus sentences in no gold part."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.resolve.corpus import _features
from tests.test_resolve_corpus_classes import summary

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def pairs() -> ModuleType:
    path = ROOT / "benchmarks" / "allegations" / "pairs.py"
    spec = importlib.util.spec_from_file_location("allegations_pairs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class Gates:
    """What ``word_class`` reads of :class:`pairs.Gates`: each allegation's features, and
    the gate, here always the content gate."""

    def __init__(self, *texts: str) -> None:
        self.features = {
            str(k): _features(summary(str(k), "2022-04-01", t)) for k, t in enumerate(texts)
        }

    def gate(self, a: str, b: str) -> str:
        return "content"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Such people were abducted.",
            "And this will NOT be changed by putting pressure on mayors or kidnapping mayors.",
            "act words differ, one event class",
        ),
        (
            "This is looting of the highest scale.",
            # president.gov.ua/en/news/chas-zrobiti-vse-shob-voyenni-zlochini-rosijskih-vijskovih-
            # s-74053
            "The pervasive consequences of looting.",
            "one act word shared, the rest apart",
        ),
        (
            "Evidence of atrocities by members of Russia’s forces in Ukraine continues to mount.",
            # president.gov.ua/en/news/zvernennya-prezidenta-volodimira-zelenskogo-do-uchasnikiv-
            # bl-74821
            "Currently, Russian shelling and assault of Azovstal do not stop.",
            "evaluation: the act unnamed on one side",
        ),
        (
            # president.gov.ua/en/news/mayemo-vikoristati-ves-nash-vpliv-i-liderstvo-shob-
            # zahistiti-75693
            "We are constantly talking to Boris and other leaders on how to lift the Russian"
            " blockade of our ports.",
            # president.gov.ua/en/news/zvernennya-prezidenta-volodimira-zelenskogo-do-uchasnikiv-
            # bl-74821
            "Currently, Russian shelling and assault of Azovstal do not stop.",
            "an act named on one side only",
        ),
    ],
)
def test_a_pair_is_classed_by_its_words(
    pairs: ModuleType, first: str, second: str, expected: str
) -> None:
    assert pairs.word_class(Gates(first, second), "0", "1") == expected
