"""An official text's own narration of a state's repressive act against a person is the
issuer's accusation of that state (:data:`kg.resolve.narrated_act.OFFICIAL_ACTS`, round 41,
alleg52).  The texts are constructed (the corpus's such texts are gold texts of the
allegations benchmark); the build's parser reads every family (``gate=False``)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import narrated_act, resolve

DETAINED = (
    "Belarus continues to deny any wrongdoing. Today marks one year since Belarusian "
    "authorities arrested the human rights defender Ales Bialiatski. We call for his release."
)


def release(nlp, on: bool, monkeypatch, text: str = DETAINED) -> DocumentGraph:
    monkeypatch.setattr(narrated_act, "NARRATED_ACT", True)
    monkeypatch.setattr(narrated_act, "OFFICIAL_ACTS", on)
    article = Article("doc", text, "https://www.state.gov/x/", outlet="U.S. Department of State")
    return resolve(extract(nlp(text), article, gate=False))


def acts(graph: DocumentGraph) -> list:
    return [c for c in graph.claims if "narrated_act" in c.claim.rule.split("+")]


def test_off_the_issuers_narration_gives_no_claim(nlp, monkeypatch) -> None:
    assert not acts(release(nlp, False, monkeypatch))


def test_on_the_issuer_accuses_the_state(nlp, monkeypatch) -> None:
    graph = release(nlp, True, monkeypatch)
    (claim,) = acts(graph)
    assert claim.claimer == "united-states" and claim.claim.stance is Stance.ACCUSE
    assert claim.targets == ("belarus",)
    assert any(claim.id in a.claims and "belarus" in a.accused for a in graph.allegations)


def test_the_issuers_own_state_is_never_accused(nlp, monkeypatch) -> None:
    text = "U.S. authorities arrested the activist John Miller in Texas on Monday."
    assert not acts(release(nlp, True, monkeypatch, text))
