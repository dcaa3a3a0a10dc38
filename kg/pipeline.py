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
import hashlib
import io
import pickle
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TextIO, TypeVar

from kg.curate import CurationReport
from kg.curate import load as load_curation
from kg.errors import ExitStatus
from kg.files import AtomicFile, OutputFolder, write_atomic
from kg.ingest import SourceProblem, article_id, normalise_text, read_sources
from kg.model import (
    CAMEO,
    Actor,
    Article,
    DocumentGraph,
    Mention,
    Span,
)
from kg.nlp import extracting_pipeline, model_name
from kg.options import ENGINES, BuildOptions
from kg.processes import fewer_collections, workers_die_with_parent
from kg.rdf import FORMATS, Provenance
from kg.rdf.allegations import corpus_graph_iri, corpus_lines
from kg.resolve import ActorRegistry
from kg.resolve.corpus import CorpusMerge, allegation_summaries, merge_allegations
from kg.resolve.summaries import SummarySpool
from kg.spool import SORTABLE_TYPE, QuadSpool, lines_chunks
from kg.stages import (
    Stopwatch,
    analyse_articles,
    document_chunks,
    extract_articles,
    resolve_all,
)
from kg.store import EmbeddedStore

__all__ = [
    "ENGINES",
    "STAGES",
    "BuildOptions",
    "BuildReport",
    "BuildResult",
    "ExitStatus",
    "Stopwatch",
    "analyse",
    "analyse_articles",
    "build",
    "document_chunks",
    "extract_articles",
    "resolve_all",
]

#: The stages whose wall time a build reports (:attr:`BuildReport.stages`).
STAGES = ("ingest", "parse", "extract", "resolve", "rdf", "store", "corpus", "render")

#: N-Quads bytes per bulk load into the store (the loads overlap the parse of the next
#: documents): about 60 lean 500-word documents, or 22 full ones.  A larger load costs
#: less per quad (RocksDB writes fewer, larger files, and compacts less: 15% fewer
#: instructions per document than loads of 32 lean documents) and more memory while it
#: runs (about 1 KB per quad loaded).
STORE_BATCH_BYTES = 16 << 20


def store_batches(
    chunks: Iterable[tuple[str, bytes]], limit: int = STORE_BATCH_BYTES
) -> Iterator[list[tuple[str, bytes]]]:
    """``(graph IRI, N-Quads)`` pairs in the batches a build loads into the store: each
    ends with the graph that brings it to ``limit`` bytes.

    >>> [len(batch) for batch in store_batches([("g", b"x" * 6)] * 5, limit=10)]
    [2, 2, 1]
    """
    batch: list[tuple[str, bytes]] = []
    size = 0
    for chunk in chunks:
        batch.append(chunk)
        size += len(chunk[1])
        if size >= limit:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


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
    #: Things worth knowing that are not problems (a document given twice, built once).
    notices: tuple[str, ...] = ()
    curation: CurationReport | None = None  # the analyst's corrections, when there were any
    corpus_allegations: int = 0  # the documents' allegations merged across the corpus
    #: Claims left out because their claimer names no actor, by reason (see kg.resolve.actors).
    dropped: dict[str, int] = field(default_factory=dict)

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
    options: BuildOptions | None = None,
    *,
    stdin: TextIO | None = None,
    progress: ProgressFactory[Any] | None = None,
    **keywords: Any,
) -> BuildResult:
    """Build the knowledge graph of ``sources`` into the folder ``out``.

    The settings are a :class:`~kg.options.BuildOptions`, or its fields as keywords
    (``formats``, ``model``, ``base``, ``jobs``, ``batch_size``, ``store``, ``html``,
    ``ego``, ``export``, ``keep_documents``, ``engine``, ``scheduler``,
    ``partition_size``, ``provenance``); a bad value raises :class:`~kg.errors.UsageError`.

    Writes ``graph.<ext>`` for each of ``formats`` (keys of :data:`kg.rdf.FORMATS`),
    ``claims.csv``, ``actors.csv``, the embedded Oxigraph store (``store``, relative to
    ``out`` unless absolute; ``None`` to skip) and, with ``html``, the pages of
    :func:`kg.render.write_pages`: ``graph.html`` (actors and their accuse/deny edges),
    ``disputes.html`` (one node per allegation) and ``index.html`` (the analytics); with
    ``ego`` a page per actor, and ``export`` (``"gexf"``, ``"graphml"``) the two graphs for
    Gephi or Cytoscape.  Last, ``manifest.json`` names every output and its digest: a
    folder without it holds a build that did not finish (see :mod:`kg.files`).

    One build at a time per folder (:class:`~kg.files.OutputFolder` refuses a second
    at once); the temporaries of a killed build are removed first.  A bad input (an
    unreadable file, a document longer than the parser takes) is named in
    :attr:`BuildReport.problems` and skipped.  ``default_view`` (a build option) is
    the number of nodes graph.html and disputes.html open on.

    ``keep_documents`` keeps every :class:`DocumentGraph` in :attr:`BuildResult.documents`
    (handy on a few articles; turn it off for a corpus, as the CLI does).  ``engine``
    is ``"local"`` (``jobs`` parser processes) or ``"dask"``: partitions of
    ``partition_size`` articles on the Dask scheduler at ``scheduler``, or on a local
    cluster of ``jobs`` workers when none is given.  Every engine writes the same bytes.
    """
    options = BuildOptions.of(options, **keywords)
    started = time.perf_counter()
    sources = list(sources)  # read twice: by the progress estimate, then by ingest
    with OutputFolder(Path(out)) as folder:  # refused at once if another build holds it
        model_id = model_name(extracting_pipeline(options.model))  # the one pipeline it loads
        folder.begin()
        run = _Run(sources, folder.path, options, model_id, stdin)
        files = run.write(progress)
        if files:
            store = run.sink.store_path
            files.append(folder.write_manifest(files, store))
    return run.result(files, time.perf_counter() - started)


class _Run:
    """One build: the articles read (repeats noted), the engine's documents, the sink."""

    def __init__(
        self,
        sources: list[str | Path],
        out: Path,
        options: BuildOptions,
        model_id: str,
        stdin: TextIO | None,
    ) -> None:
        self.sources, self.out, self.options, self.model_id = sources, out, options, model_id
        self.stdin = stdin
        # bad or conflicting corrections are problems (partial); unmatched ones are notices
        self.curated = load_curation(options.curation, sources)
        self.problems: list[SourceProblem] = list(self.curated.problems) if self.curated else []
        self.notices: list[str] = []
        self.watch = Stopwatch()
        self.registry = ActorRegistry(curation=self.curated)
        pages = _Pages(
            html=options.html,
            ego=options.ego,
            export=options.export,
            default_view=options.default_view,
        )
        self.sink = _Sink(
            out,
            options.base,
            model_id,
            options.provenance,  # type: ignore[arg-type]  # checked by BuildOptions
            store=options.store,
            pages=pages,
            keep=options.keep_documents,
            watch=self.watch,
        )

    def articles(self) -> Iterator[Article]:
        """The articles of the sources, each document once (a repeat is named)."""
        # id -> source and digest of the text: not the article, whose text would be held
        # for every document of the corpus; in arrays and on disk (_Seen)
        with _Seen(self.out) as seen:
            yield from self._first_seen(seen)

    def _first_seen(self, seen: _Seen) -> Iterator[Article]:
        for item in read_sources(self.sources, stdin=self.stdin):
            if isinstance(item, SourceProblem):
                self.problems.append(item)
                continue
            digest = hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).digest()
            first = seen.get(item.id)
            if first is None:
                seen.add(item.id, item.source, digest)
                yield item
            elif first[1] == digest:  # the same document given twice: built once
                self.notices.append(f"{item.source}: the same document as {first[0]}")
            else:  # another article under the same URL: keeping both would mix them
                self.problems.append(
                    SourceProblem(
                        item.source,
                        f"same document id as {first[0]} (the same URL"
                        f"{f' {item.url}' if item.url else ''}), with another text",
                    )
                )

    def documents(self) -> Iterable[tuple[DocumentGraph, tuple[str, bytes, bytes] | None]]:
        """The documents built by the engine, with their RDF chunks when it made them."""
        options = self.options
        if options.engine == "dask":
            from kg.distributed import analyse_on_dask

            return analyse_on_dask(
                self.articles(),
                self.registry,
                options,
                model_id=self.model_id,
                on_problem=self.problems.append,
                watch=self.watch,
            )
        documents = analyse_articles(
            self.articles(),
            model=options.model,
            jobs=options.jobs,
            batch_size=options.batch_size,
            registry=self.registry,
            on_problem=self.problems.append,
            watch=self.watch,
        )
        return ((document, None) for document in documents)

    def write(self, progress: ProgressFactory[Any] | None) -> list[Path]:
        """Build every document into the sink; the files written (none if no document)."""
        with self.sink, workers_die_with_parent(), fewer_collections():
            built = self.documents()
            if progress is not None:
                built = progress(built, estimate_articles(self.sources))
            for document, chunks in built:
                self.sink.add(document, chunks)
            files = self.sink.finish(self.options.formats) if len(self.sink) else []
        if len(self.sink):
            actors = actors_table(self.registry.actors())
            write_atomic(self.out / "actors.csv", actors.encode("utf-8"))
            files.append(self.out / "actors.csv")
        return files

    def result(self, files: list[Path], seconds: float) -> BuildResult:
        sink = self.sink
        report = BuildReport(
            documents=len(sink),
            actors=len(sink.actor_ids),
            claims_by_stance=dict(sorted(sink.stances.items())),
            relations=sink.relations,
            allegations=sink.allegations,
            corpus_allegations=len(sink.corpus.allegations),
            problems=tuple(self.problems),
            files=tuple(files),
            seconds=seconds,
            model=self.model_id,
            stages={stage: self.watch.seconds.get(stage, 0.0) for stage in STAGES},
            notices=tuple(self.notices),
            curation=self.curated.report() if self.curated is not None else None,
            dropped=dict(sorted(self.registry.dropped.items())),
        )
        return BuildResult(report=report, documents=tuple(sink.kept))


class _Seen:
    """The documents a build has read: for each id, its source and the digest of its text
    (what the check for a document given twice needs), held compactly, since it grows with
    the corpus: an open-addressing table of 64-bit hashes of the ids (arrays), the digests
    end to end, and the ids and sources on disk (an unnamed file under ``folder``), read
    back only when a hash is met again.  A dict of strings and tuples took about 330
    bytes per document; this about 100 (`benchmarks/memory_trace.py`).

    >>> import tempfile, pathlib
    >>> with _Seen(pathlib.Path(tempfile.mkdtemp())) as seen:
    ...     for n in range(3000):
    ...         seen.add(f"doc{n}", f"in/{n}.txt", bytes(32))
    ...     seen.get("doc1234") == ("in/1234.txt", bytes(32)), seen.get("doc3000")
    (True, None)
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._hashes = array("Q", bytes(8 * 1024))  # per slot: the id's hash
        self._slots = array("q", [-1]) * 1024  # per slot: the record's number, or -1
        self._digests = bytearray()  # 32 bytes per record
        self._offsets = array("Q")  # per record: where its (id, source) is on disk
        self._file: IO[bytes] | None = None

    @staticmethod
    def _hash(key: str) -> int:
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "little")

    def _record(self, number: int) -> tuple[str, str]:
        assert self._file is not None
        self._file.flush()
        self._file.seek(self._offsets[number])
        found: tuple[str, str] = pickle.load(self._file)
        self._file.seek(0, io.SEEK_END)
        return found

    def _find(self, key: str, hashed: int) -> tuple[int, int]:
        """The slot of ``key`` (or the empty slot where it would go), and its record's
        number (-1: not seen)."""
        mask = len(self._slots) - 1
        slot = hashed & mask
        while (number := self._slots[slot]) != -1:
            if self._hashes[slot] == hashed and self._record(number)[0] == key:
                return slot, number
            slot = (slot + 1) & mask
        return slot, -1

    def get(self, key: str) -> tuple[str, bytes] | None:
        """The source and text digest of the document ``key`` seen first, if seen."""
        _, number = self._find(key, self._hash(key))
        if number == -1:
            return None
        return self._record(number)[1], bytes(self._digests[32 * number : 32 * number + 32])

    def add(self, key: str, source: str, digest: bytes) -> None:
        """Note the document ``key`` (not seen before), from ``source``, of text ``digest``
        (32 bytes)."""
        if self._file is None:
            # closed by close(); unnamed: nothing is left behind
            self._file = tempfile.TemporaryFile(prefix=".kg-seen-", dir=self.folder)  # noqa: SIM115
        hashed = self._hash(key)
        slot, _ = self._find(key, hashed)
        number = len(self._offsets)
        self._offsets.append(self._file.tell())
        pickle.dump((key, source), self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._digests += digest
        self._hashes[slot], self._slots[slot] = hashed, number
        if 2 * (number + 1) > len(self._slots):  # at most half full: short probes
            self._grow()

    def _grow(self) -> None:
        hashes, slots = self._hashes, self._slots
        size = 2 * len(slots)
        self._hashes = array("Q", bytes(8 * size))
        self._slots = array("q", [-1]) * size
        mask = size - 1
        for hashed, number in zip(hashes, slots, strict=True):
            if number != -1:
                slot = hashed & mask
                while self._slots[slot] != -1:
                    slot = (slot + 1) & mask
                self._hashes[slot], self._slots[slot] = hashed, number

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> _Seen:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


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
        self._batch_bytes = 0
        self.kept: list[DocumentGraph] = []
        self.actor_ids: set[str] = set()
        self.stances: Counter[str] = Counter()
        self.relations = 0
        self.allegations = 0
        # the corpus stage's input: each document's allegations (kg.resolve.corpus), on
        # disk until the merge: held, they grew the build's memory with the corpus
        self.summaries = SummarySpool(out)
        self.corpus = CorpusMerge(())
        self._documents = 0

    def __len__(self) -> int:
        return self._documents  # the spool holds the corpus graph too, once finished

    def add(self, document: DocumentGraph, chunks: tuple[str, bytes, bytes] | None) -> None:
        with self.watch("rdf"):
            if chunks is None:
                chunks = document_chunks(document, self.base, self.model, self.provenance)
            self.spool.add_serialized(*chunks)
            self._claims_writer.writerows(claim_rows(document))
        if self.store_path is not None:
            self._batch.append(chunks[:2])
            self._batch_bytes += len(chunks[1])
            if self._batch_bytes >= STORE_BATCH_BYTES:  # as store_batches() cuts them
                self._load_batch()
        if self.keep:
            self.kept.append(document)
        if self.pages.wanted:
            self.pages.add(document, self.out)  # to disk: memory must not grow per document
        self.actor_ids.update(actor.id for actor in document.actors)
        self.stances.update(c.claim.stance.value for c in document.claims)
        self.relations += len(document.relations)
        self.allegations += len(document.allegations)
        self.summaries.add(allegation_summaries(document))
        self._documents += 1

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
            # rdf stage writes only minted IRIs (kg.rdf.iri) and analysts' IRIs checked
            # when their curation file is read (kg.curate.read)
            load = self._store.load_graphs
            self._loading = self._loader.submit(load, self._batch, lenient=True)
            self._batch, self._batch_bytes = [], 0

    def finish(self, formats: tuple[str, ...]) -> list[Path]:
        written: list[Path] = []
        self._merge_allegations()
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
                written += self.pages.write(self.out, self.corpus)
        return written

    def _merge_allegations(self) -> None:
        """The corpus stage: merge the documents' allegations (on the client, after every
        document of any engine), and spool the corpus graph beside the documents'."""
        with self.watch("corpus"):
            self.corpus = merge_allegations(self.summaries)
            self.summaries.close()
            if self.corpus.allegations:
                graph = corpus_graph_iri(self.base)
                lines = corpus_lines(
                    self.corpus.allegations,
                    self.base,
                    names=self.corpus.names,
                    rdf_type=SORTABLE_TYPE,
                )
                if self.store_path is None:  # a block at a time: it grows with the corpus
                    self.spool.add_lines(graph, lines)
                else:  # the store loads it whole
                    chunks = lines_chunks(graph, lines)
                    self.spool.add_serialized(*chunks)
                    self._batch.append(chunks[:2])
                    self._batch_bytes += len(chunks[1])

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
        # every step runs even if one fails (a full disk fails the flush of a close): the
        # error that brought us here is the one to see, and no temporary may stay behind
        if self._claims is not None:  # nothing built, or an error: leave no claims.csv
            with suppress(OSError):
                self._claims_file.close()
            self._claims.discard()
        with suppress(Exception):
            self._close_store()
        with suppress(OSError):
            self.spool.close()
        with suppress(OSError):
            self.pages.close()
        with suppress(OSError):
            self.summaries.close()


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

    def __init__(
        self, *, html: bool, ego: bool, export: tuple[str, ...], default_view: int | None = None
    ) -> None:
        self.html, self.ego, self.export = html, ego, export
        #: actors in graph.html's first view (None: the render's default)
        self.default_view = default_view
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

    def write(self, out: Path, corpus: CorpusMerge | None = None) -> list[Path]:
        from kg.render import DEFAULT_VIEW, write_pages

        return write_pages(
            _Replayed(self),
            out,
            html=self.html,
            ego=self.ego,
            export=self.export,
            corpus=corpus,
            default_view=DEFAULT_VIEW if self.default_view is None else self.default_view,
        )

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
    "hedges", "insertions", "negated", "allegation", "start", "end", "sentence", "rule",
    "voice",
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
    """The rows of :func:`claims_table` for one document (cells made inert for
    spreadsheets, :func:`spreadsheet_safe`)."""
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
                claim.rule,
                claim.voice.value,  # "attributed" or "publisher" (kg.model.Voice)
            ]
        )
    return [[spreadsheet_safe(cell) for cell in row] for row in rows]


def actors_table(actors: Iterable[Actor]) -> str:
    """Every actor once, with kind, roles, affiliation and the aliases seen in the build."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("actor", "name", "kind", "roles", "affiliation", "aliases", "wikidata"))
    for actor in sorted(actors, key=lambda a: a.id):
        writer.writerow(
            spreadsheet_safe(cell)
            for cell in [
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


#: First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    """A text cell that a spreadsheet would run as a formula, made plain text with a
    leading ``'`` (OWASP's advice on CSV injection); numbers and other text unchanged.

    >>> print(spreadsheet_safe('=HYPERLINK("http://x", "click")'), spreadsheet_safe(-3))
    '=HYPERLINK("http://x", "click") -3
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell
