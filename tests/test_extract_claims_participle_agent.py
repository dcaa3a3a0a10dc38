"""The optional ``participle_agent`` family (round 20, charge20,
:func:`kg.extract.claims.content_accuse._participle_act_agents`): a hostile noun whose doer
is named only as the "by" agent of a participle on it ("the threats posed by Iran"), and a
hostile actor's supporter so named ("proxy groups backed by ...").  The
sentences are quoted from the public-domain official texts of ``corpus/`` (White House,
State Department),
in no gold part (checked below and by ``tests/test_tests_sources.py``)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims.content_accuse import _participle_act_agents
from tests.claim_helpers import assert_in_no_gold_part

# corpus/white-house-israel-palestinians.jsonl, https://www.whitehouse.gov/briefing-room/
# statements-releases/2021/08/02/readout-of-national-security-advisor-jake-sullivans-
# meeting-with-incoming-israeli-national-security-advisor-dr-eyal-hulata/ (public domain)
POSED_BY_STATE = (
    "Hulata discussed the strategic challenges in the region, including the threat posed by "
    "Iran, and agreed to consult closely on these issues."
)
# corpus/state-department-somalia.jsonl, https://www.state.gov/secretary-blinkens-call-with-somali-
# president-hassan-sheikh/ (public domain; a sentence cut at its start by the page's markup)
POSED_BY_THING = (
    "forces to Somalia on a persistent basis, the Secretary conveyed the United States’ "
    "enduring support for efforts by Somalia and the African Union to combat the threat posed "
    "by terrorist groups."
)

# corpus/white-house-syria.jsonl, https://www.whitehouse.gov/briefing-room/statements-releases/
# 2022/07/15/the-jeddah-communique-a-joint-statement-between-the-united-states-of-america-and-
# the-kingdom-of-saudi-arabia/ (public domain)
BACKED_BY_UNNAMED = (
    "They stressed the need for supporting governments in the region facing threats from "
    "terrorists or proxy groups backed by outside powers."
)


def _agents(nlp: Language, text: str, own: set[str] | None = None) -> list[str]:
    doc = nlp(text)
    return [t.text for t in _participle_act_agents(doc[:], lambda: own or set())]


def test_participle_agent_is_the_doer(nlp: Language) -> None:
    assert "Iran" in _agents(nlp, POSED_BY_STATE)


def test_no_actor_agent_charges_nobody(nlp: Language) -> None:
    assert _agents(nlp, POSED_BY_THING) == []


def test_supporter_naming_no_side_charges_nobody(nlp: Language) -> None:
    assert _agents(nlp, BACKED_BY_UNNAMED) == []


def test_speakers_own_side_is_not_charged(nlp: Language) -> None:
    assert "Iran" not in _agents(nlp, POSED_BY_STATE, own={"iran"})


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=0)
