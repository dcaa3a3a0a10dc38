"""Threats told as plans and announcements (round 13, second pass): relations frozen or
put on hold, no business as usual with a named partner, a side's plans and promises of
further attacks; and the forecasts, past acts and peaceful plans that stay assertions.
News sentences in the style of wire copy about disputes, in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, targets


def _stances(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(c.stance, targets(c)) for c in claims_of(nlp, text)]


def _threat_targets(nlp: Language, text: str) -> list[str] | None:
    """The targets of the first threat in ``text``, or None when there is none."""
    return next((t for s, t in _stances(nlp, text) if s is Stance.THREATEN), None)


# --- relations frozen, put on hold, no business as usual --------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The prime minister said relations with Turkey would be put on hold until Ankara "
            "apologises.",
            "Turkey",
        ),
        (
            "The foreign minister said he was putting relations with Moscow in the freezer "
            "until the troops leave.",
            "Moscow",
        ),
        (
            "The chancellor said there can be no business as usual with Belgrade after the "
            "massacre.",
            "Belgrade",
        ),
    ],
)
def test_frozen_relations_threaten_the_partner(nlp: Language, text: str, target: str) -> None:
    found = _threat_targets(nlp, text)
    assert found is not None and target in found


@pytest.mark.parametrize(
    "text",
    [
        "The government put relations with Ankara on hold last year.",  # a past act
        "Analysts said relations with Turkey would be put on hold.",  # a forecast
        "The minister said the vote on the budget would be put on hold.",  # no relations
        # a measure announced as taken is an assertion (round 13's point 28)
        "The foreign minister said he was putting relations with Moscow in the freezer.",
        "The foreign ministry said it was freezing all contacts with the Taliban.",
    ],
)
def test_past_freezes_and_forecasts_threaten_nobody(nlp: Language, text: str) -> None:
    assert _threat_targets(nlp, text) is None


# --- plans and promises of further attacks ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The rebel commander said his group plans to target more foreign aid agencies.",
            "agencies",
        ),
        (
            "A spokesman for the insurgents said they are stocking up on munitions to launch a "
            "new attack on the capital.",
            "capital",
        ),
        ("The commander said his men would stage new raids against the occupiers.", "occupiers"),
    ],
)
def test_further_attacks_of_ones_own_side_threaten(nlp: Language, text: str, target: str) -> None:
    found = _threat_targets(nlp, text)
    assert found is not None and any(target in t for t in found)


def test_promised_further_attacks_are_a_threat(nlp: Language) -> None:
    text = (
        "The militant leader promised that his fighters would carry out more attacks against "
        "local and foreign targets."
    )
    assert _threat_targets(nlp, text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the rebels would probably carry out more attacks.",  # a forecast
        "The group said it carried out the attack on the convoy.",  # a past act
        "The minister said the government plans to build more schools.",  # no harm
        "Police said the militants plan to carry out more attacks.",  # another side's plan
    ],
)
def test_forecasts_past_acts_and_peaceful_plans_are_no_threat(nlp: Language, text: str) -> None:
    assert _threat_targets(nlp, text) is None


# --- "promised that", "vowed that": claims with a clause, not with an infinitive ---------


def test_promise_with_a_clause_is_a_claim(nlp: Language) -> None:
    stances = _stances(nlp, "The prime minister pledged that aid would reach the refugees.")
    assert [s for s, _ in stances] == [Stance.ASSERT]


def test_promise_with_an_infinitive_is_an_act(nlp: Language) -> None:
    assert _stances(nlp, "The minister promised to build more schools.") == []
    # the vow families read a vowed harm once
    stances = _stances(nlp, "The army vowed to retaliate against the militants.")
    assert [s for s, _ in stances] == [Stance.THREATEN]


# --- a doom foretold to the enemy, as slogans do ----------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('"Defeat will come to the empire," the cleric told the crowd.', "empire"),
        ("The militia leader said death awaits the invaders.", "invaders"),
    ],
)
def test_foretold_doom_threatens_the_enemy(nlp: Language, text: str, target: str) -> None:
    found = _threat_targets(nlp, text)
    assert found is not None and any(target in t for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said peace will come to the region soon.",
        "The spokesman said the president will come to Paris next week.",
    ],
)
def test_arrivals_and_peace_are_no_doom(nlp: Language, text: str) -> None:
    assert _threat_targets(nlp, text) is None


# --- dealings broken off: contacts, cooperation, dialogue -------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The foreign ministry said it would freeze all contacts with the Taliban.",
            "Taliban",
        ),
        (
            "The minister said Paris would suspend its dialogue with Bamako until elections are "
            "held.",
            "Bamako",
        ),
    ],
)
def test_dealings_broken_off_threaten_the_partner(nlp: Language, text: str, target: str) -> None:
    found = _threat_targets(nlp, text)
    assert found is not None and any(target in t for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it had suspended cooperation with the agency last month.",
        "The Chadian minister said Sudan was severing all cooperation with N'Djamena.",
    ],
)
def test_past_or_anothers_rupture_is_no_threat(nlp: Language, text: str) -> None:
    assert _threat_targets(nlp, text) is None


# --- a comparative consequence names whom it warns --------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The commander warned that the longer Israeli troops stay, the heavier their losses "
            "will be.",
            "Israeli",
        ),
        (
            "The cleric warned that the closer U.S. forces get, the more disasters their actions "
            "will cause.",
            "U.S.",
        ),
    ],
)
def test_comparative_consequence_threatens_the_actor(nlp: Language, text: str, target: str) -> None:
    found = _threat_targets(nlp, text)
    assert found is not None and target in found


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the longer the war lasts, the more civilians will die.",
        "The economist said the higher the rates go, the greater the losses for banks.",
    ],
)
def test_comparative_trend_without_an_actor_is_no_threat(nlp: Language, text: str) -> None:
    assert _threat_targets(nlp, text) is None
