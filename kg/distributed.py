"""Builds past one machine: the builder's stages over partitions of the input, on Dask.

``kg build --engine dask [--scheduler ADDRESS]`` (or ``kg.build(..., engine="dask")``)
cuts the stream of articles into partitions and runs, on the workers of a
``dask.distributed`` cluster (a :class:`~dask.distributed.LocalCluster` unless a
scheduler address is given):

1. :func:`extract_partition`: parse and extract (the costly stages) a partition;
2. on the client, in input order, :func:`kg.stages.resolve_all` with the build's one
   :class:`~kg.resolve.ActorRegistry`: resolution is order-dependent (the first name
   seen for an actor stays, a later "Trump" is the "Donald Trump" seen before), so
   resolving in input order gives exactly the actor ids of a single-process build;
3. :func:`rdf_partition`: the resolved documents' quads as sorted N-Quads and
   N-Triples, one chunk per document, which the client spools and merges into the
   files, the store and the HTML as a local build does (:mod:`kg.spool`).

Only a few partitions are in flight at a time (:data:`IN_FLIGHT` per worker), so the
client's memory does not grow with the corpus.  Workers need ``kg`` and its spaCy
model installed; they read no files (articles travel with the tasks).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from typing import Any

from kg.ingest import SourceProblem
from kg.model import Article, DocumentGraph, Extraction
from kg.options import BuildOptions
from kg.rdf import Provenance
from kg.resolve import ActorRegistry
from kg.stages import Stopwatch, document_chunks, extract_articles, resolve_all

#: Partitions submitted ahead of the one the client is resolving, per worker.
IN_FLIGHT = 2

Chunks = tuple[str, bytes, bytes]


def extract_partition(
    articles: list[Article], model: str | None, batch_size: int
) -> tuple[list[Extraction], list[SourceProblem], dict[str, float]]:
    """Parse and extract one partition on a worker (the pipeline is loaded once per
    worker process): the extractions in order, the articles that failed, the seconds
    per stage."""
    problems: list[SourceProblem] = []
    watch = Stopwatch()
    extractions = list(
        extract_articles(
            articles, model=model, batch_size=batch_size, on_problem=problems.append, watch=watch
        )
    )
    return extractions, problems, watch.seconds


def rdf_partition(
    documents: list[DocumentGraph], base: str, model_id: str, provenance: Provenance = "lean"
) -> tuple[list[Chunks], float]:
    """The RDF stage of one partition on a worker: each document's chunks, and the seconds."""
    watch = Stopwatch()
    with watch("rdf"):
        chunks = [document_chunks(d, base, model_id, provenance) for d in documents]
    return chunks, watch.seconds["rdf"]


def analyse_on_dask(
    articles: Iterable[Article],
    registry: ActorRegistry,
    options: BuildOptions,
    *,
    model_id: str,
    on_problem: Callable[[SourceProblem], None] | None = None,
    watch: Stopwatch | None = None,
) -> Iterator[tuple[DocumentGraph, Chunks]]:
    """Each article's :class:`DocumentGraph` and RDF chunks, in input order, built on Dask.

    ``options.scheduler`` is the address of a running scheduler (``tcp://host:8786``);
    without one, a local cluster of ``options.jobs`` single-threaded worker processes is
    started for the build and closed after it.  Partitions hold ``options.partition_size``
    articles.  Stage seconds in ``watch`` are the workers' (summed over partitions) for
    parse, extract and RDF, the client's for resolve.
    """
    from dask.distributed import Client, LocalCluster

    watch = watch if watch is not None else Stopwatch()
    report = on_problem if on_problem is not None else _raise
    scheduler, model, batch_size = options.scheduler, options.model, options.batch_size
    partition_size, base = options.partition_size, options.base
    with ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=options.jobs,
                    threads_per_worker=1,
                    host="127.0.0.1",
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(scheduler))
        limit = IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})))
        stream = iter(watch.timed(articles, "ingest"))
        extracting: deque[Any] = deque()
        writing: deque[tuple[list[DocumentGraph], Any]] = deque()

        def submit_next() -> bool:
            partition = list(islice(stream, partition_size))
            if partition:
                extracting.append(client.submit(extract_partition, partition, model, batch_size))
            return bool(partition)

        while len(extracting) < limit and submit_next():
            pass
        while extracting:
            extractions, problems, seconds = extracting.popleft().result()
            submit_next()
            for stage, spent in seconds.items():
                watch.add(stage, spent)
            for problem in problems:
                report(problem)
            documents = list(resolve_all(extractions, registry, on_problem=on_problem, watch=watch))
            rdf = client.submit(rdf_partition, documents, base, model_id, options.provenance)
            writing.append((documents, rdf))
            while writing and (len(writing) > limit or writing[0][1].done()):
                yield from _written(writing.popleft(), watch)
        while writing:
            yield from _written(writing.popleft(), watch)


def _written(
    pending: tuple[list[DocumentGraph], Any], watch: Stopwatch
) -> Iterator[tuple[DocumentGraph, Chunks]]:
    documents, future = pending
    chunks, seconds = future.result()
    watch.add("rdf", seconds)
    yield from zip(documents, chunks, strict=True)


def _raise(problem: SourceProblem) -> None:
    raise RuntimeError(f"{problem.source}: {problem.message}")
