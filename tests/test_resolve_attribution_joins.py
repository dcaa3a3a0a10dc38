"""A news accusation that only attributes an act ("the findings of an inquiry that attributes the
attack to North Korea are compelling") joins the story's charge against the same accused
(:data:`kg.resolve.allegations.ATTRIBUTION_JOINS`, round 40, alleg47).  The text is
CONSTRUCTED on the shape of a wire story's opening that the allegations development part
``blind23`` holds (its sentences are claims gold in ``dev6``, which no test may quote)."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import allegations, resolve

STORY = (
    "The United States on Wednesday rejected a call by Iran for a new investigation of the "
    "downing of an American drone in June that Washington blames on Tehran. The U.S. said the "
    'findings of an American inquiry that attributes the attack to Iran are "compelling."'
)


def story(nlp, on: bool, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(allegations, "ATTRIBUTION_JOINS", on)
    article = Article(
        "doc", STORY, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(STORY), article, gate=False))


def charges(graph: DocumentGraph) -> list:
    return [a for a in graph.allegations if "iran" in a.accused]


def test_the_attributing_accusation_joins_the_storys_charge(nlp, monkeypatch) -> None:
    graph = story(nlp, True, monkeypatch)
    accusing = [c for c in graph.claims if c.claim.stance is Stance.ACCUSE]
    assert len(accusing) == 2
    (charge,) = charges(graph)
    assert {c.id for c in accusing} <= set(charge.claims)


def test_off_it_opens_its_own(nlp, monkeypatch) -> None:
    assert len(charges(story(nlp, False, monkeypatch))) == 2
