"""Criticism by evaluation without a criticism verb (round 16, branch ``evalcrit16``, issue
12): rejecting or dismissing another party's decision, ruling or vote criticizes its owner
(the deciding body when it is the possessor; nobody named when no owner is), a phrasal
criticism aimed "at" an owned act ("lashed out at X's decision") keeps the act as content, and
a negated "encouraging" denies a merit like "not helpful".  And the precision checks: a
decision disputed (a denial), a rejected statement (a denial), a legislature's vote rejecting
a bill (an act), a venue after "lashed out at", the speaker's own results.

The sentences are wire-copy style reports written for these tests, in no gold part of
``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import stances_of


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        ("Serbia rejected the court's ruling on the province.", "Serbia", ["the court"]),
        ("China rejected the tribunal's ruling on the disputed reefs.", "China", ["the tribunal"]),
        (
            "Beijing rejected Washington's decision to sell fighter jets to Taiwan.",
            "Beijing",
            ["Washington"],
        ),
        (
            "Moldova has dismissed the Russian parliament's vote calling for recognition of "
            "the breakaway region.",
            "Moldova",
            ["Russian"],
        ),
        (
            "The envoy rejected any partition of the former Serb province.",
            "The envoy",
            [],
        ),
        (
            "The Foreign Ministry lashed out at Japan's decision to buy the disputed islands.",
            "The Foreign Ministry",
            ["Japan"],
        ),
        (
            "The inspectors said the signs of Syrian cooperation so far are not encouraging.",
            "The inspectors",
            ["Syrian"],
        ),
    ],
)
def test_rejected_or_judged_decision_criticizes_its_owner(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran disputed the decision, citing its historic rights to the islands.",
        "Russia rejected allegations that its troops shelled the town.",
        "Parliament rejected the government's decision to raise fuel taxes.",
        "The minister lashed out at a news conference in Beijing.",
        "The minister said the results of our talks were not encouraging.",
    ],
)
def test_no_criticism_of_a_decision(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.CRITICIZE for _, stance, _ in stances_of(nlp, text))


def test_a_rejected_jurisdiction_criticizes_the_court(nlp: Language) -> None:
    """Round 23 (GUIDE point 44): rejecting a court's jurisdiction, a decided thing, is criticism
    of the court; round 16 had read it as no claim."""
    assert ("Khartoum", Stance.CRITICIZE, ["the court"]) in stances_of(
        nlp, "Khartoum rejects the court's jurisdiction over the case."
    )
