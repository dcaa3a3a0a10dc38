"""A news speaker's assertion that tells a hostile act of its story's accused as a fact joins the
story's charge against that accused (:data:`kg.resolve.allegations.ACTED_JOINS`, round 41,
alleg50).  The texts are CONSTRUCTED on the shape of development wire stories (a speaker's "after
Russian forces seized the ships", an activist's "Authorities ... beat him"), with other
countries' names: no gold sentence is quoted."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import allegations, resolve

STORY = (
    "The United States on Monday accused Belarus of jailing the activist Ales Bialiatski to "
    "silence him. His wife Natalia Pinchuk said police broke into their home in July and took "
    "him away."
)
PASSIVE = (
    "The United States on Monday accused Belarus of jailing the activist Ales Bialiatski to "
    "silence him. His wife Natalia Pinchuk said he was taken away in July."
)


def story(nlp, text: str, on: bool, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(allegations, "ACTED_JOINS", on)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def joined(graph: DocumentGraph) -> bool:
    told = [c.id for c in graph.claims if c.claimer == "natalia-pinchuk"]
    return bool(told) and any(told[0] in a.claims for a in graph.allegations)


def test_the_police_act_joins_the_charge(nlp, monkeypatch) -> None:
    assert joined(story(nlp, STORY, True, monkeypatch))


def test_off_it_joins_nothing(nlp, monkeypatch) -> None:
    assert not joined(story(nlp, STORY, False, monkeypatch))


def test_a_passive_act_joins_nothing(nlp, monkeypatch) -> None:
    assert not joined(story(nlp, PASSIVE, True, monkeypatch))


def test_the_doer_before_the_act() -> None:
    assert allegations._acted_doer("Authorities last March brutally beat Ales") == ("", True)
    assert allegations._acted_doer("Russian forces seized the ships") == ("Russian", True)
    assert allegations._acted_doer("he was arrested by police") is None
    assert allegations._acted_doer("officials would have beaten his wife") is None
