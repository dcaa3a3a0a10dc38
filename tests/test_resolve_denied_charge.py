"""A news story's denial told by a pronoun right after the charge it answers ("..., a charge he
denies") is the charged actor's denial and joins the allegation of the charge
(:data:`kg.resolve.narrated_charge.DENIED_CHARGE`, round 40, alleg47).  The texts are
constructed (no development text of the corpus holds the form); the build's parser reads every
family (``gate=False``)."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import narrated_charge, resolve

DENIED = (
    "Fighting broke out again in the capital on Monday. Former Prime Minister Jose Ramos was "
    "summoned for questioning about allegations he formed a hit squad to eliminate his political "
    "rivals, a charge he denies. The opposition says Ramos armed the militia."
)


def story(nlp, text: str, on: bool, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(narrated_charge, "DENIED_CHARGE", on)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def denials(graph: DocumentGraph) -> list:
    return [c for c in graph.claims if c.claim.stance is Stance.DENY]


def test_off_the_pronoun_is_dropped(nlp, monkeypatch) -> None:
    assert not denials(story(nlp, DENIED, False, monkeypatch))


def test_the_charged_person_denies_and_joins_the_charge(nlp, monkeypatch) -> None:
    graph = story(nlp, DENIED, True, monkeypatch)
    (denial,) = denials(graph)
    assert denial.claimer == "jose-ramos"
    (allegation,) = [a for a in graph.allegations if denial.id in a.claims]
    assert allegation.accused == ("jose-ramos",) and len(allegation.claims) == 2


def test_a_denial_that_follows_no_charge_is_untouched(nlp, monkeypatch) -> None:
    text = "The United States accused Iran of arming the rebels. Iran said it denied the charge."
    graph = story(nlp, text, True, monkeypatch)
    assert [c.claimer for c in denials(graph)] == ["iran"]
