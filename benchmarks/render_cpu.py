"""The render's CPU as a build pays it, per thread: what is fixed and what grows.

    python benchmarks/render_cpu.py [--docs 200 2000] [--cache FILE]

Parses and resolves ``max(--docs)`` documents of :mod:`throughput`'s corpus once (or
reads them from ``--cache``, written on the first run), merges each size's corpus
allegations as the build's corpus stage does (untimed), then writes the pages twice,
each time as the build does (:class:`kg.pipeline._Pages`: the views spooled to disk, then
``write_pages`` handed the merge), and prints the CPU ms per document of the process's main
thread and of its other threads (OpenBLAS's, when numpy or scipy run threaded), from
``/proc/self/task``.  The first write includes the render's imports, as a build's does.
Run each version of the code in its own process with the same ``PYTHONHASHSEED`` to
compare them, and compare the written pages with ``--out``.
"""

from __future__ import annotations

import argparse
import os
import pickle
import tempfile
from pathlib import Path

from throughput import corpus  # benchmarks/ is on sys.path when run as a script


def thread_seconds() -> dict[str, float]:
    tick = os.sysconf("SC_CLK_TCK")
    seconds = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds[tid] = (int(fields[11]) + int(fields[12])) / tick
    return seconds


def documents(count: int, cache: Path | None) -> list:
    if cache is not None and cache.exists():
        found = pickle.loads(cache.read_bytes())
        if len(found) >= count:
            return found[:count]
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import load_pipeline
    from kg.resolve import ActorRegistry, resolve

    texts = corpus(count, 500)
    articles = [
        Article(id=f"doc-{n:06d}", text=text, source=f"doc-{n:06d}.txt")
        for n, text in enumerate(texts)
    ]
    nlp, registry = load_pipeline(), ActorRegistry()
    found = [
        resolve(extract(doc, article), registry)
        for doc, article in zip(nlp.pipe(texts, batch_size=32), articles, strict=True)
    ]
    if cache is not None:
        cache.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, nargs="+", default=[200])
    parser.add_argument("--cache", type=Path, help="pickled resolved documents (made if absent)")
    parser.add_argument("--out", type=Path, help="keep the pages of the last size's first write")
    args = parser.parse_args()
    every = documents(max(args.docs), args.cache)
    from kg.pipeline import _Pages
    from kg.resolve.corpus import corpus_allegations

    main_thread = str(os.getpid())
    print(f"{'docs':>6} {'write':>6} {'main ms/doc':>12} {'others ms/doc':>14}")
    for count in args.docs:
        chosen = every[:count]
        merged = corpus_allegations(chosen)
        with tempfile.TemporaryDirectory() as tmp:
            for attempt in ("first", "again"):
                keep = args.out if attempt == "first" and count == args.docs[-1] else None
                out = keep or Path(tmp) / attempt
                out.mkdir(parents=True, exist_ok=True)
                before = thread_seconds()
                pages = _Pages(html=True, ego=False, export=())
                try:
                    for document in chosen:
                        pages.add(document, out)
                    pages.write(out, merged)
                finally:
                    pages.close()
                after = thread_seconds()
                own = after[main_thread] - before.get(main_thread, 0.0)
                others = sum(s - before.get(t, 0.0) for t, s in after.items() if t != main_thread)
                ms = 1000 / count
                print(f"{count:>6} {attempt:>6} {own * ms:>12.1f} {others * ms:>14.1f}")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
