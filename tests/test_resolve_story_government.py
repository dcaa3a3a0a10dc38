"""A bare "the government" in a known outlet's news story is the story's government
(:data:`kg.resolve.story_government.STORY_GOVERNMENT`, round 39, alleg44).  The texts are
constructed."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import resolve, story_government

KENYA = (
    "Kenya's government has come under pressure since the disputed vote. "
    "Opposition leader Raila Odinga said the election was rigged. "
    "The United States and Britain urged both sides to talk. "
    "The government says the results are final."
)


def story(nlp, text: str, mode: str | None, monkeypatch, outlet: str = "Voice of America"):
    monkeypatch.setattr(story_government, "STORY_GOVERNMENT", mode)
    article = Article("doc", text, "https://www.voanews.com/a/story.html", outlet=outlet)
    return resolve(extract(nlp(text), article, gate=False))


def government_claimers(graph: DocumentGraph) -> set[str]:
    last = len(graph.sentences) - 1
    return {c.claimer for c in graph.claims if c.claim.sentence == last}


def test_off_the_nearest_state_speaks(nlp, monkeypatch) -> None:
    assert "kenya" not in government_claimers(story(nlp, KENYA, None, monkeypatch))


def test_on_the_storys_government_speaks(nlp, monkeypatch) -> None:
    assert government_claimers(story(nlp, KENYA, "owner", monkeypatch)) == {"kenya"}


def test_not_a_news_story(nlp, monkeypatch) -> None:
    graph = story(nlp, KENYA, "owner", monkeypatch, outlet="")
    assert "kenya" not in government_claimers(graph)
