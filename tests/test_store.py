"""The embedded store: one named graph per document, replaced on rebuild; export formats."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.cli import main
from kg.rdf import FORMATS
from kg.store import EmbeddedStore, StoreNotFoundError
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


def graph_contents(path: Path) -> dict[str, set[str]]:
    with EmbeddedStore(path, read_only=True) as store:
        return {iri: {str(t) for t in store.triples(iri)} for iri in store.graphs()}


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
    before = graph_contents(out / "store")
    assert len(before) == 2

    kg.build([corpus], out=out, html=False)  # the same documents again: nothing changes
    assert graph_contents(out / "store") == before

    (corpus / "readout.txt").write_text(CHANGED, encoding="utf-8")
    kg.build([corpus], out=out, html=False)
    after = graph_contents(out / "store")
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
    assert graph_contents(fresh / "store") == after


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
