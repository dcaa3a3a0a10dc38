"""A news story's narrated stance act by a verb beyond the cue lexicon
(:data:`kg.resolve.narrated_subject.NARRATED_VERBS`), a titled subject
(:data:`~kg.resolve.narrated_subject.NARRATED_HEADS`) and the join of such a narration to the
story's charge (:data:`~kg.resolve.narrated_subject.NARRATED_JOINS`), round 39, alleg45: all off
by their bars.  The texts are constructed (no gold line of either benchmark); the build's parser
reads every family (``gate=False``)."""

from __future__ import annotations

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import narrated_subject, resolve

EXPELLING = "Britain is expelling four Russian diplomats over the murder of a former spy."
MET = "Britain met with diplomats from ten nations on Monday."


def story(nlp, text: str, monkeypatch, **switches) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(narrated_subject, "NARRATED", "speaker")
    for name in ("NARRATED_VERBS", "NARRATED_HEADS", "NARRATED_JOINS"):
        monkeypatch.setattr(narrated_subject, name, switches.get(name, False))
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(text), article, gate=False))


def narrated(graph: DocumentGraph) -> list[str]:
    return [c.claimer for c in graph.claims if "narrated_subject" in c.claim.rule.split("+")]


def test_the_switches_are_off() -> None:
    assert narrated_subject.NARRATED_VERBS is False
    assert narrated_subject.NARRATED_HEADS is False
    assert narrated_subject.NARRATED_JOINS is False


def test_off_a_listed_verb_is_no_stance_act(nlp, monkeypatch) -> None:
    assert not narrated(story(nlp, EXPELLING, monkeypatch))


def test_a_listed_verb_gives_the_narration_to_its_subject(nlp, monkeypatch) -> None:
    graph = story(nlp, EXPELLING, monkeypatch, NARRATED_VERBS=True)
    assert narrated(graph) == ["united-kingdom"]


def test_a_verb_not_listed_stays_the_outlets(nlp, monkeypatch) -> None:
    assert not narrated(story(nlp, MET, monkeypatch, NARRATED_VERBS=True))


def test_the_lexicon_reads_its_second_words() -> None:
    rows = narrated_subject.narrated_stances()
    assert rows["call"] >= {"on", "for"} and rows["urge"] == frozenset()
    assert narrated_subject._narrated_verb(["call", "on"])
    assert not narrated_subject._narrated_verb(["call"])
