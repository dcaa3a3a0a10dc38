"""The allegations benchmark's miss classes and topic-join labels (``run.py --topics``,
``benchmarks/allegations/topics.py``) on small documents written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.evaluate.allegations import GoldClaim, SystemClaim
from kg.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    DocumentGraph,
    Mention,
    ResolvedClaim,
    Span,
    Stance,
)

ROOT = Path(__file__).parent.parent
URL = "https://example.org/statement"
TEXT = (
    "The ministry accused Moldova of blocking the convoy. "
    "Trucks waited at the border for three days. "
    "Officials in Chisinau denied any obstruction."
)


@pytest.fixture(scope="module")
def topics() -> ModuleType:
    path = ROOT / "benchmarks" / "allegations" / "topics.py"
    spec = importlib.util.spec_from_file_location("allegations_topics", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text), text)


def _sentences() -> tuple[Span, ...]:
    return tuple(_span(s + ".") for s in TEXT.rstrip(".").split(". "))


def _claim(claim_id: str, claimer: str, stance: Stance, sentence: int) -> ResolvedClaim:
    where = _sentences()[sentence]
    cue = Span(where.start, where.start + 1, where.text[0])
    mention = Mention(cue, "ORG", sentence)
    return ResolvedClaim(claim_id, Claim(mention, stance, cue, sentence), claimer)


def _document() -> DocumentGraph:
    return DocumentGraph(
        article=Article("statement", TEXT, "test", url=URL, outlet="Ministry"),
        sentences=_sentences(),
        actors=(
            Actor("ministry", "Ministry of Foreign Affairs", ActorKind.ORGANISATION),
            Actor("moldova", "Moldova", ActorKind.STATE, aliases=("Chisinau",)),
        ),
        claims=(
            _claim("c1", "ministry", Stance.ACCUSE, 0),
            _claim("c3", "moldova", Stance.ASSERT, 2),
        ),
        relations=(),
    )


def _gold(key: str, sentence: int, claimer: str, stance: str, allegation: str = "a") -> GoldClaim:
    return GoldClaim(key, allegation, URL, _sentences()[sentence].text, (claimer,), stance, "dev")


def _system(claim_id: str, sentence: int, claimer: str, stance: str, corpus: str) -> SystemClaim:
    text = _sentences()[sentence].text
    return SystemClaim(claim_id, URL, text, (claimer,), stance, corpus, corpus)


def test_a_miss_is_classed_by_what_the_build_has_in_its_sentence(topics: ModuleType) -> None:
    gold = [
        _gold("g1", 0, "Ministry of Foreign Affairs", "accuse"),  # aligned
        _gold("g2", 1, "Ministry of Foreign Affairs", "accuse"),  # no claim in the sentence
        _gold("g3", 0, "Moldova", "deny"),  # a claim, by someone else
        _gold("g4", 2, "Moldova", "deny"),  # Moldova's, but an assertion, not a denial
        _gold("g5", 0, "Ministry of Foreign Affairs", "accuse", "b"),  # its claim is g1's
    ]
    system = [_system("c1", 0, "Ministry of Foreign Affairs", "accuse", "ca-1")]
    found = topics.miss_classes([_document()], gold, system, "dev")
    assert found == {"no-claim": 1, "claimer": 1, "stance": 1, "taken": 1}


def test_an_assertion_outside_every_allegation_is_its_own_class(topics: ModuleType) -> None:
    gold = [_gold("g1", 2, "Moldova", "accuse")]
    found = topics.miss_classes([_document()], gold, [], "dev")
    assert found == {"no-allegation": 1}


def test_a_topic_join_is_right_where_the_gold_allegation_mostly_is(topics: ModuleType) -> None:
    gold = [
        _gold("g1", 0, "Ministry of Foreign Affairs", "accuse", "convoy"),
        _gold("g2", 1, "Ministry of Foreign Affairs", "accuse", "convoy"),
        _gold("g3", 2, "Moldova", "deny", "convoy"),
    ]
    system = [
        _system("c1", 0, "Ministry of Foreign Affairs", "accuse", "ca-convoy"),
        _system("c3", 2, "Moldova", "deny", "ca-convoy"),
    ]
    majorities = topics.majority(gold, system, "dev")
    assert majorities == {"convoy": "ca-convoy"}
    trucks = _sentences()[1].text

    def match(allegation: str, sentence: str = trucks) -> object:
        return topics.Match(URL, sentence, allegation, 0.2, False, {allegation: 0.2})

    assert topics.label(match("ca-convoy"), gold, majorities) == "right"
    assert topics.label(match("ca-other"), gold, majorities) == "wrong"
    unlabelled = match("ca-convoy", "A sentence no gold claim holds.")
    assert topics.label(unlabelled, gold, majorities) == "unlabelled"
