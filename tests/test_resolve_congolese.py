"""Round 20 (claimer20): "Congolese" is the demonym of the Democratic Republic of the
Congo, and "Democratic Republic of Congo" one of its names (kg/data/gazetteer.json).
Every use of "Congolese" in the development parts of the claims gold is the DR Congo's.

The sentences are VOA copy (public domain): "DRC Says Rwanda Backs M23 Rebels",
https://www.voaafrica.com/a/drc-says-rwanda-backs-m23-rebels/6590593.html; in no gold part."""

from __future__ import annotations

from pathlib import Path

from kg.evaluate.claims import name_matches
from kg.extract import extract
from kg.ingest import article_id
from kg.model import Article
from kg.resolve import ActorRegistry, resolve
from kg.resolve.gazetteer import lookup

GOLD = (Path(__file__).parents[1] / "benchmarks" / "claims" / "gold.jsonl").read_text()

ACCUSED = (
    "The Democratic Republic of Congo has accused Rwanda of backing the M23 rebel group, as "
    "clashes between the army and the militia continued in the east of the country on Thursday."
)
ROCKETS = (
    "On Monday, Rwanda urged an investigation into an alleged rocket attack on its territory "
    "by Congolese armed forces."
)


def test_the_sentences_are_in_no_gold_part() -> None:
    for sentence in (ACCUSED, ROCKETS):
        assert sentence[:60] not in GOLD


def test_congolese_is_the_dr_congos_demonym() -> None:
    demonym = next(w for w in ROCKETS.split() if w == "Congolese")
    entry = lookup(demonym)
    assert entry is not None and entry.id == "democratic-republic-of-the-congo"
    assert lookup("Congo-Brazzaville").id == "republic-of-the-congo"  # type: ignore[union-attr]


def test_the_dr_congo_by_its_name_without_the_article(nlp) -> None:
    article = Article(id=article_id(ACCUSED), text=ACCUSED, source="test", outlet="VOA")
    graph = resolve(extract(nlp(ACCUSED), article), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    claimers = [names[c.claimer] for c in graph.claims]
    assert "Democratic Republic of the Congo" in claimers
    assert name_matches("Democratic Republic of the Congo", ["Democratic Republic of Congo"])
