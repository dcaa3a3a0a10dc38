"""Denials told as content and evidence-absence doubts (round 38, second wave, issue 12, branch
``deny42``; benchmarks/claims/RESULTS.md, "Round 38 (second wave, after the blind scoring),
deny42").

Two switches of ``kg.extract.claims.content_deny``: ``OWNED_ARMS`` (the speaker's own side says
it has no arms, no forces doing the deed, or no plan of a hostile act: a denial) and
``THIRD_PARTY_DOUBTS`` ("no evidence that P" whose named doer is not the speaker's side is the
speaker's doubt, an assertion, also where the speaker's side is not known).

Every sentence here is constructed, in the register of wire copy, and marked so: the corpus
(``corpus/*.jsonl``) was searched for "has/have no (chemical|nuclear|banned) weapons", "no
intention of", "no plans to", "there are no ... fighting", "no evidence (that|suggesting|to
suggest) X ..." and every real sentence of these shapes outside the claims gold lies in a text
that benchmarks/allegations/gold.jsonl annotates (state.gov's ICJ order statement, Kremlin news
67487, 67843 and 67913, VOA's 2008 Abkhazia drone story, the President of Ukraine's Munich
speech), so none may be quoted.  No sentence here is in a gold part
(tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_deny
from kg.model import Stance
from tests.claim_helpers import stance_pairs


def test_the_switches_ship_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 38 (second wave, after the blind scoring), deny42"
    assert content_deny.OWNED_ARMS
    assert content_deny.THIRD_PARTY_DOUBTS


@pytest.mark.parametrize(
    "text",
    [
        # constructed: the side's own arms said not to exist
        "The Syrian foreign ministry said Syria has no chemical weapons.",
        # constructed: its forces said not to be there doing the deed (no place named)
        "Iran's defence ministry said there are no Iranian commandos fighting beside the rebels.",
        # constructed: a hostile plan disowned
        "The Rwandan army said Rwanda has no intention of invading Congo.",
    ],
)
def test_the_own_side_having_none_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_deny, "OWNED_ARMS", True)
    assert stance_pairs(nlp, text, Stance.DENY)
    monkeypatch.setattr(content_deny, "OWNED_ARMS", False)
    assert not stance_pairs(nlp, text, Stance.DENY)


@pytest.mark.parametrize(
    "text",
    [
        # constructed: another side's plan, not the speaker's
        "The Rwandan army said Congo has no intention of invading Rwanda.",
        # constructed: an interest, not a hostile plan (the development gold reads it assert)
        "Ethiopia's foreign minister said Ethiopia has no interest in the region.",
    ],
)
def test_another_sides_lack_or_a_mere_interest_is_no_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_deny, "OWNED_ARMS", True)
    assert not stance_pairs(nlp, text, Stance.DENY)
    assert stance_pairs(nlp, text, Stance.ASSERT)


def test_no_evidence_of_anothers_deed_is_a_doubt(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: a speaker of no known side doubting a named state's deed
    text = "Weapons inspectors said they found no evidence that Syria is hiding chemical weapons."
    monkeypatch.setattr(content_deny, "THIRD_PARTY_DOUBTS", True)
    assert not stance_pairs(nlp, text, Stance.DENY)
    assert [c for c, _ in stance_pairs(nlp, text, Stance.ASSERT)] == ["Weapons inspectors"]
    monkeypatch.setattr(content_deny, "THIRD_PARTY_DOUBTS", False)
    assert stance_pairs(nlp, text, Stance.DENY)


@pytest.mark.parametrize(
    "text",
    [
        # constructed: the accused side's own deed said to be unproven
        "Syria's foreign ministry said there is no evidence that Syria supplied the weapons.",
        # constructed: the evidence of the accuser's claim
        "The ministry said the Americans have no evidence to support their claim.",
    ],
)
def test_no_evidence_of_ones_own_deed_or_of_a_claim_stays_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_deny, "THIRD_PARTY_DOUBTS", True)
    assert stance_pairs(nlp, text, Stance.DENY)
