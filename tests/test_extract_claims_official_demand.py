"""An official text's demand of a named actor to do anything criticizes the addressee
(family ``official_demand``, :mod:`kg.extract.claims.demands`, round 20).  Sentences from
the State Department and White House texts of ``corpus/`` that are in no gold part of
``benchmarks/claims/gold.jsonl`` or ``benchmarks/allegations/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from kg.resolve.summaries import following
from kg.resolve.voice import AUTHOR, official_only
from tests.claim_helpers import assert_in_no_gold_part, official_graph


def official_demands(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    rules = (RULES - OPTIONAL) | {"official_demand"}
    found = extract_claims(doc, extract_mentions(doc), rules)
    return [c for c in found if c.rule.startswith("official_demand")]


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        # state.gov/joint-statement-on-the-recent-taliban-decision-to-deny-afghan-girls-the-
        # right-to-an-education/ (corpus/state-department-afghanistan.jsonl)
        (
            "We call on the Taliban urgently to reverse this decision, which will have"
            " consequences far beyond its harm to Afghan girls.",
            "We",
            "Taliban",
        ),
    ],
)
def test_a_demand_criticizes_the_addressee(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    found = official_demands(nlp, text)
    assert [c.stance for c in found] == [Stance.CRITICIZE]
    assert found[0].claimer.span.text == claimer
    assert [t.span.text for t in found[0].targets] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # state.gov/first-grain-ship-departs-the-black-sea/
        # (corpus/state-department-russia-ukraine.jsonl)
        (
            "Russia must also end its attacks that are rendering farmland in Ukraine unusable"
            " and destroying agricultural infrastructure.",
            "Russia",
        ),
        # whitehouse.gov/briefing-room/statements-releases/2021/06/24/statement-by-president-
        # joe-biden-on-hong-kongs-apple-daily/ (corpus/white-house-china.jsonl)
        (
            "Beijing must stop targeting the independent press and release the journalists and"
            " media executives that have been detained.",
            "Beijing",
        ),
    ],
)
def test_must_is_the_authors_criticism(nlp: Language, text: str, target: str) -> None:
    found = official_demands(nlp, text)
    assert [c.stance for c in found] == [Stance.CRITICIZE]
    assert found[0].claimer.label == AUTHOR
    assert [t.span.text for t in found[0].targets] == [target]


@pytest.mark.parametrize(
    "text",
    [
        # the own side and others asked: state.gov/united-states-actions-to-press-for-the-
        # resolution-of-the-crisis-in-the-tigray-region-of-ethiopia/
        "We call on other governments to join us in taking these actions.",
        # nobody in particular: state.gov/delivery-of-humanitarian-assistance-to-tigray-and-
        # afar-regions/
        "We call on all parties in conflict-affected regions to ensure the safety of"
        " humanitarian staff.",
        # "must have" states a right, demands nothing: state.gov/the-united-states-welcomes-
        # government-reform-in-yemen/
        "Yemenis must have the opportunity to determine the future of their country.",
    ],
)
def test_demands_that_charge_nobody(nlp: Language, text: str) -> None:
    assert official_demands(nlp, text) == []


def test_official_only() -> None:
    assert official_only("official_demand")


def test_kept_in_a_us_text_and_following(nlp: Language) -> None:
    # state.gov/first-grain-ship-departs-the-black-sea/
    # (corpus/state-department-russia-ukraine.jsonl)
    text = (
        "Russia must also end its attacks that are rendering farmland in Ukraine unusable"
        " and destroying agricultural infrastructure."
    )
    graph = official_graph(nlp, text, "U.S. Department of State", family="official_demand")
    found = [c for c in graph.claims if "official_demand" in c.claim.rule.split("+")]
    assert [(c.claimer, c.claim.stance, c.targets) for c in found] == [
        ("united-states", Stance.CRITICIZE, ("russia",))
    ]
    assert following(found[0].claim.rule)


def test_dropped_in_a_ukrainian_address(nlp: Language) -> None:
    # a call on partners charges nobody: president.gov.ua/en/news/promova-prezidenta-
    # ukrayini-volodimira-zelenskogo-v-parlamen-74081
    text = (
        "The European Union must finally adopt a principled decision and close ports to"
        " Russian ships."
    )
    assert official_demands(nlp, text)  # the extractor reads it; resolution drops it
    graph = official_graph(nlp, text, "President of Ukraine", family="official_demand")
    assert not [c for c in graph.claims if "official_demand" in c.claim.rule.split("+")]


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=1)
