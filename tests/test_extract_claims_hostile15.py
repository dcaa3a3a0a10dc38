"""Hostile acts in reported content, round 15 (issue 12): an act ordered or approved by a state
("the attack was ordered by the X government", "approved at the highest level of the X
government"), the clause of a report the speaker vouches for ("has credible reports that X
troops are committing abuses"), a band of a state's forces or officials as the doer ("a group
of X soldiers", "senior X officials"), whose state is the target; craft, crews or land seized
("seized two fishing boats"); shots fired ("fired the first shots"); people sent to do a
hostile act ("sent two men to kill the defector"); a third-person doer of a hostile act on the
speaker's own side ("they occupy our territory"); and the precision guards: a band of
civilians, an order of something that is no hostile act, one person's order, goods seized, a
warning fired, a mission that is no hostile act, an act on someone else.

The sentences are written for these tests in the register of wire copy about international
disputes, and are in no gold part (checked by :func:`test_sentences_are_in_no_gold_part`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

ACCUSING = [
    # an act ordered or approved
    (
        "The prosecutor said the assassination was approved at the highest level of the "
        "Russian government.",
        "The prosecutor",
        "Russian",
    ),
    (
        "Investigators said the bombing was ordered by senior Iranian officials.",
        "Investigators",
        "Iranian",
    ),
    (
        "The opposition said the Syrian government had authorized the chemical attack.",
        "The opposition",
        "the Syrian government",
    ),
    # the clause of a vouched-for report
    (
        "The State Department said it had credible reports that Sudanese troops are "
        "committing abuses in Darfur.",
        "State Department",
        "Sudanese",
    ),
    (
        "The ministry said there was reliable information that Eritrean forces had shelled "
        "the border town.",
        "The ministry",
        "Eritrean",
    ),
    # shots fired
    ("Hanoi said Chinese troops fired the first shots.", "Hanoi", "Chinese"),
    # craft, crews or land seized; people sent to do a hostile act
    (
        "Hanoi said Chinese coast guard vessels seized two Vietnamese fishing boats.",
        "Hanoi",
        "Chinese",
    ),
    (
        "Tehran said British marines had seized an Iranian tanker off the coast.",
        "Tehran",
        "British",
    ),
    (
        "Prosecutors said Russian military intelligence sent the two men to kill the defector.",
        "Prosecutors",
        "Russian military intelligence",
    ),
    # a band of a state's forces: the state
    ("Kenya accused a group of Somali soldiers of crossing the border.", "Kenya", "Somali"),
    ("Nairobi blamed a unit of Somali troops for the raid.", "Nairobi", "Somali"),
    (
        "Mogadishu said Islamist militants and Eritrean soldiers attacked the town.",
        "Mogadishu",
        "Eritrean",
    ),
    (
        "Seoul said a group of North Korean soldiers attacked the guard post.",
        "Seoul",
        "North Korean",
    ),
    (
        "Kabul said a unit of Pakistani troops had shelled villages in Kunar province.",
        "Kabul",
        "Pakistani",
    ),
]


#: A third-person doer of a hostile act told in the first person by its victim: the pronoun,
#: which resolution takes back to its antecedent.
FIRST_PERSON_VICTIMS = [
    "The minister said they occupy our territory in violation of international law.",
    "The village elder said they fired on us without any warning.",
]


@pytest.mark.parametrize("text", FIRST_PERSON_VICTIMS)
def test_act_on_the_speakers_side_accuses_the_pronoun(nlp: Language, text: str) -> None:
    assert [(s, t) for _, s, t in stances_of(nlp, text)] == [(Stance.ACCUSE, ["they"])]


@pytest.mark.parametrize(("text", "claimer", "accused"), ACCUSING)
def test_hostile_act_in_content_accuses(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    found = [(s, t) for c, s, t in stances_of(nlp, text) if c == claimer]
    assert (Stance.ACCUSE, [accused]) in found, stances_of(nlp, text)


NO_ACCUSATION = [
    # a band of civilians, an order of no hostile act
    "Seoul said a group of tourists visited the guard post on Monday.",
    "The ministry said the government had ordered an inquiry into the border incident.",
    "The minister said the cabinet approved the budget for the coming year.",
    "Officials said the president had authorized the release of emergency funds.",
    # one person's order: mostly the speaker's own leader, whose side the test cannot see
    "The palace said the king had ordered airstrikes on the rebel camps.",
    "Ankara said the defense minister approved the raid on militant hideouts.",
    # a warning fired; goods seized; a pronoun's act on someone else
    "The navy said it had fired warning shots at the approaching trawler.",
    "Police said they seized two tonnes of cocaine at the port.",
    "Customs officials said they had impounded a shipment of counterfeit goods.",
    "The army said they attacked militant positions near our border.",
    "The company said it sent two engineers to inspect the pipeline.",
    # reports relayed, not vouched for, that charge nobody
    "The agency said it had credible reports that the talks would resume next week.",
]


@pytest.mark.parametrize("text", NO_ACCUSATION)
def test_no_accusation(nlp: Language, text: str) -> None:
    assert all(s is not Stance.ACCUSE for _, s, _ in stances_of(nlp, text)), stances_of(nlp, text)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=8)
