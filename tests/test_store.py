"""The embedded store: one named graph per document, replaced on rebuild; export formats."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.cli import main
from kg.rdf import FORMATS
from kg.spool import graph_chunks
from kg.store import EmbeddedStore, StoreNotFoundError
from kg.store.embedded import RECORD
from tests.servers import examples_build

__all__ = ["examples_build"]  # fixture, imported for pytest

# Real sentences from the examples' wire copy and State Department readouts.
FIRST = (
    "Russia has consistently denied that it used a mix of social media influence and "
    "cyberattacks in 2016 to sway the US presidential elections.\n"
)
SECOND = (
    "Deputy Secretary Sherman condemned the Russian Federation's decision to recognize "
    "the so-called Donetsk and Luhansk People's Republics as independent.\n"
)
CHANGED = (
    "Kremlin press secretary Dmitry Peskov described the accusations as absolutely "
    "unsubstantiated.\n"
)


def graph_contents(path: Path, corpus: bool = True) -> dict[str, set[str]]:
    """Each named graph's triples; without ``corpus``, only the documents' graphs."""
    with EmbeddedStore(path, read_only=True) as store:
        graphs = [iri for iri in store.graphs() if corpus or not iri.endswith("/graph/corpus")]
        return {iri: {str(t) for t in store.triples(iri)} for iri in graphs}


def anchors(triples: set[str]) -> str:
    return " ".join(sorted(triples))


@pytest.mark.slow
def test_a_changed_document_replaces_only_its_own_graph(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "denial.txt").write_text(FIRST, encoding="utf-8")
    (corpus / "readout.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "out"
    kg.build([corpus], out=out, html=False)
    before = graph_contents(out / "store", corpus=False)  # the corpus graph is rebuilt whole
    assert len(before) == 2

    kg.build([corpus], out=out, html=False)  # the same documents again: nothing changes
    assert graph_contents(out / "store", corpus=False) == before

    (corpus / "readout.txt").write_text(CHANGED, encoding="utf-8")
    kg.build([corpus], out=out, html=False)
    after = graph_contents(out / "store", corpus=False)
    # The graph is named by the document's identity (its path), not its content: the
    # edited file replaces its old graph instead of leaving it beside the new one.
    assert set(after) == set(before)
    changed = next(iri for iri in after if after[iri] != before[iri])
    unchanged = next(iri for iri in after if iri != changed)
    assert after[unchanged] == before[unchanged]
    assert "Peskov" in anchors(after[changed]) and "Peskov" not in anchors(before[changed])
    assert "Sherman" not in anchors(after[changed])

    fresh = tmp_path / "fresh"
    kg.build([corpus], out=fresh, html=False)  # the updated store equals a store built anew
    assert graph_contents(fresh / "store") == graph_contents(out / "store")


def profile_chunks(provenance: str) -> list[tuple[str, bytes]]:
    """The test documents of test_rdf as a build hands them to the store, in one profile."""
    from kg.pipeline import document_chunks
    from tests.test_rdf import accusation_document, hostile_document

    documents = (accusation_document(), hostile_document())
    return [document_chunks(d, BASE_IRI, "m", provenance)[:2] for d in documents]  # type: ignore[arg-type]


BASE_IRI = "https://example.org/kg/"


def test_switching_profile_rewrites_every_graph(tmp_path: Path) -> None:
    lean, full = profile_chunks("lean"), profile_chunks("full")
    graphs = [iri for iri, _ in lean]
    fresh = {}
    for name, chunks in (("lean", lean), ("full", full)):
        with EmbeddedStore(tmp_path / name) as store:
            store.load_graphs(chunks, lenient=True)
        fresh[name] = stored_nquads(tmp_path / name)
    assert len(fresh["lean"]) < 0.6 * len(fresh["full"])
    path = tmp_path / "store"
    for name, chunks in (("lean", lean), ("full", full), ("lean", lean), ("full", full)):
        with EmbeddedStore(path) as store:
            assert store.load_graphs(chunks, lenient=True) == graphs  # every graph rewritten
        assert stored_nquads(path) == fresh[name]  # nothing of the other profile left
        with EmbeddedStore(path) as store:  # and the same profile again: nothing to do
            assert store.load_graphs(chunks, lenient=True) == []


@pytest.mark.slow
def test_a_build_in_the_other_profile_equals_a_fresh_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "denial.txt").write_text(FIRST, encoding="utf-8")
    (corpus / "readout.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "out"
    fresh = {}
    for provenance in ("full", "lean"):
        kg.build([corpus], out=tmp_path / provenance, html=False, provenance=provenance)  # type: ignore[arg-type]
        fresh[provenance] = graph_contents(tmp_path / provenance / "store")
    assert fresh["lean"] != fresh["full"]
    for provenance in ("lean", "full", "lean"):
        kg.build([corpus], out=out, html=False, provenance=provenance)  # type: ignore[arg-type]
        assert graph_contents(out / "store") == fresh[provenance], provenance
        assert (out / "graph.ttl").read_bytes() == (
            tmp_path / provenance / "graph.ttl"
        ).read_bytes()


def test_replace_graph_and_bulk_load_agree(tmp_path: Path) -> None:
    def triple(n: int) -> ox.Quad:
        return ox.Quad(ox.NamedNode(f"urn:s{n}"), ox.NamedNode("urn:p"), ox.Literal(str(n)))

    with EmbeddedStore(tmp_path / "store") as store:
        first = {"urn:g1": [triple(1), triple(2)], "urn:g2": [triple(3)]}
        assert store.replace_graphs(first) == 2  # bulk load into the empty store
        assert store.replace_graphs(first) == 0  # unchanged graphs are left alone
        assert store.replace_graphs({"urn:g1": [triple(4)], "urn:g2": [triple(3)]}) == 1
        assert store.graphs() == ["urn:g1", "urn:g2"]
        assert [t.object.value for t in store.triples("urn:g1")] == ["4"]  # type: ignore[union-attr]
        assert len(store) == 2 and not store.has_default_graph()
        store.replace_graph("urn:g2", [])
        assert store.graphs() == ["urn:g1"]


def test_readers_need_an_existing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(StoreNotFoundError, match="no Oxigraph store here"):
        EmbeddedStore(tmp_path / "missing", read_only=True)
    assert not (tmp_path / "missing").exists()  # a reader creates nothing
    assert main(["export", "--store", str(tmp_path / "missing"), "-o", str(tmp_path / "x.nq")]) == 1
    assert "no Oxigraph store here" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_every_format(
    examples_build: kg.pipeline.BuildResult, tmp_path: Path, fmt: str
) -> None:
    store = examples_build.report.files[0].parent / "store"
    form = FORMATS[fmt]
    target = tmp_path / f"export{form.extension}"
    assert main(["export", "--store", str(store), "-o", str(target)]) == 0  # format from extension
    quads = list(ox.parse(path=str(target), format=form.rdf_format))
    with EmbeddedStore(store, read_only=True) as embedded:
        everything = list(embedded.quads())
        if form.quads:
            assert set(quads) == set(everything)
        else:  # the union of the graphs
            assert {q.triple for q in quads} == {q.triple for q in everything}
            assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
        assert embedded.export(fmt) == target.read_bytes()  # deterministic bytes
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


@pytest.mark.slow
def test_export_one_graph(examples_build: kg.pipeline.BuildResult, tmp_path: Path) -> None:
    store = examples_build.report.files[0].parent / "store"
    with EmbeddedStore(store, read_only=True) as embedded:
        graph = embedded.graphs()[0]
        size = sum(1 for _ in embedded.triples(graph))
    target = tmp_path / "one.trig"
    assert (
        main(["export", "--store", str(store), "--graph", graph, "-f", "trig", "-o", str(target)])
        == 0
    )
    quads = list(ox.parse(path=str(target), format=ox.RdfFormat.TRIG))
    assert len(quads) == size and {q.graph_name.value for q in quads} == {graph}  # type: ignore[union-attr]


# --- rebuilding into an existing store: the digest record -------------------------------------

DENIAL, READOUT = "https://example.org/kg/doc/denial", "https://example.org/kg/doc/readout"


def sentence_graph(graph: str, *sentences: str) -> tuple[str, bytes]:
    """A graph of sentences as (IRI, sorted N-Quads), as a build hands them to the store."""
    about = ox.NamedNode("http://purl.org/dc/terms/description")
    node = ox.NamedNode(graph)
    quads = [ox.Quad(node, about, ox.Literal(s.strip()), node) for s in sentences]
    iri, nquads, _ = graph_chunks(graph, quads)
    return iri, nquads


def stored_nquads(path: Path) -> set[str]:
    with EmbeddedStore(path, read_only=True) as store:
        return set(store.export("nquads").decode("utf-8").splitlines())


def expected_nquads(graphs: list[tuple[str, bytes]]) -> set[str]:
    return {line for _, nquads in graphs for line in nquads.decode("utf-8").splitlines()}


def table_files(path: Path) -> set[str]:
    return {p.name for p in path.glob("*.sst")}


def test_load_graphs_rewrites_only_changed_graphs(tmp_path: Path) -> None:
    path = tmp_path / "store"
    first = [sentence_graph(DENIAL, FIRST), sentence_graph(READOUT, SECOND)]
    with EmbeddedStore(path) as store:
        assert store.load_graphs(first) == [DENIAL, READOUT]
    assert (path / RECORD).is_file()
    tables = table_files(path)

    with EmbeddedStore(path) as store:  # the same graphs again: nothing written
        assert store.load_graphs(first, lenient=True) == []
    assert table_files(path) == tables  # Oxigraph wrote no table either
    assert stored_nquads(path) == expected_nquads(first)

    edited = [sentence_graph(DENIAL, FIRST), sentence_graph(READOUT, CHANGED)]
    with EmbeddedStore(path) as store:
        assert store.load_graphs(edited) == [READOUT]
    assert stored_nquads(path) == expected_nquads(edited)  # the old readout is gone

    with EmbeddedStore(path) as store:  # a document no longer given keeps its graph
        assert store.load_graphs(edited[:1]) == []
        assert store.load_graphs(edited[1:]) == []  # and its digest
    assert stored_nquads(path) == expected_nquads(edited)


def test_other_writes_forget_the_digests_of_what_they_touch(tmp_path: Path) -> None:
    path = tmp_path / "store"
    first = [sentence_graph(DENIAL, FIRST), sentence_graph(READOUT, SECOND)]
    with EmbeddedStore(path) as store:
        store.load_graphs(first)
        triple = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(CHANGED))
        store.replace_graph(READOUT, [triple])  # through the API: that digest is dropped
        assert store.load_graphs(first) == [READOUT]
    assert stored_nquads(path) == expected_nquads(first)
    with EmbeddedStore(path) as store:
        store.load_nquads(b"")  # N-Quads of unknown graphs: every digest is dropped
        assert store.load_graphs(first) == [DENIAL, READOUT]
    assert stored_nquads(path) == expected_nquads(first)


@pytest.mark.parametrize("damage", ["another writer", "no record", "unreadable record"])
def test_a_stale_or_missing_record_means_drop_and_load(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "store"
    first = [sentence_graph(DENIAL, FIRST), sentence_graph(READOUT, SECOND)]
    with EmbeddedStore(path) as store:
        store.load_graphs(first)
    if damage == "another writer":  # e.g. oxigraph load, or a server on the folder
        other = ox.Store(str(path))
        other.add(
            ox.Quad(
                ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("x"), ox.NamedNode(DENIAL)
            )
        )
        other.remove_graph(ox.NamedNode(READOUT))
        other.flush()
        del other
        assert (path / RECORD).is_file()  # the record is still there, but stale
    elif damage == "no record":
        (path / RECORD).unlink()
    else:
        (path / RECORD).write_text("{not json", encoding="utf-8")
    with EmbeddedStore(path) as store:
        assert store.load_graphs(first) == [DENIAL, READOUT]
    assert stored_nquads(path) == expected_nquads(first)
    with EmbeddedStore(path) as store:  # and the new record is trusted again
        assert store.load_graphs(first) == []


def test_a_writer_killed_mid_build_leaves_no_record(tmp_path: Path) -> None:
    path = tmp_path / "store"
    first = [sentence_graph(DENIAL, FIRST), sentence_graph(READOUT, SECOND)]
    with EmbeddedStore(path) as store:
        store.load_graphs(first)
    edited = sentence_graph(READOUT, CHANGED)
    killed = (
        "import os, sys\n"
        "from kg.store import EmbeddedStore\n"
        "store = EmbeddedStore(sys.argv[1])\n"
        f"store.load_graphs([({edited[0]!r}, {edited[1]!r})])\n"
        "os._exit(9)  # killed before close: no flush, no record\n"
    )
    done = subprocess.run([sys.executable, "-c", killed, str(path)], check=False)
    assert done.returncode == 9
    assert not (path / RECORD).exists()
    with EmbeddedStore(path) as store:  # every graph is unknown: dropped and loaded
        assert store.load_graphs(first) == [DENIAL, READOUT]
    assert stored_nquads(path) == expected_nquads(first)
