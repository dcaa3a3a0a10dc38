"""Threats told as statements (round 13): a promise reported with a backshifted "would", a
passive answer to any attempt, penalties kept until the other side complies, the reach of
one's own weapons, a reserved right, one's hostile acts carried on; and the policies and
forecasts that stay assertions.  News sentences in the style of wire copy about disputes,
in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, targets


def _stances(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(c.stance, targets(c)) for c in claims_of(nlp, text)]


def _threatens(nlp: Language, text: str) -> bool:
    return any(stance is Stance.THREATEN for stance, _ in _stances(nlp, text))


# --- "would" shifted back by a past saying verb -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The government said it would not tolerate any attack on its territory.",
        "The minister said Cairo would not tolerate any violation of its sovereignty.",
        "Hezbollah said it would retaliate for the killing of its commander.",
    ],
)
def test_backshifted_would_promises_as_will_does(nlp: Language, text: str) -> None:
    assert _threatens(nlp, text)


def test_hypothetical_would_without_a_past_saying_verb_stays_no_threat(nlp: Language) -> None:
    assert not _threatens(nlp, "The minister says the country would not accept the proposal.")


# --- a passive answer to any attempt -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army said any attempt by the rebels to take the city would be crushed.",
        "The ministry said separatist attempts to split the country will be resolutely blocked.",
        "A military spokesman said any aircraft entering the zone will be shot down.",
        "The general warned that any ship entering the area would be sunk.",
    ],
)
def test_passive_answer_to_any_attempt_is_a_threat(nlp: Language, text: str) -> None:
    assert _threatens(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army said the rebel attack was repelled on Tuesday.",
        "The minister said any tax increase will be blocked by parliament.",
        "The police said the road will be blocked on Sunday.",
    ],
)
def test_past_answer_or_blocked_policy_is_no_threat(nlp: Language, text: str) -> None:
    assert not _threatens(nlp, text)


# --- penalties kept until the other side complies ---------------------------------------


def test_sanctions_lifted_only_if_threaten_the_conditions_actor(nlp: Language) -> None:
    text = "Washington said sanctions would be lifted only if Pyongyang dismantled its program."
    assert _stances(nlp, text) == [(Stance.THREATEN, ["Pyongyang"])]


def test_embargo_not_lifted_unless_threatens(nlp: Language) -> None:
    text = "The official said the embargo would not be lifted unless Belgrade cooperated."
    assert (Stance.THREATEN, ["Belgrade"]) in _stances(nlp, text)


def test_not_lifting_sanctions_until_threatens(nlp: Language) -> None:
    text = "The European Union said it will not lift sanctions on Russia until Moscow withdraws."
    found = _stances(nlp, text)
    assert [s for s, _ in found] == [Stance.THREATEN]
    assert found[0][1] in (["Moscow"], ["Russia"])  # the condition's actor, or whom they hit


def test_sanctions_remaining_until_the_target_complies_threaten(nlp: Language) -> None:
    text = "The minister said sanctions against Iran will remain in place until it stops."
    assert _threatens(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said sanctions will be lifted when the agreement takes effect.",
        "The ministry said the sanctions were lifted last year.",
        "Analysts said sanctions would remain in place until Tehran changes course.",
    ],
)
def test_lifting_told_without_pressure_is_no_threat(nlp: Language, text: str) -> None:
    assert not _threatens(nlp, text)


# --- the reach of one's own weapons -------------------------------------------------------


def test_own_missiles_reaching_a_named_side_threaten_it(nlp: Language) -> None:
    text = "The commander said our missiles can reach any U.S. base in the region."
    found = _stances(nlp, text)
    assert [s for s, _ in found] == [Stance.THREATEN]


def test_own_rockets_capable_of_hitting_threaten(nlp: Language) -> None:
    text = "Pyongyang said its missiles are capable of hitting American bases in Japan."
    assert _threatens(nlp, text)


def test_another_sides_range_is_an_assessment(nlp: Language) -> None:
    assert not _threatens(nlp, "Analysts said North Korea's missiles could reach Guam.")
    assert not _threatens(nlp, "The Pentagon said North Korea's missiles can reach Alaska.")


# --- a reserved right --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry said Beijing reserves the right to take further steps.",
        "Moscow reserves the right to respond in kind, the spokeswoman said.",
        "The foreign ministry said Ankara reserves such a right.",
    ],
)
def test_reserved_right_named_for_a_state_is_its_threat(nlp: Language, text: str) -> None:
    assert _threatens(nlp, text)


def test_reserved_right_to_measures_against_a_side_targets_it(nlp: Language) -> None:
    text = "The ministry said Seoul reserves the right to take military action against Pyongyang."
    assert (Stance.THREATEN, ["Pyongyang"]) in _stances(nlp, text)


def test_reserved_right_to_a_harmless_act_is_no_threat(nlp: Language) -> None:
    assert not _threatens(nlp, "The ministry said it reserves the right to change the schedule.")


# --- responding to another side's doing only ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The president said the government will respond to the pandemic with new measures.",
        "The ministry said it will react to the floods by sending aid.",
    ],
)
def test_response_to_no_sides_doing_is_no_threat(nlp: Language, text: str) -> None:
    assert not _threatens(nlp, text)


def test_response_to_any_provocation_stays_a_threat(nlp: Language) -> None:
    text = "Seoul said it would respond strongly to any North Korean provocation."
    assert _threatens(nlp, text)


# --- hostile acts carried on -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they will continue fighting until the government falls.",
        "The group said it would continue to attack the pipeline.",
        "The Taliban said they would target foreign troops.",
        "The army said it would crush any rebel attack.",
    ],
)
def test_own_hostile_acts_promised_are_threats(nlp: Language, text: str) -> None:
    assert _threatens(nlp, text)


def test_campaign_hanging_on_a_named_side_threatens_it(nlp: Language) -> None:
    text = "A militant spokesman said rocket attacks will continue until Israel lifts the blockade."
    assert (Stance.THREATEN, ["Israel"]) in _stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. envoy said the fighting will continue.",
        "The ministry said it will continue talks with Beijing.",
        "The ministry said it will target inflation.",
    ],
)
def test_forecasts_and_policies_are_no_threat(nlp: Language, text: str) -> None:
    assert not _threatens(nlp, text)


def test_hostile_act_suffered_is_a_condition_that_presses(nlp: Language) -> None:
    text = "Iran said it would close the Strait of Hormuz if its oil exports were blocked."
    assert _threatens(nlp, text)
    policy = "The minister said the government will close schools if the storm hits."
    assert not _threatens(nlp, policy)


# --- reading an act as war, assets named as targets, going to war ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The president said China would regard any blockade as an act of war.",
        "The minister said Pyongyang would consider new sanctions a declaration of war.",
        "The foreign minister said his country would go to war if its territory were attacked.",
    ],
)
def test_war_held_out_on_another_sides_act_is_a_threat(nlp: Language, text: str) -> None:
    assert _threatens(nlp, text)


def test_treating_a_strike_as_an_attack_threatens_its_doer(nlp: Language) -> None:
    text = "He said Tehran would treat any U.S. strike as an attack on its sovereignty."
    assert (Stance.THREATEN, ["U.S."]) in _stances(nlp, text)


def test_reading_without_war_is_no_threat(nlp: Language) -> None:
    assert not _threatens(nlp, "The minister said Seoul would consider the talks a success.")


def test_assets_named_legitimate_targets_threaten_their_owner(nlp: Language) -> None:
    text = "The commander said U.S. bases in the region would become legitimate targets."
    assert (Stance.THREATEN, ["U.S."]) in _stances(nlp, text)


def test_own_assets_as_targets_are_a_fear(nlp: Language) -> None:
    text = "The minister said our cities would become targets if the war spreads."
    assert not _threatens(nlp, text)


def test_named_state_speaks_for_a_speaker_of_no_side_under_a_condition(nlp: Language) -> None:
    text = (
        "The defense minister said Russia would take military action against Georgia "
        "if the attacks continued."
    )
    assert (Stance.THREATEN, ["Georgia"]) in _stances(nlp, text)
