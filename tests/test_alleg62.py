"""An inquiry's record that finds or documents a wrong as a noun phrase is the inquiry's
accusation of the doer the phrase names (:data:`kg.extract.claims.base.FOUND_CHARGES`,
round 44, alleg62, issue 13, blind41's class (C): a document as claimer)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.claims import base
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import resolve

# https://hamaracottage.com/2022/04/13/the-osce-report-found-clear-patterns-of-violations-of-international-humanitarian-law-by-russian-forces/
FOUND = (
    "The OSCE report found ‘clear patterns’ of violations of international humanitarian law "
    "by Russian forces."
)
# constructed
DOCUMENTED = "The UN report documented Russia's attacks on hospitals."
NONE_FOUND = "The report found no evidence of attacks by Russian forces."
BODY = "The police found the body in a river."


def graph(nlp, sentence: str, monkeypatch, on: bool = True) -> DocumentGraph:
    monkeypatch.setattr(base, "FOUND_CHARGES", on)
    article = Article("doc", sentence, "https://example.org/news/x", outlet="Example News")
    return resolve(extract(nlp(sentence), article, gate=False))


def accusations(graph: DocumentGraph) -> list:
    return [
        c
        for c in graph.claims
        if c.claim.stance is Stance.ACCUSE and c.claim.rule.startswith("reported_speech")
    ]


def test_the_switch_is_on() -> None:
    assert base.FOUND_CHARGES is True
    assert {"find", "document"} <= base.FINDING_CHARGE_VERBS


def test_a_report_that_found_violations_by_a_state_accuses_it(nlp, monkeypatch) -> None:
    (claim,) = accusations(graph(nlp, FOUND, monkeypatch))
    assert claim.targets == ("russia",)
    assert claim.claimer == "organization-for-security-and-co-operation-in-europe"  # its author


def test_off_the_finding_is_no_accusation(nlp, monkeypatch) -> None:
    assert not accusations(graph(nlp, FOUND, monkeypatch, on=False))


def test_documented_attacks_too(nlp, monkeypatch) -> None:
    (claim,) = accusations(graph(nlp, DOCUMENTED, monkeypatch))
    assert claim.targets == ("russia",)


def test_no_evidence_found_is_no_accusation(nlp, monkeypatch) -> None:
    assert not accusations(graph(nlp, NONE_FOUND, monkeypatch))


def test_a_found_thing_that_is_no_wrong_is_no_claim(nlp, monkeypatch) -> None:
    assert not accusations(graph(nlp, BODY, monkeypatch))
