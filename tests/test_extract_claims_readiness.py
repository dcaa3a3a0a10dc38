"""Threats of round 14 (issue 12): a vow to use force after a coordination, armed readiness
against a party the content names as attacking (``.readiness.armed_readiness``), further
measures promised after the speaker's own charge (``.readiness.answered_measures``), the
state a secession leaves as the threat's target; and the precision checks: a warning of
harm another party or a thing would do is no threat, readiness with no adversary named and
measures with no charge before them stay assertions.

The sentences are written for these tests in the register of wire copy about international
disputes; none is in a gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import resolved


def stances(nlp: Language, text: str) -> set[Stance]:
    return {stance for _, stance, _ in resolved(nlp, text)}


def test_a_vow_to_use_force_after_a_coordination_threatens(nlp: Language) -> None:
    text = (
        "Beijing regards the reef as part of its territory and has vowed to use force to"
        " seize it back if necessary."
    )
    assert ("China", Stance.THREATEN, []) in resolved(nlp, text)


def test_a_vow_to_retake_by_force_threatens(nlp: Language) -> None:
    text = "China claims the reef as its own, and has vowed to take it back by force."
    assert Stance.THREATEN in stances(nlp, text)


def test_a_vow_to_use_diplomacy_is_no_threat(nlp: Language) -> None:
    text = "The minister vowed to use diplomacy to settle the border dispute."
    assert Stance.THREATEN not in stances(nlp, text)


def test_a_secession_threat_targets_the_state_left(nlp: Language) -> None:
    text = "The regional government of Somaliland has threatened to break away from Somalia."
    assert [s for _, s, _ in resolved(nlp, text)] == [Stance.THREATEN]
    assert next(t for _, s, t in resolved(nlp, text) if s is Stance.THREATEN) == ["Somalia"]


def test_a_warning_of_harm_a_thing_would_do_is_no_threat(nlp: Language) -> None:
    text = (
        "The president warned that the insurgency launched by the rebels could destroy those gains."
    )
    assert Stance.THREATEN not in stances(nlp, text)


def test_a_warning_of_harm_by_the_warners_side_still_threatens(nlp: Language) -> None:
    text = "The ministry warned that its forces would destroy any vessel that entered the zone."
    assert Stance.THREATEN in stances(nlp, text)


def test_a_warning_that_a_named_party_would_pay_still_threatens_it(nlp: Language) -> None:
    text = "The ministry warned that Seoul would pay a heavy price."
    assert ("ministry", Stance.THREATEN, ["South Korea"]) in resolved(nlp, text)


def test_readiness_against_a_party_said_to_attack_threatens_it(nlp: Language) -> None:
    text = (
        "Eritrean state radio said Ethiopia had begun to attack its border towns, and that"
        " Eritrea was ready to defend itself."
    )
    threats = [t for _, s, t in resolved(nlp, text) if s is Stance.THREATEN]
    assert threats == [["Ethiopia"]]


def test_readiness_after_the_speakers_charge_threatens_the_attacker(nlp: Language) -> None:
    text = (
        "Baku said Armenian forces attacked its positions overnight and that it stands ready"
        " to respond."
    )
    assert ("Azerbaijan", Stance.THREATEN, ["Armenia"]) in resolved(nlp, text)
    assert ("Azerbaijan", Stance.ACCUSE, ["Armenia"]) in resolved(nlp, text)


def test_readiness_with_no_adversary_named_asserts(nlp: Language) -> None:
    text = "The army said it was ready to defend the country."
    assert stances(nlp, text) == {Stance.ASSERT}


def test_another_sides_readiness_is_no_threat_of_the_speaker(nlp: Language) -> None:
    text = "Analysts said Russia attacked the city and that Ukraine was ready to defend itself."
    assert Stance.THREATEN not in stances(nlp, text)


def test_measures_promised_after_the_speakers_charge_threaten_the_accused(
    nlp: Language,
) -> None:
    text = (
        'Moscow accused Kyiv of shelling the plant. "We will take additional measures to'
        ' ensure security, including serious additional measures," the ministry said.'
    )
    assert ("ministry", Stance.THREATEN, ["Ukraine"]) in resolved(nlp, text)


def test_measures_promised_by_another_body_are_no_threat(nlp: Language) -> None:
    text = (
        "Moscow accused Kyiv of shelling the plant. The IAEA said it would take additional"
        " measures to monitor the site."
    )
    assert Stance.THREATEN not in stances(nlp, text)


def test_measures_promised_with_no_charge_assert(nlp: Language) -> None:
    text = "The government said it would take additional measures to contain the outbreak."
    assert stances(nlp, text) == {Stance.ASSERT}
