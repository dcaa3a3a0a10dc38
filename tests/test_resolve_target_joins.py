"""A news speaker's assertion whose resolved targets name the accused of one of its story's
charges joins that charge (:data:`kg.resolve.allegations.TARGET_JOINS`, round 41, alleg51).  The
texts are CONSTRUCTED on the shape of development wire stories (a former official's "He said the
half-brother of North Korean leader Kim Jong Un was murdered to stop ..."), with other countries'
names: no gold sentence is quoted."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import allegations, resolve

STORY = (
    "The United States on Monday accused Belarus of jailing the activist Ales Bialiatski to "
    "silence him. Analyst John Smith said Belarus fears the opposition before the vote."
)
UNNAMED = (
    "The United States on Monday accused Belarus of jailing the activist Ales Bialiatski to "
    "silence him. Analyst John Smith said the opposition fears the vote."
)


def story(nlp, text: str, on: bool, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(allegations, "TARGET_JOINS", on)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def joined(graph: DocumentGraph) -> bool:
    told = [c.id for c in graph.claims if c.claimer == "john-smith"]
    return bool(told) and any(told[0] in a.claims for a in graph.allegations)


def test_an_assertion_about_the_accused_joins_its_charge(nlp, monkeypatch) -> None:
    assert joined(story(nlp, STORY, True, monkeypatch))


def test_off_it_joins_nothing(nlp, monkeypatch) -> None:
    assert not joined(story(nlp, STORY, False, monkeypatch))


def test_an_assertion_naming_no_accused_joins_nothing(nlp, monkeypatch) -> None:
    assert not joined(story(nlp, UNNAMED, True, monkeypatch))
