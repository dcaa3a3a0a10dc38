"""CPU per document of each stage of the build, one process, beside raw spaCy's parse.

    python benchmarks/stages.py [--docs 200] [--words 500] [--provenance lean full] [--ungated]

Where :mod:`throughput` times the whole build on several cores, this runs the build's
stages one after the other in one process, on the same recombined corpus, and prints
the CPU milliseconds (``time.process_time``: every thread of the process, so the
store's background work counts) that each stage spends per document:

* ``raw spaCy``: ``nlp.pipe`` with the model alone (``spacy.load``), the reference;
* ``parse``: the builder's pipeline (:func:`kg.nlp.load_pipeline`: the model, its
  attribute ruler matched by table lookups, the sentence bound and the gazetteer ruler);
  the two take turns batch by batch, which one goes first alternating, so that a load
  changing within the run slows both alike;
* ``extract`` (``--ungated``: also with the lexicon gates of :mod:`kg.extract.claims.gates`
  off, the two taking turns batch by batch; printed apart), ``resolve``, ``rdf``
  (N-Triples and N-Quads of each document), ``spool`` (spooling them, then writing
  graph.ttl), ``store`` (the embedded Oxigraph store's
  batched bulk loads, cut as the build cuts them: :func:`kg.pipeline.store_batches`),
  ``tables`` (the claims.csv rows), ``corpus`` (the corpus allegation merge, which the
  render timed until round 9: the build merges before it renders and hands the pages
  the merge), ``render`` (the HTML pages).

``rdf``, ``spool`` and ``store`` depend on the provenance profile (``kg build
--provenance``): they run once per profile of ``--provenance`` (default: both), on the
same documents, and get a column each, with the quads per document.

``store`` loads ``--docs`` documents into an empty store: a larger build's store costs
more per document, as RocksDB merges each load's files into all that is stored
(:mod:`store_growth` measures it: about 9 ms per lean document at 200 documents, 18-20 at
2,000).

When the parser processes keep every core busy, the CPU of every other stage comes out
of the parse, so ``raw / (parse + the rest)`` is the highest words/s ratio to raw spaCy
that :mod:`throughput` can measure, however many cores there are: the printed *ceiling*.

``--build-gc`` runs every stage under the build's collector settings
(:func:`kg.processes.fewer_collections`: the heap frozen, young collections every 20,000
allocations), as ``kg build`` does: without it each stage also pays for full collections
over this benchmark's heap (every parsed document and extraction kept), which the build's
processes do not (round 26: about a sixth of extraction's CPU on a loaded host).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from throughput import corpus


@contextmanager
def cpu(spent: dict[str, float], stage: str) -> Iterator[None]:
    started = time.process_time()
    try:
        yield
    finally:
        spent[stage] = spent.get(stage, 0.0) + time.process_time() - started


#: The extract stage with the lexicon gates off (``--ungated``): not a stage of the build.
UNGATED = "extract, ungated"


def run(
    docs: int, words: int, batch_size: int, profiles: list[str], ungated: bool = False
) -> tuple[dict[str, float], dict[str, dict[str, float]], dict[str, int]]:
    import spacy

    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import default_model, load_pipeline
    from kg.pipeline import _Pages, claim_rows, document_chunks, store_batches
    from kg.resolve import ActorRegistry, resolve
    from kg.resolve.corpus import corpus_allegations
    from kg.spool import QuadSpool
    from kg.store import EmbeddedStore

    texts = corpus(docs, words)
    articles = [
        Article(id=f"doc-{n:06d}", text=text, source=f"doc-{n:06d}.txt")
        for n, text in enumerate(texts)
    ]
    spent: dict[str, float] = {}
    raw = spacy.load(default_model())
    nlp = load_pipeline()
    raw("warm up")
    nlp("warm up")
    # raw spaCy and the builder's parse take turns, batch by batch, which goes first
    # alternating: a host whose load changes within the run slows both alike
    parsed = []
    for number, start in enumerate(range(0, len(texts), batch_size)):
        batch = texts[start : start + batch_size]
        turns = [("raw spaCy", raw), ("parse", nlp)]
        for stage, pipeline in turns if number % 2 == 0 else turns[::-1]:
            with cpu(spent, stage):
                docs = list(pipeline.pipe(batch, batch_size=batch_size))
            if stage == "parse":
                parsed.extend(docs)
            del docs
    del raw
    if not ungated:
        with cpu(spent, "extract"):
            extractions = [
                extract(doc, article) for doc, article in zip(parsed, articles, strict=True)
            ]
    else:  # the same, and again with the lexicon gates off, taking turns batch by batch
        from kg.extract.claims import gates

        extractions = []
        for number, start in enumerate(range(0, len(parsed), batch_size)):
            pairs = list(zip(parsed[start : start + batch_size], articles[start:], strict=False))
            turns = [("extract", True), (UNGATED, False)]
            for stage, enabled in turns if number % 2 == 0 else turns[::-1]:
                gates.ENABLED = enabled
                try:
                    with cpu(spent, stage):
                        found = [extract(doc, article) for doc, article in pairs]
                finally:
                    gates.ENABLED = True
                if enabled:
                    extractions.extend(found)
    del parsed
    registry = ActorRegistry()
    with cpu(spent, "resolve"):
        documents = [resolve(extraction, registry) for extraction in extractions]
    base, model = "https://example.org/kg/", default_model()
    by_profile: dict[str, dict[str, float]] = {}
    quads: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for provenance in profiles:
            out = Path(tmp) / provenance
            own = by_profile[provenance] = {}
            with cpu(own, "rdf"):
                chunks = [document_chunks(d, base, model, provenance) for d in documents]  # type: ignore[arg-type]
            quads[provenance] = sum(chunk[1].count(b"\n") for chunk in chunks)
            with cpu(own, "spool"), QuadSpool(out) as spool:
                for chunk in chunks:
                    spool.add_serialized(*chunk)
                spool.write(out / "graph.ttl", "turtle")
            with cpu(own, "store"), EmbeddedStore(out / "store") as store:
                for batch in store_batches(chunk[:2] for chunk in chunks):
                    store.load_graphs(batch, lenient=True)
            del chunks
        out = Path(tmp)
        with cpu(spent, "tables"):
            table = csv.writer(io.StringIO())
            for document in documents:
                table.writerows(claim_rows(document))
        with cpu(spent, "corpus"):  # the build's corpus stage, before the render
            merged = corpus_allegations(documents)
        pages = _Pages(html=True, ego=False, export=())
        try:
            with cpu(spent, "render"):
                for document in documents:
                    pages.add(document, out)
                pages.write(out, merged)
        finally:
            pages.close()
    return spent, by_profile, quads


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=500, help="words per document (about)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--provenance", nargs="+", choices=("lean", "full"), default=["lean", "full"]
    )
    parser.add_argument(
        "--ungated",
        action="store_true",
        help="also time extraction with the lexicon gates off (kg.extract.claims.gates), "
        "taking turns with the gated extraction batch by batch",
    )
    parser.add_argument(
        "--build-gc",
        action="store_true",
        help="run every stage under the build's collector settings "
        "(kg.processes.fewer_collections, as kg build runs): without it each stage also "
        "pays for full collections over this benchmark's heap, which the build does not",
    )
    args = parser.parse_args()
    from kg.processes import fewer_collections

    with fewer_collections() if args.build_gc else contextlib.nullcontext():
        spent, by_profile, quads = run(
            args.docs, args.words, args.batch_size, args.provenance, args.ungated
        )
    raw = spent.pop("raw spaCy")
    without_gates = spent.pop(UNGATED, None)
    ms = 1000 / args.docs
    print(
        f"{args.docs} documents of about {args.words} words, one process, "
        f"load average {os.getloadavg()[0]:.2f} at the end"
        + (", the build's collector settings" if args.build_gc else "")
    )
    print(f"{'stage':<12}" + "".join(f"{'CPU ms/doc ' + p:>20}{'of raw':>8}" for p in by_profile))
    print(f"{'raw spaCy':<12}" + f"{raw * ms:>20.1f}{1:>8.0%}" * len(by_profile))
    stages = [*[s for s in spent if s in ("parse", "extract", "resolve")]]
    stages += ["rdf", "spool", "store", "tables", "corpus", "render"]
    for stage in stages:
        row = [own.get(stage, spent.get(stage, 0.0)) for own in by_profile.values()]
        print(f"{stage:<12}" + "".join(f"{x * ms:>20.1f}{x / raw:>8.0%}" for x in row))
    if without_gates is not None:
        print(f"{UNGATED} (not counted below): {without_gates * ms:.1f} ms/doc")
    print(f"extraction's share of the parse: {spent['extract'] / spent['parse']:.1%}")
    print(
        f"{'quads/doc':<12}" + "".join(f"{quads[p] / args.docs:>20,.0f}{'':>8}" for p in by_profile)
    )
    for provenance, own in by_profile.items():
        beyond = sum(spent.values()) + sum(own.values()) - raw
        print(
            f"{provenance}: beyond raw spaCy {beyond * ms:.1f} ms/doc; store "
            f"{own['store'] / quads[provenance] * 1e6:.1f} µs per quad; ceiling of the words/s "
            f"ratio when the parse keeps every core busy: {raw / (raw + beyond):.2f}"
        )


if __name__ == "__main__":
    main()
