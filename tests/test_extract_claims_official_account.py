"""``official_narrative`` widened (round 21, issue 13, optional family ``official_account``,
:mod:`kg.extract.claims.narrative`): the present tense of an address ("The occupiers take
our property to Russia by trucks"), "they" after any actor named in the two sentences
before, "the regime" with no state named.  Off by default: B-cubed unchanged on every
part and 9 of 30 claims outside the gold right (benchmarks/allegations/RESULTS.md, round
21, official21).

Sentences are real, from President of Ukraine and State Department texts of ``corpus/``
(sources beside each) in no gold part of ``benchmarks/allegations/gold.jsonl``, of
``benchmarks/claims/gold.jsonl`` nor of an agreement file, each after the sentence before
it in its text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.model import DocumentGraph, Stance
from tests.claim_helpers import assert_in_no_gold_part, official_graph

UKRAINE = "President of Ukraine"
STATE = "U.S. Department of State"
FAMILY = "official_account"
GOLD = Path(__file__).resolve().parents[1] / "benchmarks"
ACCUSE = Stance.ACCUSE.value

# https://www.president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-v-palati-d-73733
TRUCKS_BEFORE = (
    "Near Kyiv, in neighboring towns and districts, there are several groups of Russian troops. "
)
TRUCKS = "The occupiers take our property to Russia by trucks."
# https://www.state.gov/united-states-and-allies-impose-additional-sanctions-on-the-burmese-military-regime/
REGIME_BEFORE = (
    "As we approach one year since the horrific violence perpetrated by the Burmese military "
    "on Armed Forces Day 2021, in which more than 100 people were killed, the United States "
    "is imposing sanctions on five Burmese individuals and five entities in response to the "
    "regime's brutal crackdown against the people of Burma. "
)
REGIME = (
    "Since the February 2021 military coup, the military regime has only intensified its "
    "violent crackdown and killed more than 1,700 people, including women, children, and aid "
    "workers."
)
# https://www.president.gov.ua/en/news/svit-ne-virit-u-majbutnye-rosiyi-govorit-pro-ukrayinu-dopoma-73445
HELP_BEFORE = "They talk about us. They help us. "
HELP = "They are preparing to support our reconstruction."


@pytest.fixture(scope="module")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()


def accounted(graph: DocumentGraph, sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """(stance, targets) of the family's claims in ``sentence``."""
    return [
        (c.claim.stance.value, c.targets)
        for c in graph.claims
        if FAMILY in c.claim.rule.split("+")
        and sentence[:40] in graph.sentences[c.claim.sentence].text
    ]


def test_off_by_default(nlp: Language) -> None:
    assert FAMILY in RULES and FAMILY in OPTIONAL
    assert accounted(official_graph(nlp, TRUCKS_BEFORE + TRUCKS, UKRAINE), TRUCKS) == []


@pytest.mark.parametrize(
    ("before", "sentence", "outlet", "target"),
    [
        (TRUCKS_BEFORE, TRUCKS, UKRAINE, "russia"),  # an epithet, the present tense
        (REGIME_BEFORE, REGIME, STATE, "myanmar"),  # "the military regime" with no state
    ],
)
def test_the_act_is_charged(
    nlp: Language, before: str, sentence: str, outlet: str, target: str
) -> None:
    graph = official_graph(nlp, before + sentence, outlet, family=FAMILY)
    assert accounted(graph, sentence) == [(ACCUSE, (target,))]


def test_help_is_no_charge(nlp: Language) -> None:
    # "they" are the partners; preparing to support harms no one
    graph = official_graph(nlp, HELP_BEFORE + HELP, UKRAINE, family=FAMILY)
    assert accounted(graph, HELP) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=3)
    allegations = (GOLD / "allegations" / "gold.jsonl").read_text(encoding="utf-8")
    for sentence in (TRUCKS, REGIME, HELP):
        assert sentence[:50] not in allegations, sentence
