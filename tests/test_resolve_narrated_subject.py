"""A news story's narration of its subject's stance act is the subject's claim
(:data:`kg.resolve.narrated_subject.NARRATED`, round 37 second wave, alleg39).  The texts are
constructed (no gold line of either benchmark); the build's parser reads every family
(``gate=False``)."""

from __future__ import annotations

import pytest

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph, Voice
from kg.resolve import graph as graph_module
from kg.resolve import narrated_subject, resolve

PROTEST = "Venezuela has sent protests to the Colombian government and the United Nations."
DISMISSED = "Turkey dismissed more than 2,700 employees from its public service sector Sunday."


def story(nlp, text: str, mode: str | None, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(narrated_subject, "NARRATED", mode)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def test_off_the_narration_stays_the_outlets(nlp, monkeypatch) -> None:
    # the outlet's assertion joins no charge: kept only with KEEP_UNJOINED_OUTLET (round 38)
    monkeypatch.setattr(graph_module, "KEEP_UNJOINED_OUTLET", True)
    graph = story(nlp, PROTEST, None, monkeypatch)
    assert [c.claimer for c in graph.claims] == ["voice-of-america"]
    assert graph.claims[0].claim.voice is Voice.PUBLISHER


@pytest.mark.parametrize("mode", ["speaker", "either"])
def test_the_subjects_stance_act_is_its_claim(nlp, monkeypatch, mode) -> None:
    graph = story(nlp, PROTEST, mode, monkeypatch)
    (claim,) = graph.claims
    assert claim.claimer == "venezuela" and claim.claim.voice is Voice.ATTRIBUTED
    assert "narrated_subject" in claim.claim.rule.split("+")


def test_an_act_that_is_no_stance_stays_the_outlets(nlp, monkeypatch) -> None:
    graph = story(nlp, DISMISSED, "speaker", monkeypatch)
    assert "turkey" not in [c.claimer for c in graph.claims]
