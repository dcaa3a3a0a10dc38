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

    python benchmarks/store_load.py --docs 200 --sizes 500 2000 [--cache FILE] [--check]

``--sizes``: the store's cost at scale (round 10).  ``--docs`` documents are parsed once
(their N-Quads cached in ``--cache``), then repeated under distinct document ids, as
:mod:`store_growth` does, up to each size (copies of the same 200 documents: the same
quads per document, and the actors' and namespaces' IRIs shared, as in a real corpus).
Each way then loads a fresh store in a fresh process:

* ``16 MiB batches``: the build's way (:data:`kg.pipeline.STORE_BATCH_BYTES`, one
  :meth:`EmbeddedStore.load_graphs` per batch);
* ``64 MiB batches``: the same, 4x the batch;
* ``one load of the spool``: the N-Quads written to one file first, as
  :class:`kg.spool.QuadSpool` writes them anyway (not timed), then one Oxigraph
  ``bulk_load(path=..., lenient=True)`` at the end, when the parse would be done;
* ``one load of the spool, file object``: the same from an open binary file;
* ``one load into a fresh folder, moved``: the same into a new folder, renamed into place;
* ``16 MiB batches, then optimize()``: the build's way and Oxigraph's ``Store.optimize``.

Reported per way: CPU ms per document of the whole process (every thread, less the
main thread's making of the copies' bytes), of RocksDB's compaction threads, wall
seconds of the loads (of the one load at the end), the peak resident memory above the
resident memory before the loads (``VmHWM`` reset through ``/proc/self/clear_refs``), and
with ``--check`` a digest of the store's sorted N-Quads dump (``LC_ALL=C sort``), which
must be the same for every way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from store_growth import ID_PREFIX, rocksdb_seconds  # benchmarks/ is on sys.path
from throughput import corpus

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

# --- at scale (--sizes): each way in a fresh process ------------------------------------

Chunks = list[tuple[str, bytes]]


def copies(chunks: Chunks, size: int) -> Iterator[tuple[str, bytes]]:
    """``size`` documents: ``chunks`` again and again, each copy under its own ids."""
    made = 0
    while True:
        tag = f"kg{made // len(chunks):03d}doc"
        for graph, nquads in chunks:
            if made == size:
                return
            yield graph.replace(ID_PREFIX, tag), nquads.replace(ID_PREFIX.encode(), tag.encode())
            made += 1


def _status(field: str) -> int:
    """A ``/proc/self/status`` figure in KiB (``VmRSS``, ``VmHWM``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class _Meter:
    """CPU of the process less the main thread's making of the documents' bytes."""

    def __init__(self) -> None:
        self.making = 0.0

    def made(self, documents: Iterator[tuple[str, bytes]]) -> Iterator[tuple[str, bytes]]:
        while True:
            started = time.thread_time()
            document = next(documents, None)
            self.making += time.thread_time() - started
            if document is None:
                return
            yield document


def _batches(folder: Path, documents: Iterator[tuple[str, bytes]], mib: int) -> EmbeddedStore:
    store = EmbeddedStore(folder)
    for batch in store_batches(documents, mib << 20):
        store.load_graphs(batch, lenient=True)
    return store


def _spool(documents: Iterator[tuple[str, bytes]], path: Path) -> None:
    with path.open("wb") as out:
        for _, nquads in documents:
            out.write(nquads)


def _ox_load(folder: Path, spool: Path, *, stream: bool = False) -> ox.Store:
    store = ox.Store(str(folder))
    if stream:
        with spool.open("rb") as data:
            store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
    else:
        store.bulk_load(path=str(spool), format=ox.RdfFormat.N_QUADS, lenient=True)
    return store


SCALE_WAYS = (
    "16 MiB batches (the build)",
    "64 MiB batches",
    "one load of the spool, path=",
    "one load of the spool, file object",
    "one load into a fresh folder, moved",
    "16 MiB batches, then optimize()",
)


def measure(source: Path, size: int, way: str, check: bool) -> dict[str, object]:
    """One way at one size, in this (fresh) process: the figures of the docstring."""
    chunks: Chunks = pickle.loads(source.read_bytes())
    meter = _Meter()
    documents = meter.made(copies(chunks, size))
    with tempfile.TemporaryDirectory(dir=source.parent) as tmp:
        folder, spool = Path(tmp) / "store", Path(tmp) / "spool.nq"
        at_end = way.startswith("one load")
        if at_end:
            _spool(documents, spool)  # the build's spool writes it anyway
        Path("/proc/self/clear_refs").write_text("5")  # the peak from here on
        resident = _status("VmRSS")
        cpu, making, wall = cpu_seconds(resource.RUSAGE_SELF), meter.making, time.perf_counter()
        store: EmbeddedStore | ox.Store
        if way.startswith("16 MiB"):
            store = _batches(folder, documents, 16)
            if way.endswith("optimize()"):
                store._store.optimize()
        elif way.startswith("64 MiB"):
            store = _batches(folder, documents, 64)
        elif way.endswith("moved"):
            store = _ox_load(Path(tmp) / "fresh", spool)
        else:
            store = _ox_load(folder, spool, stream=way.endswith("file object"))
        compaction = rocksdb_seconds()
        if isinstance(store, EmbeddedStore):
            store.close()
        else:
            store.flush()
            del store
        if way.endswith("moved"):
            os.replace(Path(tmp) / "fresh", folder)
        wall = time.perf_counter() - wall
        cpu = cpu_seconds(resource.RUSAGE_SELF) - cpu - (meter.making - making)
        peak = (_status("VmHWM") - resident) / 1024
        with EmbeddedStore(folder, read_only=True) as done:
            quads = len(done)
            digest = ""
            if check:
                done._store.dump(output=str(spool), format=ox.RdfFormat.N_QUADS)
        if check:
            ordered = Path(tmp) / "sorted.nq"
            command = ["sort", "-S", "200M", "-T", tmp, "-o", str(ordered), str(spool)]
            subprocess.run(command, env=dict(os.environ, LC_ALL="C"), check=True)
            sha = hashlib.sha256()
            with ordered.open("rb") as lines:
                while block := lines.read(1 << 20):
                    sha.update(block)
            digest = sha.hexdigest()[:16]
    ms = 1000 / size
    return {
        "way": way,
        "size": size,
        "quads": quads,
        "cpu": cpu * ms,
        "compaction": compaction * ms,
        "wall": wall,
        "peak": peak,
        "digest": digest,
    }


def at_scale(args: argparse.Namespace) -> None:
    """``--sizes``: every way at every size, each in a fresh process."""
    cache = Path(args.cache)
    if not cache.exists():
        texts = corpus(args.docs)
        articles = [
            Article(id=f"{ID_PREFIX}{n:06d}", text=text, source=f"d{n}.txt")
            for n, text in enumerate(texts)
        ]
        base, model = "https://example.org/kg/", "benchmark"
        made = [
            document_chunks(d, base, model, args.provenance)[:2]  # type: ignore[arg-type]
            for d in analyse_articles(articles)
        ]
        cache.write_bytes(pickle.dumps(made))
    chunks: Chunks = pickle.loads(cache.read_bytes())
    per_doc = sum(nquads.count(b"\n") for _, nquads in chunks) / len(chunks)
    print(
        f"{len(chunks)} parsed documents ({cache}), {args.provenance}, {per_doc:,.0f} quads "
        f"per document, repeated under distinct ids; load average {os.getloadavg()[0]:.2f}"
    )
    print(
        f"{'way':<38}{'docs':>6}{'cpu':>7}{'compact':>9}{'wall s':>8}{'peak+MiB':>9}  sorted dump"
    )
    ways = [w for w in SCALE_WAYS if not args.ways or any(k in w for k in args.ways)]
    for size in args.sizes:
        for way in ways:
            command = [sys.executable, __file__, "--measure", way, "--cache", str(cache)]
            command += ["--sizes", str(size)] + (["--check"] if args.check else [])
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"{way:<38}{size:>6}{row['cpu']:>7.1f}{row['compaction']:>9.1f}"
                f"{row['wall']:>8.1f}{row['peak']:>9.0f}  {row['digest']} ({row['quads']:,} quads)"
                f"  load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    print("(CPU ms per document: whole process, and RocksDB's compaction threads)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--provenance", choices=("lean", "full"), default="lean")
    parser.add_argument("--sizes", type=int, nargs="+", help="documents loaded at scale")
    parser.add_argument("--cache", default="/tmp/store_load_chunks.pickle")
    parser.add_argument("--check", action="store_true", help="digest the sorted dumps")
    parser.add_argument("--ways", nargs="*", help="only the ways whose names hold one of these")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # a child: one way, one size
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.cache), args.sizes[0], args.measure, args.check)))
        return
    if args.sizes:
        at_scale(args)
        return
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
