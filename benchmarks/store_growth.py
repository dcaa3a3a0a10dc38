"""The store's CPU per document as the store grows: why a large build's store costs more.

    python benchmarks/store_growth.py [--docs 200] [--copies 10] [--batch-mib 16 64]

``stages.py`` loads ``--docs`` documents into an empty store; a build of ten times as many
documents loads them into a store that ends ten times as large.  This parses ``--docs``
documents of :mod:`throughput`'s corpus once, makes their N-Quads as the build does
(:func:`kg.pipeline.document_chunks`, lean), and loads them ``--copies`` times, each copy
under its own document IRIs (so the store holds ``docs * copies`` distinct graphs), in
batches of each ``--batch-mib`` as :func:`kg.pipeline.store_batches` cuts them, each batch
size in a fresh process (its own peak memory).  Reported per batch size, in CPU ms per
document (``getrusage``: every thread of the process, and the loads run in the calling
thread, so the RocksDB threads' work during them counts):

* ``total``: opening, every load and closing the store;
* ``compaction``: the CPU of RocksDB's background threads (``rocksdb:low``/``high`` in
  ``/proc/self/task``): the merges of each load's sorted files with what is stored;
* ``by tenth``: each tenth of the documents' loads (a load's background merges may end
  in the next one's), which shows the cost growing with the store;
* the peak resident memory during the loads above the resident memory before them (the
  copies' N-Quads held in memory, as a build holds one batch).

Oxigraph keys its indexes by term hashes, so every bulk load's files overlap everything
stored, and RocksDB merges them into it once four have piled up: the merges rewrite a
store that grows with the build, so their cost per document grows with the documents
loaded before it.  Larger batches make fewer merges, and each load's own work costlier
per quad (its sorts and hash tables grow) and its memory larger.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from throughput import corpus  # benchmarks/ is on sys.path when run as a script


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rocksdb_seconds() -> float:
    """CPU seconds of this process's RocksDB threads (named ``rocksdb:...``), alive now."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        if name.startswith("rocksdb"):
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


#: The documents' ids start with it, and so do the IRIs minted from them (the document,
#: its graph, claims, relations, allegations): a copy renames it.
ID_PREFIX = "kgdoc"


def _resident_kib() -> int:
    """This process's resident memory now, in KiB (as ``ru_maxrss`` counts it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def copies_of(chunks: list[tuple[str, bytes]], copies: int) -> list[tuple[str, bytes]]:
    """``chunks`` ``copies`` times, each copy under its own document ids."""
    out = []
    for copy in range(copies):
        tag = f"kg{copy:03d}doc"
        for graph, nquads in chunks:
            renamed = nquads.replace(ID_PREFIX.encode(), tag.encode())
            out.append((graph.replace(ID_PREFIX, tag), renamed))
    return out


def load(source: Path, copies: int, mib: float) -> dict[str, object]:
    """One batch size, in this process: the figures of the module docstring."""
    from kg.pipeline import store_batches
    from kg.store import EmbeddedStore

    chunks = copies_of(pickle.loads(source.read_bytes()), copies)
    documents = len(chunks)
    resident = _resident_kib()  # now, not the peak: unpickling the copies peaked higher
    tenths: list[float] = [0.0] * 10
    with tempfile.TemporaryDirectory() as tmp:
        started = cpu_seconds()
        store = EmbeddedStore(Path(tmp) / "store")
        loaded = 0
        for batch in store_batches(chunks, int(mib * (1 << 20))):
            before = cpu_seconds()
            store.load_graphs(batch, lenient=True)
            tenths[min(9, loaded * 10 // documents)] += cpu_seconds() - before
            loaded += len(batch)
        compaction = rocksdb_seconds()
        store.close()
        total = cpu_seconds() - started
    grown = max(0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - resident) / 1024
    ms = 1000 / documents
    return {
        "mib": mib,
        "documents": documents,
        "quads": sum(nquads.count(b"\n") for _, nquads in chunks) / documents,
        "total": total * ms,
        "compaction": compaction * ms,
        "tenths": [seconds * ms * 10 for seconds in tenths],
        "memory": grown,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--batch-mib", type=float, nargs="+", default=[16.0, 64.0])
    parser.add_argument("--source", help=argparse.SUPPRESS)  # a child: the pickled chunks
    args = parser.parse_args()
    if args.source:
        print(json.dumps(load(Path(args.source), args.copies, args.batch_mib[0])))
        return
    from kg.model import Article
    from kg.pipeline import analyse_articles, document_chunks

    texts = corpus(args.docs)
    articles = [
        Article(id=f"{ID_PREFIX}{n:06d}", text=text, source=f"d{n}.txt")
        for n, text in enumerate(texts)
    ]
    base, model = "https://example.org/kg/", "benchmark"
    chunks = [document_chunks(d, base, model)[:2] for d in analyse_articles(articles)]
    print(
        f"{args.docs} documents x {args.copies} copies, lean; load average "
        f"{os.getloadavg()[0]:.2f} at start"
    )
    print(f"{'batch':>8}{'loads':>7}{'total':>8}{'compaction':>12}{'peak +MiB':>11}  by tenth")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "chunks.pickle"
        source.write_bytes(pickle.dumps(chunks))
        for mib in args.batch_mib:
            command = [sys.executable, __file__, "--source", str(source)]
            command += ["--copies", str(args.copies), "--batch-mib", str(mib)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            loads = _loads([len(nquads) for _, nquads in chunks] * args.copies, mib)
            tenths = " ".join(f"{x:.0f}" for x in row["tenths"])
            print(
                f"{mib:>6.0f}Mi{loads:>7}{row['total']:>8.1f}{row['compaction']:>12.1f}"
                f"{row['memory']:>11.0f}  {tenths}"
            )
    print(f"(CPU ms per document; {row['quads']:,.0f} quads per document)")
    print(f"load average {os.getloadavg()[0]:.2f} at end")


def _loads(sizes: list[int], mib: float) -> int:
    """How many loads :func:`kg.pipeline.store_batches` cuts documents of ``sizes`` into."""
    loads, size = 0, 0
    for bytes_ in sizes:
        size += bytes_
        if size >= mib * (1 << 20):
            loads, size = loads + 1, 0
    return loads + (size > 0)


if __name__ == "__main__":
    main()
