"""Extraction's CPU as a share of raw spaCy's parse, in one process (issue 12's ratio).

    PYTHONPATH=CHECKOUT python benchmarks/extract_ratio.py [--docs 200] [--rounds 2]

The recombined corpus of :mod:`throughput` (``--docs`` documents of about ``--words``
words), batch by batch: raw spaCy's ``nlp.pipe`` (the model alone), the builder's parse
(:func:`kg.nlp.load_pipeline`) and :func:`kg.extract.extract` of the builder's parses under
the parser processes' garbage-collector settings (:func:`kg.processes.fewer_collections`),
the three taking turns within each batch (which parse goes first alternating), so that a
host whose load changes slows all three alike.  CPU is ``time.process_time``.  It prints
the CPU ms per document of each, and extraction as a percentage of raw spaCy's parse and
of the builder's, for each of ``--rounds`` passes over the corpus (the parses are redone
each round: the ratio is of the same run).  Run it with ``PYTHONPATH`` naming the code to
time, old and new in alternating processes.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from throughput import corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    import spacy

    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import default_model, load_pipeline
    from kg.processes import fewer_collections

    texts = corpus(args.docs, args.words)
    articles = [Article(id=str(n), text=t, source=str(n)) for n, t in enumerate(texts)]
    raw = spacy.load(default_model())
    nlp = load_pipeline()
    for doc in nlp.pipe(texts[:8]):  # warm up: the rules' lexicons and the index's strings
        extract(doc, Article(id="w", text=doc.text, source="w"))
    raw("warm up")
    clock = time.process_time
    for round_ in range(args.rounds):
        spent = {"raw": 0.0, "parse": 0.0, "extract": 0.0}
        with fewer_collections():
            for number, start in enumerate(range(0, len(texts), args.batch_size)):
                batch = texts[start : start + args.batch_size]
                turns = [("raw", raw), ("parse", nlp)]
                parsed = []
                for stage, pipeline in turns if (number + round_) % 2 == 0 else turns[::-1]:
                    started = clock()
                    docs = list(pipeline.pipe(batch, batch_size=args.batch_size))
                    spent[stage] += clock() - started
                    if stage == "parse":
                        parsed = docs
                    del docs
                started = clock()
                for doc, article in zip(parsed, articles[start:], strict=False):
                    extract(doc, article)
                spent["extract"] += clock() - started
        per_doc = {k: 1000 * v / len(texts) for k, v in spent.items()}
        print(
            f"{args.label} round {round_ + 1}: CPU ms/doc raw spaCy {per_doc['raw']:.2f}, "
            f"parse {per_doc['parse']:.2f}, extract {per_doc['extract']:.2f}; extract "
            f"{100 * spent['extract'] / spent['raw']:.1f}% of raw, "
            f"{100 * spent['extract'] / spent['parse']:.1f}% of parse | "
            f"load {os.getloadavg()[0]:.2f} ({len(texts)} documents)",
            flush=True,
        )


if __name__ == "__main__":
    main()
