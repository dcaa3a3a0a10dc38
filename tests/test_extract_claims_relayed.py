"""A named speaker's charge relayed by another speaker ("X accused Y of shelling Z, the
ministry said"): the charge is its own claim, with X as the claimer and Y as the target;
the relaying speaker's claim does not read the charged act as its own accusation (whose
doer the content rule would otherwise take to be X, the charge's subject).

Sentences in wire style on the Russia-Ukraine border shelling of 2014, in no gold part.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        (
            "Moscow accused Kiev of launching shelling across the border, the ministry said "
            "in a statement.",
            "the ministry",
        ),
        (
            "Moscow accused Kiev of staging the attack on the depot, the foreign ministry said "
            "on Monday.",
            "foreign ministry",
        ),
        (
            "The spokesman said Ukraine had accused Russia of shelling its border posts.",
            "spokesman",
        ),
    ],
)
def test_a_relayed_charge_accuses_its_object_not_its_speaker(
    nlp: Language, text: str, relay: str
) -> None:
    claims = claims_of(nlp, text)
    accusations = [c for c in claims if c.stance is Stance.ACCUSE]
    assert len(accusations) == 1  # the charge itself, by its own speaker
    charge = accusations[0]
    accuser = charge.claimer.span.text
    assert accuser in ("Moscow", "Ukraine")
    assert [t.span.text for t in charge.targets] == [
        {"Moscow": "Kiev", "Ukraine": "Russia"}[accuser]
    ]
    relayed = [c for c in claims if relay in c.claimer.span.text]
    assert len(relayed) == 1 and relayed[0].stance is Stance.ASSERT


def test_a_speakers_own_charge_is_still_read_from_the_act(nlp: Language) -> None:
    claims = claims_of(nlp, "Kuleba said Russia was shelling Ukrainian border posts.")
    assert [(c.stance, [t.span.text for t in c.targets]) for c in claims] == [
        (Stance.ACCUSE, ["Russia"])
    ]
