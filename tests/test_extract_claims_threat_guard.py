"""Threats by protection held out on a condition (round 18, ``conditional_protection`` in
``kg.extract.claims.content_threat_guard``): the speaker's side promises or readies a
protective act that hangs on another side's doing, and so warns the doer; with no
condition, said by a commentator, negated, or about another side's protection, it stays an
assertion.  Also countermeasures, or measures aimed at a named party, that a speaker of no
known side says the state it names will take (``content_ultimatum._firm_measures``).

The sentences are written for these tests in the register of wire copy about international
disputes; none is in a gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.model import Stance
from tests.claim_helpers import resolved, stance_pairs


def threats(nlp: Language, text: str) -> list[list[str]]:
    """The target names of each resolved threat in ``text``."""
    return [t for _, s, t in resolved(nlp, text) if s is Stance.THREATEN]


def test_protection_promised_if_another_side_acts_threatens_it(nlp: Language) -> None:
    text = (
        "The minister said Athens would protect its islands if Ankara sends warships into the area."
    )
    assert threats(nlp, text) == [["Turkey"]]


def test_a_plan_to_safeguard_in_case_another_side_acts_threatens_it(nlp: Language) -> None:
    text = (
        "Officials said Hanoi has a plan to safeguard its fishermen in case Beijing enforces"
        " the ban."
    )
    assert threats(nlp, text) == [["China"]]


def test_readiness_to_defend_if_challenged_threatens_nobody_named(nlp: Language) -> None:
    text = (
        '"If our sovereignty is challenged, we are prepared to defend our waters,"'
        " the admiral said."
    )
    assert threats(nlp, text) == [[]]


def test_protection_with_no_condition_stays_an_assertion(nlp: Language) -> None:
    text = "The spokesman said Manila will take the steps necessary to defend its interests."
    assert threats(nlp, text) == []


def test_a_commentators_forecast_is_no_threat(nlp: Language) -> None:
    text = "Analysts said Athens would defend its islands if Ankara sends warships."
    assert threats(nlp, text) == []


def test_another_sides_protection_told_is_no_threat(nlp: Language) -> None:
    text = "The Turkish minister said Greece would protect its islands if Ankara sends warships."
    assert threats(nlp, text) == []


def test_a_negated_protection_is_no_threat(nlp: Language) -> None:
    text = "The minister said Athens would not protect the islands if the fishermen leave."
    assert threats(nlp, text) == []


def test_the_rule_off_leaves_the_assertion(nlp: Language) -> None:
    text = (
        "The minister said Athens would protect its islands if Ankara sends warships into the area."
    )
    rules = RULES - OPTIONAL - {"conditional_protection"}
    assert stance_pairs(nlp, text, Stance.THREATEN, rules) == []
    assert stance_pairs(nlp, text, Stance.THREATEN) != []


# --- measures promised by a state a speaker of no known side names (``_firm_measures``) ---


def test_countermeasures_a_named_state_will_take_threaten_their_aim(nlp: Language) -> None:
    text = "The president declared that Seoul will take resolute countermeasures against Pyongyang."
    assert threats(nlp, text) == [["North Korea"]]


def test_hyphenated_counter_measures_are_countermeasures(nlp: Language) -> None:
    text = 'The ministry said Tokyo will take "counter-measures" against Beijing.'
    assert threats(nlp, text) == [["China"]]


def test_necessary_measures_of_a_named_state_aimed_at_nobody_stay_an_assertion(
    nlp: Language,
) -> None:
    text = "The spokesman said Manila will take all necessary measures to protect its fishermen."
    assert threats(nlp, text) == []


def test_a_commentator_on_a_states_measures_makes_no_threat(nlp: Language) -> None:
    text = "Analysts said Seoul will take countermeasures against Pyongyang."
    assert threats(nlp, text) == []


# --- pressure a named other party is told it will face (``pressure_faced``, on since r24) ---

WITH_PRESSURE = RULES - OPTIONAL | {"pressure_faced"}


def test_pressure_a_named_party_will_face_threatens_it(nlp: Language) -> None:
    text = (
        "The foreign minister warned that Hanoi will face additional pressure if it resumes"
        " drilling."
    )
    assert stance_pairs(nlp, text, Stance.THREATEN, WITH_PRESSURE) == [
        ("The foreign minister", ["Hanoi"])
    ]
    assert stance_pairs(nlp, text, Stance.THREATEN) == stance_pairs(
        nlp, text, Stance.THREATEN, WITH_PRESSURE
    )  # on by default since round 24


def test_finding_itself_under_pressure_threatens_the_party(nlp: Language) -> None:
    text = (
        "The ministry said Damascus will find itself under increasing pressure unless it withdraws."
    )
    assert stance_pairs(nlp, text, Stance.THREATEN, WITH_PRESSURE) == [
        ("The ministry", ["Damascus"])
    ]


def test_facing_no_pressure_a_forecast_or_a_third_partys_pressure_is_no_threat(
    nlp: Language,
) -> None:
    for text in (
        "Analysts said Iran faces elections next year.",
        "The spokesman said Ukraine will face a difficult winter.",
        "Analysts said Caracas will face more pressure.",
        "The minister said Kyiv will face pressure from its creditors.",
        "The foreign minister said Seoul would not face new sanctions.",
    ):
        assert stance_pairs(nlp, text, Stance.THREATEN, WITH_PRESSURE) == [], text
