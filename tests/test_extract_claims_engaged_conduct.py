"""Round 23 (violate23b): frames of a speaker's content that charge another side's conduct
without a hostile verb of the lexicon (:mod:`kg.extract.claims.content_acts`,
:mod:`kg.extract.claims.content_accuse`): a hostile doing one "has engaged in"
(``ENGAGED_TOLD``), an act done "with the support of" someone (``SUPPORTERS_TOLD``), both off
by default (no gain on the development parts), and findings a speaker accepts
(``FINDINGS_TOLD``, on).  Sentences quoted from public-domain copy in ``corpus/``, in no gold
part (checked by :func:`assert_in_no_gold_part`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_accuse, content_acts
from tests.claim_helpers import GOLD, assert_in_no_gold_part

# corpus/white-house-cyber-attribution.jsonl, The White House, 2021-07-19,
# https://www.whitehouse.gov/briefing-room/statements-releases/2021/07/19/the-united-states-joined-by-allies-and-partners-attributes-malicious-cyber-activity-and-irresponsible-state-behavior-to-the-peoples-republic-of-china/
ENGAGED = (
    "As detailed in public charging documents unsealed in October 2018 and July and September "
    "2020, hackers with a history of working for the PRC Ministry of State Security (MSS) have "
    "engaged in ransomware attacks, cyber enabled extortion, crypto-jacking, and rank theft "
    "from victims around the world, all for financial gain."
)


def test_sentences_are_in_no_gold_part() -> None:
    assert ENGAGED not in GOLD.read_text(encoding="utf-8")
    assert_in_no_gold_part(__file__, at_least=0)


def test_switch_defaults() -> None:
    assert content_acts.ENGAGED_TOLD is False
    assert content_acts.SUPPORTERS_TOLD is False
    assert content_accuse.FINDINGS_TOLD is True


def test_engaged_in_a_hostile_doing(nlp: Language) -> None:
    doc = nlp(ENGAGED)
    verb = next(t for t in doc if t.lemma_ == "engage")
    assert content_acts._engaged_in(verb)


def test_engaged_frame_needs_the_switch(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(ENGAGED)
    verb = next(t for t in doc if t.lemma_ == "engage")
    monkeypatch.setattr(content_acts, "ENGAGED_TOLD", False)
    assert not content_acts._perpetrates(verb)
    monkeypatch.setattr(content_acts, "ENGAGED_TOLD", True)
    assert content_acts._perpetrates(verb)
