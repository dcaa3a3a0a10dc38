"""A charge a news story reports in the passive or as a noun is the outlet's accusation of the
charged actor (:data:`kg.resolve.narrated_charge.NARRATED_CHARGE`, round 39, alleg46).  The
texts are constructed; the build's parser reads every family (``gate=False``)."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance, Voice
from kg.resolve import narrated_charge, resolve

BLAMED = (
    "Violence continued in the capital on Tuesday. Prime Minister Mari Alkatiri faces growing "
    "pressure to resign. He is blamed for mishandling the army's revolt."
)
EXPELLED = (
    "Fiji expelled a diplomat on Monday. "
    "In June 2007 High Commissioner Michael Green was expelled after being accused of "
    "interfering in the country's domestic affairs."
)
FACING = (
    "Rogerio Lobato, a former interior minister and an ally of Mr. Alkatiri, is also facing "
    "charges of arming civilians."
)
NOT_CHARGED = "Prime Minister Mari Alkatiri was not accused of anything by the court."


def story(nlp, text: str, on: bool, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(narrated_charge, "NARRATED_CHARGE", on)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def charges(graph: DocumentGraph) -> list:
    return [c for c in graph.claims if "narrated_charge" in c.claim.rule.split("+")]


def test_off_no_charge_is_read(nlp, monkeypatch) -> None:
    assert not charges(story(nlp, BLAMED, False, monkeypatch))


def test_a_passive_blame_is_the_outlets_accusation_of_him(nlp, monkeypatch) -> None:
    graph = story(nlp, BLAMED, True, monkeypatch)
    (claim,) = charges(graph)
    assert claim.claimer == "voice-of-america" and claim.claim.voice is Voice.PUBLISHER
    assert claim.claim.stance is Stance.ACCUSE and claim.targets == ("mari-alkatiri",)
    # it opens the story's charge
    assert any(claim.id in a.claims and "mari-alkatiri" in a.accused for a in graph.allegations)


def test_being_accused_of_names_the_subject(nlp, monkeypatch) -> None:
    (claim,) = charges(story(nlp, EXPELLED, True, monkeypatch))
    assert claim.targets == ("michael-green",)


def test_facing_charges_names_the_apposed_person_not_the_associate(nlp, monkeypatch) -> None:
    (claim,) = charges(story(nlp, FACING, True, monkeypatch))
    assert claim.targets == ("rogerio-lobato",)


def test_a_negated_charge_is_none(nlp, monkeypatch) -> None:
    assert not charges(story(nlp, NOT_CHARGED, True, monkeypatch))
