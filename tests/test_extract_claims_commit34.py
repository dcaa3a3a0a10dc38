"""Round 33 (branch ``commit34``, issue 12): a commitment takes the stance of what is committed
to (:mod:`kg.extract.claims.commitments`, switch ``COMMITTED_STANCES``, words in
``kg/data/commitment_objects.tsv``), a readout's shared concern is a criticism (two rows of
``kg/data/claim_cues.tsv``), and a demand addressed to "the Russian side" names Russia
(``demands.SIDE_STATES``).

The sentences are State Department and White House readouts of the dispute corpus
(``corpus/state-department-*.jsonl``, ``corpus/white-house-*.jsonl``, public domain) and a
President of Ukraine news item (``corpus/president-of-ukraine-russia-ukraine.jsonl``, CC BY
4.0, attribution "President of Ukraine, president.gov.ua"), each from a document no gold
part or agreement file holds.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import commitments, demands
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

#: corpus/state-department-libya.jsonl: a commitment to another state's sovereignty.
LIBYA = (
    "The Foreign Minister and Deputy Secretary reaffirmed their strong commitment to the "
    "sovereignty, independence, territorial integrity, and national unity of Libya and the "
    "priority for organizing national elections in the near term."
)
#: corpus/state-department-russia-ukraine.jsonl: "will continue to support X".
CONTINUE_SUPPORT = (
    "Together, we will continue to support Ukraine’s defense of its sovereignty and "
    "territorial integrity, and we will continue to fund humanitarian assistance for those in "
    "need."
)
#: corpus/state-department-russia-ukraine.jsonl: committed to holding a party accountable.
HOLD_ACCOUNTABLE = (
    "They reaffirmed their resolute support for Ukraine’s sovereignty and independence and "
    "committed to holding the Kremlin accountable for its war of aggression in Ukraine."
)
#: corpus/state-department-russia-ukraine.jsonl: a commitment that names no party.
COUNTERING_THREATS = (
    "The Ministers committed to countering threats to economic security and to the "
    "rules-based international economic order and noted recent developments in both "
    "countries, including passage of Japan’s Economic Security Promotion Act."
)
#: corpus/white-house-russia-ukraine.jsonl: a shared concern, and a commitment to a state.
SHARED_CONCERN = (
    "They discussed their shared concern about Russia’s build-up of forces along Ukraine’s "
    "border, and underscored their commitment to Ukraine’s sovereignty and territorial "
    "integrity."
)
#: corpus/president-of-ukraine-russia-ukraine.jsonl: "the Czech side" as an addressee.
CZECH_SIDE = (
    "Ihor Zhovkva called on the Czech side not only to support such a decision, but also to "
    "make efforts to persuade other EU states, which are still showing a more restrained "
    "position."
)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)


def _found(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in claims_of(nlp, text)
    ]


def test_commitment_to_a_state_is_approval(nlp: Language) -> None:
    found = _found(nlp, LIBYA)
    assert [(s, t) for _, s, t in found] == [(Stance.APPROVE, ["Libya"])] * 2


def test_continued_support_is_approval(nlp: Language) -> None:
    found = [(s, t) for _, s, t in _found(nlp, CONTINUE_SUPPORT)]
    assert (Stance.APPROVE, ["Ukraine"]) in found
    # "will continue to fund humanitarian assistance" supports no named party: no claim
    assert len(found) == 1


def test_holding_to_account_is_a_threat(nlp: Language) -> None:
    found = [(s, t) for _, s, t in _found(nlp, HOLD_ACCOUNTABLE)]
    assert (Stance.THREATEN, ["Kremlin"]) in found
    assert (Stance.APPROVE, ["Ukraine"]) in found


def test_commitment_naming_no_party_stays_assertion(nlp: Language) -> None:
    found = [s for _, s, _ in _found(nlp, COUNTERING_THREATS)]
    assert Stance.ASSERT in found
    assert Stance.THREATEN not in found


def test_shared_concern_and_commitment(nlp: Language) -> None:
    found = [(s, t) for _, s, t in _found(nlp, SHARED_CONCERN)]
    assert (Stance.CRITICIZE, ["Russia"]) in found
    assert (Stance.APPROVE, ["Ukraine"]) in found


@pytest.mark.parametrize("text", [LIBYA, CONTINUE_SUPPORT, HOLD_ACCOUNTABLE])
def test_switch_off_is_the_round_32_reading(
    nlp: Language, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commitments, "COMMITTED_STANCES", False)
    found = [s for _, s, _ in _found(nlp, text)]
    assert Stance.THREATEN not in found
    assert found.count(Stance.APPROVE) == (1 if text == HOLD_ACCOUNTABLE else 0)


def test_a_named_side_is_its_state(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(CZECH_SIDE)
    verb = next(t for t in doc if t.lemma_ == "call")
    assert [t.text for t in demands._addressee(verb, "call")] == ["Czech"]
    monkeypatch.setattr(demands, "SIDE_STATES", False)
    assert demands._addressee(verb, "call") == []
    # asked to support a decision: nothing wrong is presupposed, no criticism
    assert Stance.CRITICIZE not in [s for _, s, _ in _found(nlp, CZECH_SIDE)]
