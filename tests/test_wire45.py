"""Round 39, second wave (branch ``wire45``, issue 12, test39's class (W) and ``dev6``'s
accusations read as assertions): a reason to believe a charge, a finding endorsed as true that
lays a deed at an actor's door, a claimed part of a place, and the claimants of a list the
parser broke.

- :data:`kg.extract.claims.content_evidence.BELIEF_REASONS`: "there is good reason to believe
  that X attacked ..." is read as the believed clause.
- :data:`kg.extract.claims.content_evidence.ENDORSED_FINDINGS`: "the findings of an inquiry that
  blames the downing on X are convincing" accuses X.
- :data:`kg.extract.claims.territorial.PARTITIVE_PLACES`: "X claims parts of the sea" is X's
  territorial claim.
- :data:`kg.extract.claims.territorial.LISTED_CLAIMANTS`: "A, B, C and D all claim ..." (the
  parser hangs B on A as an ``npadvmod``) is a claim of each.

Most positive texts are constructed, and say so: the corpus texts in no gold file
(``corpus/*.jsonl`` less the URLs of the claims gold, its agreement and pool files and the
allegations gold) hold no "reason to believe/think/suspect that", no endorsed finding
("compelling", "convincing", "conclusive" ...) and no claim to a part of a place (searched with
regular expressions for each shape: every corpus hit is in a gold file); the corpus sentence
below is from those texts.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_evidence, territorial
from kg.extract.claims.content_evidence import believed_clause
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved, stances_of

#: Constructed: a reason to believe a state's agents attacked.
BELIEVED = (
    "Officials said there is good reason to believe that Iran was responsible for the attack on "
    "the tanker."
)
#: Constructed: the same reason denied.
NO_REASON = (
    "Officials said there is no reason to believe that Iran was responsible for the attack on "
    "the tanker."
)
#: Constructed: a reason to believe something that charges nobody.
BELIEVED_HARMLESS = "Officials said there is good reason to believe that the talks will resume."
#: https://www.president.gov.ua/en/news/dajte-nam-bilshe-zbroyi-andrij-yermak-73977
#: (President of Ukraine; a reason noun with no belief: no clause framed).
NO_BELIEF = (
    "At the same time, there is no reason to talk about a full-fledged withdrawal of Russian "
    "troops from the Kyiv direction."
)
#: Constructed: an endorsed finding that lays a downing at a state's forces' door.
ENDORSED = (
    "The minister said the findings of an international inquiry that attributes the downing to "
    "Russia are convincing."
)
#: Constructed: an endorsed finding that names no one.
ENDORSED_NOBODY = "The minister said the findings of the international inquiry are convincing."
#: Constructed: a claim to a part of a sea.
PART = "Malaysia claims parts of the Spratly Islands, the ministry said on Monday."
#: Constructed: a list of claimants the parser breaks ("Vietnam" an ``npadvmod`` of "The
#: Philippines"), claiming a territory.
LISTED = "The Philippines, Vietnam, Brunei, Taiwan and Malaysia all claim islands in the region."
#: Constructed: a part of something that is no place.
NO_PLACE = "The company claims much of the credit for the deal."


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=8)


def test_a_reason_to_believe_a_charge_accuses(nlp: Language) -> None:
    found = resolved(nlp, BELIEVED)
    assert any(s is Stance.ACCUSE and "Iran" in t for _, s, t in found), found


def test_a_denied_or_harmless_belief_accuses_nobody(nlp: Language) -> None:
    for text in (NO_REASON, BELIEVED_HARMLESS):
        found = resolved(nlp, text)
        assert not any(s is Stance.ACCUSE for _, s, _t in found), (text, found)


def test_a_reason_with_no_belief_frames_no_clause(nlp: Language) -> None:
    doc = nlp(NO_BELIEF)
    assert believed_clause([t for t in doc if t.dep_ == "ROOT"]) is None
    doc = nlp(BELIEVED)
    verbs = [t for t in doc if t.lemma_ == "be" and any(c.dep_ == "expl" for c in t.children)]
    framed = believed_clause(verbs)
    assert framed is not None and framed.text == "Iran was responsible for the attack on the tanker"


def test_belief_reasons_off_leaves_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_evidence, "BELIEF_REASONS", False)
    found = resolved(nlp, BELIEVED)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def test_an_endorsed_finding_accuses_the_actor_it_blames(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = resolved(nlp, ENDORSED)
    assert any(s is Stance.ACCUSE and "Russia" in t for _, s, t in found), found
    found = resolved(nlp, ENDORSED_NOBODY)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found
    monkeypatch.setattr(content_evidence, "ENDORSED_FINDINGS", False)
    found = resolved(nlp, ENDORSED)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def _territorial(nlp: Language, text: str) -> list[str]:
    return [
        claimer
        for claimer, stance, _t in stances_of(nlp, text)
        if stance is Stance.ASSERT and claimer != "the ministry"
    ]


def test_a_claimed_part_of_a_place_is_a_territorial_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _territorial(nlp, PART) == ["Malaysia"]
    assert _territorial(nlp, NO_PLACE) == []
    monkeypatch.setattr(territorial, "PARTITIVE_PLACES", False)
    assert _territorial(nlp, PART) == []


def test_a_broken_list_claims_each(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = ["Brunei", "Malaysia", "Philippines", "Taiwan", "Vietnam"]
    assert sorted(_territorial(nlp, LISTED)) == listed
    monkeypatch.setattr(territorial, "LISTED_CLAIMANTS", False)
    assert _territorial(nlp, LISTED) == ["Philippines"]
