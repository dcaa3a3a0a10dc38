"""Push named graphs to any SPARQL 1.1 server: Graph Store Protocol, or SPARQL Update.

Each graph is sent on its own and *replaces* the server's graph of that name, so pushing
twice leaves the same triples (idempotent):

- ``gsp``: ``PUT endpoint?graph=IRI`` with the first batch of N-Triples, ``POST`` for
  the next batches (the SPARQL 1.1 Graph Store HTTP Protocol);
- ``update``: ``DROP SILENT GRAPH <IRI>`` and ``INSERT DATA`` in one request, more
  ``INSERT DATA`` for the next batches (SPARQL 1.1 Update);
- ``auto``: GSP, falling back to Update when the endpoint answers that it does not
  take graph uploads (404, 405, 415, 501) before anything was written.

Data goes as N-Triples (no prefixes, no escapes inside IRIs: Virtuoso keeps Turtle's
``\\`` escapes in IRIs literally).  A graph that fails is reported with the server's
message and the other graphs are still sent; when the server is unreachable or refuses
the credentials, or does not take graphs at that URL, the graphs not yet sent are
reported as not sent; so are they after :data:`CIRCUIT_BREAKER` graphs in a row failed
(a server answering 500 to everything).  Nothing is dropped without a line in the report.

>>> default_update_endpoint("http://localhost:7878/store")
'http://localhost:7878/update'
>>> default_update_endpoint("http://localhost:3030/ds/data")
'http://localhost:3030/ds/update'
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.errors import InputError
from kg.store.embedded import EmbeddedStore
from kg.store.http import Client, EndpointError, redact_url

Protocol = Literal["auto", "gsp", "update"]
PROTOCOLS: tuple[Protocol, ...] = ("auto", "gsp", "update")

#: Triples per request: large enough to be fast, small enough for default upload limits.
DEFAULT_BATCH = 50_000

#: Graphs failing in a row after which a push stops trying (the server is down or broken:
#: trying each of the rest, with retries, would take minutes and fail the same way).
CIRCUIT_BREAKER = 3

#: Answers meaning "no Graph Store here" (not "bad data"): try SPARQL Update instead.
NO_GRAPH_STORE = frozenset({404, 405, 415, 501})

#: Path endings of the Graph Store endpoints of common servers, and the Update endpoint
#: beside each (Oxigraph, Fuseki, Virtuoso, GraphDB).
UPDATE_BESIDE_GSP = (
    ("/store", "/update"),
    ("/data", "/update"),
    ("/sparql-graph-crud-auth", "/sparql-auth"),
    ("/sparql-graph-crud", "/sparql"),
    ("/rdf-graphs/service", "/statements"),
)

#: A graph to push: its IRI (``None``: the default graph) and its triples, streamed.
GraphSource = tuple[str | None, Iterable[ox.Triple]]


@dataclass(frozen=True)
class GraphResult:
    """What happened to one graph: ``error`` is ``None`` when all its ``triples`` were
    sent; otherwise ``sent`` of them reached the server before the failure."""

    graph: str | None
    triples: int
    error: str | None = None
    sent: int = 0

    @property
    def name(self) -> str:
        return "default graph" if self.graph is None else f"<{self.graph}>"


@dataclass(frozen=True)
class PushReport:
    endpoint: str
    protocol: str
    results: tuple[GraphResult, ...]
    seconds: float
    retries: int = 0

    @property
    def sent(self) -> tuple[GraphResult, ...]:
        return tuple(r for r in self.results if r.error is None)

    @property
    def failed(self) -> tuple[GraphResult, ...]:
        return tuple(r for r in self.results if r.error is not None)

    @property
    def triples_sent(self) -> int:
        return sum(r.triples for r in self.sent)

    def summary(self) -> str:
        rate = self.triples_sent / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"pushed {len(self.sent)} of {len(self.results)} graph(s), "
            f"{self.triples_sent} triple(s) to {self.endpoint} ({self.protocol}) "
            f"in {self.seconds:.1f}s ({rate:,.0f} triples/s)"
        ]
        if self.retries:
            lines.append(f"  {self.retries} request(s) retried")
        if self.failed:
            missing = sum(r.triples - r.sent for r in self.failed)
            lines.append(
                f"  FAILED: {len(self.failed)} graph(s), {missing} triple(s) not sent, listed above"
            )
        return "\n".join(lines)


def default_update_endpoint(endpoint: str) -> str:
    """The SPARQL Update endpoint beside a Graph Store endpoint, by the usual paths;
    otherwise ``endpoint`` itself (Fuseki's dataset URL and many servers take both)."""
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    for gsp, update in UPDATE_BESIDE_GSP:
        if path.endswith(gsp):
            return urlunsplit(parts._replace(path=path[: -len(gsp)] + update, query=""))
    return endpoint


def store_graphs(store: EmbeddedStore) -> Iterator[GraphSource]:
    """Every named graph of the store (and the default graph when it holds anything)."""
    if store.has_default_graph():
        yield None, store.triples(None)
    for iri in store.graphs():
        yield iri, store.triples(iri)


def file_graphs(paths: Sequence[str | Path], graph: str | None = None) -> Iterator[GraphSource]:
    """The graphs in RDF files, format by extension (see :data:`kg.rdf.FORMATS`).

    Quad files (``.nq``, ``.trig``, ``.jsonld``) keep their named graphs; the triples of
    ``.ttl``/``.nt`` files (and of quad files' default graph) go to ``graph``, or to the
    default graph when it is ``None``.  Raises :class:`~kg.errors.InputError` naming a bad
    file.
    """
    from kg.rdf import FORMATS

    by_extension = {form.extension: form for form in FORMATS.values()}
    # One in-memory store merges the files, so a graph split over files is sent once.
    merged = ox.Store()
    target = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    for path in paths:
        form = by_extension.get(Path(path).suffix)
        if form is None:
            raise InputError(
                f"{path}: unknown RDF extension (use one of {', '.join(by_extension)})"
            )
        if not Path(path).is_file():
            raise InputError(
                f"{path}: no such file" if not Path(path).exists() else f"{path}: not a file"
            )
        try:
            parsed = ox.parse(path=str(path), format=form.rdf_format)
            merged.extend(
                ox.Quad(q.subject, q.predicate, q.object, target)
                if isinstance(q.graph_name, ox.DefaultGraph)
                else q
                for q in parsed
            )
        except (OSError, SyntaxError, ValueError) as error:
            raise InputError(f"{path}: not valid {form.name}: {error}") from None
    names: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.DefaultGraph()]
    names += sorted(merged.named_graphs(), key=str)
    for name in names:
        quads = merged.quads_for_pattern(None, None, None, name)
        if isinstance(name, ox.DefaultGraph):
            if next(merged.quads_for_pattern(None, None, None, name), None) is not None:
                yield None, (q.triple for q in quads)
        elif isinstance(name, ox.NamedNode):
            yield name.value, (q.triple for q in quads)
        else:
            raise InputError(f"a blank-node graph name ({name}) cannot be pushed by name")


def push_graphs(
    graphs: Iterable[GraphSource],
    endpoint: str,
    *,
    protocol: Protocol = "auto",
    update_endpoint: str | None = None,
    client: Client | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_graph: Callable[[GraphResult], None] | None = None,
) -> PushReport:
    """Send each graph to ``endpoint``, replacing the server's graph of the same name.

    ``endpoint`` is the Graph Store URL (or, with ``protocol="update"``, the Update
    URL); ``update_endpoint`` defaults to :func:`default_update_endpoint`.  Graphs of
    more than ``batch_size`` triples go in several requests.  ``on_graph`` is called
    after each graph (progress bars, tests).
    """
    if protocol not in PROTOCOLS:
        raise ValueError(f"unknown protocol {protocol!r}; choose from {', '.join(PROTOCOLS)}")
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    client = client or Client()
    sender = _Sender(client, endpoint, protocol, update_endpoint)
    started = time.perf_counter()
    results: list[GraphResult] = []
    stop: str | None = None  # why the graphs after a fatal failure are not sent
    retried_before = client.retried
    failed_in_a_row = 0
    for iri, triples in graphs:
        if stop is not None:
            result = GraphResult(iri, sum(1 for _ in triples), f"not sent: {stop}")
        else:
            result = sender.send(iri, triples, batch_size)
            failed_in_a_row = failed_in_a_row + 1 if result.error is not None else 0
            if result.error is not None and sender.fatal is not None:
                stop = sender.fatal
            elif failed_in_a_row >= CIRCUIT_BREAKER:
                stop = f"{failed_in_a_row} graphs in a row failed, the rest were not tried"
        results.append(result)
        if on_graph is not None:
            on_graph(result)
    return PushReport(
        endpoint=redact_url(endpoint if sender.protocol != "update" else sender.update_url),
        protocol=sender.protocol,
        results=tuple(results),
        seconds=time.perf_counter() - started,
        retries=client.retried - retried_before,
    )


class _Sender:
    """One push's state: the protocol in use (``auto`` settles on the first graph)."""

    def __init__(
        self, client: Client, endpoint: str, protocol: Protocol, update_endpoint: str | None
    ) -> None:
        self.client = client
        self.endpoint = endpoint
        self.protocol: Protocol = protocol
        if protocol == "update":
            self.update_url = update_endpoint or endpoint
        else:
            self.update_url = update_endpoint or default_update_endpoint(endpoint)
        self.fatal: str | None = None

    def send(self, iri: str | None, triples: Iterable[ox.Triple], batch_size: int) -> GraphResult:
        sent = 0
        iterator = iter(triples)
        batch = list(islice(iterator, batch_size))
        first = True
        try:
            while first or batch:
                self._request(iri, batch, replace=first)
                sent += len(batch)
                first = False
                batch = list(islice(iterator, batch_size))
        except EndpointError as error:
            if error.unreachable:
                self.fatal = "the endpoint is unreachable"
            elif error.refused:
                self.fatal = "the endpoint refused the credentials"
            elif first and error.status in NO_GRAPH_STORE:
                self.fatal = f"the endpoint does not take graphs (HTTP {error.status})"
            remaining = sum(1 for _ in iterator) + len(batch)
            detail = f" ({sent} of {sent + remaining} triples were sent)" if sent else ""
            return GraphResult(iri, sent + remaining, f"{error}{detail}", sent)
        return GraphResult(iri, sent, sent=sent)

    def _request(self, iri: str | None, batch: list[ox.Triple], *, replace: bool) -> None:
        if self.protocol == "update":
            self._update(iri, batch, replace=replace)
            return
        try:
            self._gsp(iri, batch, replace=replace)
        except EndpointError as error:
            if self.protocol != "auto" or not replace or error.status not in NO_GRAPH_STORE:
                raise
            try:
                self._update(iri, batch, replace=True)
            except EndpointError as second:
                raise EndpointError(
                    f"{error}; SPARQL Update fallback: {second}", second.status
                ) from None
            self.protocol = "update"
            return
        if self.protocol == "auto":
            self.protocol = "gsp"

    def _gsp(self, iri: str | None, batch: list[ox.Triple], *, replace: bool) -> None:
        selector = "default" if iri is None else "graph=" + quote(iri, safe="")
        url = self.endpoint + ("&" if "?" in self.endpoint else "?") + selector
        self.client.request(
            "PUT" if replace else "POST",
            url,
            _ntriples(batch),
            content_type="application/n-triples",
        )

    def _update(self, iri: str | None, batch: list[ox.Triple], *, replace: bool) -> None:
        name = "DEFAULT" if iri is None else f"GRAPH {ox.NamedNode(iri)}"
        data = _ntriples(batch).decode("utf-8")
        parts = []
        if replace:
            parts.append(f"DROP SILENT {name} ;\n" if iri else "CLEAR SILENT DEFAULT ;\n")
        if batch:
            body = data if iri is None else f"GRAPH {ox.NamedNode(iri)} {{\n{data}}}\n"
            parts.append(f"INSERT DATA {{\n{body}}}\n")
        elif replace and iri is not None:
            parts.append(f"CREATE SILENT {name}\n")
        update = "".join(parts).rstrip().rstrip(";")
        self.client.request(
            "POST",
            self.update_url,
            update.encode("utf-8"),
            content_type="application/sparql-update; charset=utf-8",
        )


def _ntriples(batch: list[ox.Triple]) -> bytes:
    if not batch:
        return b""
    data = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # bytes when no output file is given
    return data
