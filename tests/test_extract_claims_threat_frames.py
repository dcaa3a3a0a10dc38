"""Threats read from the CAMEO 13x verb patterns and from the threat frame: the speaker's
own side as the agent of a future, possible or conditional harm aimed at another actor.
News sentences in the style of VOA and State Department copy, in no gold part."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, targets


def _stances(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(c.stance, targets(c)) for c in claims_of(nlp, text)]


def test_cameo_vow_attack_pattern_threatens_its_aim(nlp: Language) -> None:
    # VOW * ATTACK [138]
    found = _stances(
        nlp, "Al-Shabab vowed attacks against Kenya after its troops crossed the border."
    )
    assert (Stance.THREATEN, ["Kenya"]) in found


def test_cameo_ultimatum_threatens_its_addressee(nlp: Language) -> None:
    # ISSUE * ULTIMATUM [139]
    found = _stances(
        nlp, "The army issued an ultimatum to the rebels to surrender within 48 hours."
    )
    assert found and found[0][0] is Stance.THREATEN
    assert found[0][1] == ["the rebels"]


def test_warning_of_war_threatens_only_under_a_condition(nlp: Language) -> None:
    conditional = _stances(nlp, "Moscow warned of war if NATO troops were deployed in the region.")
    assert conditional == [(Stance.THREATEN, ["NATO"])]
    forecast = _stances(nlp, "The minister warned of war in the region, citing rising tensions.")
    assert all(stance is not Stance.THREATEN for stance, _ in forecast)


def test_severe_response_to_provocations_is_a_threat_not_a_charge(nlp: Language) -> None:
    text = (
        "The prime minister said his government will deal firmly with any provocation by Ethiopia."
    )
    assert _stances(nlp, text) == [(Stance.THREATEN, ["Ethiopia"])]


def test_own_answer_announced_is_a_threat(nlp: Language) -> None:
    found = _stances(nlp, "The ministry said its response will be swift and harsh.")
    assert [s for s, _ in found] == [Stance.THREATEN]


def test_aid_held_out_to_a_named_partner_threatens_it(nlp: Language) -> None:
    # CAMEO 1311, threaten to reduce or stop aid
    found = _stances(nlp, "Officials said Japan might suspend aid to Pyongyang.")
    assert found == [(Stance.THREATEN, ["Pyongyang"])]


def test_commentator_on_aid_cut_threatens_nobody(nlp: Language) -> None:
    found = _stances(nlp, "Analysts said Washington could cut aid to Cairo.")
    assert all(stance is not Stance.THREATEN for stance, _ in found)


def test_not_letting_another_side_harm_targets_the_doer(nlp: Language) -> None:
    found = _stances(nlp, "The minister said Israel will not let Iran attack its ships.")
    assert (Stance.THREATEN, ["Iran"]) in found


def test_settling_accounts_is_a_threat(nlp: Language) -> None:
    text = "The Houthi leader said his fighters are ready to settle accounts with Saudi Arabia."
    assert [s for s, _ in _stances(nlp, text)] == [Stance.THREATEN]


def test_possible_help_is_no_threat(nlp: Language) -> None:
    found = _stances(nlp, "The spokesman said Britain would help Kenya.")
    assert all(stance is not Stance.THREATEN for stance, _ in found)


def test_warning_that_the_warner_would_strike_is_a_threat(nlp: Language) -> None:
    found = _stances(nlp, "Iran has warned it would strike American bases in the region.")
    assert [s for s, _ in found] == [Stance.THREATEN]


def test_warning_that_another_side_could_attack_is_no_threat(nlp: Language) -> None:
    found = _stances(nlp, "The embassy warned that militants could attack hotels in the capital.")
    assert all(stance is not Stance.THREATEN for stance, _ in found)


def test_quoted_reckoning_after_ready_is_a_threat(nlp: Language) -> None:
    text = 'The Houthi leader said his fighters are ready "to settle accounts" with Riyadh.'
    assert [s for s, _ in _stances(nlp, text)] == [Stance.THREATEN]


def test_owned_threat_noun_with_its_act_is_the_owners_threat(nlp: Language) -> None:
    found = claims_of(nlp, "Markets fell after Moscow's threats to cut gas supplies to Ukraine.")
    assert [(c.claimer.span.text, c.stance, targets(c)) for c in found] == [
        ("Moscow", Stance.THREATEN, ["Ukraine"])
    ]


def test_threat_noun_owned_by_no_actor_is_no_claim(nlp: Language) -> None:
    found = _stances(nlp, "The report warned of climate change's threat to coastal cities.")
    assert all(stance is not Stance.THREATEN for stance, _ in found)


def test_renewed_warnings_of_war_under_a_condition_threaten(nlp: Language) -> None:
    # REPEAT/ISSUE * WARNING [130], kept because the warning names war under a condition
    text = "Pyongyang has renewed its warnings of war if Seoul goes ahead with the drills."
    found = _stances(nlp, text)
    assert found and found[0][0] is Stance.THREATEN


def test_warning_noun_without_harm_is_no_threat(nlp: Language) -> None:
    found = _stances(nlp, "The weather service issued a warning about the storm.")
    assert all(stance is not Stance.THREATEN for stance, _ in found)


def test_passive_not_tolerated_is_a_threat(nlp: Language) -> None:
    text = "The Navy said any attempt to block the channel will not be tolerated."
    assert [s for s, _ in _stances(nlp, text)] == [Stance.THREATEN]


def test_promised_crackdown_on_a_named_group_threatens_it(nlp: Language) -> None:
    text = "The interior minister said the government will crack down on the Muslim Brotherhood."
    assert _stances(nlp, text) == [(Stance.THREATEN, ["the Muslim Brotherhood"])]


def test_reserved_right_to_retaliate_is_a_threat(nlp: Language) -> None:
    # RESERVE * RIGHT [130]
    text = "The Saudi-led coalition says it reserves the right to retaliate against Iran."
    assert _stances(nlp, text) == [(Stance.THREATEN, ["Iran"])]


def test_promised_answer_beside_a_blame_is_a_threat(nlp: Language) -> None:
    text = (
        '"Our response will be swift, and the leadership of Georgia bears full responsibility'
        ' for the escalation," the Russian Defense Ministry said.'
    )
    assert _stances(nlp, text) == [(Stance.THREATEN, ["Georgia"])]


def test_harm_not_ruled_out_is_a_threat(nlp: Language) -> None:
    text = "Israel has not ruled out a military strike on Iran's nuclear facilities."
    assert _stances(nlp, text) == [(Stance.THREATEN, ["Iran"])]


def test_talks_not_ruled_out_and_harm_ruled_out_are_no_threats(nlp: Language) -> None:
    for text in (
        "The government has not ruled out talks with the rebels.",
        "Washington has ruled out military action against Syria.",
    ):
        assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, text))


def test_threats_received_from_a_named_source_are_its_threats(nlp: Language) -> None:
    # RECEIVE * THREATS [:130]: the receiver is the target, the source threatens
    found = claims_of(nlp, "The lawmaker said she had received death threats from Pyongyang.")
    threats = [(c.claimer.span.text, targets(c)) for c in found if c.stance is Stance.THREATEN]
    assert threats == [("Pyongyang", ["she"])]


def test_threats_faced_from_nobody_named_are_no_claim(nlp: Language) -> None:
    found = _stances(nlp, "Journalists in the region face threats.")
    assert all(stance is not Stance.THREATEN for stance, _ in found)


def test_threats_made_against_a_side_are_threats(nlp: Language) -> None:
    text = "Hamas made a series of threats against Israel after the raid."
    assert (Stance.THREATEN, ["Israel"]) in _stances(nlp, text)


def test_warned_damage_to_relations_threatens_the_other_partner(nlp: Language) -> None:
    # CAMEO 1313 (WARN * LOSS (OF SUPPORT)): a reduction of relations held out
    text = "A Greek foreign ministry statement warned of serious damage to Greek-Turkish relations."
    assert [(s, t) for s, t in _stances(nlp, text)] == [(Stance.THREATEN, ["Turkish"])]


def test_warned_damage_to_the_economy_is_no_threat(nlp: Language) -> None:
    found = _stances(nlp, "The central bank warned of damage to the economy.")
    assert all(stance is not Stance.THREATEN for stance, _ in found)


def test_threat_charged_to_another_side_stays_an_accusation(nlp: Language) -> None:
    found = _stances(nlp, "Seoul accused Pyongyang of threatening to attack its ships.")
    assert found == [(Stance.ACCUSE, ["Pyongyang"])]
