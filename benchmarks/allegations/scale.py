"""The corpus merge's cost at 1,000 and 10,000 documents: time and peak memory.

    .venv/bin/python benchmarks/allegations/scale.py --cache /tmp/corpus.pkl [--docs 1000 10000]
    .venv/bin/python benchmarks/allegations/scale.py --cache /tmp/corpus.pkl --shift 0

The merge's input is each document's allegation summaries (:mod:`kg.resolve.corpus`).
They come from the real dispute corpus (``corpus/``, 1,425 articles since round 19, parsed
once and kept in ``--cache``, as ``run.py`` does): each size is made of copies of the
corpus's documents,
each copy with its own document, allegation and claim ids and its dates moved on by
:data:`SHIFT_DAYS` per copy, so that blocks grow with the corpus as they would over
years of news (``--shift 0``: copies on the same days, near-copies in one block, as wire
copy and republished statements make them).  Each size runs in a fresh process, after a
warm-up merge (imports; until round 17 the import of datasketch and SciPy, a fixed cost of
about a second); the merge's CPU time is timed beside its wall time, and its peak
is the Python allocations it adds (``tracemalloc``, a second run), printed beside the
process's resident peak and, for scale, the resolve stage's cost per document on the
same corpus (the rest of a build is measured by ``benchmarks/throughput.py``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import time
import tracemalloc
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from kg.model import AllegationSummary

#: Days each copy of the corpus is moved on, past the merge's window of years.
SHIFT_DAYS = 1000


def _shift(day: str | None, copy: int, shift: int = SHIFT_DAYS) -> str | None:
    if day is None or copy == 0:
        return day
    return (date.fromisoformat(day) + timedelta(days=shift * copy)).isoformat()


def copied(
    summaries: list[AllegationSummary], copy: int, shift: int = SHIFT_DAYS
) -> list[AllegationSummary]:
    """One copy of the corpus's summaries: ids and dates of its own."""
    if copy == 0:
        return summaries
    tag = f"-k{copy}"
    return [
        replace(
            s,
            id=s.id + tag,
            document=s.document + tag,
            published=_shift(s.published, copy, shift),
            claims=tuple(replace(c, id=c.id + tag) for c in s.claims),
        )
        for s in summaries
    ]


def summaries_for(
    cache: Path, documents: int, shift: int = SHIFT_DAYS
) -> tuple[list[AllegationSummary], float]:
    """Summaries of ``documents`` documents, and the seconds per document the corpus took
    to resolve and summarise (the parse is in the cache)."""
    from kg.pipeline import resolve_all
    from kg.resolve import ActorRegistry
    from kg.resolve.corpus import allegation_summaries

    with cache.open("rb") as file:
        extractions = pickle.load(file)
    started = time.perf_counter()
    per_document = [allegation_summaries(d) for d in resolve_all(extractions, ActorRegistry())]
    seconds = (time.perf_counter() - started) / len(per_document)
    chosen: list[AllegationSummary] = []
    copy = 0
    while documents > 0:
        take = per_document[: min(documents, len(per_document))]
        chosen += copied([s for one in take for s in one], copy, shift)
        documents -= len(take)
        copy += 1
    return chosen, seconds


def measure(cache: Path, documents: int, shift: int = SHIFT_DAYS) -> dict[str, float]:
    from kg.resolve.corpus import merge_allegations

    summaries, resolve_seconds = summaries_for(cache, documents, shift)
    merge_allegations(summaries[:50])  # the imports, once
    started, cpu = time.perf_counter(), time.process_time()
    merged = merge_allegations(summaries)
    seconds = time.perf_counter() - started  # timed without tracemalloc, which slows it
    cpu = time.process_time() - cpu
    tracemalloc.start()
    merge_allegations(summaries)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "documents": documents,
        "summaries": len(summaries),
        "claims": sum(len(s.claims) for s in summaries),
        "corpus_allegations": len(merged.allegations),
        "merge_seconds": seconds,
        "merge_cpu_seconds": cpu,
        "merge_peak_mib": peak / 2**20,
        "process_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "resolve_ms_per_document": resolve_seconds * 1000,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="the parsed corpus (run.py)")
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--shift", type=int, default=SHIFT_DAYS, help="days each copy is moved on (0: near-copies)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process's size
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.cache, args.one, args.shift)))
        return 0
    rows = []
    for size in args.docs:
        child = [sys.executable, __file__, "--cache", str(args.cache), "--one", str(size)]
        child += ["--shift", str(args.shift)]
        rows.append(json.loads(subprocess.run(child, check=True, capture_output=True).stdout))
    print("| documents | allegation summaries | claims | corpus allegations | merge s "
          "| merge CPU s | merge ms/doc | merge peak MiB | process peak MiB "
          "| resolve ms/doc |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['documents']:,} | {row['summaries']:,} | {row['claims']:,} "
            f"| {row['corpus_allegations']:,} | {row['merge_seconds']:.2f} "
            f"| {row['merge_cpu_seconds']:.2f} "
            f"| {1000 * row['merge_seconds'] / row['documents']:.2f} "
            f"| {row['merge_peak_mib']:.1f} | {row['process_peak_mib']:.0f} "
            f"| {row['resolve_ms_per_document']:.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
