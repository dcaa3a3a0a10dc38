"""A news story's own narration of a state's repressive act against a person is the outlet's
accusation of that state (:data:`kg.resolve.narrated_act.NARRATED_ACT`, round 38, alleg41).
The texts are constructed (the corpus's news texts that hold such sentences are all gold texts
of the allegations benchmark); the build's parser reads every family (``gate=False``)."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance, Voice
from kg.resolve import graph as graph_module
from kg.resolve import narrated_act, resolve

DETAINED = (
    "After the election, authorities placed the opposition leader Ales Bialiatski under house "
    "arrest. Belarus has not said how long he will be held. Belarus denies any wrongdoing."
)
SENTENCED = (
    "Belarus has long faced criticism from rights groups. "
    "Ales Bialiatski was sentenced to ten years in prison in Belarus in March."
)
SUSPECTS = (
    "Belarusian police arrested two suspects in the bombing of the Minsk subway. "
    "Belarus said the two had confessed."
)
OWN_STATE = "U.S. authorities arrested the activist John Miller in Texas on Monday."


def story(nlp, text: str, on: bool, monkeypatch) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(narrated_act, "NARRATED_ACT", on)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def acts(graph: DocumentGraph) -> list:
    return [c for c in graph.claims if "narrated_act" in c.claim.rule.split("+")]


def test_off_the_narration_stays_the_outlets_assertion(nlp, monkeypatch) -> None:
    monkeypatch.setattr(graph_module, "KEEP_UNJOINED_OUTLET", True)
    graph = story(nlp, DETAINED, False, monkeypatch)
    assert not acts(graph)
    outlet = [c for c in graph.claims if c.claimer == "voice-of-america"]
    assert outlet and all(c.claim.stance is Stance.ASSERT for c in outlet)


def test_the_states_act_is_the_outlets_accusation_of_it(nlp, monkeypatch) -> None:
    graph = story(nlp, DETAINED, True, monkeypatch)
    (claim,) = acts(graph)
    assert claim.claimer == "voice-of-america" and claim.claim.voice is Voice.PUBLISHER
    assert claim.claim.stance is Stance.ACCUSE and claim.targets == ("belarus",)
    # it opens the story's charge
    assert any(claim.id in a.claims and "belarus" in a.accused for a in graph.allegations)


def test_an_agentless_passive_accuses_the_storys_state(nlp, monkeypatch) -> None:
    (claim,) = acts(story(nlp, SENTENCED, True, monkeypatch))
    assert claim.targets == ("belarus",)


def test_a_suspects_arrest_is_no_accusation(nlp, monkeypatch) -> None:
    assert not acts(story(nlp, SUSPECTS, True, monkeypatch))


def test_the_outlet_does_not_accuse_its_own_state(nlp, monkeypatch) -> None:
    assert not acts(story(nlp, OWN_STATE, True, monkeypatch))


def test_an_outlets_unjoined_assertion_may_leave_the_graph(nlp, monkeypatch) -> None:
    text = "The Minsk subway reopened on Monday after repairs. Trains run every five minutes."
    monkeypatch.setattr(graph_module, "KEEP_UNJOINED_OUTLET", True)
    kept = story(nlp, text, False, monkeypatch)
    assert [c for c in kept.claims if c.claimer == "voice-of-america"]
    monkeypatch.setattr(graph_module, "KEEP_UNJOINED_OUTLET", False)
    dropped = story(nlp, text, False, monkeypatch)
    assert not [c for c in dropped.claims if c.claimer == "voice-of-america"]


def test_an_outlets_joined_claim_stays(nlp, monkeypatch) -> None:
    monkeypatch.setattr(graph_module, "KEEP_UNJOINED_OUTLET", False)
    graph = story(nlp, DETAINED, True, monkeypatch)
    assert acts(graph)
