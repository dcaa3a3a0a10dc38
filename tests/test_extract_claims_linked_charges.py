"""Charges named by a link, a figure or a cleft (round 13): a link verb tying a named actor
to a hostile act ("investigators have linked Syria to the bombing", "the attack, which
officials linked to Hezbollah"), the slang and figures of blame ("fingered X", "pointed the
finger at X", "laid the blame at X's door"), and a cleft whose focus is a state's forces or
a hostile group ("it was Sudanese soldiers who opened fire", "it is Kyiv that is shelling",
"fired first"), and idioms naming an act's author ("the bombing was the work of X", "bore
the hallmarks of X", "X's fingerprints are all over", "had a hand in", "at the hands of X").
Wire-style sentences written for these tests, in no gold part of
``benchmarks/claims/gold.jsonl`` (checked by :func:`test_sentences_are_in_no_gold_part`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "claims" / "gold.jsonl"

ACCUSING = [
    # a link verb: the actor on one side, the hostile act on the other
    ("Investigators have linked Syria to the bombing of the embassy in the capital.", "Syria"),
    (
        "Ukrainian prosecutors have tied Russian military officers to the killing of civilians "
        "near the capital.",
        "Russia",
    ),
    (
        "Several newspapers linked the cyber-attack to Pyongyang's anger over the film.",
        "North Korea",
    ),
    ("The bombing, which investigators have linked to Iranian agents, killed 85 people.", "Iran"),
    # a link inside what a speaker says, and one put forward as evidenced
    ("Officials in Beirut said Syria was linked to the car bombing.", "Syria"),
    (
        "There is evidence linking Syrian intelligence to the car bombing, the prosecutor said.",
        "Syria",
    ),
    # slang and figures of blame
    (
        "Afghan officials fingered Pakistan's intelligence service for the suicide attack.",
        "Pakistan",
    ),
    ("The interior minister pointed the finger at Rwanda for the massacre in the east.", "Rwanda"),
    ("The government laid the blame for the border attacks at Eritrea's door.", "Eritrea"),
    # a cleft focusing a state's forces, a state by its capital, who fired first
    (
        "The army spokesman said it was Sudanese soldiers who opened fire on the aid convoy.",
        "Sudan",
    ),
    ("Moscow says it is Kyiv that is shelling the city every night.", "Ukraine"),
    ('"It was the Israeli army that fired first," the militia spokesman said.', "Israel"),
    ("The Thai army said Cambodian troops fired first near the disputed temple.", "Cambodia"),
    # idioms of authorship around a hostile act
    ("The president said the bombing was the work of Pakistani intelligence.", "Pakistan"),
    ("Officials said the attack on the hotel bore the hallmarks of al-Qaida.", "al-Qaida"),
    ("Seoul said North Korea's fingerprints were all over the hacking attack.", "North Korea"),
    ("Officials in Washington said Iran had a hand in the attack on the tanker.", "Iran"),
    ("The ministry said the civilians were killed at the hands of Russian forces.", "Russia"),
    ("The refugees said their relatives died at the hands of Ethiopian soldiers.", "Ethiopia"),
]


@pytest.mark.parametrize(("text", "accused"), ACCUSING)
def test_linked_or_focused_doer_is_accused(nlp: Language, text: str, accused: str) -> None:
    found = resolved(nlp, text)
    assert any(s is Stance.ACCUSE and accused in t for _, s, t in found), found


NOT_ACCUSING = [
    # a link with no hostile act, or with no doer named
    "The minister linked the rise in fuel prices to the drought in the south.",
    "The general linked the rise in roadside bombings to the start of the harvest season.",
    "Officials say the new pipeline will link Russia to markets in southern Europe.",
    # a link denied, or a link to a thing an actor owns rather than to its doer
    "Police have not linked Syria to the bombing of the embassy.",
    "The minister said there is no evidence to link Syria to the car bombing.",
    "The minister said the killing of the scientist was linked to Iran's nuclear program.",
    # a figure that names nobody
    "This would amount to laying the blame at the wrong door, the ambassador wrote.",
    # a cleft whose focus names no state, or the speaker's own forces
    "Witnesses said it was the soldiers who opened fire on the crowd.",
    "The general said his soldiers fired first in self-defense.",
    "Kyiv said it was Ukrainian forces that struck the bridge on Tuesday.",
    # authorship of no hostile act, denied, or by nobody named
    "The minister said the reconstruction of the port was the work of aid groups.",
    "The ruling party suffered a heavy defeat at the hands of the opposition in the vote.",
    "The spokesman said Russia had no hand in the attack on the convoy.",
    "Witnesses said the victims were tortured at the hands of unknown gunmen.",
]


@pytest.mark.parametrize("text", NOT_ACCUSING)
def test_no_link_or_no_doer_accuses_nobody(nlp: Language, text: str) -> None:
    found = resolved(nlp, text)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
