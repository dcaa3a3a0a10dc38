"""An official's own prose, round 14 (issue 13): wrongs an official text names without an
act verb, read as ``named_wrong`` followers (:mod:`kg.extract.claims.prose`).

* a blockade named as a noun (CAMEO 191, a hostile act in any register), charged to its
  owner wherever the sentence names it, or to the text's adversary when "the blockade of
  our ports" names none;
* a doing a condemning word makes a wrong ("Iran's malign activity", "its aggressive
  actions"): the U.S. government's standing charge;
* blame laid ("the blame lies with X"), a harm a passive of causation gives its agent, and
  a challenge or threat an actor poses;
* none of it for a supposed blockade, an uncondemned activity, a negated or modal cause,
  or a news report; every such claim only follows (:data:`kg.resolve.summaries.FOLLOWING`).

The sentences are written for these tests in the register of the corpus's addresses,
statements and readouts; none is in a gold part.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.extract.claims import readouts
from kg.model import DocumentGraph, Stance
from kg.resolve.summaries import following
from tests.claim_helpers import assert_in_no_gold_part, official_graph, official_prose

UKRAINE = "President of Ukraine"
STATE = "U.S. Department of State"
ACCUSE = Stance.ACCUSE.value

# two sentences naming Russia make it the address's adversary
OPENING = (
    "Russia keeps sending new battalion groups to our south. The sanctions against Russia "
    "must be stronger. "
)
READOUT = (
    "Secretary Blinken met with the Foreign Minister of Israel. They discussed regional security. "
)


def build(nlp: Language, text: str, outlet: str) -> DocumentGraph:
    return official_graph(nlp, text, outlet, title="Statement", published="2022-06-02")


def rules(graph: DocumentGraph, sentence: str) -> list[str]:
    return [
        c.claim.rule
        for c in graph.claims
        if "official_prose" in c.claim.rule.split("+")
        and sentence in graph.sentences[c.claim.sentence].text
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's blockade of our seaports is pushing the world toward famine.",
        "The grain shortage caused by the Russian blockade of Black Sea ports threatens Africa.",
        "Millions of tons of wheat cannot leave the country because of Russia's blockade.",
        "The hunger caused by the blockade of our ports will be felt on every continent.",
        "The blame for every destroyed home lies with the Russian leadership.",
    ],
)
def test_blockades_and_blame_charge_the_owner(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert official_prose(graph, sentence) == [("ukraine", ACCUSE, ("russia",))]
    assert all("named_wrong" in r.split("+") and following(r) for r in rules(graph, sentence))


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        (
            "The two ministers discussed efforts to counter Iran's malign activity in the region.",
            "iran",
        ),
        (
            "They reviewed the challenges the People's Republic of China poses to the "
            "international order.",
            "china",
        ),
        (
            "The talks focused on pushing back against Moscow's aggressive actions near Georgia.",
            "russia",
        ),
    ],
)
def test_condemned_doings_and_posed_challenges_charge_the_doer(
    nlp: Language, sentence: str, accused: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the text's own prose reading; since round 40 "discussed efforts to counter X's ..." is
    # first the participants' threat (readouts.DISCUSSED_COSTS, GUIDE points 48 and 49)
    monkeypatch.setattr(readouts, "DISCUSSED_COSTS", False)
    graph = build(nlp, READOUT + sentence, STATE)
    claims = [c for c in graph.claims if sentence in graph.sentences[c.claim.sentence].text]
    assert any(c.claim.stance is Stance.ACCUSE and accused in c.targets for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Any blockade of the Sea of Azov would be a disaster for everyone.",
        "Russia's activities in the region were discussed at length.",
        "The problems of the grain market were not caused by sanctions.",
        "The challenges of the coming winter may be posed by the weather.",
    ],
)
def test_no_charge_without_an_owned_wrong(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert rules(graph, sentence) == []


def test_what_a_blockade_blocks_is_not_its_owner(nlp: Language) -> None:
    sentence = (
        "The leaders discussed the food crisis resulting from the Kremlin's deliberate "
        "blockage of Ukrainian grain exports."
    )
    graph = build(nlp, READOUT + sentence, STATE)
    assert official_prose(graph, sentence) == [("united-states", ACCUSE, ("russia",))]


def test_a_blockade_of_the_other_sides_own_is_no_charge(nlp: Language) -> None:
    # a measure the speaker asks for against the other side, not the other side's act
    sentence = "The oil embargo against Russia and the complete blockade of its banks are needed."
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert rules(graph, sentence) == []


def test_a_news_report_keeps_no_blockade_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    sentence = "Russia's blockade of our seaports is pushing the world toward famine."
    graph = official_graph(nlp, OPENING + sentence, "Reuters", title="Ukraine latest")
    assert official_prose(graph, sentence) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=10)
