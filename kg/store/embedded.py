"""The embedded Oxigraph store: written by ``kg build``, read by ``kg query/push/export``.

The embedded store is a persistent :class:`pyoxigraph.Store` in a folder.  Each
document lives in its own named graph, replaced as a whole (dropped, then loaded;
see :meth:`EmbeddedStore.replace_graph`), so building a document again replaces its
triples instead of adding to them.

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

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox


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
            self._store = ox.Store(str(self.path))
        self._read_only = read_only

    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Make the named graph ``graph_iri`` hold exactly ``quads`` (moved into it).

        Two transactions (drop, then load): a crash between them leaves the graph
        empty, never mixed, and building again restores it.  A single SPARQL
        ``DROP ... ; INSERT DATA`` would be one transaction but parses every triple
        again, several times slower.
        """
        graph = ox.NamedNode(graph_iri)
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
        for iri in replacing:
            self._store.remove_graph(ox.NamedNode(iri))
        self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)

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
        if not self._read_only:
            self._store.flush()
        del self._store

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
