"""Throughput of the builder against raw spaCy on the same text, in the same run.

    python benchmarks/throughput.py [--docs 200] [--jobs 1] [--batch-size 32]

The corpus is the bundled examples (every article in examples/), repeated with
their paragraphs rotated until ``--docs`` documents exist, so each document is
real news text and the parser cannot cache a repeated one.  Reported: words/s of
``nlp.pipe`` alone, of parse+extract+resolve, and of the full build (RDF, store,
tables, HTML), each as a ratio to raw spaCy; and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import spacy

import kg
from kg.ingest import SourceProblem, read_sources
from kg.model import Article
from kg.nlp import default_model, load_pipeline
from kg.pipeline import analyse_articles

ROOT = Path(__file__).resolve().parent.parent


def corpus(size: int) -> list[Article]:
    originals = [a for a in read_sources([ROOT / "examples"]) if not isinstance(a, SourceProblem)]
    articles: list[Article] = []
    for n in range(size):
        base = originals[n % len(originals)]
        paragraphs = base.text.split("\n\n")
        shift = (n // len(originals)) % len(paragraphs)
        text = "\n\n".join(paragraphs[shift:] + paragraphs[:shift])
        articles.append(Article(id=f"doc-bench-{n}", text=text, source=f"bench/{n}.txt"))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    articles = corpus(args.docs)
    words = sum(len(a.text.split()) for a in articles)
    # Raw spaCy: the same model, loaded plainly (without the builder's gazetteer ruler).
    nlp = spacy.load(default_model())
    nlp("warm up")
    load_pipeline()("warm up")

    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=args.batch_size, n_process=args.jobs):
        pass
    raw = time.perf_counter() - start

    start = time.perf_counter()
    for _ in analyse_articles(articles, jobs=args.jobs, batch_size=args.batch_size):
        pass
    analysed = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for article in articles:
            (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
        start = time.perf_counter()
        kg.build([folder], out=Path(tmp) / "out", jobs=args.jobs, batch_size=args.batch_size)
        full = time.perf_counter() - start

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(articles)} documents, {words} words, jobs={args.jobs}, batch={args.batch_size}")
    print(f"{'stage':<32}{'seconds':>9}{'words/s':>10}{'ratio':>8}")
    for name, seconds in (
        ("raw spaCy nlp.pipe", raw),
        ("parse + extract + resolve", analysed),
        ("full kg build (files, store, HTML)", full),
    ):
        print(f"{name:<32}{seconds:>9.2f}{words / seconds:>10.0f}{raw / seconds:>8.2f}")
    print(f"peak resident memory: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
