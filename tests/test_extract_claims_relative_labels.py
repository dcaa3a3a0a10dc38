"""A label in a relative clause whose object is the relative pronoun labels the antecedent
(round 15, branch ``coverage15``, found by frequency on unlabelled VOA copy): "X, whom he
called a war criminal" accuses X, and the pronoun subject is the main clause's subject, not
X; "a charge which it called absurd" denies the charge.  A neutral label in such a clause,
and a free relative ("what he called ..."), make no new claim.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import labels
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "The opposition leader attacked Omar al-Bashir, whom he called a war criminal.",
            "The opposition leader",
            "Omar al-Bashir",
        ),
        (
            "The bishop urged London to act on Robert Mugabe, whom he called a racist dictator.",
            "The bishop",
            "Robert Mugabe",
        ),
    ],
)
def test_relative_label_accuses_the_antecedent(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    found = stances_of(nlp, text)
    assert (claimer, Stance.ACCUSE, [target]) in found, found


def test_relative_label_with_which_denies_the_charge(nlp: Language) -> None:
    found = [
        (c, s)
        for c, s, _ in stances_of(nlp, "Beijing rejected the new charge, which it called absurd.")
    ]
    assert found.count(("Beijing", Stance.DENY)) == 2, found


def test_neutral_relative_label_is_no_claim(nlp: Language) -> None:
    text = "The envoy met the Korean ambassador, whom he called his oldest colleague in Geneva."
    found = stances_of(nlp, text)
    assert not any("called" in str(f) for f in found), found
    assert all(s is not Stance.ASSERT or t != ["the Korean ambassador"] for _, s, t in found)


def test_free_relative_still_needs_an_owner(nlp: Language) -> None:
    text = "The army fired on what it called terrorist positions near the border."
    assert not any(s is Stance.ACCUSE for _, s, _ in stances_of(nlp, text))


def test_flag_off_restores_the_old_reading(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "RELATIVE_ANTECEDENT", False)
    text = "The opposition leader attacked Omar al-Bashir, whom he called a war criminal."
    found = stances_of(nlp, text)
    assert ("The opposition leader", Stance.ACCUSE, ["Omar al-Bashir"]) not in found


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)
