"""A news speaker's assertion that names the charged act of its story's charge joins it, even when
the speaker is of the accused's side (:data:`kg.resolve.allegations.CHARGED_ACT_JOINS`, round 40,
alleg48).  The text is CONSTRUCTED on the shape of an in-sample part's wire story (a deposed
president's "forced from office in a coup" after his successor's denial), with another country's
names: no gold sentence is quoted."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import allegations, resolve

STORY = (
    "Madagascar's new leader Andry Rajoelina on Tuesday denied that he was behind any coup "
    "attempt. Former President Marc Ravalomanana told supporters on Wednesday that he was forced "
    "from office in a coup and that Rajoelina should step down."
)
UNRELATED = (
    "Madagascar's new leader Andry Rajoelina on Tuesday denied that he was behind any coup "
    "attempt. Former President Marc Ravalomanana told supporters on Wednesday that the economy "
    "had grown and that Rajoelina should step down."
)


def story(nlp, text: str, on: bool, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(allegations, "CHARGED_ACT_JOINS", on)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def asserted(graph: DocumentGraph) -> str:
    (claim,) = [c for c in graph.claims if c.claimer == "marc-ravalomanana"]
    return claim.id


def test_the_assertion_naming_the_coup_joins_the_coup_charge(nlp, monkeypatch) -> None:
    graph = story(nlp, STORY, True, monkeypatch)
    (charge,) = graph.allegations
    assert charge.accused == ("andry-rajoelina",)
    assert asserted(graph) in charge.claims


def test_off_it_joins_nothing(nlp, monkeypatch) -> None:
    graph = story(nlp, STORY, False, monkeypatch)
    assert all(asserted(graph) not in a.claims for a in graph.allegations)


def test_an_assertion_naming_no_charged_act_joins_nothing(nlp, monkeypatch) -> None:
    graph = story(nlp, UNRELATED, True, monkeypatch)
    assert all(asserted(graph) not in a.claims for a in graph.allegations)


def test_the_acts_are_stemmed_as_content_words() -> None:
    assert {"coup", "treason", "putsch"} <= allegations.CHARGED_ACTS


SALIENT = (
    "The United States on Monday accused China of jailing the activist Hu Jia to silence him. "
    "Hu's wife Zeng Jinyan said the family had suffered persecution for years."
)


def joined_salient(nlp, on: bool, monkeypatch) -> bool:
    monkeypatch.setattr(allegations, "CHARGED_ACT_SALIENT", on)
    graph = story(nlp, SALIENT, True, monkeypatch)
    (charge,) = graph.allegations
    (claim,) = [c for c in graph.claims if c.claimer == "zeng-jinyan"]
    return claim.id in charge.claims


def test_an_act_no_charge_names_joins_the_salient_charge(nlp, monkeypatch) -> None:
    # CHARGED_ACT_SALIENT: "persecution" is no word of the charge "jailing the activist ..."
    assert joined_salient(nlp, True, monkeypatch)
    assert not joined_salient(nlp, False, monkeypatch)
