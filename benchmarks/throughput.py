"""Throughput of the full build against raw spaCy on the same corpus, in the same run.

    python benchmarks/throughput.py [--docs 2000] [--jobs 2] [--batch-size 32] [--no-store]
                                    [--provenance lean [full]]
    python benchmarks/throughput.py --memory 1000 10000 [--jobs 2] [--no-html] [--no-store]

The corpus is recombined real text: the paragraphs of every article in examples/
and tests/data/ingest, drawn (seeded, so every run has the same corpus) into
documents of about ``--words`` words each, so each document is news prose with
the claims density of the originals and the parser cannot cache a repeated one.

Reported: words/s of raw spaCy (``nlp.pipe``, the same model without the builder's
gazetteer ruler, the same batch size and processes), timed before and after the
builds so that a change in machine load shows; words/s of the full ``kg build``
(files in, Turtle, store, tables and HTML out) with the store and without it
(``--no-store``: only that one), each in the provenance profile(s) of ``--provenance``
(default lean), and each one's ratio to raw spaCy; the CPU seconds of all, split
between the main process and the parser processes; the share of each build's wall
time in each stage; peak resident memory of each build process and of its parser
workers (each build runs in a fresh process, so each peak is its own); the load
average (the machine may be shared).  :mod:`stages` gives the CPU per document of
each stage, which bounds the ratio.

``--memory N1 N2 ...`` runs one build per size, each in a fresh process, and prints
its peak memory beside what must be whole and so may grow: the claims (the accuse/deny
graph the HTML draws has one edge per claim) and the actors (the registry), with the
growth of the peak from the first size to the last per document, per claim and per actor.
Everything else (the quads, the table rows, the HTML's per-document views) streams to
disk, so without HTML the peak should stay flat but for the embedded store: Oxigraph's
RocksDB grows its caches with the data it holds (``--no-store`` leaves it out).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "examples", ROOT / "tests" / "data" / "ingest")


def paragraphs() -> list[str]:
    """The paragraphs (of 15 words or more) of the bundled real articles, in order."""
    from kg.ingest import SourceProblem, read_sources

    pool: list[str] = []
    for item in read_sources(SOURCES):
        if not isinstance(item, SourceProblem):
            pool += [p for p in item.text.split("\n\n") if len(p.split()) >= 15]
    return pool


def corpus(size: int, words: int = 500) -> list[str]:
    """``size`` documents of about ``words`` words, paragraphs drawn with seed = index."""
    pool = paragraphs()
    documents = []
    for n in range(size):
        rng = random.Random(n)
        chosen: list[str] = []
        while sum(len(p.split()) for p in chosen) < words:
            chosen.append(rng.choice(pool))
        documents.append("\n\n".join(chosen))
    return documents


def write_corpus(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        (folder / f"doc-{n:06d}.txt").write_text(text, encoding="utf-8")


def peak_mib() -> tuple[float, float]:
    """Peak resident memory (MiB) of this process and of its largest child (parser worker)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def cpu_seconds() -> tuple[float, float]:
    """CPU time so far of this process (all its threads: the store loads in one) and of
    its ended children (the parser workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class Timed:
    """Wall and CPU seconds of a block: ``cpu`` of every process and thread it ran,
    ``own_cpu`` of this process alone (``cpu - own_cpu``: the parser processes)."""

    def __enter__(self) -> Timed:
        self.wall = time.perf_counter()
        self._started = cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        own, children = cpu_seconds()
        self.own_cpu = own - self._started[0]
        self.cpu = self.own_cpu + children - self._started[1]


def raw_spacy(texts: list[str], jobs: int, batch_size: int) -> Timed:
    import spacy

    from kg.nlp import default_model

    nlp = spacy.load(default_model())
    nlp("warm up")
    with Timed() as timed:
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=jobs):
            pass
    return timed


def full_build(folder: Path, out: Path, args: argparse.Namespace) -> tuple[Timed, dict[str, float]]:
    from kg.nlp import extracting_pipeline
    from kg.pipeline import build

    extracting_pipeline()("warm up")  # as raw spaCy's load, model loading is not timed
    with Timed() as timed:
        result = build(
            [folder],
            out=out,
            jobs=args.jobs,
            batch_size=args.batch_size,
            keep_documents=False,
            html=not args.no_html,
            store=None if args.no_store else "store",
            provenance=args.provenance[0],
        )
    assert result.report.documents == args.docs, result.report
    args.built = result.report  # for --memory: the claims and actors of this build
    return timed, result.report.stages


def build_only(args: argparse.Namespace) -> None:
    """One build in this (fresh) process, of the corpus in ``--input`` or a new one;
    prints its numbers as JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.input) if args.input else Path(tmp) / "in"
        if not args.input:
            write_corpus(corpus(args.docs, args.words), folder)
        timed, stages = full_build(folder, Path(tmp) / "out", args)
    own, children = peak_mib()
    report = args.built
    row = {"docs": args.docs, "seconds": timed.wall, "main": own, "workers": children}
    row |= {"cpu": timed.cpu, "own_cpu": timed.own_cpu, "stages": stages}
    print(json.dumps(row | {"claims": report.claims, "actors": report.actors}))


def build_in_process(folder: Path, args: argparse.Namespace, provenance: str, store: bool) -> dict:
    """:func:`build_only` in a fresh process: its own peak memory, CPU and stage times."""
    command = [sys.executable, __file__, "--build-only", "--input", str(folder)]
    command += ["--docs", str(args.docs), "--jobs", str(args.jobs), "--provenance", provenance]
    command += ["--batch-size", str(args.batch_size), "--words", str(args.words)]
    command += (["--no-html"] if args.no_html else []) + ([] if store else ["--no-store"])
    return _run_build(command)


def _run_build(command: list[str]) -> dict:
    """Run one ``--build-only`` process; its JSON line, or its stderr shown if it failed."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the build failed (exit {done.returncode}): {' '.join(command)}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def memory(args: argparse.Namespace) -> None:
    print(f"load average at start: {os.getloadavg()}")
    print(
        f"{args.words} words per document, jobs={args.jobs}, "
        f"html={'no' if args.no_html else 'yes'}, store={'no' if args.no_store else 'yes'}, "
        f"provenance={args.provenance[0]}"
    )
    print(
        f"{'documents':>10}{'seconds':>9}{'claims':>8}{'actors':>8}"
        f"{'peak MiB (build)':>18}{'peak MiB (worker)':>19}"
    )
    rows = []
    for size in args.memory:
        command = [sys.executable, __file__, "--build-only", "--docs", str(size)]
        command += ["--jobs", str(args.jobs), "--batch-size", str(args.batch_size)]
        command += ["--words", str(args.words)] + (["--no-html"] if args.no_html else [])
        command += ["--no-store"] if args.no_store else []
        command += ["--provenance", args.provenance[0]]
        row = _run_build(command)
        rows.append(row)
        print(
            f"{row['docs']:>10}{row['seconds']:>9.1f}{row['claims']:>8}{row['actors']:>8}"
            f"{row['main']:>18.0f}{row['workers']:>19.0f}"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        grown = (last["main"] - first["main"]) * 2**20
        print(f"growth of the build process: {last['main'] / first['main'] - 1:+.0%}", end="")
        for what in ("docs", "claims", "actors"):
            more = last[what] - first[what]
            if more > 0:
                name = "document" if what == "docs" else what[:-1]
                print(f", {grown / more:,.0f} bytes per {name}", end="")
        print(" (each figure as if all the growth were due to it)")
    print(f"load average at end: {os.getloadavg()}")


def throughput(args: argparse.Namespace) -> None:
    from kg.pipeline import STAGES

    texts = corpus(args.docs, args.words)
    words = sum(len(t.split()) for t in texts)
    load_start = os.getloadavg()
    stores = (False,) if args.no_store else (True, False)
    builds: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        write_corpus(texts, folder)
        raw_before = raw_spacy(texts, args.jobs, args.batch_size)
        for provenance in args.provenance:
            for store in stores:
                label = f"kg build, {provenance}, {'with' if store else 'no'} store"
                builds.append((label, build_in_process(folder, args, provenance, store)))
        raw_after = raw_spacy(texts, args.jobs, args.batch_size)
    raw = (raw_before.wall + raw_after.wall) / 2
    raw_cpu = (raw_before.cpu + raw_after.cpu) / 2
    raw_main = (raw_before.own_cpu + raw_after.own_cpu) / 2
    print(
        f"{args.docs} documents, {words} words (recombined paragraphs of examples/ and "
        f"tests/data/ingest), jobs={args.jobs}, batch={args.batch_size}, "
        f"html={'no' if args.no_html else 'yes'}"
    )
    print(f"load average: {load_start} at start, {os.getloadavg()} at end ({os.cpu_count()} CPUs)")
    print(f"{'':<36}{'seconds':>9}{'words/s':>10}{'ratio':>8}{'CPU s':>9}{'CPU ratio':>11}")
    rows = [
        ("raw spaCy nlp.pipe (before builds)", raw_before.wall, raw_before.cpu),
        ("raw spaCy nlp.pipe (after builds)", raw_after.wall, raw_after.cpu),
    ]
    rows += [(label, row["seconds"], row["cpu"]) for label, row in builds]
    for name, wall, cpu in rows:
        print(
            f"{name:<36}{wall:>9.2f}{words / wall:>10.0f}{raw / wall:>8.2f}"
            f"{cpu:>9.1f}{raw_cpu / cpu:>11.2f}"
        )
    print(
        f"raw spaCy: CPU s {raw_main:.1f} in the main process, {raw_cpu - raw_main:.1f} in the "
        f"{args.jobs} parser processes"
    )
    # With jobs > 1, extraction runs in the parser processes, beside the main process:
    # its seconds are theirs (summed), and "parse" is the main process waiting for both.
    workers = ("extract",) if args.jobs > 1 else ()
    for label, row in builds:
        full, stages, cpu, main = row["seconds"], row["stages"], row["cpu"], row["own_cpu"]
        # When the parser processes keep every core busy, the words/s ratio cannot beat the
        # CPU ratio: what the build does beyond spaCy's parse takes CPU from the parse.
        print(f"{label}:")
        print(
            f"  CPU beyond raw spaCy's: {cpu - raw_cpu:.1f} s "
            f"({(cpu - raw_cpu) / args.docs * 1000:.0f} ms per document); CPU s {main:.1f} in the "
            f"main process (with its threads), {cpu - main:.1f} in the {args.jobs} parser processes"
        )
        print("  share of the build's wall time per stage (main process):")
        for stage in (name for name in STAGES if name not in workers):
            spent = stages.get(stage, 0.0)
            print(f"    {stage:<10}{spent:>8.2f}s {spent / full:>6.1%}")
        other = full - sum(seconds for stage, seconds in stages.items() if stage not in workers)
        print(f"    {'other':<10}{other:>8.2f}s {other / full:>6.1%}")
        for stage in workers:
            spent = stages.get(stage, 0.0)
            print(
                f"    {stage:<10}{spent:>8.2f}s in the {args.jobs} parser processes, beside "
                f"parsing ({spent / full / args.jobs:.1%} of their time)"
            )
        print(
            f"  peak resident memory: {row['main']:.0f} MiB (build process), "
            f"{row['workers']:.0f} MiB (largest parser process)"
        )
    # The store runs in the build process (a background thread, RocksDB's threads): its
    # cost is the difference of the main processes' CPU.  The parser processes do the same
    # work in both builds, so the difference of their CPU is the host's noise (on a shared
    # host, tens of ms per document), not the store's: the total CPU's difference is not a
    # measure of the store.
    by_label = dict(builds)
    for provenance in args.provenance:
        with_store = by_label.get(f"kg build, {provenance}, with store")
        without = by_label.get(f"kg build, {provenance}, no store")
        if with_store is None or without is None:
            continue
        main = (with_store["own_cpu"] - without["own_cpu"]) / args.docs * 1000
        parsers = with_store["cpu"] - with_store["own_cpu"] - without["cpu"] + without["own_cpu"]
        print(
            f"the store ({provenance}): {main:.1f} ms of CPU per document (the build process's "
            f"CPU with the store less without); the parser processes' CPU differed by "
            f"{parsers / args.docs * 1000:+.1f} ms per document between the two builds (noise)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--words", type=int, default=500, help="words per document (about)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-html", action="store_true", help="build without the HTML pages")
    parser.add_argument(
        "--no-store", action="store_true", help="build only without the store (default: both)"
    )
    parser.add_argument(
        "--provenance",
        nargs="+",
        choices=("lean", "full"),
        default=["lean"],
        help="provenance profile(s) to build (default: lean)",
    )
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--memory", type=int, nargs="+", metavar="DOCS")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build_only(args)
    elif args.memory:
        memory(args)
    else:
        throughput(args)


if __name__ == "__main__":
    main()
