"""Claimers (round 18): "according to" a norm followed or a count without its author
("operates according to the law", "proceeding according to plan", "according to
preliminary estimates") names no one who speaks, so it makes no claim; "according to the
ministry", "according to a report by the agency" still do.  A thing that "underscores",
"shows" or "reveals" ("the clash underscores the need for talks") speaks no more than one
that "indicates".

Sentences are wire-style copy in no part of the claims gold set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_helpers import assert_in_no_gold_part, resolved

NORMS = [
    "The navy says its frigates patrol the strait strictly according to international law.",
    "Officials in Hanoi say the survey teams are marking the frontier according to the 1999 "
    "treaty.",
    "The defense ministry said the offensive in the east was proceeding according to plan.",
    "According to preliminary estimates, the blockade has cut grain exports by a third.",
]


@pytest.mark.parametrize("text", NORMS)
def test_a_norm_or_a_count_is_no_claimer(nlp: Language, text: str) -> None:
    claimers = {claimer for claimer, _, _ in resolved(nlp, text)}
    assert not claimers & {"law", "international law", "treaty", "plan", "estimates"}, claimers


def test_a_speaker_after_according_to_still_claims(nlp: Language) -> None:
    text = "According to the foreign ministry, the fishing boats entered the zone illegally."
    claimers = {claimer for claimer, _, _ in resolved(nlp, text)}
    assert any("ministry" in claimer.lower() for claimer in claimers), claimers


def test_estimates_by_a_named_author_keep_the_author(nlp: Language) -> None:
    text = "According to estimates by the United Nations, the shelling displaced 40,000 people."
    claimers = {claimer for claimer, _, _ in resolved(nlp, text)}
    assert "United Nations" in claimers, claimers


EVIDENCE = [
    "The former envoy says the clash underscores the need for a hotline between the two navies.",
    "These missile launches only underscore how isolated the regime has become, the minister said.",
]


@pytest.mark.parametrize("text", EVIDENCE)
def test_a_thing_that_underscores_is_no_claimer(nlp: Language, text: str) -> None:
    claimers = {claimer for claimer, _, _ in resolved(nlp, text)}
    assert not claimers & {"clash", "missile launches", "These missile launches"}, claimers


def test_a_speaker_who_underscores_still_claims(nlp: Language) -> None:
    text = "The foreign minister underscored that Manila would not give up its claim to the shoal."
    claimers = {claimer for claimer, _, _ in resolved(nlp, text)}
    assert any("minister" in claimer for claimer in claimers), claimers


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 9)
