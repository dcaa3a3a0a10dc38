"""Claimers lost to joint subjects and to titles run into names (round 32, actors33, issue
12): a readout's "Both leaders reaffirmed ...", "The parties noted ..." or "They ..." is one
claim for each official its lead brings together
(:data:`kg.resolve.official.READOUT_PARTICIPANTS`), as the claims guide reads joint claimers;
an organisation name the tagger ran into the name of its office holder ("the Russian Security
Council Nikolay Patrushev") is that person (:data:`kg.resolve.names.TITLED_NAMES`); and "according
to" a named norm is no source (:data:`kg.extract.claims.according.NAMED_NORMS`, which ships off:
the tests switch it on).

The readouts are two White House texts of ``corpus/`` whose documents are in
no part of ``benchmarks/allegations/gold.jsonl`` and whose sentences are in no part of
``benchmarks/claims/gold.jsonl``; the names and the news sentence for the other two rules are
written for the test (checked against both gold files).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import according
from kg.model import Article, DocumentGraph
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, names, official, resolve


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def build(nlp: Language, text: str, outlet: str | None) -> DocumentGraph:
    article = Article("doc", text, "-", title="Readout", outlet=outlet, published="2022-01-18")
    return resolve(extract(nlp(text), article), ActorRegistry())


def claimers_of(graph: DocumentGraph, words: str) -> set[str]:
    """The claimers of the claims whose claimer span is ``words``."""
    return {c.claimer for c in graph.claims if c.claim.claimer.span.text == words}


# whitehouse.gov, "Readout of President Biden's Meeting with Prime Minister Mitsotakis of
# Greece" (corpus), its first three sentences
MITSOTAKIS_MEETING = (
    "President Joseph R. Biden, Jr. met today with Prime Minister Kyriakos Mitsotakis of "
    "Greece. The President congratulated the Prime Minister on 201 years of Greek "
    "independence. The leaders underscored that the relationship between the United States "
    "and Greece is stronger than ever, and noted the enduring people-to-people bonds that "
    "have helped define our bilateral ties for more than two centuries."
)

# whitehouse.gov, "Readout of President Joseph R. Biden, Jr. Call with Prime Minister Bennett
# of Israel" (corpus), its first, second and fourth sentences
BENNETT_CALL = (
    "President Biden spoke today with Prime Minister Bennett to offer his warm congratulations "
    "to Prime Minister Bennett on becoming Prime Minister of the State of Israel. President "
    "Biden highlighted his decades of steadfast support for the U.S.-Israel relationship and "
    "his unwavering commitment to Israel\u2019s security. The leaders agreed that they and "
    "their teams would consult closely on all matters related to regional security, including "
    "Iran."
)


def test_the_leaders_of_a_readout_are_its_two_participants(nlp: Language) -> None:
    graph = build(nlp, MITSOTAKIS_MEETING, "The White House")
    assert claimers_of(graph, "The leaders") == {"joseph-r-biden", "kyriakos-mitsotakis"}


def test_the_leaders_after_a_lead_of_surnames(nlp: Language) -> None:
    graph = build(nlp, BENNETT_CALL, "The White House")
    assert claimers_of(graph, "The leaders") == {"biden", "bennett"}


def test_switched_off_the_leaders_speak_for_no_participant(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(official, "READOUT_PARTICIPANTS", False)
    graph = build(nlp, MITSOTAKIS_MEETING, "The White House")
    assert not claimers_of(graph, "The leaders") & {"joseph-r-biden", "kyriakos-mitsotakis"}


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Russian Security Council Nikolay Patrushev", "Nikolay Patrushev"),
        ("Presidential Office Andriy Yermak", "Andriy Yermak"),
        ("Israel Defense Forces", None),  # a state's name before: only a person's run
        ("Russian Security Council", None),  # no one's name after the head
        ("Council of Europe", None),
        ("National Security Council Press Office", None),  # words of an organisation
    ],
)
def test_a_name_run_into_an_office_is_its_holder(name: str, person: str | None) -> None:
    assert names.titled_person(name) == person


@pytest.mark.parametrize(
    ("name", "person"),
    [("Ukraine Volodymyr Zelenskyy", "Volodymyr Zelenskyy"), ("Ukraine", None)],
)
def test_a_persons_name_run_after_a_state_is_the_person(name: str, person: str | None) -> None:
    assert names.titled_person(name, after_state=True) == person


def test_switched_off_a_name_run_into_an_office_stays_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(names, "TITLED_NAMES", False)
    assert names.titled_person("Russian Security Council Nikolay Patrushev") is None


# written for the test: a lead naming one person whose title the tagger reads as an office
PATRUSHEV = (
    "National Security Advisor Jake Sullivan and the Secretary of the Russian Security Council "
    "Nikolay Patrushev held consultations in Geneva on Wednesday."
)


def test_a_holder_named_after_his_office_is_a_person(nlp: Language) -> None:
    graph = build(nlp, PATRUSHEV, None)
    kinds = {a.name: a.kind.value for a in graph.actors}
    assert kinds.get("Nikolay Patrushev") == "person"


# written for the test: a norm named after "according to"
COMMANDMENTS = "The movement says it would govern the north according to the Ten Commandments."


def test_according_to_a_named_norm_is_no_source(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(according, "NAMED_NORMS", True)
    graph = build(nlp, COMMANDMENTS, None)
    assert not [c for c in graph.claims if c.claim.rule.startswith("according_to")]


def test_according_to_a_named_source_still_speaks(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(according, "NAMED_NORMS", True)
    text = "Dozens of civilians were killed in the shelling, according to Human Rights Watch."
    graph = build(nlp, text, None)
    assert [c for c in graph.claims if c.claim.rule.startswith("according_to")]


def test_switched_off_according_to_a_named_norm_speaks(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(according, "NAMED_NORMS", False)
    graph = build(nlp, COMMANDMENTS, None)
    assert [c for c in graph.claims if c.claim.rule.startswith("according_to")]
