"""The attribute ruler matched by table lookups (kg.attribute_ruler): the same annotations
as spaCy's own, on real news text."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.attribute_ruler import CachedAttributeRuler, _Compiled, speed_up_attribute_ruler
from kg.nlp import GAZETTEER_RULER, LEMMA_FIX, SENTENCE_BOUND, default_model, load_pipeline

ROOT = Path(__file__).resolve().parent.parent

#: Wire copy (the examples and the ingest test data are whole articles), and sentences
#: with the constructions the multi-token rules read ("there are", "there's") and
#: whitespace tokens (the "_SP" rules).
EXTRA = [
    "There are no grounds for these claims, the ministry said.  There's no proof.",
    "Officials there were told the talks gets nowhere; it got worse.\n\n\tThe envoy left.",
]


def texts() -> list[str]:
    found = [
        path.read_text(encoding="utf-8", errors="replace")
        for folder in (ROOT / "examples", ROOT / "tests" / "data" / "ingest")
        for path in sorted(folder.glob("*"))
        if path.suffix in (".txt", ".md")
    ]
    assert len(found) >= 4
    return found + EXTRA


@pytest.fixture(scope="module")
def raw() -> Language:
    return spacy.load(default_model())


def annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_load_pipeline_uses_the_cached_ruler() -> None:
    ruler = load_pipeline().get_pipe("attribute_ruler")
    assert isinstance(ruler, CachedAttributeRuler)
    assert ruler._compiled is not None and ruler._compiled.multi  # the "there are" rules too


def test_same_matches_as_spacys_matcher(raw: Language) -> None:
    ruler = raw.get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler
    compiled = _Compiled(ruler)
    with raw.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(raw.pipe(texts()))
    matched = 0
    for doc in docs:
        expected = ruler.match(doc)
        assert compiled.match(doc) == expected
        matched += len(expected)
    assert matched > sum(len(doc) for doc in docs)  # every token, some twice


def test_same_annotations_as_the_model_alone(raw: Language) -> None:
    nlp = load_pipeline()
    # the project's own components, which change annotations on purpose, are left out: the
    # sentence bounds, the gazetteer, and the lemma fix ("staged" -> "stage", not spaCy's "stag")
    with nlp.select_pipes(disable=[SENTENCE_BOUND, GAZETTEER_RULER, LEMMA_FIX]):
        for text in texts():
            assert annotations(nlp(text)) == annotations(raw(text))


def test_unreadable_patterns_keep_spacys_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "not"}, {"LOWER": "really", "OP": "?"}]], {"LEMMA": "not"})
    assert not speed_up_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_rules_added_later_are_matched() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "kyiv"}]], {"LEMMA": "Kyiv"})
    assert speed_up_attribute_ruler(nlp)
    assert nlp("in kyiv")[1].lemma_ == "Kyiv"
    ruler.add([[{"LOWER": "in"}]], {"LEMMA": "IN"})  # after a first use
    assert [t.lemma_ for t in nlp("in kyiv")] == ["IN", "Kyiv"]


def test_pickles_with_its_class() -> None:
    ruler = load_pipeline().get_pipe("attribute_ruler")
    ruler(load_pipeline().make_doc("warm"))  # compiled
    copy = pickle.loads(pickle.dumps(ruler))
    assert isinstance(copy, CachedAttributeRuler)
    doc = spacy.load(default_model())("Moscow denied it.")
    assert copy.match(doc) == ruler.match(doc)
