"""A document a body of state issues speaks for that body (round 23, branch ``speakers23``,
issue 12): a statement of a state's army is the army's claim, one of a state's embassy the
embassy's; a document with an author named otherwise keeps it, and a body with no name or
nationality leaves the document to the resolver.

No public-domain sentence where the rule fires (an embassy's or an army's statement) was
found in the unlabelled pool, `corpus/` or the stored VOA pages in the time of the round:
these tests pin its boundaries only (measured on the gold parts in
benchmarks/claims/RESULTS.md).  The first quotes the news sentence already used by
``tests/test_extract_claims_threat_frames.py`` (in no gold part, checked below); the
control is quoted from a VOA story in the pool
(``benchmarks/claims/pool/voa_pool.jsonl``, "Ivory Coast Rebels Deny Massacre", 2003-02-27,
https://www.voanews.com/a/a-13-a-2003-02-27-9-ivory-67454817/385298.html, public domain)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import non_speakers, speech_speakers
from tests.claim_helpers import assert_in_no_gold_part, claims_of

# the sentence of tests/test_extract_claims_threat_frames.py (a Greek ministry's warning)
MINISTRY_STATEMENT = (
    "A Greek foreign ministry statement warned of serious damage to Greek-Turkish relations."
)
# VOA pool, "Ivory Coast Rebels Deny Massacre" (2003-02-27)
NAMED_REPORT = (
    "The Amnesty International report says at least 52 policemen and eight of their sons were "
    "shot execution-style in the early days of the rebel uprising that began last September."
)


def test_a_nationality_on_the_document_still_names_the_author(nlp: Language) -> None:
    # "A Greek foreign ministry statement": the parser hangs "Greek" on the statement, so
    # the document's named author (the state) speaks, as before; the body rule steps aside
    claims = claims_of(nlp, MINISTRY_STATEMENT)
    assert claims
    assert {c.claimer.span.text for c in claims} == {"Greek"}


def test_switched_off_nothing_changes_here(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(non_speakers, "ISSUING_BODY", False)
    monkeypatch.setattr(speech_speakers, "ISSUING_BODY", False)
    claims = claims_of(nlp, MINISTRY_STATEMENT)
    assert {c.claimer.span.text for c in claims} == {"Greek"}


def test_a_report_with_a_named_author_keeps_it(nlp: Language) -> None:
    claims = claims_of(nlp, NAMED_REPORT)
    assert claims
    assert all("Amnesty International" in c.claimer.span.text for c in claims)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=1)
