"""The builder: sources in, RDF, store, tables and HTML out.

This is the small Python API that the CLI and the notebooks share::

    import kg
    result = kg.build(["examples/"], out="out")
    result.report.claims_by_stance      # {'accuse': 5, 'deny': 6, ...}
    result.documents[0].claims[0]       # a ResolvedClaim, plain data

and, for a single text without writing anything::

    graph = kg.analyse("Moscow denied the accusations.")

Stages run in one direction (ingest -> nlp -> extract -> resolve -> rdf -> store ->
network -> render); each hands the next plain dataclasses from :mod:`kg.model`.
A bad input is reported (named) and skipped; the rest is still built.
"""

from __future__ import annotations

import csv
import io
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kg.extract import extract
from kg.files import write_atomic
from kg.ingest import SourceProblem, article_id, normalise_text, read_sources
from kg.model import CAMEO, Actor, Article, DocumentGraph
from kg.nlp import load_pipeline, model_name
from kg.rdf import DEFAULT_BASE, FORMATS, document_graph_iri, document_quads, serialize_quads
from kg.resolve import ActorRegistry, resolve
from kg.store import EmbeddedStore

if TYPE_CHECKING:
    import pyoxigraph as ox


class ExitStatus(IntEnum):
    """Process exit codes of ``kg build`` (documented in ``kg --help``)."""

    OK = 0  # every input was built
    FAILED = 1  # nothing could be built
    USAGE = 2  # bad command line (argparse's own code)
    PARTIAL = 3  # some inputs were bad and skipped; the rest was built


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the summary and for scripts."""

    documents: int
    actors: int
    claims_by_stance: dict[str, int]
    relations: int
    allegations: int
    problems: tuple[SourceProblem, ...]
    files: tuple[Path, ...]
    seconds: float
    model: str

    @property
    def claims(self) -> int:
        return sum(self.claims_by_stance.values())

    @property
    def status(self) -> ExitStatus:
        if self.documents == 0:
            return ExitStatus.FAILED
        return ExitStatus.PARTIAL if self.problems else ExitStatus.OK


@dataclass(frozen=True)
class BuildResult:
    report: BuildReport
    documents: tuple[DocumentGraph, ...] = field(repr=False)


ProgressFactory = Callable[[Iterable[Article]], Iterable[Article]]


def analyse_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    jobs: int = 1,
    batch_size: int = 32,
    registry: ActorRegistry | None = None,
    on_problem: Callable[[SourceProblem], None] | None = None,
) -> Iterator[DocumentGraph]:
    """Parse, extract and resolve a stream of articles, one :class:`DocumentGraph` each.

    Streams: articles are parsed in batches by ``nlp.pipe`` (``jobs`` processes) and
    each result is yielded as soon as it is resolved.  An article whose extraction
    fails is reported through ``on_problem`` and skipped.
    """
    nlp = load_pipeline(model)
    registry = registry if registry is not None else ActorRegistry()
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=jobs):
        try:
            document = resolve(extract(doc, article), registry)
        except Exception as error:  # one bad document must not sink the build
            if on_problem is None:
                raise
            on_problem(SourceProblem(article.source, f"extraction failed: {error!r}"))
            continue
        yield document


def analyse(text: str, *, model: str | None = None, title: str | None = None) -> DocumentGraph:
    """Extract and resolve one text in memory (no files written).

    >>> graph = analyse("Moscow denied the accusations, the ministry said.")  # doctest: +SKIP
    """
    body = normalise_text(text)
    article = Article(id=article_id(body), text=body, source="<text>", title=title)
    return next(analyse_articles([article], model=model))


def build(
    sources: Iterable[str | Path],
    out: str | Path,
    *,
    formats: Iterable[str] = ("turtle",),
    model: str | None = None,
    base: str = DEFAULT_BASE,
    jobs: int = 1,
    batch_size: int = 32,
    store: str | Path | None = "store",
    html: bool = True,
    stdin: TextIO | None = None,
    progress: ProgressFactory | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``sources`` into the folder ``out``.

    Writes ``graph.<ext>`` for each of ``formats`` (keys of :data:`kg.rdf.FORMATS`),
    ``claims.csv``, ``actors.csv``, the embedded Oxigraph store (``store``, relative to
    ``out`` unless absolute; ``None`` to skip) and, with ``html``, the pages of
    :func:`kg.render.write_pages`: ``graph.html`` (actors and their accuse/deny edges),
    ``disputes.html`` (one node per allegation) and ``index.html`` (the analytics).
    """
    started = time.perf_counter()
    out = Path(out)
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {unknown}; choose from {sorted(FORMATS)}")
    model_id = model_name(load_pipeline(model))
    problems: list[SourceProblem] = []

    def articles() -> Iterator[Article]:
        seen: set[str] = set()
        for item in read_sources(sources, stdin=stdin):
            if isinstance(item, SourceProblem):
                problems.append(item)
            elif item.id not in seen:  # the same document given twice is built once
                seen.add(item.id)
                yield item

    stream: Iterable[Article] = articles()
    if progress is not None:
        stream = progress(stream)
    registry = ActorRegistry()
    documents = tuple(
        analyse_articles(
            stream,
            model=model,
            jobs=jobs,
            batch_size=batch_size,
            registry=registry,
            on_problem=problems.append,
        )
    )
    files: list[Path] = []
    if documents:
        files += _write_outputs(documents, out, formats, base, model_id, store, html)
        write_atomic(out / "actors.csv", actors_table(registry.actors()).encode("utf-8"))
        files.append(out / "actors.csv")

    stances = Counter(c.claim.stance.value for d in documents for c in d.claims)
    report = BuildReport(
        documents=len(documents),
        actors=len({a.id for d in documents for a in d.actors}),
        claims_by_stance=dict(sorted(stances.items())),
        relations=sum(len(d.relations) for d in documents),
        allegations=sum(len(d.allegations) for d in documents),
        problems=tuple(problems),
        files=tuple(files),
        seconds=time.perf_counter() - started,
        model=model_id,
    )
    return BuildResult(report=report, documents=documents)


def _write_outputs(
    documents: tuple[DocumentGraph, ...],
    out: Path,
    formats: tuple[str, ...],
    base: str,
    model: str,
    store: str | Path | None,
    html: bool,
) -> list[Path]:
    written: list[Path] = []
    graphs: dict[str, list[ox.Quad]] = {}
    for document in documents:
        # a claim and its relations repeat their sentence's span triples: keep each once
        graphs[str(document_graph_iri(document.article, base))] = list(
            dict.fromkeys(document_quads(document, base=base, model=model))
        )
    if store is not None:
        with EmbeddedStore(out / store) as embedded:
            embedded.replace_graphs(graphs)
    quads = [quad for document_graph in graphs.values() for quad in document_graph]
    for fmt in formats:
        path = out / f"graph{FORMATS[fmt].extension}"
        write_atomic(path, serialize_quads(quads, fmt))
        written.append(path)
    write_atomic(out / "claims.csv", claims_table(documents).encode("utf-8"))
    written.append(out / "claims.csv")
    if store is not None:
        written.append(out / store)
    if html:
        from kg.render import write_pages

        written += write_pages(documents, out)
    return written


CLAIM_COLUMNS = (
    "document", "claim", "claimer", "stance", "cameo", "targets", "cites", "cue", "content",
    "hedges", "insertions", "negated", "allegation", "start", "end", "sentence",
)  # fmt: skip


def claims_table(documents: Iterable[DocumentGraph]) -> str:
    """All claims as CSV, one row per claim, in document and text order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for document in documents:
        names = {actor.id: actor.name for actor in document.actors}
        for resolved in document.claims:
            claim = resolved.claim
            sentence = document.sentences[claim.sentence]
            writer.writerow(
                [
                    document.article.source,
                    resolved.id,
                    names.get(resolved.claimer, resolved.claimer),
                    claim.stance.value,
                    CAMEO[claim.stance],
                    "; ".join(names.get(t, t) for t in resolved.targets),
                    names.get(resolved.cites, resolved.cites) if resolved.cites else "",
                    claim.cue.text,
                    claim.content.text if claim.content else "",
                    "; ".join(h.text for h in claim.hedges),
                    "; ".join(i.text for i in claim.insertions),
                    "yes" if claim.negated else "",
                    resolved.allegation or "",
                    sentence.start,
                    sentence.end,
                    sentence.text,
                ]
            )
    return buffer.getvalue()


def actors_table(actors: Iterable[Actor]) -> str:
    """Every actor once, with kind, roles, affiliation and the aliases seen in the build."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("actor", "name", "kind", "roles", "affiliation", "aliases", "wikidata"))
    for actor in sorted(actors, key=lambda a: a.id):
        writer.writerow(
            [
                actor.id,
                actor.name,
                actor.kind.value,
                "; ".join(actor.roles),
                actor.affiliation or "",
                "; ".join(actor.aliases),
                actor.wikidata or "",
            ]
        )
    return buffer.getvalue()
