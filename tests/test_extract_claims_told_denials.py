"""A denial with no accuser that takes up no charge by its noun answers the one named
speaker of the sentence before whose statement it takes up by a word of its own
(``targets_denials.TOLD_DENIALS``, round 28, context29; off by default): the guide's points
7, 14 and 43 allow the accuser named in the context sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims, targets_denials
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from kg.resolve.voice import OFFICIAL_ONLY

DEFAULT = RULES - OFFICIAL_ONLY - OPTIONAL


@pytest.fixture
def told() -> Iterator[None]:
    """The switch on for one test."""
    before = targets_denials.TOLD_DENIALS
    targets_denials.TOLD_DENIALS = True
    try:
        yield
    finally:
        targets_denials.TOLD_DENIALS = before


def denial_targets(nlp: Language, text: str) -> list[list[str]]:
    """The target texts of each denial in ``text``."""
    doc = nlp(text)
    claims: tuple[Claim, ...] = extract_claims(doc, extract_mentions(doc), DEFAULT)
    return [[t.span.text for t in c.targets] for c in claims if c.stance is Stance.DENY]


SHELLING = (
    "Human Rights Watch said government troops shelled the market on Sunday. "
    "The Defence Ministry denied that its troops had shelled the market."
)


def test_the_speaker_whose_statement_the_denial_takes_up(nlp: Language, told: None) -> None:
    assert denial_targets(nlp, SHELLING) == [["Human Rights Watch"]]


def test_off_by_default(nlp: Language) -> None:
    assert denial_targets(nlp, SHELLING) == [[]]


def test_no_word_taken_up_no_target(nlp: Language, told: None) -> None:
    found = denial_targets(
        nlp,
        "Kenyan police said the attackers fled on foot. "
        "Somalia's government denied harbouring any armed groups.",
    )
    assert found == [[]]


def test_two_speakers_before_no_target(nlp: Language, told: None) -> None:
    found = denial_targets(
        nlp,
        "Human Rights Watch said government troops shelled the market on Sunday, and "
        "Amnesty International said the market was shelled twice. "
        "The Defence Ministry denied that its troops had shelled the market.",
    )
    assert found == [[]]


def test_a_minister_of_the_deniers_own_state_by_his_fuller_name(nlp: Language, told: None) -> None:
    # "Mr. Zebari" is Iraq's by the mention two sentences back; without it he is answered
    own = (
        "Iraqi Foreign Minister Hoshyar Zebari met Kuwaiti officials on Monday. "
        "Mr. Zebari said the border posts had been moved by mistake. "
        "Baghdad had earlier denied moving any border posts."
    )
    other = (
        "Kuwaiti officials met a delegation on Monday. "
        "Mr. Zebari said the border posts had been moved by mistake. "
        "Baghdad had earlier denied moving any border posts."
    )
    assert denial_targets(nlp, own) == [[]]
    assert denial_targets(nlp, other) == [["Zebari"]]
