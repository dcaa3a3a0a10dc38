"""Reading a build's RDF back: every format and the store give the graphs the build had."""

from __future__ import annotations

import dataclasses
import doctest
from pathlib import Path
from typing import Any

import pytest

import kg.rdf.read
from kg.model import DocumentGraph, Span
from kg.network import actor_graph, dispute_graph
from kg.rdf import FORMATS, document_graph_iri, document_quads, serialize_quads
from kg.rdf.graph import PROVENANCES
from kg.rdf.read import RdfReadError, documents_from_quads, read_documents
from kg.store import EmbeddedStore

try:  # tests/ may or may not be a package
    from tests.test_network import drones_story, gaza_story, interference_stories
    from tests.test_rdf import accusation_document, hostile_document
except ImportError:  # pragma: no cover
    from test_network import drones_story, gaza_story, interference_stories  # type: ignore
    from test_rdf import accusation_document, hostile_document  # type: ignore


def the_graphs(documents: list[DocumentGraph]) -> dict[str, Any]:
    """Everything the pages draw: nodes and edges with all their attributes, both views."""
    actors, disputes = actor_graph(documents), dispute_graph(documents)
    return {
        "actor nodes": dict(actors.nodes(data=True)),
        "actor edges": {(u, v, k): d for u, v, k, d in actors.edges(keys=True, data=True)},
        "dispute nodes": dict(disputes.nodes(data=True)),
        "dispute edges": {(u, v): d for u, v, d in disputes.edges(data=True)},
    }


def build_documents() -> list[DocumentGraph]:
    stories = [
        *interference_stories(),
        drones_story(),
        gaza_story("g1", "israel", "2023-10-18"),
        gaza_story("g2", "hamas", "2023-10-17"),
        accusation_document(),
        hostile_document(),
    ]
    # published dates and a hostile url, so they must survive too
    stories[0] = dataclasses.replace(
        stories[0], article=dataclasses.replace(stories[0].article, published="2016-12-29")
    )
    hostile = stories[-1]
    stories[-1] = dataclasses.replace(
        hostile, article=dataclasses.replace(hostile.article, url="javascript:alert('url')")
    )
    return stories


@pytest.fixture(scope="module")
def documents() -> list[DocumentGraph]:
    return build_documents()


@pytest.mark.parametrize("provenance", PROVENANCES)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reads_back_to_the_same_graphs(
    documents: list[DocumentGraph], fmt: str, provenance: Any, tmp_path: Path
) -> None:
    quads = [q for document in documents for q in document_quads(document, provenance=provenance)]
    path = tmp_path / f"graph{FORMATS[fmt].extension}"
    path.write_bytes(serialize_quads(quads, fmt))
    read = read_documents(path)
    assert len(read) == len(documents)
    expected, got = the_graphs(documents), the_graphs(read)
    for view in expected:
        assert got[view] == expected[view], view
    articles = {d.article.id: d.article for d in read}
    for document in documents:
        assert articles[document.article.id] == document.article
    assert actor_graph(read).number_of_edges() >= 13


@pytest.mark.parametrize("provenance", PROVENANCES)
def test_the_store_reads_back_to_the_same_graphs(
    documents: list[DocumentGraph], provenance: Any, tmp_path: Path
) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graphs(
            {
                str(document_graph_iri(d.article)): document_quads(d, provenance=provenance)
                for d in documents
            }
        )
    read = read_documents(tmp_path / "store")
    assert the_graphs(read) == the_graphs(documents)


def test_lean_sentences_and_spans_read_back_from_their_offset_iris(
    documents: list[DocumentGraph],
) -> None:
    """Lean writes no nif:beginIndex and only the sentences claims or relations cite: the
    offsets come from the IRIs, and the other sentences are placeholders at their index."""
    accusation = accusation_document("a-gap")
    accuse, _, report = accusation.claims  # nothing now comes from the middle sentence
    gap = dataclasses.replace(accusation, claims=(accuse, report), allegations=())
    placeholders = 0
    for document in [*documents, gap]:
        [read] = documents_from_quads(document_quads(document, provenance="lean"))
        [full] = documents_from_quads(document_quads(document, provenance="full"))
        cited = {c.claim.sentence for c in document.claims}
        cited |= {r.relation.sentence for r in document.relations}
        assert full.sentences == document.sentences
        for index, sentence in enumerate(read.sentences):
            expected = document.sentences[index] if index in cited else Span(-1, -1, "")
            assert sentence == expected, (document.article.id, index)
            placeholders += index not in cited
        assert [c.claim.cue for c in read.claims] == [c.claim.cue for c in full.claims]
        assert [c.claim.content for c in read.claims] == [c.claim.content for c in full.claims]
        assert [c.allegation for c in read.claims] == [c.allegation for c in full.claims]
    assert placeholders > 0


def test_counter_accusations_follow_dates_not_the_order_of_the_file() -> None:
    later, earlier = (
        gaza_story("g1", "israel", "2023-10-18"),
        gaza_story("g2", "hamas", "2023-10-17"),
    )
    quads = [*document_quads(later), *document_quads(earlier)]
    graph = actor_graph(documents_from_quads(reversed(quads)))
    assert graph.edges["israel", "hamas", "g1-1"]["stance"] == "counter_accuse"
    assert graph.edges["hamas", "israel", "g2-1"]["stance"] == "accuse"


def test_bad_input_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> ", encoding="utf-8")
    with pytest.raises(RdfReadError, match="broken.ttl"):
        read_documents(broken)
    empty = tmp_path / "empty.nt"
    empty.write_text("<https://e.org/a> <https://e.org/b> <https://e.org/c> .\n", encoding="utf-8")
    with pytest.raises(RdfReadError, match=r"empty.nt: no document"):
        read_documents(empty)
    with pytest.raises(RdfReadError, match="unknown RDF extension"):
        read_documents(tmp_path / "graph.csv")
    with pytest.raises(RdfReadError, match="missing.trig"):
        read_documents(tmp_path / "missing.trig")
    (tmp_path / "folder").mkdir()
    with pytest.raises(RdfReadError, match="not an embedded store"):
        read_documents(tmp_path / "folder")


@pytest.mark.slow
def test_render_from_the_build_rdf_equals_the_build(tmp_path: Path) -> None:
    """The bundled examples through spaCy: the RDF of the build redraws the build's graphs."""
    import kg

    examples = Path(__file__).parent.parent / "examples"
    formats = ("turtle", "trig", "json-ld")
    for provenance in PROVENANCES:
        out = tmp_path / provenance
        result = kg.build([examples], out=out, formats=formats, provenance=provenance)
        expected = the_graphs(list(result.documents))
        assert len(expected["actor edges"]) > 10
        for name in ("graph.ttl", "graph.trig", "graph.jsonld", "store"):
            assert the_graphs(read_documents(out / name)) == expected, (provenance, name)


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(kg.rdf.read)
    assert tried >= 3 and failures == 0
