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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus, write_corpus  # noqa: E402


def _thread_cpu() -> dict[int, tuple[str, float]]:
    """Every live thread of this process: id -> (name, CPU seconds so far)."""
    seen = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as f:
                ns = int(f.read().split()[0])
            with open(f"/proc/self/task/{tid}/comm") as f:
                name = f.read().strip()
        except (OSError, ValueError, IndexError):
            continue
        seen[int(tid)] = (name, ns / 1e9)
    return seen


class Sampler(threading.Thread):
    """Keeps the last CPU figure of every thread of the process seen while it runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True, name="kg-sampler")
        self.last: dict[int, tuple[str, float]] = {}
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

    def finish(self) -> dict[int, tuple[str, float]]:
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
    groups: dict[str, float] = {}
    for tid, (name, cpu) in threads.items():
        if sampler.python.get(tid) == "kg-sampler":
            continue
        spent = cpu - before.get(tid, (name, 0.0))[1]
        key = _group(name, tid, sampler.python)
        groups[key] = groups.get(key, 0.0) + spent
    sampler_cpu = threads[sampler.native_id][1] if sampler.native_id in threads else 0.0
    seen = sum(groups.values())
    groups["exited"] = max(0.0, own - sampler_cpu - seen)
    row = {
        "store": not args.no_store,
        "docs": result.report.documents,
        "wall": wall,
        "own": own - sampler_cpu,
        "sys": sys_cpu,
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
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--no-store", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
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
