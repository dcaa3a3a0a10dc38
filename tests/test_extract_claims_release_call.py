"""An official text's call for a release that names no addressee (round 21, issue 13,
family ``release_call``, :func:`kg.extract.claims.demands.release_call_claims`): "We call
for the immediate release of X", "reiterate our calls for the release of all political
prisoners", "We urge the immediate release of ... detainees" is the speaker's criticism of
the state the prisoners are held in, else of the one state the sentence names, else of the
text's adversary; kept only in a U.S. official text, following the allegation it matches.
A release of a thing ("the release of the ... Statement") and a news report keep none.

Sentences are real, from State Department and President of Ukraine texts of ``corpus/``
(sources beside each) that are in no gold part of ``benchmarks/allegations/gold.jsonl``,
of ``benchmarks/claims/gold.jsonl`` nor of an agreement file (most of the corpus's release
calls are in a gold part).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.model import DocumentGraph, Stance
from tests.claim_helpers import assert_in_no_gold_part, official_graph

STATE = "U.S. Department of State"
FAMILY = "release_call"
GOLD = Path(__file__).resolve().parents[1] / "benchmarks"
CRITICIZE = Stance.CRITICIZE.value

# https://www.state.gov/humanitarian-relief-trustees-arrested-in-hong-kong/
HONG_KONG = (
    "We call for the immediate release of those who remain in custody and continue to stand "
    "with people in Hong Kong."
)
# https://www.state.gov/secretary-blinkens-meeting-with-australian-foreign-minister-payne-2/
AUKUS = (
    "The Secretary and the Foreign Minister reiterated their commitment to ensuring peace "
    "and stability in the Indo-Pacific region and noted the April 4 release of the AUKUS "
    "Leaders' Statement."
)
# https://www.president.gov.ua/en/news/sogodni-kozhen-zdobuvaye-ukrayini-slavu-na-svoyemu-misci-zve-73501
MAYOR = (
    "Ukraine demands the immediate release of the mayor of Melitopol and guarantees of full "
    "security to all heads of communities across the country."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()


def calls(graph: DocumentGraph) -> list[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of the family's claims."""
    return [
        (c.claimer, c.claim.stance.value, c.targets)
        for c in graph.claims
        if FAMILY in c.claim.rule.split("+")
    ]


def test_on_by_default() -> None:
    # B-cubed gains on blind5 and the held-out blind16, no part lower
    # (benchmarks/allegations/RESULTS.md, round 21)
    assert FAMILY in RULES and FAMILY not in OPTIONAL


def test_the_holder_is_criticized(nlp: Language) -> None:
    # the one state the sentence names: "stand with people in Hong Kong"
    graph = official_graph(nlp, HONG_KONG, STATE, family=FAMILY)
    assert calls(graph) == [("united-states", CRITICIZE, ("hong-kong",))]


def test_a_released_thing_is_no_call(nlp: Language) -> None:
    assert calls(official_graph(nlp, AUKUS, STATE, family=FAMILY)) == []


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [(HONG_KONG, "Reuters"), (HONG_KONG, "President of Ukraine"), (MAYOR, "President of Ukraine")],
)
def test_kept_only_in_a_u_s_official_text(nlp: Language, sentence: str, outlet: str) -> None:
    assert calls(official_graph(nlp, sentence, outlet, family=FAMILY)) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=3)
    allegations = (GOLD / "allegations" / "gold.jsonl").read_text(encoding="utf-8")
    agreement = "".join(p.read_text(encoding="utf-8") for p in GOLD.glob("*/agreement/*.jsonl"))
    for sentence in (HONG_KONG, AUKUS, MAYOR):
        assert sentence[:50] not in allegations, sentence
        assert sentence[:50] not in agreement, sentence
