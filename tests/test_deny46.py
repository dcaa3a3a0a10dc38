"""A rejected statement that is no allegation noun (round 40, issue 12, branch ``deny46``;
benchmarks/claims/RESULTS.md, "Round 40, deny46").

One switch, ``speech_deny.STATEMENT_OBJECTS`` (extraction): "rejected the North's comment",
"dismissed this concern", "rejects that reasoning" -- a rejection verb that needs a claim for
its object, with a noun of something another party said or argued (the ``statement_noun`` rows
of ``kg/data/denied_statements.tsv``), is a denial aimed at the one who said it.

Every sentence here is constructed, in the register of wire copy, and marked so: the corpus
(``corpus/*.jsonl``) was searched for "rejected|dismissed|disputed ... comment|remark|concern|
reasoning|argument|explanation|interpretation|portrayal|characterization" and holds no such
sentence.  No sentence here is in a gold part (tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import speech_deny
from kg.model import Stance
from tests.claim_helpers import stance_pairs


def test_the_switch_ships_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 40, deny46"
    assert speech_deny.STATEMENT_OBJECTS


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # constructed: a possessive owner, the denial spelled out by "saying"
        (
            "The border command rejected the ministry's comment, saying its patrols had "
            "never crossed the river.",
            "ministry",
        ),
        # constructed: a described owner of the comments
        ("Moscow rejected the Polish president's comments on Thursday.", "Polish president"),
    ],
)
def test_a_rejected_statement_is_a_denial_of_its_owner(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, owner: str
) -> None:
    monkeypatch.setattr(speech_deny, "STATEMENT_OBJECTS", True)
    pairs = stance_pairs(nlp, text, Stance.DENY)
    assert pairs
    assert any(owner in target for _, targets in pairs for target in targets)
    monkeypatch.setattr(speech_deny, "STATEMENT_OBJECTS", False)
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_a_concern_dismissed_is_a_denial(nlp: Language) -> None:
    # constructed: "dismiss this concern and say P"
    text = (
        "Government officials dismissed this concern and said the police only arrest "
        "suspects when there is evidence against them."
    )
    assert stance_pairs(nlp, text, Stance.DENY)


def test_a_rejected_proposal_is_no_statement_denied(nlp: Language) -> None:
    # constructed: a proposal is an offer (criticized when its owner is named), not a statement
    text = "The rebels rejected the proposal on Monday."
    assert not stance_pairs(nlp, text, Stance.DENY)
