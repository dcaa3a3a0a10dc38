"""Threats without "threaten" (issue 12, round 16): counter-measures the speaker's side
makes hang on another side's act, weapons moved as forces ("would deploy more missiles if
NATO expands") and commitments left with a phrasal verb ("will back out of the accords if
..."); each with negative cases beside it.

News sentences in the register of wire copy about disputes, in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import stances_of


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Russian officials said Russia would deploy more missiles if NATO expands eastward.",
            "NATO",
        ),
        (
            "Moscow said that if Washington went ahead with its missile shield, Russia could "
            "deploy more offensive weapons.",
            "Washington",
        ),
        (
            "Russian generals said they would deploy short-range rockets in the enclave if "
            "Washington goes ahead with the radar base.",
            "Washington",
        ),
    ],
)
def test_weapons_deployed_on_another_sides_act_threaten_it(
    nlp: Language, text: str, target: str
) -> None:
    assert (Stance.THREATEN, [target]) in [(s, t) for _, s, t in stances_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Russian officials said they will back out of key arms control agreements if the "
            "United States continues such efforts.",
            "United States",
        ),
        (
            "The Iranian foreign minister said Iran would pull out of the nuclear deal if Europe "
            "fails to protect its trade.",
            "Europe",
        ),
    ],
)
def test_a_commitment_left_out_of_on_another_sides_act_threatens_it(
    nlp: Language, text: str, target: str
) -> None:
    assert (Stance.THREATEN, [target]) in [(s, t) for _, s, t in stances_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a commentator's forecast of another side's move
        "Analysts said NATO would deploy more missiles if Russia expands its arsenal.",
        # another side's move told by the speaker
        "Russian officials said NATO would deploy more missiles if Ukraine joins the alliance.",
        # a move ruled out is an offer
        "Russian officials said Russia would not deploy more missiles if Washington scraps the "
        "shield.",
        # no commitment between states left
        "The company said it would pull out of the joint venture if the government raises taxes.",
        # a condition naming nobody
        "Officials said the troops would be deployed to the border if the floods worsen.",
    ],
)
def test_forecasts_offers_and_other_leavings_threaten_nobody(nlp: Language, text: str) -> None:
    assert Stance.THREATEN not in [s for _, s, _ in stances_of(nlp, text)]
