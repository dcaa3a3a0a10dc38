"""Criticism by rejection and evaluation (round 14, branch ``critic14``): spurning or turning
down another party's offer, pledge, conditions or invitation criticizes it (the guide's
points 3 and 32), as does refusing to accept its conditions; being "not satisfied with" a
party's doing, distrusting a party, calling its act a ploy, and reacting to its statement
"with condemnation" (point 19).  Each construction has a negative case: a rejection with no
owner named, dissatisfaction with a situation, distrust of a thing nobody did.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "Seoul has spurned Pyongyang's latest offer to resume military talks.",
            "Seoul",
            "Pyongyang",
        ),
        (
            "The foreign ministry dismissed pledges by Ankara not to let rebels cross the border.",
            "The foreign ministry",
            "Ankara",
        ),
        (
            "Manila refused to accept Beijing's conditions for resuming the talks.",
            "Manila",
            "Beijing",
        ),
        (
            "Hanoi turned down Beijing's invitation to attend the summit in March.",
            "Hanoi",
            "Beijing",
        ),
        ("Tehran rejected Washington's guarantees on the enrichment deal.", "Tehran", "Washington"),
    ],
)
def test_rejecting_a_partys_offer_criticizes_it(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    found = stances_of(nlp, text)
    assert (claimer, Stance.CRITICIZE, [target]) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi turned down the invitation to attend the summit in March.",
        "Moscow refused to accept the conditions set for the ceasefire talks.",
        "The army turned down the volume of its broadcasts near the border.",
        "Parliament rejected the government's guarantees on the loan deal.",
    ],
)
def test_rejection_without_an_owner_is_no_criticism(nlp: Language, text: str) -> None:
    found = stances_of(nlp, text)
    assert not any(s is Stance.CRITICIZE for _, s, _ in found), found


def test_spurning_an_accusation_stays_a_denial(nlp: Language) -> None:
    found = stances_of(nlp, "The rebels spurned the accusations made by the army on Friday.")
    assert any(s is Stance.DENY for _, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "Tehran is not satisfied with Washington's guarantees on the deal.",
            "Tehran",
            "Washington",
        ),
        ("Seoul is not pleased with Tokyo's decision to send survey ships.", "Seoul", "Tokyo"),
    ],
)
def test_withheld_satisfaction_with_a_party_criticizes_it(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    assert (claimer, Stance.CRITICIZE, [target]) in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tehran is not satisfied with the pace of the talks in Vienna.",
        "We are not satisfied with our own progress, the minister said.",
    ],
)
def test_withheld_satisfaction_with_a_situation_is_no_criticism(nlp: Language, text: str) -> None:
    found = stances_of(nlp, text)
    assert not any(s is Stance.CRITICIZE for _, s, _ in found), found


def test_distrust_criticizes_the_distrusted(nlp: Language) -> None:
    found = stances_of(nlp, "The minister said Beijing distrusts the Taiwanese leader.")
    assert ("The minister", Stance.CRITICIZE, ["Taiwanese"]) in found, found


def test_distrust_of_a_thing_nobody_did_is_no_criticism(nlp: Language) -> None:
    found = stances_of(nlp, "The minister said voters distrust the opinion polls.")
    assert not any(s is Stance.CRITICIZE for _, s, _ in found), found


def test_a_ploy_criticizes_its_doer(nlp: Language) -> None:
    found = stances_of(nlp, "The minister said Moscow's truce proposal was a ploy to buy time.")
    assert any(s is Stance.CRITICIZE and t == ["Moscow"] for _, s, t in found), found


def test_reacting_with_condemnation_criticizes(nlp: Language) -> None:
    found = stances_of(nlp, "Ankara reacted to the French statement with strong condemnation.")
    assert ("Ankara", Stance.CRITICIZE, ["French"]) in found, found


def test_reacting_with_caution_is_no_criticism(nlp: Language) -> None:
    found = stances_of(nlp, "Ankara reacted to the French statement with caution.")
    assert not any(s is Stance.CRITICIZE for _, s, _ in found), found


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=15)
