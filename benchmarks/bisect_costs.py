"""The per-document costs of the build's stages at several commits, side by side.

    python benchmarks/bisect_costs.py --trees T1 T2 ... [--docs 200] [--repeats 2]
                                      [--copies 10] [--out FOLDER]

Each ``T`` is a checkout of the project (``git worktree add --detach T COMMIT``).  The
corpus is :mod:`throughput`'s (``--docs`` recombined documents, written once to
``--out``), the same text for every tree.  For each tree, in a fresh process with that
tree first on ``PYTHONPATH`` (its ``kg`` and its data), one after the other and in turn
``--repeats`` times (tree order reversed every other round, so a load that changes
within the run slows every tree alike):

* ``startup``: CPU ms once per process, loading the pipeline and the lexicons and
  models every stage loads on first use (one document parsed, extracted and resolved);
* ``parse``, ``extract``, ``resolve``, ``rdf`` CPU ms per document
  (``time.process_time``: the builder's pipeline, :func:`kg.extract.extract`,
  :func:`kg.resolve.resolve` with one registry, :func:`kg.pipeline.document_chunks` in
  the lean profile) and extraction's share of the parse;
* what the store is handed: claims, quads, N-Quads bytes per document;
* ``store``: the documents' N-Quads ``--copies`` times under distinct ids (as
  :mod:`store_cpu` ``--loads`` copies them: a store of ``docs x copies`` documents, the
  size of the throughput run), cut into the build's batches and loaded into a fresh
  store by :meth:`kg.store.EmbeddedStore.load_graphs`, the process's CPU per document
  (every thread: RocksDB's compactions count).  The store is loaded by the *tree's* code;
* the corpus stage of those ``docs x copies`` documents (the copies' allegation
  summaries renamed): ``corpus`` (:func:`kg.resolve.corpus.merge_allegations`),
  ``corpus rdf`` (the corpus graph's N-Quads as the build makes them for the store),
  ``corp.store`` (loading it into a store that holds the documents, as the build does
  last), per document, and the corpus graph's quads.

``--copies 0`` leaves out the store and the corpus stage (a quick pass over many trees).

Prints a table (medians over the repeats, and the load average) and writes every row
as JSON to ``FOLDER/rows.jsonl``.  ``--profile STAGE`` (``extract`` or ``store``) runs
cProfile over that stage of each tree in the first repeat (whose times it inflates: use
``--repeats 1`` for profiles alone) and writes ``FOLDER/<tree>-<stage>.prof``.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: as :mod:`store_growth`: the prefix of the document ids that copies rename
ID_PREFIX = "kgdoc"


def measure(args: argparse.Namespace) -> None:
    """The child: one tree's costs, as one JSON line (``kg`` is the tree's)."""
    import cProfile

    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import default_model, load_pipeline
    from kg.pipeline import STORE_BATCH_BYTES, document_chunks, store_batches
    from kg.resolve import ActorRegistry, resolve
    from kg.store import EmbeddedStore

    texts = json.loads(Path(args.corpus).read_text(encoding="utf-8"))
    articles = [
        Article(id=f"{ID_PREFIX}{n:06d}", text=t, source=f"d{n}.txt") for n, t in enumerate(texts)
    ]
    profiler = cProfile.Profile() if args.profile else None
    started = time.process_time()
    nlp = load_pipeline()
    # the lexicons, models and indexes each stage loads on first use: once per process
    # (a build's parser process pays them once), not per document; not timed below
    first = nlp(texts[0])
    resolve(extract(first, articles[0]), ActorRegistry())
    spent: dict[str, float] = {"startup": time.process_time() - started}

    def timed(stage: str, work):  # type: ignore[no-untyped-def]
        started = time.process_time()
        if profiler is not None and stage == args.profile:
            profiler.enable()
        try:
            return work()
        finally:
            if profiler is not None and stage == args.profile:
                profiler.disable()
            spent[stage] = time.process_time() - started

    parsed = timed("parse", lambda: list(nlp.pipe(texts, batch_size=32)))
    found = timed("extract", lambda: [extract(d, a) for d, a in zip(parsed, articles, strict=True)])
    registry = ActorRegistry()
    documents = timed("resolve", lambda: [resolve(e, registry) for e in found])
    model = default_model()
    chunks = timed(
        "rdf",
        lambda: [document_chunks(d, "https://example.org/kg/", model, "lean") for d in documents],
    )
    pairs = [c[:2] for c in chunks]
    copies = []
    for copy in range(args.copies):
        tag = f"kg{copy:03d}doc"
        copies += [
            (g.replace(ID_PREFIX, tag), q.replace(ID_PREFIX.encode(), tag.encode()))
            for g, q in pairs
        ]
    batches = list(store_batches(iter(copies), STORE_BATCH_BYTES))
    with tempfile.TemporaryDirectory(prefix="kg-bisect-") as tmp:

        def load() -> None:
            with EmbeddedStore(Path(tmp) / "store") as store:
                for batch in batches:
                    store.load_graphs(batch, lenient=True)

        if args.copies:
            timed("store", load)
    if args.copies:  # the corpus stage of a build of docs x copies documents
        merged, corpus = _corpus_stage(documents, args.copies, timed)
        spent["corpus_quads"] = corpus[1].count(b"\n")
        spent["corpus_allegations"] = len(merged.allegations)
        with tempfile.TemporaryDirectory(prefix="kg-bisect-") as tmp:

            def load_corpus() -> None:  # as the build: after the documents, whole
                with EmbeddedStore(Path(tmp) / "store") as store:
                    for batch in batches:
                        store.load_graphs(batch, lenient=True)
                    started = time.process_time()
                    store.load_graphs([corpus[:2]], lenient=True)
                    spent["corpus_store"] = time.process_time() - started

            load_corpus()
    if profiler is not None:
        profiler.dump_stats(args.profile_out)
    if args.chunks:
        Path(args.chunks).write_bytes(pickle.dumps(pairs))
    docs = len(texts)
    counts = ("corpus_quads", "corpus_allegations")
    row = {f"{k}_ms": v * 1000 / docs for k, v in spent.items() if k not in counts}
    row["startup_ms"] = spent["startup"] * 1000  # once, not per document
    for key in ("corpus", "corpus_rdf", "corpus_store"):  # per document of docs x copies
        if key in spent:
            row[f"{key}_ms"] = spent[key] * 1000 / len(copies)
    for key in ("corpus_quads", "corpus_allegations"):
        if key in spent:
            row[key] = spent[key]
    if copies:
        row["store_ms"] = spent["store"] * 1000 / len(copies)
    row["extract_share"] = spent["extract"] / spent["parse"]
    row["claims"] = sum(len(d.claims) for d in documents) / docs
    row["quads"] = sum(q.count(b"\n") for _, q in pairs) / docs
    row["graphs"] = len(pairs) / docs
    row["bytes"] = sum(len(q) for _, q in pairs) / docs
    row["load"] = os.getloadavg()[0]
    print(json.dumps(row))


def _corpus_stage(documents: list, copies: int, timed):  # type: ignore[no-untyped-def]
    """The build's corpus stage over ``copies`` copies of ``documents`` (the summaries
    renamed by a same-length id prefix in their pickle): the merge and the corpus graph's
    N-Quads as the build makes them for the store."""
    from kg.pipeline import SORTABLE_TYPE
    from kg.rdf.allegations import corpus_graph_iri, corpus_lines
    from kg.resolve.corpus import allegation_summaries, merge_allegations
    from kg.spool import lines_chunks

    own = pickle.dumps([allegation_summaries(d) for d in documents])
    summaries = []
    for copy in range(copies):
        tag = f"k{copy:04d}".encode()  # as long as ID_PREFIX: the pickle stays whole
        assert len(tag) == len(ID_PREFIX)
        summaries += [
            s for found in pickle.loads(own.replace(ID_PREFIX.encode(), tag)) for s in found
        ]
    merged = timed("corpus", lambda: merge_allegations(summaries))
    base = "https://example.org/kg/"
    graph = corpus_graph_iri(base)

    def chunks():  # type: ignore[no-untyped-def]
        lines = corpus_lines(merged.allegations, base, names=merged.names, rdf_type=SORTABLE_TYPE)
        return lines_chunks(graph, lines)

    return merged, timed("corpus_rdf", chunks)


def run_tree(tree: Path, args: argparse.Namespace, corpus: Path, extra: list[str]) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    command = [sys.executable, __file__, "--measure", "--corpus", str(corpus)]
    command += ["--copies", str(args.copies), *extra]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tree)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{tree}: the measurement failed")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


COLUMNS = (
    ("parse_ms", "parse", "{:.1f}"),
    ("extract_ms", "extract", "{:.2f}"),
    ("extract_share", "ext/parse", "{:.1%}"),
    ("resolve_ms", "resolve", "{:.2f}"),
    ("rdf_ms", "rdf", "{:.2f}"),
    ("store_ms", "store", "{:.2f}"),
    ("startup_ms", "startup", "{:,.0f}"),
    ("corpus_ms", "corpus", "{:.2f}"),
    ("corpus_rdf_ms", "corpus rdf", "{:.2f}"),
    ("corpus_store_ms", "corp.store", "{:.2f}"),
    ("corpus_quads", "corp.quads", "{:,.0f}"),
    ("claims", "claims", "{:.2f}"),
    ("quads", "quads", "{:.1f}"),
    ("graphs", "graphs", "{:.2f}"),
    ("bytes", "bytes", "{:,.0f}"),
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trees", nargs="+", default=[])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--out", default=None, help="folder of the corpus, rows and profiles")
    parser.add_argument("--profile", choices=("extract", "store"), default=None)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--chunks", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from throughput import corpus  # this checkout's corpus, for every tree

    out = Path(args.out or tempfile.mkdtemp(prefix="kg-bisect-"))
    out.mkdir(parents=True, exist_ok=True)
    texts = out / "corpus.json"
    if not texts.exists():
        texts.write_text(json.dumps(corpus(args.docs, args.words)), encoding="utf-8")
    trees = [Path(t).resolve() for t in args.trees]
    rows: dict[str, list[dict]] = {t.name: [] for t in trees}
    print(f"load average at start: {os.getloadavg()}", flush=True)
    for repeat in range(args.repeats):
        for tree in trees if repeat % 2 == 0 else trees[::-1]:
            extra = []
            if args.profile and repeat == 0:
                extra = ["--profile", args.profile]
                extra += ["--profile-out", str(out / f"{tree.name}-{args.profile}.prof")]
            row = run_tree(tree, args, texts, extra) | {"tree": tree.name, "repeat": repeat}
            rows[tree.name].append(row)
            with (out / "rows.jsonl").open("a", encoding="utf-8") as f:
                f.write(json.dumps(row) + "\n")
            print(json.dumps(row), flush=True)
    print(f"load average at end: {os.getloadavg()}")
    print(f"medians of {args.repeats} repeats, CPU ms per document:")
    print(f"{'tree':<12}" + "".join(f"{title:>11}" for _, title, _ in COLUMNS))
    for name, own in rows.items():
        cells = [
            fmt.format(statistics.median(r[key] for r in own)) if key in own[0] else "-"
            for key, _, fmt in COLUMNS
        ]
        print(f"{name:<12}" + "".join(f"{c:>11}" for c in cells))


if __name__ == "__main__":
    main()
