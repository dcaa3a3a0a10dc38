"""Accusations of wrongdoing that is no violence, carried by a speaker's content
(``kg/data/content_lexicon.tsv``, wrongdo13 rows read by :mod:`kg.extract.claims.content_acts`):
ties held to hostile actors, harbouring them, repressing freedoms and dissent, smearing and
derailing, spreading lies.  Wire-style sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Claim, Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of, targets


def claim_by(nlp: Language, text: str, claimer: str) -> Claim:
    found = [c for c in claims_of(nlp, text) if c.claimer.span.text == claimer]
    assert len(found) == 1, found
    return found[0]


ACCUSING = [
    # a tie held to a hostile actor, by a holding verb besides "have"
    (
        "Kabul said Islamabad maintains close ties with militant groups in the tribal areas.",
        "Kabul",
        "Islamabad",
    ),
    (
        "The minister said Eritrea has established contacts with the rebels in Somalia.",
        "The minister",
        "Eritrea",
    ),
    # harbouring hostile actors
    (
        "Indian officials said Pakistan has tolerated terrorists on its soil for years.",
        "Indian officials",
        "Pakistan",
    ),
    ("Kampala said Sudan is hosting rebel training camps near the border.", "Kampala", "Sudan"),
    # repressing freedoms and dissent
    (
        "The State Department said Beijing severely represses religious freedom in Tibet.",
        "State Department",
        "Beijing",
    ),
    (
        "The opposition leader said Minsk has crushed dissent since the election.",
        "The opposition leader",
        "Minsk",
    ),
    # smearing, derailing
    (
        "Georgian officials said Moscow is trying to discredit the elections.",
        "Georgian officials",
        "Moscow",
    ),
    (
        "The rebel spokesman said Khartoum wants to derail the peace talks in Doha.",
        "The rebel spokesman",
        "Khartoum",
    ),
    # lies spread, an incite verb with a harm noun
    (
        "Kiev said Moscow is spreading disinformation about the referendum.",
        "Kiev",
        "Moscow",
    ),
    # lies named as a noun, charged to their owner
    ("Kiev said the referendum was built on Moscow's lies.", "Kiev", "Moscow"),
]


@pytest.mark.parametrize(("text", "claimer", "accused"), ACCUSING)
def test_wrongdoing_accuses(nlp: Language, text: str, claimer: str, accused: str) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert accused in targets(claim)


NOT_ACCUSING = [
    # lies with no owner
    (
        "The spokesman said the ministry would fight disinformation about the vaccine.",
        "The spokesman",
    ),
    # ties to a state, not to a hostile actor
    ("The prime minister said India maintains excellent ties with Japan.", "The prime minister"),
    # harbouring verbs whose object is no hostile actor
    ("The spokesman said Kenya hosts more than 400,000 Somali refugees.", "The spokesman"),
    ("Officials said the peacekeepers protect civilians in the camps.", "Officials"),
    # repression verbs whose object is no freedom, dissent or critic
    ("Police said they had crushed the insurgency in the north.", "Police"),
    ("The minister said the government had restricted travel to the region.", "The minister"),
    # negated, a promise of the speaker's side
    (
        "The Pakistani minister said his government will not tolerate terrorists on its soil.",
        "The Pakistani minister",
    ),
]


@pytest.mark.parametrize(("text", "claimer"), NOT_ACCUSING)
def test_no_wrongdoing(nlp: Language, text: str, claimer: str) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is not Stance.ACCUSE


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=15)
