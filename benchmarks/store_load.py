"""Ways to load a build's quads into the embedded store, side by side: CPU per document.

    python benchmarks/store_load.py [--docs 200] [--provenance lean]

The corpus is :mod:`throughput`'s, parsed, extracted and resolved once; each document's
N-Quads are made as the build makes them (:func:`kg.pipeline.document_chunks`), then
loaded into a fresh store in each of these ways, in batches of ``STORE_BATCH_BYTES``
as the build hands them over:

* ``bulk_load per batch``: what the build does (:meth:`EmbeddedStore.load_graphs`: one
  Oxigraph ``bulk_load`` of the batch's N-Quads bytes), and the same with batches of 4x
  the size;
* ``per-quad inserts``: the batch parsed to pyoxigraph quads and inserted with
  ``Store.extend`` (one transaction per batch) or ``Store.add`` (one per quad);
* ``bulk_load in a separate process``: the batches' bytes sent through a pipe to a
  process that loads them (the build process only writes bytes).

Reported: CPU ms per document of this process (with its threads) and of the loading
process, their sum (what comes out of the parse on a busy machine), and wall seconds.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from throughput import corpus  # benchmarks/ is on sys.path when run as a script

from kg.model import Article
from kg.pipeline import STORE_BATCH_BYTES, analyse_articles, document_chunks, store_batches
from kg.store import EmbeddedStore

Batches = list[list[tuple[str, bytes]]]


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def bulk(batches: Batches, folder: Path) -> None:
    with EmbeddedStore(folder) as store:
        for batch in batches:
            store.load_graphs(batch, lenient=True)


def larger(batches: Batches, folder: Path) -> None:
    merged = [sum(batches[i : i + 4], []) for i in range(0, len(batches), 4)]
    bulk(merged, folder)


def extend(batches: Batches, folder: Path) -> None:
    store = ox.Store(str(folder))
    for batch in batches:
        data = b"".join(nquads for _, nquads in batch)
        store.extend(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    store.flush()
    del store


def add(batches: Batches, folder: Path) -> None:
    store = ox.Store(str(folder))
    for batch in batches:
        data = b"".join(nquads for _, nquads in batch)
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            store.add(quad)
    store.flush()
    del store


def _loader(folder: str, inbox: Connection) -> None:
    with EmbeddedStore(folder) as store:
        while (batch := inbox.recv()) is not None:
            store.load_graphs(batch, lenient=True)


def separate_process(batches: Batches, folder: Path) -> None:
    # spawned, not forked: a fork of a process whose RocksDB threads run deadlocks
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_loader, args=(str(folder), receiving))
    process.start()
    for batch in batches:
        sending.send(batch)
    sending.send(None)
    process.join()
    assert process.exitcode == 0


WAYS: dict[str, Callable[[Batches, Path], None]] = {
    f"bulk_load per batch of {STORE_BATCH_BYTES >> 20} MiB (the build)": bulk,
    f"bulk_load per batch of {STORE_BATCH_BYTES >> 18} MiB": larger,
    "per-quad inserts, Store.extend per batch": extend,
    "per-quad inserts, Store.add per quad": add,
    "bulk_load in a separate process": separate_process,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--provenance", choices=("lean", "full"), default="lean")
    args = parser.parse_args()
    texts = corpus(args.docs)
    articles = [Article(id=f"d{n:06d}", text=t, source=f"d{n}.txt") for n, t in enumerate(texts)]
    base, model = "https://example.org/kg/", "benchmark"
    chunks = [
        document_chunks(d, base, model, args.provenance)[:2]  # type: ignore[arg-type]
        for d in analyse_articles(articles)
    ]
    batches = list(store_batches(chunks))
    quads = sum(nquads.count(b"\n") for _, nquads in chunks)
    print(
        f"{args.docs} documents, {args.provenance} profile, {quads / args.docs:,.0f} quads per "
        f"document; load average {os.getloadavg()[0]:.2f} at start"
    )
    print(f"{'way':<46}{'main ms/doc':>12}{'loader ms/doc':>14}{'total':>8}{'wall s':>8}")
    ms = 1000 / args.docs
    with tempfile.TemporaryDirectory() as tmp:
        # the separate process's start (an interpreter importing kg), taken out of its figure
        startup = cpu_seconds(resource.RUSAGE_CHILDREN)
        separate_process([], Path(tmp) / "empty")
        startup = cpu_seconds(resource.RUSAGE_CHILDREN) - startup
        print(f"(starting the separate process: {startup:.2f} s CPU, left out below)")
        for n, (name, way) in enumerate(WAYS.items()):
            own, children = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            way(batches, Path(tmp) / f"store-{n}")
            wall = time.perf_counter() - started
            own = cpu_seconds(resource.RUSAGE_SELF) - own
            children = cpu_seconds(resource.RUSAGE_CHILDREN) - children
            children -= startup if way is separate_process else 0.0
            with EmbeddedStore(Path(tmp) / f"store-{n}", read_only=True) as store:
                assert len(store) == quads, (name, len(store), quads)
            print(
                f"{name:<46}{own * ms:>12.1f}{children * ms:>14.1f}{(own + children) * ms:>8.1f}"
                f"{wall:>8.2f}"
            )
    print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
