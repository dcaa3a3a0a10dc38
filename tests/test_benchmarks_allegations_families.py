"""``benchmarks/allegations/families.py`` (round 27, news28): a row names optional claim
families only, and a text is parsed again only when the filter finds it, its extraction then
the cache's own with the row's families added."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

ROOT = Path(__file__).parent.parent

# the first sentence of a VOA story of the unlabelled claims pool (2003-01-10), in no gold part
TEXT = (
    "The United States says Iraq has weapons of mass destruction, even though United Nations "
    "inspectors have yet to find any evidence of banned biological, chemical or nuclear arms."
)


@pytest.fixture(scope="module")
def families() -> ModuleType:
    path = ROOT / "benchmarks" / "allegations" / "families.py"
    spec = importlib.util.spec_from_file_location("allegations_families", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_row_names_optional_families_only(families: ModuleType) -> None:
    assert families.parse_row("suspected_charge,bare_charge") == {
        "suspected_charge",
        "bare_charge",
    }
    with pytest.raises(ValueError):
        families.parse_row("reported_speech")  # a default family: on already
    with pytest.raises(ValueError):
        families.parse_row("no_such_family")


def test_only_the_texts_the_filter_finds_are_parsed_again(
    families: ModuleType, nlp: Language
) -> None:
    article = Article("voa-pool-1", TEXT, "test")
    cached = extract(nlp(TEXT), article, gate=False)
    assert cached.claims  # "The United States says ...": a claim to compare
    rows = [frozenset({"suspected_charge"})]
    outs, parsed, same = families.reextracted([cached], rows, "weapons of mass destruction")
    assert (parsed, same) == (1, 1)
    assert outs[0][0].claims == cached.claims  # no arrest on suspicion here: the same claims
    outs, parsed, same = families.reextracted([cached], rows, "on suspicion of")
    assert (parsed, same) == (0, 0)
    assert outs[0][0] is cached  # not found: the cached extraction itself
