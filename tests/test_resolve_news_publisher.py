"""A news outlet's own narration kept as its claim (:data:`kg.resolve.NEWS_PUBLISHER`, round 37,
alleg38; ``"joined"``, turned on by the lead): ``"charges"`` keeps a news story's
``author_voice`` charge as the outlet's, in the publisher voice; ``"all"`` its
``address_speech`` assertions too; ``"joined"`` those assertions joining the story's charge but
never opening it.  The texts are constructed (no gold line of either benchmark); the build's
parser reads every family (``gate=False``)."""

from __future__ import annotations

import pytest

import kg.resolve as resolve_module
import kg.resolve.allegations as allegations_module
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance, Voice
from kg.resolve import graph as graph_module
from kg.resolve import resolve
from kg.resolve import voice as voice_module

CHARGE = (
    "North Korea has detained several foreign citizens on trumped up charges in recent years. "
    "The families of the detainees say they are innocent."
)
# the outlet's own account first, then the police's assertion, which names no state
ACCOUNT = (
    "The two women smeared a nerve agent on the face of the half-brother of North Korean "
    "leader Kim Jong Un at the airport. "
    "Malaysian police say the two women had been trained. "
    "Malaysian officials say they are looking for additional suspects."
)
# the outlet's charge, then a speaker's assertion that opens the story's own charge
BOTH = (
    "North Korea has detained several foreign citizens on trumped up charges in recent years. "
    "Malaysian police say the two women suspected of poisoning the half-brother of North "
    "Korean leader Kim Jong Un had been trained."
)


def story(
    nlp, text: str, mode: str | None, monkeypatch, outlet="Voice of America"
) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", mode)
    article = Article("doc", text, "https://www.voanews.com/a/story.html", outlet=outlet)
    return resolve(extract(nlp(text), article, gate=False))


def outlet_claims(graph: DocumentGraph) -> list:
    return [c for c in graph.claims if c.claimer == "voice-of-america"]


def test_off_a_news_storys_own_sentence_is_no_claim(nlp, monkeypatch) -> None:
    assert outlet_claims(story(nlp, CHARGE, None, monkeypatch)) == []
    assert outlet_claims(story(nlp, ACCOUNT, None, monkeypatch)) == []


@pytest.mark.parametrize("mode", ["charges", "all", "joined"])
def test_the_storys_own_charge_is_the_outlets(nlp, monkeypatch, mode) -> None:
    graph = story(nlp, CHARGE, mode, monkeypatch)
    (claim,) = outlet_claims(graph)
    assert claim.claim.stance is Stance.ACCUSE and claim.claim.voice is Voice.PUBLISHER
    assert claim.targets == ("north-korea",)
    (allegation,) = graph.allegations
    assert allegation.accused == ("north-korea",) and claim.id in allegation.claims


def test_an_outlet_the_gazetteer_does_not_know_makes_none_without_unknown_outlets(
    nlp, monkeypatch
) -> None:
    monkeypatch.setattr(voice_module, "UNKNOWN_OUTLETS", False)
    graph = story(nlp, CHARGE, "joined", monkeypatch, outlet="The Example Gazette")
    assert [c for c in graph.claims if c.claim.voice is Voice.PUBLISHER] == []


def test_an_outlet_the_gazetteer_does_not_know_is_an_outlet_with_unknown_outlets(
    nlp, monkeypatch
) -> None:
    # round 41, alleg52: an unknown publisher that is no official body is read as a news outlet
    monkeypatch.setattr(voice_module, "UNKNOWN_OUTLETS", True)
    graph = story(nlp, CHARGE, "joined", monkeypatch, outlet="The Example Gazette")
    (claim,) = [c for c in graph.claims if c.claim.voice is Voice.PUBLISHER]
    assert claim.claim.stance is Stance.ACCUSE and claim.targets == ("north-korea",)


def test_charges_keeps_no_assertion_of_the_outlet(nlp, monkeypatch) -> None:
    assert outlet_claims(story(nlp, ACCOUNT, "charges", monkeypatch)) == []


def test_all_lets_the_outlets_assertion_open_the_charge_joined_does_not(nlp, monkeypatch) -> None:
    # (the police's assertions join the outlet's charge under allegations.NEWS_ANY_SPEAKER
    # "outlet", round 42: set off here, where the outlet's opening is the matter)
    monkeypatch.setattr(allegations_module, "NEWS_ANY_SPEAKER", None)
    opened = story(nlp, ACCOUNT, "all", monkeypatch)
    (claim,) = outlet_claims(opened)
    assert claim.claim.stance is Stance.ASSERT and claim.claim.voice is Voice.PUBLISHER
    (allegation,) = opened.allegations
    assert allegation.accused == ("north-korea",) and allegation.claims == (claim.id,)
    monkeypatch.setattr(graph_module, "KEEP_UNJOINED_OUTLET", True)
    joined = story(nlp, ACCOUNT, "joined", monkeypatch)
    assert len(outlet_claims(joined)) == 1  # kept, to join a charge: it opens none
    assert joined.allegations == ()
    # round 38 (kg.resolve.graph.KEEP_UNJOINED_OUTLET off): joining none, it leaves the graph
    monkeypatch.setattr(graph_module, "KEEP_UNJOINED_OUTLET", False)
    assert outlet_claims(story(nlp, ACCOUNT, "joined", monkeypatch)) == []


def test_the_outlets_charge_does_not_stop_the_speakers_assertions_opening_theirs(
    nlp, monkeypatch
) -> None:
    graph = story(nlp, BOTH, "charges", monkeypatch)
    by_claimer = {c.claimer: c.allegation for c in graph.claims if c.allegation is not None}
    assert set(by_claimer) == {"voice-of-america", "malaysian-police"}
    assert by_claimer["voice-of-america"] != by_claimer["malaysian-police"]
    assert {a.accused for a in graph.allegations} == {("north-korea",)}


@pytest.mark.parametrize(
    "sentence",
    [
        # the official families' news-report sentences (tests/test_extract_claims_official_*.py)
        "The list of children killed by Russian strikes since February 24 already includes "
        "more than two hundred and sixty names.",
        "Five more missiles hit a peaceful city.",
        "The occupiers blew up the bridge. Mariupol has been under blockade for weeks.",
    ],
)
def test_a_known_outlets_own_charge_is_its_own_never_an_officials(
    nlp, monkeypatch, sentence: str
) -> None:
    graph = story(nlp, sentence, "joined", monkeypatch, outlet="Reuters")
    charges = [c for c in graph.claims if c.claim.stance is not Stance.ASSERT]
    assert charges and all(
        c.claimer == "reuters" and c.claim.voice is Voice.PUBLISHER for c in charges
    )
    assert story(nlp, sentence, None, monkeypatch, outlet="Reuters").claims == ()
