"""Round 43 (branch ``content56``, issue 12): a quotation that closes the sentence before
"X said ... that “Q”" is not the verb's content.

:data:`kg.extract.claims.spans.STOPPED_QUOTE_BEFORE` (shipped off by its bar; see
benchmarks/claims/RESULTS.md, "Round 43, content56"): when a speech verb has a quotation of its
own after it, a quotation just before its speaker whose text ends with a full stop inside its
closing mark belongs to the previous sentence and is not attached.  A split quote (ending with a
comma) is still attached.

Every corpus text of this shape (a '.”' quotation, then 'X said/added, “...”') is in a gold part
or the allegations gold, so the texts below are CONSTRUCTED (marked so).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import spans
from kg.model import Article, Claim
from tests.claim_helpers import assert_in_no_gold_part

#: CONSTRUCTED: a denial closing its sentence inside its quotation, then another speaker's
#: "said in an interview that “...”".
TWO_SPEAKERS = (
    "The ministry called the report “baseless and absurd.” "
    "The senator said in an interview on Monday that “the government hid the data for months.”"
)

#: CONSTRUCTED: one speaker's split quotation, the first half ending with a comma.
SPLIT = "“We are ready to talk,” the envoy said, “but not under threats of force.”"


def _claims(nlp: Language, text: str) -> list[Claim]:
    article = Article(id="quote-before", text=text, source="test", outlet="VOA")
    return list(extract(nlp(text), article).claims)


def _said(claims: list[Claim]) -> Claim:
    said = [c for c in claims if c.cue.text == "said"]
    assert len(said) == 1, claims
    return said[0]


def test_the_previous_sentence_s_quotation_is_not_the_content(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spans, "STOPPED_QUOTE_BEFORE", True)
    claim = _said(_claims(nlp, TWO_SPEAKERS))
    assert claim.content is not None
    assert claim.content.text.startswith("the government hid the data"), claim.content


def test_without_the_switch_the_earlier_quotation_is_taken(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spans, "STOPPED_QUOTE_BEFORE", False)
    claim = _said(_claims(nlp, TWO_SPEAKERS))
    assert claim.content is not None
    assert "baseless" in claim.content.text, claim.content


def test_a_split_quotation_keeps_its_first_half(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spans, "STOPPED_QUOTE_BEFORE", True)
    claim = _said(_claims(nlp, SPLIT))
    assert claim.content is not None
    assert "ready to talk" in claim.content.text, claim.content


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=1)
