"""Denials told as content and the claimers of denials (round 39, issue 12, branch ``deny44``;
benchmarks/claims/RESULTS.md, "Round 39, deny44").

Four switches:

- ``content_deny.EVIDENCE_DISMISSED`` (extraction): the charge's evidence called fake, forged,
  doctored or inconsistent is a denial of the charge it was shown for;
- ``content_deny.DEFENDED_INNOCENCE`` (extraction, off by its bar): a defended person's
  innocence told as content after a charge ("X is innocent", "did not participate in any of the
  killings") is a denial;
- ``labels.MODIFIER_OBJECTS`` (extraction): 'called this information "nonsense"' with the
  object parsed as a modifier of the quoted label keeps its claim;
- ``speakers.TITLED_SURNAMES`` (resolution): "Spokesman Asefi" is the person the document named
  before in full.

Every sentence here is constructed, in the register of wire copy, and marked so: the corpus
(``corpus/*.jsonl``) was searched for "is innocent", "not guilty", "never engaged in", "did not
participate in", "only moral support", "Spokesman <Name> said", "called ... nonsense" and
"<documents|files|photos|video> were fake|forged|doctored|inconsistent", and every real
sentence of these shapes lies in a text that a gold file (benchmarks/claims/gold.jsonl or
benchmarks/allegations/gold.jsonl) or the claims pool names, so none may be quoted.  No sentence
here is in a gold part (tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_deny, labels
from kg.model import Stance
from kg.resolve import speakers
from tests.claim_helpers import resolved, stance_pairs


def test_the_switches_ship_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 39, deny44"
    assert content_deny.EVIDENCE_DISMISSED
    assert not content_deny.DEFENDED_INNOCENCE  # off by its bar: held-out test28 -1
    assert labels.MODIFIER_OBJECTS
    assert speakers.TITLED_SURNAMES


@pytest.mark.parametrize(
    "text",
    [
        # constructed: the evidence called fake in a that-clause
        "Colombia says files found on a rebel laptop prove that Venezuela funded the rebels. "
        "Mr. Chavez said the computer files were fake.",
        # constructed: the evidence called inconsistent (a predicate adjective)
        "Georgia says the recordings prove the plot. Russia said the recordings are inconsistent.",
        # constructed: the documents called inconsistent (a label verb)
        "Colombia says documents found on a rebel laptop prove that Venezuela funded the rebels. "
        "The Venezuelan foreign minister called the documents inconsistent and incomprehensible.",
    ],
)
def test_the_charges_evidence_dismissed_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_deny, "EVIDENCE_DISMISSED", True)
    assert stance_pairs(nlp, text, Stance.DENY)
    monkeypatch.setattr(content_deny, "EVIDENCE_DISMISSED", False)
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_a_report_inconsistent_with_the_facts_is_no_evidence_dismissed(nlp: Language) -> None:
    # constructed: "inconsistent" with a complement, of a statement that is no evidence item
    text = "He said the plan was inconsistent with the treaty."
    assert not stance_pairs(nlp, text, Stance.DENY)


@pytest.mark.parametrize(
    "text",
    [
        # constructed: the defended person said to be innocent, after the charge
        "Prosecutors accused the general of ordering the massacre. "
        "His lawyer said the general is innocent.",
        # constructed: the defended person's part in any crime negated
        "Prosecutors accused the general of ordering the massacre. "
        "His lawyer said the general did not participate in any of the killings.",
        # constructed: "never engaged in any" deed
        "China charged the scholar with separatism. "
        "His lawyer said the scholar never engaged in any separatist activities.",
    ],
)
def test_a_defended_persons_innocence_after_a_charge_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_deny, "DEFENDED_INNOCENCE", True)
    denials = stance_pairs(nlp, text, Stance.DENY)
    assert [claimer for claimer, _ in denials] == ["His lawyer"]
    monkeypatch.setattr(content_deny, "DEFENDED_INNOCENCE", False)
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_innocence_with_no_charge_stays_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: no charge stated anywhere (the guide's point 21)
    monkeypatch.setattr(content_deny, "DEFENDED_INNOCENCE", True)
    text = "The minister said the general is innocent."
    assert not stance_pairs(nlp, text, Stance.DENY)
    assert stance_pairs(nlp, text, Stance.ASSERT)


def test_information_called_nonsense_with_a_misparsed_object(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: the parser hangs "this information" on the quoted label
    text = (
        "Georgia accused Russia of bombing the village. According to the Interfax news agency, "
        'a spokesman of the Russian Defense Ministry called this information "nonsense".'
    )
    monkeypatch.setattr(labels, "MODIFIER_OBJECTS", True)
    denials = stance_pairs(nlp, text, Stance.DENY)
    assert [claimer for claimer, _ in denials] == ["a spokesman of the Russian Defense Ministry"]
    monkeypatch.setattr(labels, "MODIFIER_OBJECTS", False)
    assert not stance_pairs(nlp, text, Stance.DENY)


def test_a_title_and_surname_is_the_person_named_before(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: the tagger leaves "Spokesman Asefi" untagged or a product
    text = (
        "Iran denied the charges on Monday, Foreign Ministry spokesman Hamid Reza Asefi said. "
        "Spokesman Asefi said the report is baseless."
    )
    monkeypatch.setattr(speakers, "TITLED_SURNAMES", True)
    deniers = {claimer for claimer, stance, _ in resolved(nlp, text) if stance is Stance.DENY}
    assert deniers == {"Iran", "Hamid Reza Asefi"}
    monkeypatch.setattr(speakers, "TITLED_SURNAMES", False)
    deniers = {claimer for claimer, stance, _ in resolved(nlp, text) if stance is Stance.DENY}
    assert "Hamid Reza Asefi" not in deniers
