"""``post_voice``'s claims (an official account's own voice with no verb of saying) kept in
every official text with ``kg.resolve.voice.OFFICIAL_VOICE`` (round 26, branch
``recall26``, issue 13; on by default since the round-26 merge:
benchmarks/allegations/RESULTS.md).  The sentence
is a State Department joint statement of the dispute corpus
(``corpus/state-department-afghanistan.jsonl``, the record
https://www.state.gov/joint-statement-on-the-recent-taliban-decision-to-deny-afghan-girls-the-right-to-an-education/),
in no gold or agreement part."""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve.voice
from kg.extract import extract
from kg.model import Article, ResolvedClaim
from kg.resolve import ActorRegistry, resolve

# corpus/state-department-afghanistan.jsonl (state.gov joint statement, March 2022)
CONDEMNATION = (
    "We are united in our condemnation of the Taliban’s decision on March 23 to deny so many "
    "Afghan girls the opportunity to finally go back to school."
)


def _own_voice(nlp: Language) -> list[ResolvedClaim]:
    article = Article(
        id="t",
        text=CONDEMNATION,
        source="test",
        outlet="U.S. Department of State",
        url="https://www.state.gov/joint-statement-on-the-recent-taliban-decision-to-deny-"
        "afghan-girls-the-right-to-an-education/",
    )
    # gate=False: the build path, whose extractor sees the text alone and reads every family
    graph = resolve(extract(nlp(CONDEMNATION), article, gate=False), ActorRegistry())
    return [c for c in graph.claims if "post_voice" in c.claim.rule.split("+")]


def test_a_release_keeps_the_own_voice_by_default(nlp: Language) -> None:
    assert kg.resolve.voice.OFFICIAL_VOICE is True
    kept = _own_voice(nlp)
    assert kept
    assert "taliban" in kept[0].targets


def test_posts_only_drops_it(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.resolve.voice, "OFFICIAL_VOICE", False)
    assert _own_voice(nlp) == []


def test_official_voice_by_publisher(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.resolve.voice, "OFFICIAL_VOICE", "President of Ukraine")
    assert _own_voice(nlp) == []
    monkeypatch.setattr(kg.resolve.voice, "OFFICIAL_VOICE", "U.S. Department of State|X")
    assert _own_voice(nlp)
