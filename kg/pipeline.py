"""The builder: sources in, RDF, store, tables and HTML out.

This is the small Python API that the CLI and the notebooks share::

    import kg
    result = kg.build(["examples/"], out="out")
    result.report.claims_by_stance      # {'accuse': 5, 'deny': 6, ...}
    result.documents[0].claims[0]       # a ResolvedClaim, plain data

and, for a single text without writing anything::

    graph = kg.analyse("Moscow denied the accusations.")

Stages run in one direction (ingest -> parse -> extract -> resolve -> rdf -> store ->
network -> render); each hands the next plain dataclasses from :mod:`kg.model`.
A bad input is reported (named) and skipped; the rest is still built.

A build streams: articles flow through ``nlp.pipe`` and each resolved document's
quads and table rows go to disk at once (:class:`kg.spool.QuadSpool`), so memory
holds the actor registry and, for the HTML, each document's claims (without its
text), not the corpus.  ``engine="dask"`` runs the parse, extract and RDF stages
over partitions on a Dask cluster (:mod:`kg.distributed`).
"""

from __future__ import annotations

import csv
import io
import pickle
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from enum import IntEnum
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TextIO, TypeVar

from kg.files import AtomicFile, write_atomic
from kg.ingest import SourceProblem, article_id, normalise_text, read_sources
from kg.model import CAMEO, Actor, Article, DocumentGraph, Extraction, Mention, Span
from kg.nlp import extracting_pipeline, model_name, stashed_extraction
from kg.rdf import DEFAULT_BASE, FORMATS, document_graph_iri
from kg.rdf.graph import DEFAULT_PROVENANCE, Provenance, check_provenance
from kg.rdf.serialize import document_ntriples
from kg.resolve import ActorRegistry, resolve
from kg.spool import SORTABLE_TYPE, QuadSpool, lines_chunks
from kg.store import EmbeddedStore

#: The stages whose wall time a build reports (:attr:`BuildReport.stages`).
STAGES = ("ingest", "parse", "extract", "resolve", "rdf", "store", "render")

#: Documents per bulk load into the store (the loads overlap the parse of the next ones).
STORE_BATCH = 32

#: Engines of :func:`build`.
ENGINES = ("local", "dask")


class ExitStatus(IntEnum):
    """Process exit codes of ``kg build`` (documented in ``kg --help``)."""

    OK = 0  # every input was built
    FAILED = 1  # nothing could be built
    USAGE = 2  # bad command line (argparse's own code)
    PARTIAL = 3  # some inputs were bad and skipped; the rest was built


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the summary and for scripts.

    ``stages`` holds the seconds spent in each of :data:`STAGES` (on a Dask cluster:
    the client's waiting time for parse and extract, the workers' time for RDF).
    """

    documents: int
    actors: int
    claims_by_stance: dict[str, int]
    relations: int
    allegations: int
    problems: tuple[SourceProblem, ...]
    files: tuple[Path, ...]
    seconds: float
    model: str
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def claims(self) -> int:
        return sum(self.claims_by_stance.values())

    @property
    def status(self) -> ExitStatus:
        if self.documents == 0:
            return ExitStatus.FAILED
        return ExitStatus.PARTIAL if self.problems else ExitStatus.OK


@dataclass(frozen=True)
class BuildResult:
    """The report, and the documents when the build kept them (``keep_documents``)."""

    report: BuildReport
    documents: tuple[DocumentGraph, ...] = field(repr=False, default=())


T = TypeVar("T")
#: Wraps the stream of built documents (one item each) in a progress bar, given the
#: expected number of documents (``None`` when unknown).
ProgressFactory = Callable[[Iterable[T], int | None], Iterable[T]]


class Stopwatch:
    """Seconds per stage, summed over a build.

    >>> watch = Stopwatch()
    >>> with watch("rdf"):
    ...     pass
    >>> list(watch.seconds)
    ['rdf']
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - started)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def timed(self, items: Iterable[T], stage: str) -> Iterator[T]:
        """``items``, with the time spent producing each one counted to ``stage``."""
        iterator = iter(items)
        while True:
            started = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                self.add(stage, time.perf_counter() - started)
                return
            self.add(stage, time.perf_counter() - started)
            yield item


def extract_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    jobs: int = 1,
    batch_size: int = 32,
    on_problem: Callable[[SourceProblem], None] | None = None,
    watch: Stopwatch | None = None,
) -> Iterator[Extraction]:
    """Parse (``nlp.pipe``, ``jobs`` processes) and extract a stream of articles, in order.

    Extraction runs in the parser processes (:class:`Extractor`).  An article whose
    extraction fails is reported through ``on_problem`` and skipped (raised without
    one).  With ``watch``: ``"ingest"`` is the time reading the input took, ``"extract"``
    the extractor's (in the worker processes when ``jobs > 1``) and ``"parse"`` the
    rest of the wait for results.
    """
    watch = watch if watch is not None else Stopwatch()
    nlp = extracting_pipeline(model)
    in_flight: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for article in watch.timed(articles, "ingest"):
            in_flight.append(article)  # nlp.pipe keeps the order
            yield article.text

    parsed = nlp.pipe(texts(), batch_size=batch_size, n_process=jobs)
    before = watch.seconds.get("ingest", 0.0)
    for doc in watch.timed(parsed, "parse"):
        article = in_flight.popleft()
        ingest = watch.seconds.get("ingest", 0.0)
        stashed, extracting = stashed_extraction(doc)
        watch.add("extract", extracting)
        # the input was read while parsing; in one process, so was the extraction
        watch.add("parse", before - ingest - (extracting if jobs == 1 else 0.0))
        before = ingest
        try:
            if isinstance(stashed, str):
                raise RuntimeError(stashed)
            if stashed.article.text != article.text:
                raise ValueError(f"{article.source}: the parse does not match the article text")
            extraction = replace(stashed, article=article)
        except Exception as error:  # one bad document must not sink the build
            if on_problem is None:
                raise
            reason = error.args[0] if isinstance(error, RuntimeError) else repr(error)
            on_problem(SourceProblem(article.source, f"extraction failed: {reason}"))
            continue
        yield extraction


def resolve_all(
    extractions: Iterable[Extraction],
    registry: ActorRegistry,
    *,
    on_problem: Callable[[SourceProblem], None] | None = None,
    watch: Stopwatch | None = None,
) -> Iterator[DocumentGraph]:
    """:func:`~kg.resolve.resolve` each extraction in order, sharing one registry.

    Resolution is the one sequential stage: a document's actors depend on those of
    the documents before it (the first name seen stays), so every engine resolves in
    input order and gets the same ids.
    """
    watch = watch if watch is not None else Stopwatch()
    for extraction in extractions:
        try:
            with watch("resolve"):
                document = resolve(extraction, registry)
        except Exception as error:
            if on_problem is None:
                raise
            source = extraction.article.source
            on_problem(SourceProblem(source, f"extraction failed: {error!r}"))
            continue
        yield document


def analyse_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    jobs: int = 1,
    batch_size: int = 32,
    registry: ActorRegistry | None = None,
    on_problem: Callable[[SourceProblem], None] | None = None,
    watch: Stopwatch | None = None,
) -> Iterator[DocumentGraph]:
    """Parse, extract and resolve a stream of articles, one :class:`DocumentGraph` each.

    Streams: articles are parsed in batches by ``nlp.pipe`` (``jobs`` processes) and
    each result is yielded as soon as it is resolved.  An article whose extraction
    fails is reported through ``on_problem`` and skipped.
    """
    registry = registry if registry is not None else ActorRegistry()
    extractions = extract_articles(
        articles,
        model=model,
        jobs=jobs,
        batch_size=batch_size,
        on_problem=on_problem,
        watch=watch,
    )
    yield from resolve_all(extractions, registry, on_problem=on_problem, watch=watch)


def analyse(text: str, *, model: str | None = None, title: str | None = None) -> DocumentGraph:
    """Extract and resolve one text in memory (no files written).

    >>> graph = analyse("Moscow denied the accusations, the ministry said.")  # doctest: +SKIP
    """
    body = normalise_text(text)
    article = Article(id=article_id(body), text=body, source="<text>", title=title)
    return next(analyse_articles([article], model=model))


def build(
    sources: Iterable[str | Path],
    out: str | Path,
    *,
    formats: Iterable[str] = ("turtle",),
    model: str | None = None,
    base: str = DEFAULT_BASE,
    jobs: int = 1,
    batch_size: int = 32,
    store: str | Path | None = "store",
    html: bool = True,
    ego: bool = False,
    export: Iterable[str] = (),
    stdin: TextIO | None = None,
    progress: ProgressFactory[Any] | None = None,
    keep_documents: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    partition_size: int = 64,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> BuildResult:
    """Build the knowledge graph of ``sources`` into the folder ``out``.

    Writes ``graph.<ext>`` for each of ``formats`` (keys of :data:`kg.rdf.FORMATS`),
    ``claims.csv``, ``actors.csv``, the embedded Oxigraph store (``store``, relative to
    ``out`` unless absolute; ``None`` to skip) and, with ``html``, the pages of
    :func:`kg.render.write_pages`: ``graph.html`` (actors and their accuse/deny edges),
    ``disputes.html`` (one node per allegation) and ``index.html`` (the analytics); with
    ``ego`` a page per actor, and ``export`` (``"gexf"``, ``"graphml"``) the two graphs for
    Gephi or Cytoscape.

    ``keep_documents`` keeps every :class:`DocumentGraph` in :attr:`BuildResult.documents`
    (handy on a few articles; turn it off for a corpus, as the CLI does).  ``engine``
    is ``"local"`` (``jobs`` parser processes) or ``"dask"``: partitions of
    ``partition_size`` articles on the Dask scheduler at ``scheduler``, or on a local
    cluster of ``jobs`` workers when none is given.  Every engine writes the same bytes.
    ``provenance`` is ``"lean"`` (spans as RFC 5147 IRIs, no derivable triples) or
    ``"full"`` (complete NIF 2.0): see :mod:`kg.rdf.graph`.
    """
    started = time.perf_counter()
    sources = list(sources)  # read twice: by the progress estimate, then by ingest
    out = Path(out)
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {unknown}; choose from {sorted(FORMATS)}")
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {list(ENGINES)}")
    provenance = check_provenance(provenance)
    model_id = model_name(extracting_pipeline(model))  # the one pipeline the build loads
    problems: list[SourceProblem] = []
    watch = Stopwatch()

    def articles() -> Iterator[Article]:
        seen: set[str] = set()
        for item in read_sources(sources, stdin=stdin):
            if isinstance(item, SourceProblem):
                problems.append(item)
            elif item.id not in seen:  # the same document given twice is built once
                seen.add(item.id)
                yield item

    registry = ActorRegistry()
    pages = _Pages(html=html, ego=ego, export=tuple(dict.fromkeys(export)))
    sink = _Sink(
        out, base, model_id, provenance, store=store, pages=pages, keep=keep_documents, watch=watch
    )
    with sink:
        if engine == "dask":
            from kg.distributed import analyse_on_dask

            built: Iterable[tuple[DocumentGraph, tuple[str, bytes, bytes] | None]] = (
                analyse_on_dask(
                    articles(),
                    registry,
                    scheduler=scheduler,
                    workers=jobs,
                    model=model,
                    base=base,
                    model_id=model_id,
                    batch_size=batch_size,
                    partition_size=partition_size,
                    provenance=provenance,
                    on_problem=problems.append,
                    watch=watch,
                )
            )
        else:
            documents = analyse_articles(
                articles(),
                model=model,
                jobs=jobs,
                batch_size=batch_size,
                registry=registry,
                on_problem=problems.append,
                watch=watch,
            )
            built = ((document, None) for document in documents)
        if progress is not None:
            built = progress(built, estimate_articles(sources))
        for document, chunks in built:
            sink.add(document, chunks)
        files = sink.finish(formats) if len(sink) else []
    if len(sink):
        write_atomic(out / "actors.csv", actors_table(registry.actors()).encode("utf-8"))
        files.append(out / "actors.csv")
    report = BuildReport(
        documents=len(sink),
        actors=len(sink.actor_ids),
        claims_by_stance=dict(sorted(sink.stances.items())),
        relations=sink.relations,
        allegations=sink.allegations,
        problems=tuple(problems),
        files=tuple(files),
        seconds=time.perf_counter() - started,
        model=model_id,
        stages={stage: watch.seconds.get(stage, 0.0) for stage in STAGES},
    )
    return BuildResult(report=report, documents=tuple(sink.kept))


def estimate_articles(sources: Iterable[str | Path]) -> int | None:
    """About how many articles ``sources`` hold (files, plus lines of JSONL files), for
    a progress bar's ETA; ``None`` for stdin.  Cheap: nothing is parsed.

    >>> estimate_articles(["no-such-file.txt"])
    1
    """
    from kg.ingest.sources import FOLDER_DOC_STEMS, SUPPORTED_SUFFIXES

    def read_in_folder(path: Path) -> bool:  # as read_sources walks a folder
        return (
            path.suffix.lower() in SUPPORTED_SUFFIXES
            and path.stem.casefold() not in FOLDER_DOC_STEMS
            and not path.name.startswith(".")
        )

    total = 0
    for source in sources:
        if str(source) == "-":
            return None
        path = Path(source)
        paths = (p for p in path.rglob("*") if read_in_folder(p)) if path.is_dir() else [path]
        for item in paths:
            if item.suffix.lower() == ".jsonl" and item.is_file():
                with item.open("rb") as lines:
                    total += sum(1 for line in lines if line.strip())
            else:
                total += 1
    return total


class _Sink:
    """Where built documents go, one at a time: the quad spool, the store (batches loaded
    by a background thread while parsing goes on), claims.csv, the claims the HTML needs,
    the report's counts, and (``keep``) the documents themselves."""

    def __init__(
        self,
        out: Path,
        base: str,
        model: str,
        provenance: Provenance,
        *,
        store: str | Path | None,
        pages: _Pages,
        keep: bool,
        watch: Stopwatch,
    ) -> None:
        self.out, self.base, self.model, self.pages, self.keep = out, base, model, pages, keep
        self.provenance = provenance
        self.watch = watch
        self.spool = QuadSpool(out)
        self._claims: AtomicFile | None = AtomicFile(out / "claims.csv")
        self._claims_file = self._claims.tmp.open("w", encoding="utf-8", newline="")
        self._claims_writer = csv.writer(self._claims_file, lineterminator="\n")
        self._claims_writer.writerow(CLAIM_COLUMNS)
        self.store_path = None if store is None else out / store
        self._store: EmbeddedStore | None = None
        self._loader: ThreadPoolExecutor | None = None
        self._loading: Future[list[str]] | None = None
        self._batch: list[tuple[str, bytes]] = []
        self.kept: list[DocumentGraph] = []
        self.actor_ids: set[str] = set()
        self.stances: Counter[str] = Counter()
        self.relations = 0
        self.allegations = 0

    def __len__(self) -> int:
        return len(self.spool)

    def add(self, document: DocumentGraph, chunks: tuple[str, bytes, bytes] | None) -> None:
        with self.watch("rdf"):
            if chunks is None:
                chunks = document_chunks(document, self.base, self.model, self.provenance)
            self.spool.add_serialized(*chunks)
            self._claims_writer.writerows(claim_rows(document))
        if self.store_path is not None:
            self._batch.append(chunks[:2])
            if len(self._batch) >= STORE_BATCH:
                self._load_batch()
        if self.keep:
            self.kept.append(document)
        if self.pages.wanted:
            self.pages.add(document, self.out)  # to disk: memory must not grow per document
        self.actor_ids.update(actor.id for actor in document.actors)
        self.stances.update(c.claim.stance.value for c in document.claims)
        self.relations += len(document.relations)
        self.allegations += len(document.allegations)

    def _load_batch(self) -> None:
        """Hand the batch to the loader thread, once it has loaded the previous one."""
        assert self.store_path is not None
        with self.watch("store"):
            if self._store is None:
                self._store = EmbeddedStore(self.store_path)
                self._loader = ThreadPoolExecutor(1, thread_name_prefix="kg-store")
            if self._loading is not None:
                self._loading.result()
            assert self._loader is not None
            # unchanged graphs are skipped, changed ones dropped and loaded; lenient: the
            # rdf stage writes only minted IRIs (kg.rdf.iri), and the strict parse of the
            # files at the end (kg.spool) would still refuse a bad one
            load = self._store.load_graphs
            self._loading = self._loader.submit(load, self._batch, lenient=True)
            self._batch = []

    def finish(self, formats: tuple[str, ...]) -> list[Path]:
        written: list[Path] = []
        with self.watch("rdf"):
            for fmt in formats:
                path = self.out / f"graph{FORMATS[fmt].extension}"
                self.spool.write(path, fmt)
                written.append(path)
            self._claims_file.close()
            if self._claims is not None:
                self._claims.commit()
                self._claims = None
            written.append(self.out / "claims.csv")
        if self.store_path is not None:
            if self._batch:
                self._load_batch()
            with self.watch("store"):
                self._close_store()
            written.append(self.store_path)
        if self.pages.wanted:
            with self.watch("render"):
                written += self.pages.write(self.out)
        return written

    def _close_store(self) -> None:
        try:
            if self._loading is not None:
                self._loading.result()
        finally:
            self._loading = None
            if self._loader is not None:
                self._loader.shutdown()
                self._loader = None
            if self._store is not None:
                self._store.close()
                self._store = None

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self._claims is not None:  # nothing built, or an error: leave no claims.csv
            self._claims_file.close()
            self._claims.discard()
        with suppress(Exception):  # the error that brought us here is the one to see
            self._close_store()
        self.spool.close()
        self.pages.close()


def document_chunks(
    document: DocumentGraph,
    base: str,
    model: str,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> tuple[str, bytes, bytes]:
    """A document's graph IRI and its quads as sorted N-Quads and N-Triples (the RDF stage)."""
    graph = str(document_graph_iri(document.article, base))
    lines = document_ntriples(document, base, model, provenance, rdf_type=SORTABLE_TYPE)
    return lines_chunks(graph, lines)


def network_view(document: DocumentGraph) -> DocumentGraph:
    """``document`` with only what :mod:`kg.network` reads: no text, mentions or relations,
    only the sentences its claims come from (the others keep their offsets), and claims
    without their mentions (the resolved claim names the actors; of the claimer's mention
    only the role is read)."""
    used = {resolved.claim.sentence for resolved in document.claims}
    return replace(
        document,
        article=replace(document.article, text=""),
        sentences=tuple(
            s if i in used else Span(s.start, s.end, "") for i, s in enumerate(document.sentences)
        ),
        claims=tuple(
            replace(
                resolved,
                claim=replace(
                    resolved.claim,
                    claimer=_role_only(resolved.claim.claimer.role),
                    targets=(),
                    cites=None,
                ),
            )
            for resolved in document.claims
        ),
        relations=(),
        mentions=(),
    )


@lru_cache(maxsize=1024)
def _role_only(role: str | None) -> Mention:
    """A placeholder claimer mention that keeps only the role (shared, the views are many)."""
    return Mention(Span(0, 0, ""), "", -1, role=role)


class _Pages:
    """Which pages and graph exports a build writes (see :func:`kg.render.write_pages`), and
    the documents they are drawn from: each one's :func:`network_view`, pickled to an unnamed
    file beside the output as it comes, so the build's memory does not grow with the corpus;
    read back, one at a time, when the pages are written.

    >>> pages = _Pages(html=False, ego=False, export=())
    >>> pages.wanted, len(pages)
    (False, 0)
    """

    def __init__(self, *, html: bool, ego: bool, export: tuple[str, ...]) -> None:
        self.html, self.ego, self.export = html, ego, export
        self._spool: IO[bytes] | None = None
        self._count = 0

    @property
    def wanted(self) -> bool:
        return self.html or bool(self.export)

    def __len__(self) -> int:
        return self._count

    def add(self, document: DocumentGraph, folder: Path) -> None:
        """Spool ``document``'s :func:`network_view` (in a file under ``folder``)."""
        if self._spool is None:
            # closed by close(); unnamed, so nothing is left behind even if the build dies
            self._spool = tempfile.TemporaryFile(prefix=".kg-pages-", dir=folder)  # noqa: SIM115
        pickle.dump(network_view(document), self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def documents(self) -> Iterator[DocumentGraph]:
        """The spooled views, in the order they came: a new pass over the file each call
        (one pass at a time; the pages are written one after the other)."""
        spool = self._spool
        if spool is None:
            return
        spool.seek(0)
        for _ in range(self._count):
            yield pickle.load(spool)
        spool.seek(0, io.SEEK_END)  # where the next add() appends

    def write(self, out: Path) -> list[Path]:
        from kg.render import write_pages

        return write_pages(_Replayed(self), out, html=self.html, ego=self.ego, export=self.export)

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None


class _Replayed:
    """The documents of :class:`_Pages`, read again from disk on every pass."""

    def __init__(self, pages: _Pages) -> None:
        self._pages = pages

    def __len__(self) -> int:
        return len(self._pages)

    def __iter__(self) -> Iterator[DocumentGraph]:
        return self._pages.documents()


CLAIM_COLUMNS = (
    "document", "claim", "claimer", "stance", "cameo", "targets", "cites", "cue", "content",
    "hedges", "insertions", "negated", "allegation", "start", "end", "sentence",
)  # fmt: skip


def claims_table(documents: Iterable[DocumentGraph]) -> str:
    """All claims as CSV, one row per claim, in document and text order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for document in documents:
        writer.writerows(claim_rows(document))
    return buffer.getvalue()


def claim_rows(document: DocumentGraph) -> list[list[object]]:
    """The rows of :func:`claims_table` for one document."""
    names = {actor.id: actor.name for actor in document.actors}
    rows: list[list[object]] = []
    for resolved in document.claims:
        claim = resolved.claim
        sentence = document.sentences[claim.sentence]
        rows.append(
            [
                document.article.source,
                resolved.id,
                names.get(resolved.claimer, resolved.claimer),
                claim.stance.value,
                CAMEO[claim.stance],
                "; ".join(names.get(t, t) for t in resolved.targets),
                names.get(resolved.cites, resolved.cites) if resolved.cites else "",
                claim.cue.text,
                claim.content.text if claim.content else "",
                "; ".join(h.text for h in claim.hedges),
                "; ".join(i.text for i in claim.insertions),
                "yes" if claim.negated else "",
                resolved.allegation or "",
                sentence.start,
                sentence.end,
                sentence.text,
            ]
        )
    return rows


def actors_table(actors: Iterable[Actor]) -> str:
    """Every actor once, with kind, roles, affiliation and the aliases seen in the build."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("actor", "name", "kind", "roles", "affiliation", "aliases", "wikidata"))
    for actor in sorted(actors, key=lambda a: a.id):
        writer.writerow(
            [
                actor.id,
                actor.name,
                actor.kind.value,
                "; ".join(actor.roles),
                actor.affiliation or "",
                "; ".join(actor.aliases),
                actor.wikidata or "",
            ]
        )
    return buffer.getvalue()
