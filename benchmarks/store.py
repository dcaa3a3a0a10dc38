"""Triples per second into the embedded store and pushed to a local Oxigraph server.

    python benchmarks/store.py [--docs 120] [--batch-size 50000]

The corpus is a real build: paragraphs of the bundled articles recombined into
article-length documents (``throughput.corpus``), parsed by spaCy and extracted by
``kg.build``; 120 documents give over 100k triples.  Measured on that build's graphs
(one per document):

- embedded: loading every graph into a fresh store (the bulk path of a first build),
  a rebuild where nothing changed (each graph compared, none rewritten) and one where
  every graph changed (all dropped, then loaded);
- push: ``oxigraph serve`` on a loopback port, the store pushed with the Graph Store
  protocol (into an empty server, then again, replacing every graph) and with
  SPARQL Update.

Each figure is also given as a ratio to raw spaCy parsing the same text in the same
run, so that it reads the same on a faster or slower machine.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import spacy
from throughput import corpus, write_corpus  # benchmarks/ is on sys.path when run as a script

import kg
from kg.nlp import default_model
from kg.store import Client, EmbeddedStore, push_graphs, store_graphs


def start_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or "oxigraph"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).close()
            return server, base
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("oxigraph serve did not start")


def server_count(base: str) -> int:
    query = (
        "SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20GRAPH%20%3Fg%20%7B%3Fs%20%3Fp%20%3Fo%7D%7D"
    )
    request = urllib.request.Request(base + "/query?query=" + query, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request) as answer:
        return int(answer.read().decode().split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--batch-size", type=int, default=50_000, help="triples per request")
    args = parser.parse_args()
    print(f"$ python benchmarks/store.py --docs {args.docs} --batch-size {args.batch_size}")

    texts = corpus(args.docs)
    nlp = spacy.load(default_model())
    nlp("warm up")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    parse = time.perf_counter() - start

    rows: list[tuple[str, int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "in"
        write_corpus(texts, folder)
        result = kg.build([folder], out=root / "out", formats=("nquads",), html=False)
        store_path = root / "out" / "store"
        with EmbeddedStore(store_path, read_only=True) as store:
            graphs = {iri: [ox.Quad(*t) for t in store.triples(iri)] for iri in store.graphs()}
            total = len(store)
        print(
            f"{result.report.documents} documents, {len(graphs)} graphs, {total} triples; "
            f"build {result.report.seconds:.1f}s, raw spaCy parse {parse:.1f}s"
        )
        if total < 100_000:
            print(
                f"warning: fewer than 100k triples; use --docs {args.docs * 100_000 // total + 1}"
            )

        with EmbeddedStore(root / "fresh") as fresh:
            start = time.perf_counter()
            fresh.replace_graphs(graphs)
            rows.append(("embedded: first load (bulk)", len(fresh), time.perf_counter() - start))
            start = time.perf_counter()
            fresh.replace_graphs(graphs)  # unchanged: compared, left alone
            rows.append(("embedded: rebuild, none changed", total, time.perf_counter() - start))
            # Each graph loses one triple, as when an extractor change drops one claim.
            changed = {iri: quads[:-1] for iri, quads in graphs.items()}
            start = time.perf_counter()
            fresh.replace_graphs(changed)
            seconds = time.perf_counter() - start
            rows.append(("embedded: rebuild, all changed", len(fresh), seconds))

        server, base = start_server(root / "server")
        try:
            client = Client()
            with EmbeddedStore(store_path, read_only=True) as store:
                for label, url, protocol in (
                    ("push gsp: empty server", base + "/store", "gsp"),
                    ("push gsp: replace every graph", base + "/store", "gsp"),
                    ("push update: replace every graph", base + "/update", "update"),
                    # Oxigraph's own bulk-load switches, passed in the endpoint URL
                    (
                        "push gsp: oxigraph no_transaction",
                        base + "/store?no_transaction&lenient",
                        "gsp",
                    ),
                ):
                    report = push_graphs(
                        store_graphs(store),
                        url,
                        protocol=protocol,  # type: ignore[arg-type]
                        client=client,
                        batch_size=args.batch_size,
                    )
                    if report.failed or server_count(base) != total:
                        raise SystemExit(f"{label}: push incomplete: {report.failed[:1]}")
                    rows.append((label, report.triples_sent, report.seconds))
        finally:
            server.kill()
            server.wait()

    print(f"{'stage':<36}{'triples':>9}{'seconds':>9}{'triples/s':>11}{'x parse':>9}")
    for name, triples, seconds in rows:
        rate = triples / seconds
        print(f"{name:<36}{triples:>9}{seconds:>9.2f}{rate:>11,.0f}{seconds / parse:>9.2f}")


if __name__ == "__main__":
    main()
