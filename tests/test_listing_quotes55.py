"""Round 43 (branch ``polygraph55``, class Q): a fact-check listing's quotations.

:data:`kg.extract.claims.speech_quotes.LISTED_QUOTES_UNNAMED`: in a text that opens with a
quotation no one is named for and no attribution closes (a fact-check listing's item), a
quotation that opens a later sentence with no attribution takes no speaker carried over from
the item before it.

The corpus holds no fact-check listing (no text of corpus/*.jsonl opens with an unattributed
quotation followed by a verdict and a second quoted item), so the listing below is CONSTRUCTED
(marked so), as is its variant whose first quotation an attribution closes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import speech_quotes
from kg.model import Article, Claim
from tests.claim_helpers import assert_in_no_gold_part

#: CONSTRUCTED (no corpus text has a listing's shape): two quoted items with no speaker, the
#: first item's verdict naming a speaker of its own between them.
LISTING = (
    "“The western sanctions have completely failed and our economy keeps growing.” "
    "The finance ministry says growth slowed to under one percent last year. "
    "“Our grain exports reached a record volume this season.” "
    "Official trade figures show grain exports fell by a fifth."
)


def _claims(nlp: Language, text: str) -> list[Claim]:
    article = Article(id="listing", text=text, source="test", outlet="VOA")
    return list(extract(nlp(text), article).claims)


def _second_item(claims: list[Claim], text: str = LISTING) -> list[Claim]:
    start = text.index("“Our grain")
    return [c for c in claims if start <= c.cue.start < start + 60]


def test_listing_quotation_takes_no_carried_speaker(nlp: Language) -> None:
    assert _second_item(_claims(nlp, LISTING)) == []


def test_without_the_switch_the_verdict_s_speaker_is_carried_over(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech_quotes, "LISTED_QUOTES_UNNAMED", False)
    carried = _second_item(_claims(nlp, LISTING))
    assert [c.rule.split("+")[0] for c in carried] == ["follow_on_quote"], carried


def test_an_attributed_opening_quotation_is_no_listing(nlp: Language) -> None:
    # CONSTRUCTED: the listing above with its first quotation attributed at its close
    text = LISTING.replace("growing.” The finance", "growing,” the minister said. The finance")
    assert len(_second_item(_claims(nlp, text), text)) == 1


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 1)
