"""Charges stated as fact, round 14 (issue 12): a finding put forward ("the agency found that
X violated the treaty"), blame shifted onto another side, a charge in a relative clause under
the speech verb ("the shelling, which it says was carried out by X"), the speaker's side
repelling another side's attack, a claim noun whose content charges ("X's claim that it
repulsed a Y offensive"), people held captive, plotting, and a doing whose imputed aim is a
hostile act ("in an effort to torpedo the talks"); and the precision guards: a small clause
after "find", a finding still to come, an own side's act, a benign aim, a police custody.

The sentences are written for these tests in the register of wire copy about international
disputes, and are in no gold part (checked by :func:`test_sentences_are_in_no_gold_part`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

ACCUSING = [
    # a finding put forward
    (
        "The watchdog found that Iran has violated the nuclear agreement.",
        "The watchdog",
        "Iran",
    ),
    (
        "The panel found that Russian forces were responsible for the strike on the hospital.",
        "The panel",
        "Russian",
    ),
    # blame shifted onto another side
    (
        "Armenia shifted the blame for the clashes back onto Azerbaijan.",
        "Armenia",
        "Azerbaijan",
    ),
    ("Moscow shifted the blame to Kyiv.", "Moscow", "Kyiv"),
    # a charge in a relative clause under the speech verb
    (
        "Moscow condemned the attacks that it says were carried out by Ukrainian forces.",
        "it",
        "Ukrainian",
    ),
    (
        "The explosions, which Belgrade says were orchestrated by Albanian militants, killed "
        "four people.",
        "Belgrade",
        "Albanian",
    ),
    # the speaker's side repelling another side's attack
    (
        "Kyiv said its troops repelled a Russian assault near the town.",
        "Kyiv",
        "Russian",
    ),
    (
        "The ministry said security forces foiled an Iranian plot to bomb the embassy.",
        "The ministry",
        "Iranian",
    ),
    # a claim noun whose content charges
    (
        "Eritrea rejected Ethiopia's claim that it had repulsed an Eritrean offensive.",
        "Ethiopia",
        "Eritrean",
    ),
    # people held captive
    (
        "Baghdad says Tehran still holds hundreds of Iraqi prisoners of war.",
        "Baghdad",
        "Tehran",
    ),
    (
        "The minister said Syria holds some 300 of its citizens in prison.",
        "The minister",
        "Syria",
    ),
    # plotting
    (
        "Minsk said Poland conspired with the opposition to overthrow the president.",
        "Minsk",
        "Poland",
    ),
    # an imputed aim
    (
        "The foreign ministry said Eritrea has set new preconditions in an effort to torpedo "
        "the talks.",
        "The foreign ministry",
        "Eritrea",
    ),
    (
        "Moscow said Kyiv had staged the incident in an attempt to derail the negotiations.",
        "Moscow",
        "Kyiv",
    ),
]


@pytest.mark.parametrize(("text", "claimer", "accused"), ACCUSING)
def test_charge_stated_as_fact_accuses(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    found = [(s, t) for c, s, t in stances_of(nlp, text) if c == claimer]
    assert (Stance.ACCUSE, [accused]) in found, stances_of(nlp, text)


NO_ACCUSATION = [
    # small clauses, objects, questions and findings still to come are no finding
    "The court found him guilty of espionage.",
    "The government found it difficult to pay its debts.",
    "Police found the body of a soldier near the border.",
    "Inspectors went to the site to find out how the reactor is cooled.",
    # a benign aim, talks held, police custody, an own side's act
    "The president said the government had cut taxes in an effort to boost growth.",
    "The ministers said they will hold talks in Geneva next week.",
    "Police said they held the suspect in custody.",
    "Azerbaijan said Armenian forces repelled its attack.",
    "The army said it repelled an attack on a checkpoint.",
    # a relative clause with a benign or unnamed cause
    "The explosion, which police say was caused by a gas leak, destroyed two homes.",
    "The bridge, which the government says was built by Chinese engineers, opened on Monday.",
]


@pytest.mark.parametrize("text", NO_ACCUSATION)
def test_no_accusation(nlp: Language, text: str) -> None:
    assert all(s is not Stance.ACCUSE for _, s, _ in stances_of(nlp, text)), stances_of(nlp, text)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=20)
