"""The stages a build runs on a stream of articles, for every engine: parse and extract,
resolve, serialise.  :mod:`kg.pipeline` (one machine) and :mod:`kg.distributed` (Dask)
both import from here, and neither from the other.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TypeVar

from kg.errors import InputError
from kg.ingest import SourceProblem
from kg.model import Article, DocumentGraph, Extraction
from kg.nlp import extracting_pipeline, stashed_extraction
from kg.rdf import DEFAULT_PROVENANCE, Provenance, document_graph_iri
from kg.rdf.serialize import document_triple_keys
from kg.resolve import ActorRegistry, resolve
from kg.spool import SORTABLE_TYPE, triples_chunks

T = TypeVar("T")


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

    Extraction runs in the parser processes (:class:`Extractor`), which see the text only:
    a family gated to a kind of text (:data:`kg.extract.KIND_GATES`) is read in every
    text there, and resolution keeps its claims in that kind of text only, the same in
    every engine.  An article whose
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
            problem = too_long(article, nlp.max_length)
            if problem is not None:  # spaCy would raise for the whole stream
                if on_problem is None:
                    raise InputError(f"{problem.source}: {problem.message}")
                on_problem(problem)
                continue
            in_flight.append(article)  # nlp.pipe keeps the order
            # the text alone: the workers tokenize it (``as_tuples`` makes the Docs here,
            # in the one main process, and a stopped build then hung on their queues)
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


def document_chunks(
    document: DocumentGraph,
    base: str,
    model: str,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> tuple[str, bytes, bytes]:
    """A document's graph IRI and its quads as sorted N-Quads and N-Triples (the RDF stage),
    in the ``provenance`` profile (:data:`kg.rdf.PROVENANCES`)."""
    graph = str(document_graph_iri(document.article, base))
    keys = document_triple_keys(document, base, model, provenance, rdf_type=SORTABLE_TYPE)
    return triples_chunks(graph, keys)


def too_long(article: Article, limit: int) -> SourceProblem | None:
    """The problem of an article longer than the parser takes (``nlp.max_length``
    characters: spaCy's parser needs about 1 GB per 100,000), or ``None``.

    >>> too_long(Article("a", "x" * 11, "big.txt"), 10).message
    'too long to parse: 11 characters, the parser takes at most 10 (split it into parts)'
    """
    if len(article.text) <= limit:
        return None
    return SourceProblem(
        article.source,
        f"too long to parse: {len(article.text):,} characters, the parser takes at most "
        f"{limit:,} (split it into parts)",
    )
