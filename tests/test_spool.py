"""The quad spool: streamed serialisations equal the in-memory ones, byte for byte."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.spool as spool_module
from kg.rdf import FORMATS, serialize_quads
from kg.spool import (
    SORTABLE_TYPE,
    QuadSpool,
    graph_chunks,
    lines_chunks,
    restore_type,
    triple_key,
    triples_chunks,
)

BASE = "https://example.org/kg/"
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def corpus_quads(documents: int) -> dict[str, list[ox.Quad]]:
    """Graphs that share actor triples, with IRIs that are prefixes of each other
    (doc/1 and doc/10), literals with quotes, newlines and languages, and rdf:type."""
    rng = random.Random(7)
    actors = [ox.NamedNode(f"{BASE}actor/{name}") for name in ("russia", "russia-1", "us")]
    name = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    graphs: dict[str, list[ox.Quad]] = {}
    for n in range(documents):
        graph = ox.NamedNode(f"{BASE}graph/doc-{n}")
        doc = ox.NamedNode(f"{BASE}doc/{n}")
        quads = [
            ox.Quad(doc, TYPE, ox.NamedNode("https://schema.org/NewsArticle"), graph),
            ox.Quad(doc, name, ox.Literal(f'Moscow "denied"\nit, part {n}', language="en"), graph),
        ]
        for actor in rng.sample(actors, 2):
            quads.append(ox.Quad(actor, TYPE, ox.NamedNode(f"{BASE}ontology#Actor"), graph))
            quads.append(ox.Quad(actor, name, ox.Literal(actor.value.rsplit("/")[-1]), graph))
            quads.append(ox.Quad(doc, ox.NamedNode(f"{BASE}ontology#mentions"), actor, graph))
        rng.shuffle(quads)
        graphs[graph.value] = quads + quads[:2]  # repeated quads are written once
    return graphs


@pytest.mark.parametrize("run_size", [4, 64])  # six runs to merge, or one
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_spooled_files_equal_the_in_memory_serialisation(
    tmp_path: Path, fmt: str, run_size: int
) -> None:
    graphs = corpus_quads(23)
    with QuadSpool(tmp_path, run_size=run_size) as spool:
        for iri, quads in reversed(graphs.items()):  # arrival order must not matter
            spool.add(iri, quads)
        spool.write(tmp_path / "out", fmt)
    every_quad = [quad for quads in graphs.values() for quad in quads]
    assert (tmp_path / "out").read_bytes() == serialize_quads(every_quad, fmt)


def test_graph_chunks_are_the_sorted_serialisations() -> None:
    (iri, quads), *_ = corpus_quads(1).items()
    graph, nquads, sortable = graph_chunks(iri, quads)
    assert graph == iri
    assert nquads == serialize_quads(quads, "nquads")
    assert SORTABLE_TYPE.encode() in sortable  # rdf:type, in the form that sorts first
    assert restore_type(sortable) == serialize_quads(quads, "nt")


def test_sortable_lines_sort_as_the_serialiser_sorts() -> None:
    quads = [quad for quads in corpus_quads(9).values() for quad in quads]
    lines = serialize_quads(quads, "nt").decode().splitlines(keepends=True)
    shuffled = random.Random(3).sample(lines, len(lines))
    assert sorted(shuffled, key=triple_key) == lines
    assert (
        restore_type("".join(sorted(map(triple_key, shuffled))).encode()) == "".join(lines).encode()
    )


def test_graph_chunks_refuse_quads_of_another_graph() -> None:
    (iri, quads), *_ = corpus_quads(1).items()
    with pytest.raises(ValueError, match="outside the graph"):
        graph_chunks(iri + "-other", quads)


def test_the_spool_leaves_nothing_behind(tmp_path: Path) -> None:
    with QuadSpool(tmp_path) as spool:
        for iri, quads in corpus_quads(3).items():
            spool.add(iri, quads)
        spool.write(tmp_path / "graph.nq", "nquads")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq"]


def test_the_spool_folder_goes_even_when_its_last_flush_fails(tmp_path: Path) -> None:
    """On a full disk the close of the spool file fails: the folder is removed all the same
    (a later build would find it otherwise)."""

    class FullDisk:
        def close(self) -> None:
            raise OSError(28, "No space left on device")

    spool = QuadSpool(tmp_path)
    spool._spool.close()
    spool._spool = FullDisk()  # type: ignore[assignment]
    with pytest.raises(OSError, match="No space left"):
        spool.close()
    assert not list(tmp_path.glob(".kg-spool-*"))


@pytest.mark.parametrize(
    ("read", "read_all"),
    # a line, a few lines, a whole run a step; and the runs' share of a budget for all
    [(1, 1 << 20), (64, 1 << 20), (1 << 16, 1 << 20), (1 << 16, 9 * 64), (1 << 16, 1)],
)
def test_runs_merge_block_by_block_as_one_sort(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: int, read_all: int
) -> None:
    """The merge reads runs a block at a time and sorts what every run has passed: the
    same bytes as sorting every line at once, each line once (many lines are in several
    runs, some runs end long before others)."""
    monkeypatch.setattr(spool_module, "_READ", read)
    monkeypatch.setattr(spool_module, "_READ_ALL", read_all)
    rng = random.Random(11)
    shared = [f"<urn:actor/{n}> \x00 <urn:Actor> .\n".encode() for n in range(40)]
    runs, every = [], set()
    for number in range(9):
        own = {f'<urn:doc/{number}/{n}> <urn:p> "{rng.random()}" .\n'.encode() for n in range(50)}
        lines = sorted(own | set(rng.sample(shared, rng.randrange(0, 40))))[: 10 + 30 * number]
        every.update(lines)
        runs.append(tmp_path / f"run-{number}.nt")
        runs[-1].write_bytes(b"".join(lines))
    for restore in (False, True):
        out = io.BytesIO()
        spool_module._merge(runs, out, restore=restore)
        merged = b"".join(sorted(every))
        assert out.getvalue() == (restore_type(merged) if restore else merged)


def test_triples_chunks_are_the_lines_chunks_of_the_terminated_lines() -> None:
    quads = [quad for quads in corpus_quads(3).values() for quad in quads]
    lines = {triple_key(line) for line in serialize_quads(quads, "nt").decode().splitlines(True)}
    keys = {line[: -len(" .\n")] for line in lines}
    assert triples_chunks("urn:g", keys) == lines_chunks("urn:g", lines)
    assert triples_chunks("urn:g", list(keys) * 2) == lines_chunks("urn:g", lines)
    assert triples_chunks("urn:g", set()) == lines_chunks("urn:g", set()) == ("urn:g", b"", b"")


@pytest.mark.parametrize(("block", "width"), [(1, 128), (3, 128), (4096, 128), (1, 3), (2, 2)])
def test_lines_added_a_block_at_a_time_are_the_lines_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int, width: int
) -> None:
    """``add_lines`` (the corpus graph, spooled a block of lines at a time as a run of its
    own: blocks sorted into parts, merged ``MERGE_WIDTH`` at a time) writes the same files
    as ``add_serialized`` of its ``lines_chunks``, from lines in any order, repeated."""
    monkeypatch.setattr("kg.spool.MERGE_WIDTH", width)
    rng = random.Random(5)
    shared = [f"<urn:actor/{n}> {SORTABLE_TYPE} <urn:Actor> .\n" for n in range(6)]
    documents = [
        [f'<urn:doc/{d}/{n}> <urn:p> "{rng.random()}" .\n' for n in range(7)] + shared[:d]
        for d in range(5)
    ]
    corpus = [f'<urn:corpus/{n}> <urn:p> "{n}" .\n' for n in range(10)] + shared + shared[:2]
    corpus += ['<urn:corpus/0> <urn:p> "caf\u00e9 \u201cquoted\u201d" .\n', corpus[3]]
    rng.shuffle(corpus)
    written = []
    for streamed in (False, True):
        folder = tmp_path / str(streamed)
        with QuadSpool(folder, run_size=2) as spool:
            for d, lines in enumerate(documents):
                spool.add_serialized(*lines_chunks(f"urn:g{d}", lines))
            if streamed:
                spool.add_lines("urn:corpus", iter(corpus), block=block)
            else:
                spool.add_serialized(*lines_chunks("urn:corpus", corpus))
            for fmt in ("turtle", "nquads", "nt"):
                spool.write(folder / f"graph.{fmt}", fmt)
        written.append(
            [(folder / f"graph.{fmt}").read_bytes() for fmt in ("turtle", "nquads", "nt")]
        )
    assert written[0] == written[1]
