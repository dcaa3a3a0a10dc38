"""Round 44 (branch ``claimers57``, issue 12, test44's class Z3): a speaker's noun phrase ends
before the occasion it spoke at.

:data:`kg.extract.claims.spans.OCCASION_ADJUNCTS`: "Frazer in a speech Monday at a Washington
think tank accused ..." names the speaker "Frazer"; "in a speech ..." says where she spoke, as
"on Thursday" says when.  The occasions are ``kg/data/occasion_adjuncts.tsv``; venues people
are named by ("delegates at the meeting") stay in the phrase.

No real news sentence of this shape that is in no gold part was found (searches of the stored
pages for a name followed by "in a speech" / "in an interview" and a speech verb), so the texts
below are CONSTRUCTED (marked so), in the shape of test44's wire copy (no test44 sentence).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import spans
from kg.model import Article, Claim
from tests.claim_helpers import assert_in_no_gold_part

#: CONSTRUCTED: a surname the entity tagger leaves untagged, then the occasion of the speech
#: between name and verb (a tagged name is an entity mention, which no phrase changes).
SPEECH = (
    "Frazer in a speech Tuesday at a Chicago university accused the government of Sudan of "
    "blocking food aid."
)

#: CONSTRUCTED: the same with an interview and a news conference.
INTERVIEW = "Lavrov in an interview with state television accused Kyiv of shelling the plant."
CONFERENCE = (
    "Officials at a news conference in Kabul said the attack was planned across the border."
)

#: CONSTRUCTED: a venue that names the speakers: it stays.
MEETING = "Delegates at the meeting said the sanctions had failed."


def _claims(nlp: Language, text: str) -> list[Claim]:
    article = Article(id="claimers57", text=text, source="test", outlet="VOA")
    return list(extract(nlp(text), article).claims)


def _claimers(nlp: Language, text: str) -> set[str]:
    return {c.claimer.span.text for c in _claims(nlp, text) if c.claimer is not None}


def test_the_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def test_a_speech_s_occasion_is_no_part_of_the_speaker(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spans, "OCCASION_ADJUNCTS", True)
    found = _claimers(nlp, SPEECH)
    assert "Frazer" in found, found
    assert not any("speech" in name for name in found), found


def test_an_interview_and_a_news_conference_too(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spans, "OCCASION_ADJUNCTS", True)
    assert "Lavrov" in _claimers(nlp, INTERVIEW)
    assert not any("conference" in name for name in _claimers(nlp, CONFERENCE))


def test_a_venue_that_names_the_speakers_stays(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spans, "OCCASION_ADJUNCTS", True)
    assert any("meeting" in name for name in _claimers(nlp, MEETING)), _claimers(nlp, MEETING)


def test_without_the_switch_the_occasion_stays_in_the_phrase(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spans, "OCCASION_ADJUNCTS", False)
    assert any("speech" in name for name in _claimers(nlp, SPEECH)), _claimers(nlp, SPEECH)
    assert any("interview" in name for name in _claimers(nlp, INTERVIEW))
