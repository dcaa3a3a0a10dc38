"""CPU per document of the build's stages after the parse, on the same cached extractions.

    python benchmarks/post_parse.py [--docs 200] [--rounds 3] [--cache FILE] [--digest]

Parses and extracts ``--docs`` documents of :mod:`throughput`'s corpus once (or reads the
extractions from ``--cache``, written on the first run), then runs, ``--rounds`` times
in this process, what the build's main process does with each document: ``resolve`` (a
fresh registry each round), ``rdf`` (:func:`kg.stages.document_chunks`, lean), ``spool``
(the chunks spooled, graph.ttl written), ``tables`` (the claims.csv rows), ``store`` (the
build's 16 MiB bulk loads into a fresh store, every thread's CPU), ``views`` (the pages'
spooled views, :class:`kg.pipeline._Pages`), ``replay`` (one of the render's
three passes reading them back).  Prints the CPU ms per document
(``time.process_time``) of each stage, round by round, and their mean and spread.
``--digest`` prints a SHA-256 of the resolved documents' chunks and claims rows instead
(the same for two versions of the code that write the same bytes).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import pickle
import statistics
import tempfile
import time
from pathlib import Path

from throughput import corpus  # benchmarks/ is on sys.path when run as a script


def extractions(count: int, cache: Path) -> list:
    if cache.exists():
        found = pickle.loads(cache.read_bytes())
        if len(found) >= count:
            return found[:count]
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import load_pipeline

    texts = corpus(count, 500)
    articles = [
        Article(id=f"doc-{n:06d}", text=text, source=f"doc-{n:06d}.txt")
        for n, text in enumerate(texts)
    ]
    nlp = load_pipeline()
    found = [
        extract(doc, article)
        for doc, article in zip(nlp.pipe(texts, batch_size=32), articles, strict=True)
    ]
    cache.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return found


def one_round(found: list, model: str) -> dict[str, float]:
    from kg.nlp import default_model  # noqa: F401  (imported before timing)
    from kg.pipeline import _Pages, claim_rows, store_batches
    from kg.resolve import ActorRegistry, resolve
    from kg.spool import QuadSpool
    from kg.stages import document_chunks
    from kg.store import EmbeddedStore

    spent: dict[str, float] = {}
    base = "https://example.org/kg/"

    def timed(stage: str, started: float) -> float:
        now = time.process_time()
        spent[stage] = spent.get(stage, 0.0) + now - started
        return now

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t = time.process_time()
        registry = ActorRegistry()
        documents = [resolve(extraction, registry) for extraction in found]
        t = timed("resolve", t)
        chunks = [document_chunks(d, base, model, "lean") for d in documents]
        t = timed("rdf", t)
        with QuadSpool(out / "spool") as spool:
            for chunk in chunks:
                spool.add_serialized(*chunk)
            spool.write(out / "graph.ttl", "turtle")
        t = timed("spool", t)
        table = csv.writer(io.StringIO(), lineterminator="\n")
        for document in documents:
            table.writerows(claim_rows(document))
        t = timed("tables", t)
        with EmbeddedStore(out / "store") as store:
            for batch in store_batches(chunk[:2] for chunk in chunks):
                store.load_graphs(batch, lenient=True)
        t = timed("store", t)
        pages = _Pages(html=True, ego=False, export=())
        try:
            for document in documents:
                pages.add(document, out)
            t = timed("views", t)
            for _ in pages.documents():  # the render reads them back on each of 3 passes
                pass
            timed("replay", t)
        finally:
            pages.close()
    return spent


def digest(found: list, model: str) -> str:
    from kg.pipeline import claim_rows
    from kg.resolve import ActorRegistry, resolve
    from kg.stages import document_chunks

    registry = ActorRegistry()
    sha = hashlib.sha256()
    base = "https://example.org/kg/"
    for extraction in found:
        document = resolve(extraction, registry)
        for provenance in ("lean", "full"):
            graph, nquads, ntriples = document_chunks(document, base, model, provenance)  # type: ignore[arg-type]
            sha.update(graph.encode() + nquads + ntriples)
        text = io.StringIO()
        csv.writer(text, lineterminator="\n").writerows(claim_rows(document))
        sha.update(text.getvalue().encode())
    return sha.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/post_parse_extractions.pickle"))
    parser.add_argument("--digest", action="store_true")
    args = parser.parse_args()
    from kg.nlp import default_model

    found = extractions(args.docs, args.cache)
    model = default_model()
    if args.digest:
        print(digest(found, model))
        return
    from kg.processes import fewer_collections

    with fewer_collections():  # as the build runs its stages
        rounds = [one_round(found, model) for _ in range(args.rounds)]
    ms = 1000 / len(found)
    print(f"{len(found)} documents, {args.rounds} rounds, load {os.getloadavg()[0]:.2f} at the end")
    for stage in rounds[0]:
        values = [r[stage] * ms for r in rounds]
        print(
            f"{stage:<8}"
            + "".join(f"{v:8.2f}" for v in values)
            + f"   mean {statistics.mean(values):6.2f}  spread {max(values) - min(values):5.2f}"
        )
    totals = [sum(r.values()) * ms for r in rounds]
    print(
        f"{'total':<8}"
        + "".join(f"{v:8.2f}" for v in totals)
        + f"   mean {statistics.mean(totals):6.2f}  spread {max(totals) - min(totals):5.2f}"
    )


if __name__ == "__main__":
    main()
