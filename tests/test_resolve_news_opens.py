"""A news story whose accusations the extractor did not find opens its charge from its
assertions (:data:`kg.resolve.allegations.NEWS_OPENS`): against the state they name as a
doer, never one named as a place or a victim, and only in a text that is not official.

The text: three sentences of a VOA story of 2017-02-22 (corpus/voa.jsonl, "Malaysia:
Suspects Were Trained, N. Korean Diplomat Sought"); none is a gold line of either benchmark.
"""

from __future__ import annotations

import pytest

import kg.resolve.allegations as allegations
from kg.extract import extract
from kg.model import Actor, ActorKind, Article, DocumentGraph, Stance
from kg.resolve import resolve
from kg.resolve.summaries import allegation_summaries

TEXT = (
    "Malaysian police say the two women suspected of poisoning the half-brother of North "
    "Korean leader Kim Jong Un had been trained. "
    "Two other people have already been arrested in connection with the attack. "
    "Malaysian officials say they are looking for additional suspects."
)


def story(nlp, outlet: str, on: bool, monkeypatch: pytest.MonkeyPatch) -> DocumentGraph:
    monkeypatch.setattr(allegations, "NEWS_OPENS", on)
    article = Article("doc", TEXT, "https://www.voanews.com/a/story.html", outlet=outlet)
    return resolve(extract(nlp(TEXT), article))


def test_the_assertions_open_the_storys_charge_against_the_state_they_name(
    nlp, monkeypatch
) -> None:
    graph = story(nlp, "Voice of America", True, monkeypatch)
    (allegation,) = graph.allegations
    assert allegation.accused == ("north-korea",)
    # the police's assertion opens it, the officials' of the same side joins it
    assert [c.claimer for c in graph.claims if c.allegation == allegation.id] == [
        "malaysian-police",
        "anonymous-sources-malaysia",
    ]
    assert {c.claim.stance for c in graph.claims} == {Stance.ASSERT}  # stances as they were


def test_the_opened_charge_states_what_its_assertions_say(nlp, monkeypatch) -> None:
    (summary,) = allegation_summaries(story(nlp, "Voice of America", True, monkeypatch))
    assert summary.accused == ("north-korea",)
    assert not summary.points_back
    assert {"poison", "train"} <= set(summary.terms)


def test_off_or_in_an_official_text_nothing_opens(nlp, monkeypatch) -> None:
    assert story(nlp, "Voice of America", False, monkeypatch).allegations == ()
    assert story(nlp, "U.S. Department of State", True, monkeypatch).allegations == ()


# the opening sentences of the VOA story of test_resolve_news_assertions.py, whose critics'
# accusation the extractor finds: a story with an accused allegation opens nothing more
CHARGED = (
    "Those critics accuse North Korea of being a state that operates outside the law. "
    "They say the government kills its enemies and depends on criminal activity for survival."
)


def test_a_story_with_a_charge_opens_none(nlp, monkeypatch) -> None:
    graphs = []
    for on in (False, True):
        monkeypatch.setattr(allegations, "NEWS_OPENS", on)
        article = Article("doc", CHARGED, "https://www.voanews.com/a/story.html", outlet="VOA")
        graphs.append(resolve(extract(nlp(CHARGED), article)).allegations)
    assert graphs[0] == graphs[1] and len(graphs[0]) == 1


ACTORS = {
    "malaysia": Actor("malaysia", "Malaysia", ActorKind.STATE, aliases=("Malaysian",)),
    "south-korea": Actor("south-korea", "South Korea", ActorKind.STATE, ("Republic of Korea",)),
    "united-states": Actor("united-states", "United States", ActorKind.STATE, ("U.S.",)),
}


@pytest.mark.parametrize(
    ("actor", "text", "named"),
    [
        ("malaysia", "the half-brother of the leader was assassinated Monday in Malaysia", False),
        ("malaysia", "Malaysian police arrested two women", True),
        (
            "south-korea",
            "the artillery fire against the Republic of Korea",
            False,
        ),
        ("united-states", "The Chinese balloon passed into United States airspace", False),
        ("united-states", "the United States chose not to act", True),
    ],
)
def test_a_state_named_as_a_place_or_a_victim_is_not_a_doer(actor, text, named) -> None:
    assert allegations._named_unplaced(actor, ACTORS, text) is named


# a story none of whose speakers' assertions names a state as a doer, its own sentences naming
# China twice (constructed)
UNNAMED = (
    "Chinese dissident Liu Xiaobo remains in a prison in China. "
    "China has ignored calls for his release. "
    "The rights group Amnesty International says his wife Liu Xia has been living in "
    "isolation that the government enforces. "
    "Human Rights Watch says she has been held under house arrest without charge."
)


def test_with_no_state_named_the_charge_opens_against_the_storys_state(nlp, monkeypatch) -> None:
    graphs = {}
    for dominant in (False, True):
        monkeypatch.setattr(allegations, "NEWS_OPENS", True)
        monkeypatch.setattr(allegations, "NEWS_OPENS_DOMINANT", dominant)
        article = Article("doc", UNNAMED, "https://www.voanews.com/a/story.html", outlet="VOA")
        graphs[dominant] = resolve(extract(nlp(UNNAMED), article))
    assert graphs[False].allegations == ()
    (allegation,) = graphs[True].allegations
    assert allegation.accused == ("china",)
    assert {c.claimer for c in graphs[True].claims if c.allegation == allegation.id} >= {
        "amnesty-international"
    }


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        ("the allegations are baseless", True),
        ("Russia rejected these claims", True),
        ("she has been held under house arrest without charge", False),
        ("he was jailed on charges of subversion", False),
        ("China denies the accusations that it spied", False),
    ],
)
def test_a_news_assertion_points_back_only_by_a_determined_reference(
    text, points_back, monkeypatch
) -> None:
    monkeypatch.setattr(allegations, "NEWS_REFERENCE_DETERMINED", True)
    assert allegations._news_reference(text) is points_back
    monkeypatch.setattr(allegations, "NEWS_REFERENCE_DETERMINED", False)
    assert allegations._news_reference(text) is allegations.is_reference(text)
