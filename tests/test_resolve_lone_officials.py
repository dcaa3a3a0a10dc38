"""Round 20 (claimer20): one unnamed official keeps his description as an anonymous actor
of his own (:data:`kg.resolve.graph.KEEP_LONE_OFFICIALS`), instead of folding into the
outlet's or side's "anonymous sources".

The sentence is VOA copy from the unlabelled pool (benchmarks/claims/pool/voa_pool.jsonl,
https://www.globalsecurity.org/wmd/library/news/iran/2005/iran-050713-2fbcffb2.htm,
VOA News, 13 July 2005; public domain); it is in no gold part."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from kg.ingest import article_id
from kg.model import ActorKind, Article
from kg.resolve import ActorRegistry, graph, resolve

GOLD = (Path(__file__).parents[1] / "benchmarks" / "claims" / "gold.jsonl").read_text()

IRAN = (
    "A senior Iranian official says the country's incoming president may reverse an "
    "agreement to freeze those enrichment activities."
)


def _claimers(nlp, text: str) -> list[tuple[str, ActorKind]]:
    article = Article(id=article_id(text), text=text, source="test", outlet="Voice of America")
    resolved = resolve(extract(nlp(text), article), ActorRegistry())
    actors = {actor.id: actor for actor in resolved.actors}
    return [(actors[c.claimer].name, actors[c.claimer].kind) for c in resolved.claims]


def test_the_sentence_is_in_no_gold_part() -> None:
    assert IRAN[:60] not in GOLD


def test_one_official_keeps_his_description_and_stays_anonymous(nlp) -> None:
    assert ("senior Iranian official", ActorKind.ANONYMOUS) in _claimers(nlp, IRAN)


def test_switched_off_he_folds_into_the_sides_sources(nlp) -> None:
    graph.KEEP_LONE_OFFICIALS = False
    try:
        names = [name for name, _ in _claimers(nlp, IRAN)]
    finally:
        graph.KEEP_LONE_OFFICIALS = True
    assert "senior Iranian official" not in names
    assert any(name.startswith("anonymous sources") for name in names)
