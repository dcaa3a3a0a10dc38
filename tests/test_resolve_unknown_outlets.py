"""A publisher the gazetteer does not know and that is no official body is a news outlet
(:data:`kg.resolve.voice.UNKNOWN_OUTLETS`, round 41, alleg52): its own narration of a state's
repressive act is the outlet's accusation, as a known outlet's is.  The text is constructed
(the corpus's such texts, Global Voices', are gold texts of the allegations benchmark)."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import narrated_act, resolve, voice

DETAINED = (
    "After the election, authorities placed the opposition leader Ales Bialiatski under house "
    "arrest. Belarus has not said how long he will be held. Belarus denies any wrongdoing."
)


def post(nlp, on: bool, monkeypatch, outlet: str = "Citizen Media Weekly") -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(narrated_act, "NARRATED_ACT", True)
    monkeypatch.setattr(voice, "UNKNOWN_OUTLETS", on)
    article = Article("doc", DETAINED, "https://example.org/post.html", outlet=outlet)
    return resolve(extract(nlp(DETAINED), article, gate=False))


def test_news_outlet(monkeypatch) -> None:
    monkeypatch.setattr(voice, "UNKNOWN_OUTLETS", True)
    assert voice.news_outlet("Global Voices").id == "global-voices"
    assert voice.news_outlet("Voice of America").id == "voice-of-america"
    assert voice.news_outlet("U.S. Department of State") is None
    assert voice.news_outlet("The White House") is None
    assert voice.news_outlet(None) is None
    monkeypatch.setattr(voice, "UNKNOWN_OUTLETS", False)
    assert voice.news_outlet("Global Voices") is None


def test_off_an_unknown_publishers_own_sentences_give_no_claim(nlp, monkeypatch) -> None:
    graph = post(nlp, False, monkeypatch)
    assert not [c for c in graph.claims if c.claimer == "citizen-media-weekly"]


def test_on_the_unknown_publisher_accuses_the_state(nlp, monkeypatch) -> None:
    graph = post(nlp, True, monkeypatch)
    (claim,) = [c for c in graph.claims if "narrated_act" in c.claim.rule.split("+")]
    assert claim.claimer == "citizen-media-weekly" and claim.claim.stance is Stance.ACCUSE
    assert claim.targets == ("belarus",)


def test_an_official_publisher_is_not_read_as_news(nlp, monkeypatch) -> None:
    # the issuer speaks its text (with narrated_act.OFFICIAL_ACTS), never as an outlet
    graph = post(nlp, True, monkeypatch, outlet="U.S. Department of State")
    acts = [c for c in graph.claims if "narrated_act" in c.claim.rule.split("+")]
    assert all(c.claimer == "united-states" for c in acts)
    monkeypatch.setattr(narrated_act, "OFFICIAL_ACTS", False)
    graph = post(nlp, True, monkeypatch, outlet="U.S. Department of State")
    assert not [c for c in graph.claims if "narrated_act" in c.claim.rule.split("+")]
