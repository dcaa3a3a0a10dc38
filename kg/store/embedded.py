"""The embedded Oxigraph store: written by ``kg build``, read by ``kg query/push/export``.

The embedded store is a persistent :class:`pyoxigraph.Store` in a folder.  Each
document lives in its own named graph, replaced as a whole (dropped, then loaded;
see :meth:`EmbeddedStore.replace_graph`), so building a document again replaces its
triples instead of adding to them.

A build rewrites only the graphs that changed (:meth:`EmbeddedStore.load_graphs`): the
folder keeps a record, ``kg-build.json``, of a digest of each graph's N-Quads, valid
only while the store's files are exactly as the writer that wrote it left them.  The
record is a file, not a graph, so SPARQL queries, ``kg export`` and ``kg push`` never
see it; RocksDB ignores files it did not name.

>>> import tempfile, pathlib
>>> import pyoxigraph as ox
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with EmbeddedStore(folder / "store") as store:
...     triple = ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c"))
...     store.replace_graph("https://example.org/doc/1", [triple])
...     store.replace_graph("https://example.org/doc/1", [triple])
...     len(store)
1
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox

from kg.files import write_atomic

#: The digest record's file in the store folder (no name RocksDB uses or removes).
RECORD = "kg-build.json"
_RECORD_VERSION = 1


class StoreNotFoundError(FileNotFoundError):
    """A store folder was named for reading but holds no store."""


class EmbeddedStore:
    """A persistent Oxigraph store with one named graph per document."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only:
            # Readers never create a store, and may run while a build holds the write lock.
            if not (self.path / "CURRENT").is_file():
                raise StoreNotFoundError(f"{self.path}: no Oxigraph store here (run kg build)")
            self._store = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            # read before opening: opening for writing changes the store's files
            self._digests = read_digests(self.path)
            self._store = ox.Store(str(self.path))
            self._empty = self._is_empty()
        self._read_only = read_only
        self._record_dropped = False

    def _writing(self, graphs: Iterable[str] | None) -> None:
        """Before a write: forget the digests of ``graphs`` (``None``: of every graph), and
        remove the record from disk, so that a build killed while writing leaves none."""
        if graphs is None:
            self._digests.clear()
        else:
            for iri in graphs:
                self._digests.pop(iri, None)
        if not self._record_dropped:
            with contextlib.suppress(FileNotFoundError):
                (self.path / RECORD).unlink()
            self._record_dropped = True
        self._empty = False

    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Make the named graph ``graph_iri`` hold exactly ``quads`` (moved into it).

        Two transactions (drop, then load): a crash between them leaves the graph
        empty, never mixed, and building again restores it.  A single SPARQL
        ``DROP ... ; INSERT DATA`` would be one transaction but parses every triple
        again, several times slower.
        """
        graph = ox.NamedNode(graph_iri)
        self._writing([graph_iri])
        self._store.remove_graph(graph)
        self._store.extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]]) -> int:
        """:meth:`replace_graph` for many graphs at once; returns how many were rewritten.

        Into an empty store, one bulk load: not transactional but about twice as fast,
        and an interrupted load into a store that held nothing loses nothing.  Into a
        store that holds data, a graph that already holds exactly its new triples is
        left alone (deleting is several times slower than inserting in Oxigraph, and a
        rebuild mostly meets unchanged documents); the others are replaced in two
        transactions in all (drop them, then load them).  A crash between the two
        leaves those graphs empty, never mixed, and building again restores them.
        """
        named = {iri: ox.NamedNode(iri) for iri in graphs}
        self._writing(graphs)
        if self._is_empty():
            self._store.bulk_extend(_moved(graphs, named))
            return len(graphs)
        changed = {
            iri: quads
            for iri, quads in graphs.items()
            if {q.triple for q in quads} != set(self.triples(iri))
        }
        if changed:
            drops = (f"DROP SILENT GRAPH {named[iri]}" for iri in changed)
            self._store.update(" ;\n".join(drops))
            self._store.extend(_moved(changed, named))
        return len(changed)

    def _is_empty(self) -> bool:
        return next(self._store.quads_for_pattern(None, None, None, None), None) is None

    def load_nquads(self, data: bytes, replacing: Iterable[str] = ()) -> None:
        """Drop the named graphs ``replacing``, then bulk-load the N-Quads ``data``.

        Oxigraph's bulk loader parses and indexes without a Python object per quad and
        releases the GIL, so a build loads batches of documents in a background thread
        while it parses the next ones.  Not transactional: an interrupted load leaves a
        graph partly loaded, and building again replaces it.
        """
        self._writing(None)  # which graphs ``data`` fills is unknown: forget every digest
        for iri in replacing:
            self._store.remove_graph(ox.NamedNode(iri))
        self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    def load_graphs(
        self, graphs: Iterable[tuple[str, bytes]], *, lenient: bool = False
    ) -> list[str]:
        """Make each named graph hold exactly its N-Quads, given as ``(graph IRI, N-Quads of
        that graph alone)``; returns the IRIs of the graphs it wrote.

        A graph whose N-Quads have the digest recorded for it is left alone (a rebuild
        mostly meets unchanged documents, and deleting is several times slower than
        inserting in Oxigraph).  The others are dropped, unless the store was empty,
        then bulk-loaded together: Oxigraph's bulk loader parses and indexes without a
        Python object per quad and releases the GIL, so a build loads batches in a
        background thread while it parses the next documents.  Not transactional: an
        interrupted load leaves a graph partly loaded, without a digest, and loading it
        again replaces it.  ``lenient`` skips Oxigraph's IRI checks, for N-Quads whose
        IRIs are known good (the rdf stage mints them, :mod:`kg.rdf.iri`).  Digest the
        same bytes for the same graph (:func:`kg.spool.graph_chunks` sorts them) to skip it.
        """
        changed = []
        for iri, data in graphs:
            digest = graph_digest(data)
            if self._digests.get(iri) != digest:
                changed.append((iri, data, digest))
        if not changed:
            return []
        held_data = not self._empty
        self._writing(iri for iri, _, _ in changed)
        if held_data:  # a graph without its digest may hold anything: drop it
            for iri, _, _ in changed:
                self._store.remove_graph(ox.NamedNode(iri))
        data = b"".join(data for _, data, _ in changed)
        self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=lenient)
        self._digests.update((iri, digest) for iri, _, digest in changed)
        return [iri for iri, _, _ in changed]

    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, None))

    def triples(self, graph_iri: str | None) -> Iterator[ox.Triple]:
        """The triples of one named graph (``None``: the default graph), streamed."""
        graph = ox.DefaultGraph() if graph_iri is None else ox.NamedNode(graph_iri)
        return (quad.triple for quad in self._store.quads_for_pattern(None, None, None, graph))

    def has_default_graph(self) -> bool:
        """Whether anything is in the default graph (the builder writes only named graphs)."""
        return next(self.triples(None), None) is not None

    def query(self, sparql: str) -> object:
        """Run a SPARQL query; the default graph is the union of all graphs, as in most
        stores, so queries need no ``GRAPH`` clause."""
        return self._store.query(sparql, use_default_graph_as_union=True)

    def export(self, fmt: str, graph_iri: str | None = None) -> bytes:
        """The store (or the named graph ``graph_iri``) in ``fmt``, a key of
        :data:`kg.rdf.FORMATS`, as the deterministic bytes of :func:`kg.rdf.serialize_quads`.

        Triple formats (Turtle, N-Triples) hold the union of the graphs; quad formats
        (TriG, N-Quads, JSON-LD) keep each named graph.
        """
        from kg.rdf import serialize_quads

        graph = None if graph_iri is None else ox.NamedNode(graph_iri)
        return serialize_quads(self._store.quads_for_pattern(None, None, None, graph), fmt)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        """Close the store; opened for writing, record the digests of the graphs known to be
        complete, for the store's files as they now are."""
        if self._read_only:
            del self._store
            return
        self._store.flush()
        del self._store  # closes the database: its files stop changing
        write_digests(self.path, self._digests)

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _moved(
    graphs: Mapping[str, Sequence[ox.Quad]], named: Mapping[str, ox.NamedNode]
) -> Iterator[ox.Quad]:
    """The quads of each graph, moved into the named graph of its IRI."""
    for iri, quads in graphs.items():
        graph = named[iri]
        for q in quads:
            yield ox.Quad(q.subject, q.predicate, q.object, graph)


def graph_digest(nquads: bytes) -> str:
    """The digest :meth:`EmbeddedStore.load_graphs` records for a graph's N-Quads.

    >>> graph_digest(b"<urn:a> <urn:b> <urn:c> <urn:g> .\\n")[:12]
    '48880ab92c58'
    """
    return hashlib.blake2b(nquads, digest_size=16).hexdigest()


def read_digests(folder: Path) -> dict[str, str]:
    """The graph digests of the record in the store ``folder``; empty when there is no
    record, it cannot be read, or the store's files changed since it was written (a
    build interrupted, another program wrote the store): then every graph is unknown."""
    try:
        record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        if record["version"] != _RECORD_VERSION or record["files"] != _fingerprint(folder):
            return {}
        return {str(iri): str(digest) for iri, digest in record["graphs"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_digests(folder: Path, digests: Mapping[str, str]) -> None:
    """Record ``digests`` for the closed store in ``folder`` (atomically)."""
    record = {
        "version": _RECORD_VERSION,
        "files": _fingerprint(folder),
        "graphs": dict(sorted(digests.items())),
    }
    write_atomic(folder / RECORD, json.dumps(record, indent=0).encode("utf-8"))


def _fingerprint(folder: Path) -> list[list[object]]:
    """Name, size and modification time of the store's files: every write to a RocksDB
    store (a transaction's log, a bulk load's tables, opening it for writing) changes
    one.  RocksDB's own text logs and the record itself are left out."""
    files = []
    for entry in os.scandir(folder):
        if entry.name == RECORD or entry.name.startswith(("LOG", ".")) or not entry.is_file():
            continue
        stat = entry.stat()
        files.append([entry.name, stat.st_size, stat.st_mtime_ns])
    return sorted(files)
