"""The embedded Oxigraph store (files are written by :func:`kg.files.write_atomic`).

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


class EmbeddedStore:
    """A persistent Oxigraph store with one named graph per document."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self._store = ox.Store(str(self.path))

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

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]]) -> None:
        """:meth:`replace_graph` for many graphs; into an empty store, one bulk load.

        A bulk load is not transactional but about twice as fast; into a store that
        held nothing, an interrupted load loses nothing, and the next build replaces
        every graph it loads.
        """
        if len(self._store) == 0:
            self._store.bulk_extend(
                ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(iri))
                for iri, quads in graphs.items()
                for q in quads
            )
            return
        for iri, quads in graphs.items():
            self.replace_graph(iri, quads)

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

    def query(self, sparql: str) -> object:
        return self._store.query(sparql)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
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
