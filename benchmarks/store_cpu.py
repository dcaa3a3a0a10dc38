"""Where the build process spends the CPU the store costs: builds with and without it, per thread.

    python benchmarks/store_cpu.py --docs 300 --repeats 3 [--jobs 2] [--no-html]

The corpus is :mod:`throughput`'s (``--docs`` recombined documents of about 500 words),
written once; then ``--repeats`` pairs of ``kg build`` (with the store, then ``--no-store``),
each in a fresh process, into a fresh output folder.  Inside each build process a sampler
thread reads every thread's CPU (``/proc/self/task/*/schedstat``) every 20 ms and keeps the
last figure of each thread; threads are grouped by name (the main thread, the store's
loader thread ``kg-store``, Oxigraph's and RocksDB's threads by their names); ``exited``
is the process's CPU (``getrusage``) that no sample saw (threads that ended between two
samples).  Reported: the build process's CPU ms per document by group, the store's cost
(with less without), the parser processes' CPU and the load average, each repeat and the
mean with its spread (max - min).

    python benchmarks/store_cpu.py --loads --cache FILE [--copies 10] [--check]

``--loads``: the build's loads alone, in one process: the N-Quads cached by
:mod:`store_load` (``--cache``, 200 documents) ``--copies`` times under distinct document
ids, cut into the build's 16 MiB batches, each loaded by
:meth:`kg.store.EmbeddedStore.load_graphs` on a ``kg-store`` thread, one at a time, into a
fresh store; prints one JSON line: the CPU seconds by group of threads (``sys:`` their
kernel part), the graphs dropped before the loads, and with ``--check`` the store's
quads and a digest of its N-Quads export, to compare two versions of the code (run each
with its checkout first on ``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus, write_corpus  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def _thread_cpu() -> dict[int, tuple[str, float, float]]:
    """Every live thread of this process: id -> (name, CPU seconds so far, of them in
    the kernel: ``stat``'s ticks, coarser)."""
    seen = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as f:
                ns = int(f.read().split()[0])
            with open(f"/proc/self/task/{tid}/stat") as f:
                stat = f.read()
        except (OSError, ValueError, IndexError):
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        kernel = int(stat[stat.rindex(")") + 2 :].split()[12]) / TICK
        seen[int(tid)] = (name, ns / 1e9, kernel)
    return seen


class Sampler(threading.Thread):
    """Keeps the last CPU figure of every thread of the process seen while it runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True, name="kg-sampler")
        self.last: dict[int, tuple[str, float, float]] = {}
        #: native thread id -> Python thread name, for the threads Python started
        self.python: dict[int, str] = {}
        self.stop = threading.Event()

    def sample(self) -> None:
        for thread in threading.enumerate():
            if thread.native_id is not None:
                self.python[thread.native_id] = thread.name
        self.last.update(_thread_cpu())

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.sample()

    def finish(self) -> dict[int, tuple[str, float, float]]:
        self.stop.set()
        self.join()
        self.sample()
        return self.last


def _group(name: str, tid: int, python: dict[int, str]) -> str:
    """The group of a thread: main, a Python thread's name (numbers dropped), or a
    native thread's (Oxigraph's unnamed loader threads, RocksDB's named ones)."""
    if tid == os.getpid():
        return "main"
    if tid in python:
        return "py:" + python[tid].rstrip("0123456789_").split(" ")[0]
    return "native:" + name.rstrip("0123456789")


def _groups(
    before: dict[int, tuple[str, float, float]],
    threads: dict[int, tuple[str, float, float]],
    sampler: Sampler,
    own: float,
) -> tuple[dict[str, float], float]:
    """CPU seconds by group of threads (``sys:`` their kernel part), the sampler's apart;
    ``exited``: the process's CPU ``own`` that no sample saw."""
    groups: dict[str, float] = {}
    for tid, (name, cpu, kernel) in threads.items():
        if sampler.python.get(tid) == "kg-sampler":
            continue
        was = before.get(tid, (name, 0.0, 0.0))
        key = _group(name, tid, sampler.python)
        groups[key] = groups.get(key, 0.0) + cpu - was[1]
        groups["sys:" + key] = groups.get("sys:" + key, 0.0) + kernel - was[2]
    sampler_cpu = threads[sampler.native_id][1] if sampler.native_id in threads else 0.0
    seen = sum(v for k, v in groups.items() if not k.startswith("sys:"))
    groups["exited"] = max(0.0, own - sampler_cpu - seen)
    return groups, sampler_cpu


def loads(args: argparse.Namespace) -> None:
    """``--loads``: the build's loads alone, in this process: the cached documents' N-Quads
    (``--cache``, as :mod:`store_load` makes it) ``--copies`` times under distinct ids, in
    the build's batches, each handed to a ``kg-store`` thread as the build hands it (one
    load at a time), into a fresh store; prints the figures as JSON."""
    import pickle
    from concurrent.futures import ThreadPoolExecutor

    from kg.pipeline import STORE_BATCH_BYTES, store_batches
    from kg.store import EmbeddedStore

    chunks = pickle.loads(Path(args.cache).read_bytes())
    documents = []
    for copy in range(args.copies):
        tag = f"kg{copy:03d}doc"
        documents += [
            (g.replace("kgdoc", tag), q.replace(b"kgdoc", tag.encode())) for g, q in chunks
        ]
    batches = list(store_batches(iter(documents), STORE_BATCH_BYTES))
    drops = 0
    with tempfile.TemporaryDirectory(prefix="kg-storecpu-", dir=Path(args.cache).parent) as tmp:
        before = _thread_cpu()
        own0 = resource.getrusage(resource.RUSAGE_SELF)
        sampler = Sampler()
        sampler.start()
        wall = time.perf_counter()
        store = EmbeddedStore(Path(tmp) / "store")
        inner = store._store
        remove_graph = inner.remove_graph

        class Counting:  # counts the drops (pyoxigraph's Store takes no new attributes)
            def __getattr__(self, name: str) -> object:
                return getattr(inner, name)

            def remove_graph(self, graph: Any) -> None:
                nonlocal drops
                drops += 1
                remove_graph(graph)

        store._store = Counting()  # type: ignore[assignment]
        with ThreadPoolExecutor(1, thread_name_prefix="kg-store") as loader:
            for batch in batches:
                loader.submit(store.load_graphs, batch, lenient=True).result()
        store._store = inner
        store.close()
        wall = time.perf_counter() - wall
        threads = sampler.finish()
        own1 = resource.getrusage(resource.RUSAGE_SELF)
        digest = ""
        if args.check:  # the store's contents, exported (sorted, deterministic)
            import hashlib

            with EmbeddedStore(Path(tmp) / "store", read_only=True) as done:
                dump = done.export("nquads")
                digest = f"{len(done)} quads, sha256 {hashlib.sha256(dump).hexdigest()[:16]}"
    own = (own1.ru_utime + own1.ru_stime) - (own0.ru_utime + own0.ru_stime)
    groups, sampler_cpu = _groups(before, threads, sampler, own)
    row = {
        "contents": digest,
        "docs": len(documents),
        "batches": len(batches),
        "drops": drops,
        "wall": wall,
        "own": own - sampler_cpu,
        "sys": own1.ru_stime - own0.ru_stime,
        "groups": groups,
        "load": os.getloadavg()[0],
    }
    print(json.dumps(row))


def child(args: argparse.Namespace) -> None:
    """One build in this process; prints its figures as JSON."""
    from kg.nlp import extracting_pipeline
    from kg.pipeline import build

    extracting_pipeline()("warm up")
    before = _thread_cpu()
    own0 = resource.getrusage(resource.RUSAGE_SELF)
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler = Sampler()
    sampler.start()
    wall = time.perf_counter()
    result = build(
        [Path(args.input)],
        out=Path(args.out),
        jobs=args.jobs,
        batch_size=32,
        keep_documents=False,
        html=not args.no_html,
        store=None if args.no_store else "store",
        provenance="lean",
    )
    wall = time.perf_counter() - wall
    threads = sampler.finish()
    own1 = resource.getrusage(resource.RUSAGE_SELF)
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = (own1.ru_utime + own1.ru_stime) - (own0.ru_utime + own0.ru_stime)
    sys_cpu = own1.ru_stime - own0.ru_stime
    kids = (kids1.ru_utime + kids1.ru_stime) - (kids0.ru_utime + kids0.ru_stime)
    groups, sampler_cpu = _groups(before, threads, sampler, own)
    row = {
        "store": not args.no_store,
        "docs": result.report.documents,
        "wall": wall,
        "own": own - sampler_cpu,
        "sys": sys_cpu,
        "minflt": own1.ru_minflt - own0.ru_minflt,
        "parsers": kids,
        "groups": groups,
        "stages": result.report.stages,
        "load": os.getloadavg()[0],
    }
    print(json.dumps(row))


def run_one(folder: Path, store: bool, args: argparse.Namespace) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-storecpu-") as out:
        command = [sys.executable, __file__, "--child", "--input", str(folder), "--out", out]
        command += ["--jobs", str(args.jobs)] + (["--no-html"] if args.no_html else [])
        command += [] if store else ["--no-store"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            raise SystemExit("the build failed")
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _spread(values: list[float]) -> str:
    return f"{statistics.mean(values):7.2f} ({max(values) - min(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-html", action="store_true")
    parser.add_argument("--loads", action="store_true", help="the build's loads alone")
    parser.add_argument("--cache", default="/tmp/store_load_chunks.pickle")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="--loads: digest the contents")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--no-store", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    if args.loads:
        loads(args)
        return
    print(f"load average at start: {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-storecpu-in-") as tmp:
        folder = Path(tmp) / "in"
        if args.input:
            folder = Path(args.input)
        else:
            write_corpus(corpus(args.docs), folder)
        rows: dict[bool, list[dict]] = {True: [], False: []}
        for repeat in range(args.repeats):
            for store in (True, False):
                row = run_one(folder, store, args)
                rows[store].append(row)
                per = {k: round(1000 * v / row["docs"], 2) for k, v in row["groups"].items()}
                print(
                    f"repeat {repeat + 1}, {'store   ' if store else 'no store'}: "
                    f"own {1000 * row['own'] / row['docs']:.2f} ms/doc "
                    f"(sys {1000 * row['sys'] / row['docs']:.2f}), parsers "
                    f"{1000 * row['parsers'] / row['docs']:.1f}, wall {row['wall']:.1f} s, "
                    f"load {row['load']:.1f}; {per}",
                    flush=True,
                )
    docs = rows[True][0]["docs"]
    print(f"\nCPU ms per document, mean (spread) of {args.repeats}:")
    names = sorted({k for r in rows[True] + rows[False] for k in r["groups"]})
    for name in names:
        w = [1000 * r["groups"].get(name, 0.0) / docs for r in rows[True]]
        wo = [1000 * r["groups"].get(name, 0.0) / docs for r in rows[False]]
        print(f"  {name:<22} store {_spread(w)}   no store {_spread(wo)}")
    w = [1000 * r["own"] / docs for r in rows[True]]
    wo = [1000 * r["own"] / docs for r in rows[False]]
    print(f"  {'build process':<22} store {_spread(w)}   no store {_spread(wo)}")
    cost = [a - b for a, b in zip(w, wo, strict=True)]
    print(f"  store's cost (pairs): {_spread(cost)}  {[round(c, 2) for c in cost]}")
    stages = sorted({k for r in rows[True] for k in r["stages"]})
    for stage in stages:
        ws = [r["stages"].get(stage, 0.0) for r in rows[True]]
        wos = [r["stages"].get(stage, 0.0) for r in rows[False]]
        print(f"  stage {stage:<16} wall s: store {_spread(ws)}   no store {_spread(wos)}")
    print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
