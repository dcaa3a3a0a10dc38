"""A news story's reported appeal to release the jailed (:data:`kg.resolve.NEWS_APPEALS`)
and its criticisms that aim at no one (:data:`kg.resolve.allegations.NEWS_CRITICISMS`),
round 42 (alleg55).

Constructed sentences in the manner of a VOA story on a jailed journalist (no gold line of
either benchmark).
"""

from __future__ import annotations

import pytest

import kg.resolve as resolve_module
import kg.resolve.allegations as allegations
from kg.evaluate.claims import claims_in
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import resolve

TEXT = (
    "Rights groups accuse Belarus of jailing journalists for their reporting. "
    "A court in Minsk sentenced the journalist Anna Petrova to five years in prison on Friday. "
    "Rights groups are deeply troubled by the sentencing of Anna Petrova. "
    "State Department spokesman John Smith urged the government of Belarus to release "
    "Ms. Petrova and others jailed for their work."
)


def story(
    nlp, outlet: str, appeals: str | None, criticisms: bool, monkeypatch: pytest.MonkeyPatch
) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_APPEALS", appeals)
    monkeypatch.setattr(allegations, "NEWS_CRITICISMS", criticisms)
    article = Article("doc", TEXT, "https://www.voanews.com/a/story.html", outlet=outlet)
    return resolve(extract(nlp(TEXT), article))


def appeals(graph: DocumentGraph) -> list:
    return [c for c in graph.claims if resolve_module.APPEAL_RULE in c.claim.rule.split("+")]


def test_a_reported_release_appeal_is_kept_for_the_allegations(nlp, monkeypatch) -> None:
    graph = story(nlp, "Voice of America", "release", False, monkeypatch)
    (appeal,) = appeals(graph)
    assert appeal.claim.stance is Stance.CRITICIZE
    assert appeal.claim.cue.text == "urged"
    assert appeal.targets and appeal.allegation is not None
    # the claims benchmark reads a reported appeal as no claim (its guide's point 16)
    assert appeal not in claims_in(graph, 0)


def test_off_the_appeal_is_dropped(nlp, monkeypatch) -> None:
    assert appeals(story(nlp, "Voice of America", None, False, monkeypatch)) == []


def concern(graph: DocumentGraph):
    (found,) = [
        c
        for c in graph.claims
        if c.claim.stance is Stance.CRITICIZE and c.claim.cue.text != "urged"
    ]
    return found


def test_a_targetless_criticism_joins_the_storys_charge(nlp, monkeypatch) -> None:
    off = concern(story(nlp, "Voice of America", None, False, monkeypatch))
    assert not off.targets and off.allegation is None
    graph = story(nlp, "Voice of America", None, True, monkeypatch)
    on = concern(graph)
    charged = {a.id for a in graph.allegations if a.accused}
    assert on.allegation in charged


# --- NEWS_ANY_SPEAKER (constructed sentences) -------------------------------------------

JAILED = (
    "Chinese authorities detained the activist Wang Lin on Friday. "
    "His wife Li Mei said police took him from their home at night. "
    "Rights groups say he is one of dozens of lawyers held in recent months."
)
COUNTER = (
    "China accused the United States of interfering in its internal affairs. "
    "The activist Chen Bo said he feared for his family."
)


def joined(nlp, text: str, reading: str | None, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr(allegations, "NEWS_ANY_SPEAKER", reading)
    article = Article(
        "doc", text, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    graph = resolve(extract(nlp(text), article))
    return {c.claimer: c.allegation for c in graph.claims}


def test_any_voice_of_the_storys_own_charge_joins_it(nlp, monkeypatch) -> None:
    off = joined(nlp, JAILED, None, monkeypatch)
    on = joined(nlp, JAILED, "outlet", monkeypatch)
    (rights,) = [actor for actor in on if actor.startswith("rights-groups")]
    assert off[rights] is None
    assert on[rights] is not None and on[rights] == on["voice-of-america"]


def test_a_partys_charge_takes_no_outsiders_voice_under_outlet(nlp, monkeypatch) -> None:
    assert joined(nlp, COUNTER, "all", monkeypatch)["chen-bo"] is not None
    assert joined(nlp, COUNTER, "outlet", monkeypatch)["chen-bo"] is None
