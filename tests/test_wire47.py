"""Round 40, second wave (branch ``wire47``, issue 12, test40's class (A)): wire copy's
criticisms and accusations read as assertions.

- :data:`kg.extract.claims.denials.DISPLEASED_SIDES`: a spokesman telling his own side's
  displeasure or anger at another side's doing ("said China is dissatisfied by U.S. comments",
  "said Beijing has been angered by U.S. Navy ... forays") criticizes the doer; a state's armed
  service named by the state's name stands for the state.
- :data:`kg.extract.claims.speech.OPPOSITE_SIDES`: "X and Y have accused the opposite side of
  P" is each party's accusation of the other, as "accused each other" is.

Every text here is constructed, and says so: the corpus texts in no gold file
(``corpus/*.jsonl`` less the URLs of the claims gold, its agreement and pool files and the
allegations gold) hold no spokesman's "<side> is/has been dissatisfied/displeased/unhappy/
angered/upset by/with/over ..." (searched with regular expressions over every corpus sentence:
two hits, neither inside what a speaker says) and no "accused/blamed the other/opposite side"
(one "the other side" in the whole corpus, in no accusation).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import denials, speech
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: a spokesman tells his own state's displeasure with another state's words.
DISSATISFIED = (
    "A foreign ministry spokesman in Beijing said China is deeply dissatisfied with Japan's "
    "remarks on the islands."
)
#: Constructed: the anger parsed as a passive verb, the doer a state's armed service.
ANGERED = (
    "A spokesman for China's defense ministry said Beijing has been angered by U.S. Air Force "
    "flights near the islands."
)
#: Constructed: the spokesman tells another side's displeasure, not his own side's.
OTHERS_DISPLEASURE = (
    "A spokesman for China's defense ministry said Washington is dissatisfied with Japan's "
    "remarks on the islands."
)
#: Constructed: two coordinated parties accuse "the other side".
BOTH_SIDES = (
    "Armenia and Azerbaijan have accused the other side of shelling villages along the border."
)
#: Constructed: one party alone keeps the description for the resolver.
ONE_SIDE = "Armenia has accused the other side of shelling villages along the border."


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def _said(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    """The stance and targets of the spokesman's claims (the claimer's text starts with "A")."""
    return [(s, t) for c, s, t in stances_of(nlp, text) if c.startswith("A ")]


def test_own_sides_displeasure_criticizes_the_doer(nlp: Language) -> None:
    assert _said(nlp, DISSATISFIED) == [(Stance.CRITICIZE, ["Japan"])]


def test_own_sides_anger_at_an_armed_service_criticizes_its_state(nlp: Language) -> None:
    assert _said(nlp, ANGERED) == [(Stance.CRITICIZE, ["U.S."])]


def test_another_sides_displeasure_is_only_told(nlp: Language) -> None:
    assert [s for s, _ in _said(nlp, OTHERS_DISPLEASURE)] == [Stance.ASSERT]


def test_displeased_sides_off_leaves_assertions(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "DISPLEASED_SIDES", False)
    assert [s for s, _ in _said(nlp, DISSATISFIED)] == [Stance.ASSERT]
    assert [s for s, _ in _said(nlp, ANGERED)] == [Stance.ASSERT]


def test_coordinated_parties_accuse_each_other_through_the_other_side(nlp: Language) -> None:
    assert sorted(stances_of(nlp, BOTH_SIDES)) == [
        ("Armenia", Stance.ACCUSE, ["Azerbaijan"]),
        ("Azerbaijan", Stance.ACCUSE, ["Armenia"]),
    ]


def test_one_party_keeps_the_description(nlp: Language) -> None:
    assert stances_of(nlp, ONE_SIDE) == [("Armenia", Stance.ACCUSE, ["the other side"])]


def test_opposite_sides_off_keeps_the_description(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech, "OPPOSITE_SIDES", False)
    assert sorted(stances_of(nlp, BOTH_SIDES)) == [
        ("Armenia", Stance.ACCUSE, ["the other side"]),
        ("Azerbaijan", Stance.ACCUSE, ["the other side"]),
    ]
