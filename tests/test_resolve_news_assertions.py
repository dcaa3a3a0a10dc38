"""A news story's assertions on its charge join its allegation
(:data:`kg.resolve.allegations.NEWS_ASSERTIONS`): the accusers' side quoted as plain
assertions, never another party's, and only in a text that is not an official one; and a
charge of few words takes its story's headline (:data:`kg.resolve.summaries.NEWS_HEADLINE`).

The text: a VOA story of 2017-02-16 (corpus/voa.jsonl, voanews.com, "Kim Jong Nam's death
boosts critics of North Korea"), its first sentences and a later one (its sub-heading left
out); none is a gold line of either benchmark.
"""

from __future__ import annotations

import pytest

import kg.resolve.allegations as allegations
import kg.resolve.summaries as summaries
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import resolve
from kg.resolve.summaries import allegation_summaries

TEXT = (
    "The apparent assassination of the half-brother of North Korean leader Kim Jong Un has "
    "increased support for critics of the country’s government. "
    "Those critics accuse North Korea of being a state that operates outside the law. "
    "They say the government kills its enemies and depends on criminal activity for survival. "
    "Malaysian officials continue to investigate the death of Kim Jong Nam, who was attacked at "
    "Kuala Lumpur International Airport on Monday. "
    "On Thursday, Malaysian police said they arrested a woman suspected of involvement in the "
    "killing."
)


def story(nlp, outlet: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> DocumentGraph:
    monkeypatch.setattr(allegations, "NEWS_ASSERTIONS", on)
    article = Article("doc", TEXT, "https://www.voanews.com/a/story.html", outlet=outlet)
    return resolve(extract(nlp(TEXT), article))


def by_cue(graph: DocumentGraph) -> dict[str, tuple[str, str | None]]:
    return {c.claim.cue.text: (c.claim.stance.value, c.allegation) for c in graph.claims}


def test_the_accusers_assertion_joins_the_storys_charge(nlp, monkeypatch) -> None:
    claims = by_cue(story(nlp, "Voice of America", True, monkeypatch))
    stance, charge = claims["accuse"]
    assert stance == "accuse" and charge is not None
    assert claims["say"] == ("assert", charge)  # "They say the government kills its enemies"
    # the police's arrest is no voice of the critics' charge
    assert claims["said"] == ("assert", None)


def test_off_or_in_an_official_text_no_assertion_joins(nlp, monkeypatch) -> None:
    assert by_cue(story(nlp, "Voice of America", False, monkeypatch))["say"] == ("assert", None)
    official = by_cue(story(nlp, "U.S. Department of State", True, monkeypatch))
    assert official["say"] == ("assert", None)


def test_the_joined_assertion_leaves_the_proposition_as_it_was(nlp, monkeypatch) -> None:
    graph = story(nlp, "Voice of America", True, monkeypatch)
    # the critics' charge (with kg.resolve.NEWS_PUBLISHER on, VOA's own reading of the
    # Malaysian investigation is a second allegation, which holds no assertion)
    (summary,) = [
        s for s in allegation_summaries(graph) if Stance.ASSERT in {c.stance for c in s.claims}
    ]
    assert {"law", "outsid"} <= set(summary.terms)  # the charge's own words
    assert not {"enemy", "kill", "survival"} & set(summary.terms)  # not the assertion's


# a VOA story of 2015-11-24 (corpus/voa.jsonl): its headline and a sentence of it (no gold line)
HEADLINE = "Russian Fighter Jet Shot Down at Turkey-Syria Border"
CHARGE = "Fighters in the civil war against Assad say Russia is targeting them."


def headline_terms(nlp, outlet: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    monkeypatch.setattr(summaries, "NEWS_HEADLINE", on)
    article = Article("doc", CHARGE, "x.html", HEADLINE, outlet=outlet)
    (summary,) = allegation_summaries(resolve(extract(nlp(CHARGE), article)))
    return set(summary.terms)


def test_a_news_charge_of_few_words_takes_its_headlines(nlp, monkeypatch) -> None:
    """``NEWS_HEADLINE`` (off by default): "Russia is targeting them" says too little to be
    merged by; the story's headline names what it is about."""
    assert {"fighter", "jet"} <= headline_terms(nlp, "Voice of America", True, monkeypatch)
    assert "jet" not in headline_terms(nlp, "Voice of America", False, monkeypatch)
    assert "jet" not in headline_terms(nlp, "U.S. Department of State", True, monkeypatch)
