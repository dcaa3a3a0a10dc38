"""Criticism without a critical verb (round 13, branch ``critic13``): another party's offer
or demand turned down ("dismissed the rebels' offer", "brushed aside the Russian proposal";
the claims guide's settled point 3), objecting ("objects to the deployment of X"), trust
lost or withheld ("has lost confidence in the government", "can no longer trust X", "X
could not be counted on").  And the precision checks: a proposal of nobody named, an
allegation dismissed (a denial), trust in one's own side or in a thing.

The sentences are wire-copy style reports written for these tests, in no gold part of
``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import stances_of


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "The government in Khartoum dismissed the rebels' offer of a ceasefire.",
            "The government",
            ["the rebels"],
        ),
        ("Kiev brushed aside the Russian proposal for talks.", "Kiev", ["Russian"]),
        (
            "Beijing on Tuesday rejected Washington's proposal for new trade talks.",
            "Beijing",
            ["Washington"],
        ),
        (
            "The insurgents rebuffed an offer of negotiations from the government.",
            "The insurgents",
            ["the government"],
        ),
        (
            "Iran rejected U.S. calls for a halt to uranium enrichment.",
            "Iran",
            ["U.S."],
        ),
        (
            "Israel rejected the peace plan put forward by the Arab League.",
            "Israel",
            ["Arab League"],
        ),
    ],
)
def test_offer_turned_down_criticizes_its_owner(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet rejected the proposal after a long debate.",  # nobody's offer named
        "The spokesman rejected calls for the president's resignation.",
        "The committee rejected its own proposal on Friday.",
    ],
)
def test_offer_of_nobody_named_is_no_claim(nlp: Language, text: str) -> None:
    assert stances_of(nlp, text) == []


def test_dismissed_allegation_stays_a_denial(nlp: Language) -> None:
    found = stances_of(nlp, "China rejected the Japanese allegations on Monday.")
    assert [s for _, s, _ in found] == [Stance.DENY]


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        ("Russia objects to the deployment of U.S. missiles in Poland.", "Russia", ["U.S."]),
        ("Moscow objected to NATO's decision to admit the two states.", "Moscow", ["NATO"]),
        (
            "China strongly objected to the Japanese prime minister's visit to the shrine.",
            "China",
            ["Japanese"],
        ),
    ],
)
def test_objecting_criticizes(nlp: Language, text: str, claimer: str, target: list[str]) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "The opposition leader has lost confidence in the government.",
            "The opposition leader",
            ["the government"],
        ),
        ("Many Afghans have lost faith in the Kabul government.", "Afghans", ["Kabul"]),
        ("Seoul said it had lost trust in Pyongyang.", "Seoul", ["Pyongyang"]),
        ("The minister said Washington could not be counted on.", "The minister", ["Washington"]),
        (
            "The opposition leader said Tehran cannot be trusted.",
            "The opposition leader",
            ["Tehran"],
        ),
        (
            "Kurdish leaders said they could not rely on the United States.",
            "Kurdish leaders",
            ["United States"],
        ),
        (
            "Officials said they can no longer trust the Iranian leadership.",
            "Officials",
            ["Iranian"],
        ),
    ],
)
def test_trust_withheld_criticizes(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said we trust our armed forces.",  # trust given, not withheld
        "He said he does not trust the figures.",  # a thing, nobody's
        "Analysts said the data could not be relied upon.",
    ],
)
def test_trust_without_a_distrusted_party_asserts(nlp: Language, text: str) -> None:
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.ASSERT]


def test_confidence_lost_in_nobody_is_no_criticism(nlp: Language) -> None:
    text = "We lost confidence for only one moment, and it cost us the initiative."
    assert Stance.CRITICIZE not in [s for _, s, _ in stances_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        ("India opposes Pakistan's plan to hold elections in the region.", "India", ["Pakistan"]),
        ("The Kremlin opposes the U.S. missile shield in Europe.", "Kremlin", ["U.S."]),
        ("That would be a step backwards, and we strongly oppose it.", "we", ["it"]),
    ],
)
def test_opposing_an_act_criticizes(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government opposes violence in all its forms.",
        "The ministers said they would oppose economic coercion.",
    ],
)
def test_opposing_a_general_aim_asserts(nlp: Language, text: str) -> None:
    assert Stance.CRITICIZE not in [s for _, s, _ in stances_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The exile groups that oppose military rule met in Bangkok on Sunday.",
        "Our army has been opposing the overwhelming forces of the invader for weeks.",
    ],
)
def test_opposing_as_description_or_resistance_is_no_criticism(nlp: Language, text: str) -> None:
    assert Stance.CRITICIZE not in [s for _, s, _ in stances_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "criticizes"),
    [
        ("The foreign minister also had sharp words for Washington.", True),
        ("The president had kind words for the Japanese prime minister.", False),
    ],
)
def test_harsh_words_for_criticize(nlp: Language, text: str, criticizes: bool) -> None:
    assert (Stance.CRITICIZE in [s for _, s, _ in stances_of(nlp, text)]) is criticizes


def test_a_legislature_voting_down_a_proposal_is_no_claim(nlp: Language) -> None:
    assert stances_of(nlp, "The senate rejected the president's proposal for new tariffs.") == []
