"""Accusations put forward as proven (round 12, :mod:`kg.extract.claims.content_accuse`):
an evidence frame around a culprit or an involvement ("there is irrefutable proof that X
was behind the attack", "there is no doubt that X is responsible", "the inquiry confirmed
that X was involved in the raids"), a part in a hostile doing said to be proven ("X's
involvement in the attacks has been established", "evidence of X's role in the fighting"),
a state's military as the doer of its act ("fired by the Rwandan military": the state), and
one agent for coordinated or sequenced passives ("were chased by Chinese ships and rammed",
"were rammed and sunk by X", "were surrounded by X before being rammed").
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
    # a culprit inside an evidence frame
    (
        "The interior ministry said there is irrefutable proof that Sudanese forces were "
        "behind the attack on the refugee camp.",
        "Sudan",
    ),
    (
        "Afghan officials say there is no doubt that Pakistani intelligence agents were behind "
        "the bombing in Kandahar.",
        "Pakistan",
    ),
    (
        "The Congolese government said it was clear that Rwandan troops were behind the "
        "massacre in the eastern village.",
        "Rwanda",
    ),
    (
        "Kinshasa says a U.N. inquiry has confirmed that Rwanda is involved in the fighting in "
        "North Kivu.",
        "Rwanda",
    ),
    # a part in a hostile doing said to be proven
    (
        "The Somali foreign minister said Eritrea's involvement in the attacks on Mogadishu "
        "has been established beyond doubt.",
        "Eritrea",
    ),
    (
        "Chad's information minister said there is evidence of Sudan's role in the rebel "
        "attacks on the capital.",
        "Sudan",
    ),
    (
        "Georgian officials said the intercepted calls prove Russia's complicity in the "
        "shelling of border villages.",
        "Russia",
    ),
    (
        "Kinshasa says Rwanda's involvement has been proven by the panel of U.N. experts.",
        "Rwanda",
    ),
    # a state's military as the agent of a passive act, and as the subject
    (
        "Kinshasa said rockets have been fired into Congolese territory by the Rwandan military "
        "twice this week.",
        "Rwanda",
    ),
    (
        "Seoul said the North Korean military fired artillery shells at a South Korean "
        "island on Tuesday.",
        "North Korea",
    ),
    # one agent for coordinated or sequenced passives
    (
        "Manila said two Filipino trawlers were surrounded by Chinese coast guard ships before "
        "being rammed near Scarborough Shoal.",
        "China",
    ),
    (
        "Hanoi said the fishing boat was chased by a Chinese vessel and rammed near the Paracel "
        "Islands.",
        "China",
    ),
    (
        "The coast guard said the patrol boat was rammed and sunk by Chinese vessels on Sunday.",
        "China",
    ),
]


@pytest.mark.parametrize(("text", "accused"), ACCUSING)
def test_proven_charge_accuses(nlp: Language, text: str, accused: str) -> None:
    found = resolved(nlp, text)
    assert any(s is Stance.ACCUSE and accused in t for _, s, t in found), found


NOT_ACCUSING = [
    # the evidence denied
    "The ministry said there is no evidence that Sudanese forces were behind the attack.",
    "The spokesman said there is no evidence of Eritrea's involvement in the fighting.",
    # a part in no hostile doing, and a part merely named
    "The minister said Norway's role in the peace talks has been confirmed.",
    "The minister said Qatar's involvement in the ceasefire talks is welcome.",
    # doubt that is not denied
    "The analyst said there is some doubt that the rebels were behind the attack.",
    # another doer after the first act, and an agent no state names
    "The ministry said the tanker was towed by Iranian boats after being attacked in the gulf.",
    "Police said the shop owner was robbed by two gunmen and shot in the leg.",
]


@pytest.mark.parametrize("text", NOT_ACCUSING)
def test_unproven_or_neutral_accuses_nobody(nlp: Language, text: str) -> None:
    found = resolved(nlp, text)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
