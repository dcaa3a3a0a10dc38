"""Round 42 (branch ``threats53``, issue 12, test42's class (R)): readout threats under point 48.

:data:`kg.extract.claims.content_threat_prevent.RESULTING_CONSEQUENCES`: consequences a party's
act is foretold to "result in" / "lead to" warn that party, over the act's label ("further
unprovoked Russian aggression would result in massive consequences ... for the Russian
Federation"); consequences for the relations (point 50) or a mere possibility ("can lead to")
are left as read.

:data:`kg.extract.claims.commitments.ANSWERED_ACTS`: the importance of an answer to a named
party's hostile act ("the importance of Allied unity for the strong, swift response to Russia's
aggression") is each speaker's threat of that party; an "international" answer is others'.

The corpus texts outside the gold parts, agreement files, pool files and the allegations gold
hold no sentence of either positive shape (the corpus sentences of both are in the gold parts):
those sentences are constructed, and marked so. The real sentences are the negative cases,
each from the text named above it (its address is in no gold part, agreement, pool or
allegations file).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import commitments, content_threat_plans, content_threat_prevent
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, official_graph, resolved

#: Constructed: a readout's reaffirmed consequences of the other side's further aggression.
RESULTING = (
    "Deputy Secretary of State Wendy R. Sherman spoke with Latvian Foreign Minister Edgars "
    "Rinkevics yesterday. They reaffirmed that further Russian aggression would result in "
    "massive consequences for the Russian Federation."
)
#: Constructed: consequences of a party's move, with no "for" phrase (the move's owner).
LEADING = "Moscow says the Georgian move will lead to serious consequences."
#: Constructed: consequences for the relations (point 50), no warning read from the act.
RELATIONS = (
    "Beijing says the Japanese move will lead to serious consequences for bilateral relations."
)
#: corpus/kremlin-belarus.jsonl, http://en.kremlin.ru/events/president/news/67461 (a possibility
#: no party brings about)
BIOTECHNOLOGY = "The uncontrolled use of biotechnology can lead to unpredictable consequences."
#: Constructed: the importance of an answer to a named party's aggression.
ANSWERED = (
    "Secretary Blinken spoke today with Latvian Foreign Minister Edgars Rinkevics. The Secretary "
    "emphasized the importance of Allied unity for the strong, swift response to Russia's "
    "aggression."
)
#: corpus/white-house-russia-ukraine.jsonl, https://www.whitehouse.gov/briefing-room/
#: statements-releases/2022/02/16/statement-by-nsc-spokesperson-emily-horne-on-national-
#: security-advisor-jake-sullivans-call-with-secretary-general-of-japans-national-security-
#: secretariat-akiba-takeo/ (an international answer: others', told)
SULLIVAN = (
    "National Security Advisor Jake Sullivan spoke by phone today with Akiba Takeo, Secretary "
    "General of Japan’s National Security Secretariat, to discuss the ongoing situation in Russia "
    "and Ukraine."
)
INTERNATIONAL = (
    "Sullivan thanked Secretary General Akiba for Japan’s recent decision to divert some "
    "Liquefied Natural Gas supplies to Europe, and he underscored the importance of a strong "
    "international response to any further Russian aggression against Ukraine."
)
STATE = "U.S. Department of State"
WHITE_HOUSE = "The White House"


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)


def _threats(nlp: Language, text: str, outlet: str) -> set[tuple[str, tuple[str, ...]]]:
    graph = official_graph(nlp, text, outlet, title="Readout")
    names = {a.id: a.name for a in graph.actors}
    return {
        (names.get(c.claimer, c.claimer), tuple(names.get(t, t) for t in c.targets))
        for c in graph.claims
        if c.claim.stance is Stance.THREATEN
    }


def _news_threats(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(who, whom) for who, stance, whom in resolved(nlp, text) if stance is Stance.THREATEN]


def test_consequences_of_further_aggression_threaten_its_doer(nlp: Language) -> None:
    found = _threats(nlp, RESULTING, STATE)
    assert found == {("Wendy R. Sherman", ("Russia",)), ("Edgars Rinkevics", ("Russia",))}


def test_resulting_consequences_off_reads_no_threat(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_threat_prevent, "RESULTING_CONSEQUENCES", False)
    # wire53's BROUGHT_DOOM_THREATS reads "will result in consequences" too (merged beside it)
    monkeypatch.setattr(content_threat_plans, "BROUGHT_DOOM_THREATS", False)
    assert _threats(nlp, RESULTING, STATE) == set()


def test_a_move_leading_to_consequences_threatens_its_owner(nlp: Language) -> None:
    assert _news_threats(nlp, LEADING) == [("Russia", ["Georgia"])]


def test_consequences_for_relations_are_no_warning_of_the_act(nlp: Language) -> None:
    assert _news_threats(nlp, RELATIONS) == []


def test_a_possibility_no_party_brings_is_no_threat(nlp: Language) -> None:
    assert _news_threats(nlp, BIOTECHNOLOGY) == []


def test_the_importance_of_an_answer_threatens_the_aggressor(nlp: Language) -> None:
    found = _threats(nlp, ANSWERED, STATE)
    assert {t for _, t in found} == {("Russia",)}
    assert any("Blinken" in c for c, _ in found)


def test_answered_acts_off_reads_no_threat(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commitments, "ANSWERED_ACTS", False)
    assert _threats(nlp, ANSWERED, STATE) == set()


def test_an_international_answer_is_others(nlp: Language) -> None:
    assert _threats(nlp, f"{SULLIVAN} {INTERNATIONAL}", WHITE_HOUSE) == set()
