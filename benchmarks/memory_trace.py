"""What the build's main process holds, per stage and per structure, as the corpus grows.

    python benchmarks/memory_trace.py 1000 3000 10000 [--words 100] [--jobs 2] [--top 25]

One build per size (``--no-html --no-store``, as ``throughput.py --memory`` runs it), each
in a fresh process, on the recombined corpus of :mod:`throughput` (the same documents).
In each build, :mod:`tracemalloc` runs from after the model is loaded, and at each
checkpoint (the end of the document stream, after the corpus merge, after each RDF
file, at the end) the script reads:

* the resident memory (``VmRSS``) and its peak since the last checkpoint (``VmHWM``,
  reset at each checkpoint through ``/proc/self/clear_refs``), so that the stage that
  sets the build's peak shows, including memory that Python does not allocate (spaCy's
  string store, pyoxigraph's Rust side);
* the Python memory traced now and its peak since the last checkpoint;
* at the end of the stream (the most the streaming part holds): the live allocations
  grouped by source line and by module, and the deep size of each structure the build
  keeps for its end-of-build stages (allegation summaries, actor registry, the quad
  spool's index, the repeat check, the report's actor ids), per document.

The parent prints each size's table, then per allocation site the growth per document
from the first size to the last.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus, write_corpus  # noqa: E402


def status() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MiB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0) and tracemalloc's peak."""
    Path("/proc/self/clear_refs").write_text("5")
    tracemalloc.reset_peak()


def deep_size(root: object, seen: set[int]) -> int:
    """Bytes of ``root`` and everything it reaches that ``seen`` does not hold yet (shared
    objects, such as interned strings, are counted once, by the first structure)."""
    size = 0
    stack = [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, type | Callable):  # type: ignore[arg-type]
            continue
        seen.add(id(item))
        size += sys.getsizeof(item)
        if isinstance(item, dict):
            stack += item.keys()
            stack += item.values()
        elif isinstance(item, list | tuple | set | frozenset):
            stack += item
        else:
            slots = [s for k in type(item).__mro__ for s in getattr(k, "__slots__", ())]
            stack += [getattr(item, s) for s in slots if hasattr(item, s)]
            if hasattr(item, "__dict__"):
                stack.append(vars(item))
    return size


def one_build(
    size: int, words: int, jobs: int, top: int, frames: int, tracing: bool
) -> dict[str, Any]:
    from kg import pipeline
    from kg.nlp import extracting_pipeline
    from kg.spool import QuadSpool

    checkpoints: list[dict[str, Any]] = []
    dump = os.environ.get("KG_DUMP_SUMMARIES")
    extra: dict[str, Any] = {}

    def checkpoint(name: str) -> None:
        current, peak = tracemalloc.get_traced_memory()
        row = {"at": name, **status(), "traced": current / 2**20, "traced_peak": peak / 2**20}
        checkpoints.append(row)
        reset_peak()

    original_merge = pipeline._Sink._merge_allegations
    original_write = QuadSpool.write
    original_actors = pipeline.actors_table

    def merge(sink: Any) -> None:
        checkpoint("stream")
        if tracing:
            sites(tracemalloc.take_snapshot())
        structures(sink)
        if dump:  # the merge's input, to measure the corpus stage alone
            with open(dump, "wb") as out:
                pickle.dump(list(sink.summaries), out, protocol=pickle.HIGHEST_PROTOCOL)
        checkpoint("(the counts above)")
        original_merge(sink)
        checkpoint("corpus merge")

    def sites(snapshot: tracemalloc.Snapshot) -> None:
        snapshot = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        stats = snapshot.statistics("traceback")
        extra["by_site"] = [
            {
                "site": " < ".join(
                    f"{Path(f.filename).name}:{f.lineno}" for f in list(stat.traceback)[:frames]
                ),
                "bytes": stat.size,
                "count": stat.count,
            }
            for stat in stats[: top * 4]
        ]
        modules: dict[str, int] = {}
        for stat in snapshot.statistics("filename"):
            name = stat.traceback[0].filename
            parts = Path(name).parts
            key = "/".join(parts[parts.index("kg") :]) if "kg" in parts else Path(name).name
            modules[key] = modules.get(key, 0) + stat.size
        extra["by_module"] = sorted(modules.items(), key=lambda kv: -kv[1])[:top]

    def structures(sink: Any) -> None:
        seen: set[int] = set()
        run = extra["run"]
        structures = {
            "allegation summaries": sink.summaries,  # a SummarySpool: on disk
            "actor registry": run.registry,
            "quad spool index": sink.spool._chunks,
            "report actor ids": sink.actor_ids,
        }
        extra["structures"] = {k: deep_size(v, seen) for k, v in structures.items()}
        extra["structures"]["repeat check"] = extra.pop("repeat check", 0)
        extra["counts"] = {
            "summaries": len(sink.summaries),
            "actors": len(run.registry.actors()),
            "documents": len(sink),
        }

    def write(spool: Any, path: Path, fmt: str) -> None:
        original_write(spool, path, fmt)
        checkpoint(f"write {path.name}")

    def actors(*args: Any) -> str:
        text = original_actors(*args)
        checkpoint("actors table")
        return text

    original_close = pipeline._Seen.close

    def close(held: Any) -> None:  # the repeat check, measured as the stream ends
        extra.setdefault("repeat check", deep_size(held, set()))
        original_close(held)

    original_init = pipeline._Run.__init__

    def init(run: Any, *args: Any, **kwargs: Any) -> None:
        original_init(run, *args, **kwargs)
        extra["run"] = run

    pipeline._Sink._merge_allegations = merge  # type: ignore[method-assign]
    pipeline._Run.__init__ = init  # type: ignore[method-assign]
    pipeline._Seen.close = close  # type: ignore[method-assign]
    QuadSpool.write = write  # type: ignore[method-assign]
    pipeline.actors_table = actors

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        write_corpus(corpus(size, words), folder)
        extracting_pipeline()("warm up")
        if tracing:  # slow: 30 times as long on a busy 2-core host
            tracemalloc.start(frames)
        checkpoint("start")
        started = time.perf_counter()
        result = pipeline.build(
            [folder], out=Path(tmp) / "out", jobs=jobs, keep_documents=False, html=False, store=None
        )
        checkpoint("end")
    extra.pop("run")
    return {
        "docs": size,
        "seconds": time.perf_counter() - started,
        "claims": result.report.claims,
        "actors": result.report.actors,
        "checkpoints": checkpoints,
        **extra,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--frames", type=int, default=4)
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace allocations (very slow)"
    )
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write every build's numbers to this file")
    args = parser.parse_args()
    if args.one:
        row = one_build(
            args.sizes[0], args.words, args.jobs, args.top, args.frames, args.tracemalloc
        )
        print(json.dumps(row))
        return
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, str(size), "--one", "--words", str(args.words)]
        command += ["--jobs", str(args.jobs), "--top", str(args.top), "--frames", str(args.frames)]
        command += ["--tracemalloc"] if args.tracemalloc else []
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            raise SystemExit(f"the build of {size} documents failed")
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        show(row)
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1))
    if len(rows) > 1:
        growth(rows[0], rows[-1], args.top)


def show(row: dict[str, Any]) -> None:
    docs = row["docs"]
    print(
        f"\n== {docs} documents, {row['claims']} claims, {row['actors']} actors, "
        f"{row['seconds']:.0f} s (with tracemalloc)"
    )
    print(f"{'checkpoint':<28}{'RSS':>8}{'RSS peak':>10}{'traced':>9}{'traced peak':>13}  (MiB)")
    for c in row["checkpoints"]:
        print(
            f"{c['at']:<28}{c['VmRSS']:>8.1f}{c['VmHWM']:>10.1f}{c['traced']:>9.1f}"
            f"{c['traced_peak']:>13.1f}"
        )
    print("(RSS peak and traced peak: since the checkpoint before)")
    print(f"held at the end of the stream, by structure ({row['counts']}):")
    for name, size in row["structures"].items():
        print(f"  {name:<24}{size / 2**20:>8.2f} MiB {size / docs:>8.0f} B/document")
    print("by module (live at the end of the stream):")
    for name, size in row.get("by_module", [])[:12]:
        print(f"  {name:<44}{size / 2**20:>8.2f} MiB {size / docs:>8.0f} B/document")


def growth(first: dict[str, Any], last: dict[str, Any], top: int) -> None:
    more = last["docs"] - first["docs"]
    print(f"\n== growth from {first['docs']} to {last['docs']} documents, per document added")
    before = {s["site"]: s["bytes"] for s in first.get("by_site", [])}
    rows = [(s["bytes"] - before.get(s["site"], 0), s) for s in last.get("by_site", [])]
    rows.sort(key=lambda r: -r[0])
    for grown, site in rows[:top]:
        print(f"  {grown / more:>8.0f} B  {site['bytes'] / 2**20:>7.2f} MiB  {site['site']}")
    for name in last["structures"]:
        grown = last["structures"][name] - first["structures"][name]
        print(f"  structure {name:<24}{grown / more:>8.0f} B/document")
    for a, b in zip(first["checkpoints"], last["checkpoints"], strict=True):
        print(
            f"  checkpoint {a['at']:<26} RSS peak {a['VmHWM']:>7.1f} -> {b['VmHWM']:>7.1f} MiB, "
            f"traced peak {a['traced_peak']:>7.1f} -> {b['traced_peak']:>7.1f} MiB"
        )


if __name__ == "__main__":
    main()
