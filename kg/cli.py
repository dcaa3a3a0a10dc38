"""``kg``: the command line, a thin shell over :func:`kg.pipeline.build`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg import __version__
from kg.nlp import DEFAULT_MODELS, ModelNotFoundError
from kg.pipeline import ENGINES, BuildReport, ExitStatus, ProgressFactory, build
from kg.rdf import DEFAULT_BASE, FORMATS
from kg.rdf.graph import DEFAULT_PROVENANCE, PROVENANCES

EXIT_CODES = """exit status:
  0  every input was built
  1  nothing could be built (all inputs bad, or an unusable model)
  2  bad command line
  3  partial: some inputs were bad (named on stderr) and skipped; the rest was built
  130 interrupted (outputs are written atomically: no half-written file is left)
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build knowledge graphs of who says what about whom from news text.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = commands.add_parser(
        "build",
        help="extract claims and relations from articles; write RDF, a store, tables and HTML",
        description=(
            "Read news articles, extract who accuses, denies, claims or reports what about whom, "
            "and write the knowledge graph: RDF files (graph.ttl ...), an embedded Oxigraph "
            "store, claims.csv and actors.csv, and offline HTML pages (graph.html, "
            "disputes.html, index.html with the analytics)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXIT_CODES,
    )
    b.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="files (.txt, .md, .html, .htm, .jsonl), folders (read recursively) or - for stdin",
    )
    b.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder")
    b.add_argument(
        "-f",
        "--format",
        dest="formats",
        action="append",
        choices=sorted(FORMATS),
        metavar="FORMAT",
        help=f"RDF format to write; repeat for several (choices: {', '.join(sorted(FORMATS))}; "
        "default: turtle)",
    )
    b.add_argument(
        "-m",
        "--model",
        default=None,
        help="spaCy pipeline: an installed package name or a path "
        f"(default: the first installed of {', '.join(DEFAULT_MODELS)})",
    )
    b.add_argument(
        "--base",
        default=DEFAULT_BASE,
        metavar="IRI",
        help=f"base IRI for documents, actors and claims (default: {DEFAULT_BASE})",
    )
    b.add_argument(
        "--provenance",
        choices=PROVENANCES,
        default=DEFAULT_PROVENANCE,
        help="how much text bookkeeping the RDF holds: lean (spans as RFC 5147 offset IRIs, no "
        "derivable triples; about a third of full's quads) or full (complete NIF 2.0, for NIF "
        f"tools) (default: {DEFAULT_PROVENANCE}; kg render reads both)",
    )
    b.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="parser processes (default: 1)"
    )
    b.add_argument(
        "--batch-size", type=int, default=32, metavar="N", help="documents per parser batch"
    )
    b.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local: --jobs parser processes on this machine; dask: partitions of the input "
        "on a Dask cluster (a local one with --jobs workers unless --scheduler is given)",
    )
    b.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to run on, e.g. tcp://10.0.0.5:8786 (implies --engine dask)",
    )
    b.add_argument(
        "--store",
        default="store",
        metavar="PATH",
        help="embedded Oxigraph store folder, relative to --out (default: store)",
    )
    b.add_argument("--no-store", action="store_true", help="do not write the embedded store")
    b.add_argument("--no-html", action="store_true", help="do not write the HTML graphs")
    _page_options(b)
    b.add_argument(
        "--push",
        metavar="URL",
        help="after the build, push the store to this Graph Store endpoint (see kg push; "
        "credentials from KG_ENDPOINT_USER/_PASSWORD/_AUTH/_TOKEN); exit 3 if it fails",
    )
    b.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary, only errors"
    )

    r = commands.add_parser(
        "render",
        help="redraw the HTML pages (and Gephi files) from a build's RDF file or store",
        description="Read the documents, actors, claims and allegations of an RDF file written "
        "by kg build (.ttl, .nt, .trig, .nq, .jsonld) or of its store folder, and write "
        "graph.html, disputes.html and index.html, without parsing any text again. Exit 0 on "
        "success, 1 when the input cannot be read.",
    )
    r.add_argument("input", metavar="RDF", help="an RDF file or an embedded store folder")
    r.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder")
    r.add_argument("--no-html", action="store_true", help="only the --export files")
    _page_options(r)

    v = commands.add_parser(
        "validate",
        help="check RDF files against the project's SHACL shapes",
        description="Parse RDF files (format from the extension) and validate them against "
        "ontology/shapes.ttl. Exit 0 when all conform, 1 otherwise.",
    )
    v.add_argument("files", nargs="+", metavar="FILE", help=".ttl, .nt, .trig, .nq or .jsonld")

    from kg.store import commands as store_commands

    store_commands.add_commands(commands)
    return parser


def _page_options(parser: argparse.ArgumentParser) -> None:
    from kg.render import EXPORT_FORMATS

    parser.add_argument(
        "--export",
        action="append",
        choices=EXPORT_FORMATS,
        default=[],
        metavar="FORMAT",
        help="also write graph.FORMAT and disputes.FORMAT for Gephi or Cytoscape; repeat for "
        f"several (choices: {', '.join(EXPORT_FORMATS)})",
    )
    parser.add_argument(
        "--ego",
        action="store_true",
        help="also write one page per actor, actors/<actor>.html, with its claims and "
        "everyone it accuses or denies, or who accuses or denies it",
    )


def render_pages(args: argparse.Namespace) -> int:
    """``kg render``: the pages of :func:`kg.render.write_pages`, from RDF instead of text."""
    from kg.rdf.read import RdfReadError, read_documents
    from kg.render import write_pages

    try:
        documents = read_documents(args.input)
    except RdfReadError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return ExitStatus.FAILED
    written = write_pages(
        documents, Path(args.out), html=not args.no_html, ego=args.ego, export=args.export
    )
    print(f"rendered {len(documents)} document(s) from {args.input}")
    for path in _folded(written, Path(args.out)):
        print(f"  {path}")
    return ExitStatus.OK


def _folded(pages: Sequence[Path], out: Path) -> list[Path]:
    """The files written, with the per-actor pages as one line for their folder."""
    folded = [path for path in pages if path.parent != out / "actors"]
    return folded + ([out / "actors"] if len(folded) < len(pages) else [])


def validate_files(paths: Sequence[str]) -> int:
    """``kg validate``: parse each file and check it against the SHACL shapes."""
    import rdflib

    from kg.rdf import validate

    by_extension = {form.extension: form for form in FORMATS.values()}
    status = ExitStatus.OK
    for name in paths:
        form = by_extension.get(Path(name).suffix)
        if form is None:
            print(
                f"kg: {name}: unknown RDF extension (use one of {', '.join(by_extension)})",
                file=sys.stderr,
            )
            status = ExitStatus.FAILED
            continue
        # the format names of kg.rdf.FORMATS are rdflib's parser names too
        data = rdflib.Dataset() if form.quads else rdflib.Graph()
        try:
            data.parse(name, format=form.name)
        except Exception as error:  # rdflib raises many kinds; all mean "not valid RDF"
            print(f"kg: {name}: not valid {form.name}: {error}", file=sys.stderr)
            status = ExitStatus.FAILED
            continue
        result = validate(data)
        print(f"{name}: {'conforms' if result.conforms else 'does NOT conform'}")
        if not result.conforms:
            print(result.report, file=sys.stderr)
            status = ExitStatus.FAILED
    return int(status)


def _progress(quiet: bool) -> ProgressFactory[Any] | None:
    if quiet:
        return None
    from tqdm import tqdm

    def wrap(documents: Iterable[Any], total: int | None) -> Iterable[Any]:
        # disable=None: shown only when stderr is a terminal, never in logs or pipes.
        # The total is an estimate (files, JSONL lines): the ETA is one too.
        return tqdm(
            documents, desc="documents", unit="doc", total=total, file=sys.stderr, disable=None
        )

    return wrap


def format_summary(report: BuildReport) -> str:
    """The human summary printed after a build."""
    lines = [
        f"built {report.documents} document(s) in {report.seconds:.1f}s with {report.model}",
        f"  actors:      {report.actors}",
        f"  claims:      {report.claims}"
        + (
            " (" + ", ".join(f"{stance} {n}" for stance, n in report.claims_by_stance.items()) + ")"
            if report.claims
            else ""
        ),
        f"  allegations: {report.allegations}",
        f"  relations:   {report.relations}",
    ]
    if report.stages:
        lines.append(
            "  time:        "
            + ", ".join(f"{stage} {seconds:.1f}s" for stage, seconds in report.stages.items())
        )
    if report.problems:
        lines.append(f"  skipped:     {len(report.problems)} bad input(s), listed above")
    lines.append("  wrote:")
    lines += [f"    {path}" for path in report.files]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "validate":
        return validate_files(args.files)
    if args.command == "render":
        return render_pages(args)
    from kg.store import commands as store_commands

    if args.command in store_commands.COMMANDS:
        return store_commands.run(args)
    if args.push:  # settings checked before the build, not after it
        if args.no_store:
            print(
                "kg: error: --push sends the store: it cannot go with --no-store", file=sys.stderr
            )
            return ExitStatus.USAGE
        try:
            push_client = store_commands.environment_client()
        except ValueError as error:
            print(f"kg: error: {error}", file=sys.stderr)
            return ExitStatus.USAGE
    try:
        result = build(
            args.sources,
            args.out,
            formats=args.formats or ("turtle",),
            model=args.model,
            base=args.base,
            jobs=args.jobs,
            batch_size=args.batch_size,
            store=None if args.no_store else args.store,
            html=not args.no_html,
            ego=args.ego,
            export=args.export or (),
            stdin=sys.stdin,
            progress=_progress(args.quiet),
            keep_documents=False,
            engine="dask" if args.scheduler else args.engine,
            scheduler=args.scheduler,
            provenance=args.provenance,
        )
    except ModelNotFoundError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return ExitStatus.FAILED
    except ValueError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return ExitStatus.USAGE
    except KeyboardInterrupt:
        print("kg: interrupted; no output was half-written", file=sys.stderr)
        return 130
    # the per-actor pages show as their folder in the summary
    report = dataclasses.replace(
        result.report, files=tuple(_folded(result.report.files, Path(args.out)))
    )
    for problem in report.problems:
        print(f"kg: skipped {problem.source}: {problem.message}", file=sys.stderr)
    if report.documents == 0:
        print("kg: error: no document could be built", file=sys.stderr)
    elif not args.quiet:
        print(format_summary(report))
    if args.push and report.documents:
        pushed = store_commands.push_store(
            Path(args.out) / args.store, args.push, client=push_client, quiet=args.quiet
        )
        if pushed != 0:  # the build is done, the push is not: partial
            return int(ExitStatus.PARTIAL if report.status == ExitStatus.OK else report.status)
    return int(report.status)


if __name__ == "__main__":
    sys.exit(main())
