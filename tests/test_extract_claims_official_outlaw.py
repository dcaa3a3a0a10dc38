"""An official's own prose, round 17 (issue 13): the other side's fighters named by an outlaw
label ("nationalist battalions", "neo-Nazi units", "militants of nationalist groups") are the
doers of the hostile acts a readout or transcript narrates; weapons made to attack with
("heavy weapons", "attack drones"), or a weapon a clause bans, used by the other side are a
charge; and an act conjoined under an intent ("they want to encircle and destroy the
town") is its subject's (:mod:`kg.extract.claims.prose`: ``_outlawed``, ``_offensive``,
``_in_violation``).  The historical "Nazis", the speaker's own side, parties that win
elections and defensive wording charge no one.

Sentences are written for these tests, in the register of a statement, an address or a
readout; none is in a gold part of ``benchmarks/``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from kg.nlp import load_pipeline
from tests.claim_helpers import ADDRESS, KREMLIN, READOUT, UKRAINE, assert_in_no_gold_part
from tests.claim_helpers import official_graph as build
from tests.claim_helpers import official_prose as prose

ACCUSE = Stance.ACCUSE.value


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    "sentence",
    [
        "The nationalist battalions are shelling the suburbs of the city every night.",
        "The neo-Nazi units are holding the residents of three villages hostage.",
        "The militants of nationalist groups are using the hospital staff as a human shield.",
        "It was noted that nationalist formations continue to shell residential quarters.",
    ],
)
def test_outlaw_labels_are_the_other_sides_fighters(nlp: Language, sentence: str) -> None:
    graph = build(nlp, READOUT + sentence, KREMLIN)
    assert prose(graph, sentence[:-1]) == [("russia", ACCUSE, ("ukraine",))]


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        (
            "Thus the Ukrainian army is using heavy artillery and attack drones near the line.",
            KREMLIN,
        ),
        (
            "The Ukrainian armed forces employed drones in violation of the ceasefire terms.",
            KREMLIN,
        ),
        (
            "The occupiers are using heavy weapons against the residential areas of the town.",
            UKRAINE,
        ),
        ("They want to encircle and destroy the small town on the river.", UKRAINE),
    ],
)
def test_weapons_of_attack_and_intended_acts_are_charged(
    nlp: Language, sentence: str, outlet: str
) -> None:
    opening, charged = (READOUT, "ukraine") if outlet == KREMLIN else (ADDRESS, "russia")
    graph = build(nlp, opening + sentence, outlet)
    claimer = "russia" if outlet == KREMLIN else "ukraine"
    assert prose(graph, sentence[:-1]) == [(claimer, ACCUSE, (charged,))]


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        ("Our defenders used heavy weapons to stop the offensive near the town.", UKRAINE),
        ("Our army uses strike drones against military targets only.", KREMLIN),
        ("Nationalist parties won the regional election by a wide margin.", KREMLIN),
        ("The units of the national guard are helping residents to evacuate.", KREMLIN),
    ],
)
def test_no_charge(nlp: Language, sentence: str, outlet: str) -> None:
    opening = READOUT if outlet == KREMLIN else ADDRESS
    graph = build(nlp, opening + sentence, outlet)
    assert prose(graph, sentence[:-1]) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=11)
