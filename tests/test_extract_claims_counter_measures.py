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


@pytest.mark.parametrize(
    "text",
    [
        "A State Department official said the United States will not tolerate or support any "
        "attempt to divide the province.",
        "The minister said Ankara will not accept or tolerate any attack on its soldiers.",
    ],
)
def test_not_tolerated_with_the_object_on_a_conjoined_verb_is_a_threat(
    nlp: Language, text: str
) -> None:
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.THREATEN]


def test_a_refusal_conjoined_with_or_is_no_threat(nlp: Language) -> None:
    text = "The minister said Ankara will not discuss or support the peace plan."
    assert Stance.THREATEN not in [s for _, s, _ in stances_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            'The ambassador said Tokyo and its allies risk "long-term damage" over the dispute.',
            "Tokyo",
        ),
        (
            "Beijing said Manila risks serious consequences if it continues to send ships to "
            "the shoal.",
            "Manila",
        ),
    ],
)
def test_a_penalty_another_side_is_told_it_risks_threatens_it(
    nlp: Language, text: str, target: str
) -> None:
    assert (Stance.THREATEN, [target]) in [(s, t) for _, s, t in stances_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Tokyo risks long-term damage to its economy.",  # a commentator
        "The minister said farmers risk serious damage to their crops.",  # no actor
        "The minister said the region risks war.",
    ],
)
def test_risks_forecast_or_run_by_no_actor_threaten_nobody(nlp: Language, text: str) -> None:
    assert Stance.THREATEN not in [s for _, s, _ in stances_of(nlp, text)]


def test_not_tolerated_whose_doing_the_parser_lost_is_still_a_threat(nlp: Language) -> None:
    text = (
        "The Pentagon has said interfering with the passage of tankers through the gulf will "
        "not be tolerated."
    )
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.THREATEN]
