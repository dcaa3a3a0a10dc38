"""Does the store's CPU follow the bytes of the N-Quads or the number of loads?

    python benchmarks/store_iri_length.py [--docs 200] [--copies 3] [--rounds 5]
    python benchmarks/store_iri_length.py --only long|same|short   # one way, its peak memory

Makes the lean N-Quads of ``--docs`` documents (:mod:`post_parse`'s cached extractions,
resolved and written as the build writes them), ``--copies`` times under distinct document
ids, and the same quads with every IRI shortened (each vocabulary's namespace and the base
replaced by a ``urn:`` prefix of a few characters: the same terms, quads and graphs, about
40% fewer bytes).  Then loads each into a fresh embedded store, in turns, ``--rounds`` times:

* ``long``: the build's N-Quads in the build's 16 MiB batches (:func:`kg.pipeline.store_batches`);
* ``same``: the short N-Quads in the same batches (the same documents per load): what the
  bytes alone cost;
* ``short``: the short N-Quads cut into 16 MiB batches (more documents per load, fewer loads).

Prints the CPU ms per document of each (``time.process_time``: every thread, Oxigraph's and
RocksDB's included), the batches and the quads.  ``--only`` runs one way once and prints the
peak resident memory above the process's before the loads (run each in a fresh process).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from post_parse import extractions  # benchmarks/ is on sys.path when run as a script

SHORT = (
    (b"http://www.w3.org/1999/02/22-rdf-syntax-ns#", b"urn:r:"),
    (b"http://www.w3.org/2000/01/rdf-schema#", b"urn:s:"),
    (b"http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", b"urn:n:"),
    (b"https://w3id.org/kg-claims/ontology#", b"urn:k:"),
    (b"http://www.w3.org/ns/prov#", b"urn:p:"),
    (b"http://www.w3.org/2001/XMLSchema#", b"urn:x:"),
    (b"http://www.w3.org/2004/02/skos/core#", b"urn:c:"),
    (b"https://example.org/kg/", b"urn:e:"),
)


def shorten(nquads: bytes) -> bytes:
    for long, short in SHORT:
        nquads = nquads.replace(long, short)
    return nquads


def chunks(docs: int, copies: int, cache: Path) -> list[tuple[str, bytes]]:
    from kg.nlp import default_model
    from kg.resolve import ActorRegistry, resolve
    from kg.stages import document_chunks

    registry = ActorRegistry()
    model = default_model()
    made = [
        document_chunks(resolve(found, registry), "https://example.org/kg/", model, "lean")[:2]
        for found in extractions(docs, cache)
    ]
    return [
        (graph.replace("/doc-", f"/doc{copy}-"), nquads.replace(b"/doc-", f"/doc{copy}-".encode()))
        for copy in range(copies)
        for graph, nquads in made
    ]


def load(batches: list[list[tuple[str, bytes]]]) -> tuple[float, int]:
    """CPU seconds of loading ``batches`` into a fresh store, and the quads it holds."""
    from kg.store import EmbeddedStore

    with tempfile.TemporaryDirectory() as tmp:
        started = time.process_time()
        with EmbeddedStore(Path(tmp) / "store") as store:
            for batch in batches:
                store.load_graphs(batch, lenient=True)
            held = len(store)
        return time.process_time() - started, held


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/post_parse_extractions.pickle"))
    parser.add_argument("--only", choices=("long", "same", "short"))
    args = parser.parse_args()
    from kg.pipeline import store_batches

    long = chunks(args.docs, args.copies, args.cache)
    short = [(graph, shorten(nquads)) for graph, nquads in long]
    long_batches = list(store_batches(long))
    sizes = [len(batch) for batch in long_batches]
    starts = [sum(sizes[:n]) for n in range(len(sizes))]
    ways = {
        "long": long_batches,
        "same": [short[at : at + size] for at, size in zip(starts, sizes, strict=True)],
        "short": list(store_batches(short)),
    }
    per_doc = 1000 / len(long)
    print(
        f"{len(long)} documents; N-Quads bytes per document: long "
        f"{sum(len(q) for _, q in long) * per_doc / 1000:,.0f}, short "
        f"{sum(len(q) for _, q in short) * per_doc / 1000:,.0f}"
    )
    if args.only:
        del long, short
        gc.collect()
        with open("/proc/self/statm") as statm:
            before = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
        earlier = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        spent, held = load(ways[args.only])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            f"{args.only:<6} {spent * per_doc:6.2f} ms/doc  {len(ways[args.only])} loads  "
            f"{held:,} quads  peak +{(peak - before) / 1024:,.0f} MiB (earlier peak "
            f"+{(earlier - before) / 1024:,.0f})  "
            f"load {os.getloadavg()[0]:.1f}"
        )
        return
    spent: dict[str, list[float]] = {way: [] for way in ways}
    held = {}
    for round_ in range(args.rounds):
        order = list(ways) if round_ % 2 == 0 else list(reversed(ways))
        for way in order:
            seconds, held[way] = load(ways[way])
            spent[way].append(seconds * per_doc)
    for way, values in spent.items():
        print(
            f"{way:<6}"
            + "".join(f"{v:7.2f}" for v in values)
            + f"   median {statistics.median(values):6.2f} ms/doc  {len(ways[way])} loads  "
            f"{held[way]:,} quads"
        )
    print(f"load {os.getloadavg()[0]:.1f} at the end", file=sys.stderr)


if __name__ == "__main__":
    main()
