"""A negated deed of the accused side told after a charge against that side anywhere earlier
in the story is a denial (round 41, issue 12, the guide's point 52, branch ``deny49``;
benchmarks/claims/RESULTS.md, "Round 41, deny49"): ``denials.STORY_CHARGES``.

Every text here is constructed, in the register of wire copy, and marked so: the corpus texts
in no gold part, agreement file or pool (``corpus/*.jsonl``, URLs checked against
benchmarks/claims/gold.jsonl, benchmarks/claims/agreement/*.jsonl, benchmarks/claims/pool/ and
benchmarks/allegations/gold.jsonl) were searched for "<we|it|he|they> <is|are|was|were|does|do>
not <verb>ing" after an accusation, allegation or claim; no hit is the accused side's answer.
No sentence here is in a gold part (tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import denials, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES

# constructed: the charge in the first sentence, the accused side's present-tense answer three
# sentences later (out of the reach of the sentence before)
STORY = (
    "Ethiopia has accused Eritrea of arming the rebels in Somalia. "
    "Thousands of Ethiopian troops are deployed in Somalia. "
    "Fighting continued in Mogadishu on Monday. "
    "Eritrea's information minister said Eritrea is not arming any group in Somalia."
)
# constructed: the same story with no charge told
NO_CHARGE = (
    "Thousands of Ethiopian troops are deployed in Somalia. "
    "Fighting continued in Mogadishu on Monday. "
    "Eritrea's information minister said Eritrea is not arming any group in Somalia."
)
# constructed: the charge aimed at another side
OTHER_SIDE = (
    "Ethiopia has accused Kenya of arming the rebels in Somalia. "
    "Thousands of Ethiopian troops are deployed in Somalia. "
    "Fighting continued in Mogadishu on Monday. "
    "Eritrea's information minister said Eritrea is not arming any group in Somalia."
)
MINISTER = "Eritrea's information minister"


def _claims(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), NEWS_RULES)
    ]


def _minister(made: list[tuple[str, Stance, list[str]]]) -> list[tuple[Stance, list[str]]]:
    return [(s, t) for c, s, t in made if c == MINISTER]


def test_the_switch_ships_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 41, deny49"
    assert denials.STORY_CHARGES is False


def test_a_negated_deed_after_a_charge_further_back_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "STORY_CHARGES", True)
    # point 7: the accuser is named neither in the sentence nor in the one before: no target
    assert _minister(_claims(nlp, STORY)) == [(Stance.DENY, [])]


def test_off_the_negated_deed_stays_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "STORY_CHARGES", False)
    assert [s for s, _ in _minister(_claims(nlp, STORY))] == [Stance.ASSERT]


def test_with_no_charge_told_the_statement_stays_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "STORY_CHARGES", True)
    assert [s for s, _ in _minister(_claims(nlp, NO_CHARGE))] == [Stance.ASSERT]


def test_a_charge_against_another_side_is_not_answered(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "STORY_CHARGES", True)
    assert [s for s, _ in _minister(_claims(nlp, OTHER_SIDE))] == [Stance.ASSERT]
