"""An official's own prose, round 12 (issue 13): acts of devastation ("they blew up the
bridge", "schools are being burned down", "the port was mined") and a place under siege or
fire ("Mariupol has been under blockade for weeks", "the city is under constant fire from the
occupiers") are the issuer's accusations (:mod:`kg.extract.claims.prose`, ``_devastates`` and
``_besieged``), and so is such an act in a readout's impersonal report ("It was emphasised
that the Ukrainian army blew up the bridge"); a news report keeps none of them, goods
("mined cryptocurrency"), the speaker's own acts, the other side's losses, a hypothetical
and an abstract "under attack" charge no one.

Sentences are written for these tests, in the register of a statement, an address or a
readout; none is in a gold part of ``benchmarks/``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.model import Stance
from kg.nlp import load_pipeline
from tests.claim_helpers import official_graph as build
from tests.claim_helpers import official_prose as prose

UKRAINE = "President of Ukraine"
KREMLIN = "President of Russia"
STATE = "U.S. Department of State"
ACCUSE = Stance.ACCUSE.value
#: An opening that names the other side twice, as an address does (the adversary).
ADDRESS = "The President spoke about Russia and the Russian sanctions on Sunday. "
READOUT = "The President spoke about Ukraine and the Ukrainian forces. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    "sentence",
    [
        "The occupiers blew up the bridge over the river.",
        "Grain warehouses and schools are being blown up.",
        "They burned down the village school.",
        "The port was mined.",
        "The Russian military mined the fields around the village.",
        "Civilians were slaughtered in the village.",
    ],
)
def test_devastation_charges_the_other_side(nlp: Language, sentence: str) -> None:
    graph = build(nlp, ADDRESS + sentence, UKRAINE)
    assert prose(graph, sentence[:-1]) == [("ukraine", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "We blew up the enemy depot.",
        "Russian ammunition depots were blown up.",
        "The fire burned for hours.",
        "The wind blew the roof off.",
    ],
)
def test_own_acts_losses_and_nature_are_no_charge(nlp: Language, sentence: str) -> None:
    assert prose(build(nlp, ADDRESS + sentence, UKRAINE), sentence[:-1]) == []


def test_goods_mined_or_burned_are_no_charge(nlp: Language) -> None:
    text = (
        "North Korea and North Korean hackers are the subject of this statement. "
        "North Korean hackers mined cryptocurrency worth millions. The regime burned fuel."
    )
    assert [c for c in build(nlp, text, STATE).claims if "official_prose" in c.claim.rule] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mariupol has been under complete blockade for three weeks.",
        "The city is under constant fire from the occupiers.",
        "Kyiv is under missile strikes again.",
        "The people of Mariupol, which is under constant shelling, need water.",
        "Millions of Ukrainians live under Russian occupation.",
    ],
)
def test_a_place_under_siege_charges_the_besieger(nlp: Language, sentence: str) -> None:
    graph = build(nlp, ADDRESS + sentence, UKRAINE)
    assert prose(graph, sentence[:-1]) == [("ukraine", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our soldiers came under fire near Izium.",
        "Russian troops are under fire near Kherson.",
        "Democracy is under attack.",
        "The city could be under siege soon.",
        "Kharkiv is not under siege.",
    ],
)
def test_troops_abstractions_and_suppositions_are_not_besieged(
    nlp: Language, sentence: str
) -> None:
    assert prose(build(nlp, ADDRESS + sentence, UKRAINE), sentence[:-1]) == []


def test_a_readouts_impersonal_report_reads_as_its_prose(nlp: Language) -> None:
    sentence = "It was emphasised that the Ukrainian army blew up the bridge near the city."
    graph = build(nlp, READOUT + sentence, KREMLIN)
    assert prose(graph, "blew up the bridge") == [("russia", ACCUSE, ("ukraine",))]


def test_a_news_report_keeps_none_of_them(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    text = ADDRESS + "The occupiers blew up the bridge. Mariupol has been under blockade for weeks."
    assert [c for c in build(nlp, text, "Reuters").claims if "official_prose" in c.claim.rule] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has become a terrorist state.",
        "It is time to recognize the Russian Federation as a terrorist state.",
        "Russia must be recognized as a state sponsor of terrorism.",
        "The recognition of Russia as a sponsor of terrorism is very important.",
    ],
)
def test_an_outlaw_label_the_world_is_asked_to_recognize(nlp: Language, sentence: str) -> None:
    graph = build(nlp, ADDRESS + sentence, UKRAINE)
    assert prose(graph, sentence[:-1]) == [("ukraine", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has become the target of aggression.",
        "Moscow recognized the separatist republics as independent states.",
        "We will never recognize Russia as a partner.",
        "Ukraine has become a symbol of courage.",
        "Russia has become a global economic and financial pariah.",
    ],
)
def test_no_outlaw_label_or_a_third_partys_recognition(nlp: Language, sentence: str) -> None:
    assert prose(build(nlp, ADDRESS + sentence, UKRAINE), sentence[:-1]) == []
