"""``kg push``, ``kg query`` and ``kg export``: the store's commands, registered on the CLI.

:func:`add_commands` adds the sub-commands to ``kg``'s parser and :func:`run` runs one;
:func:`push_store` is also what ``kg build --push URL`` calls after a build.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from kg.cli import non_negative_int, positive_float, positive_int
from kg.errors import KgError, StaleOutputError, UsageError, one_line
from kg.store.embedded import EmbeddedStore, StoreNotFoundError
from kg.store.http import (
    ENV_AUTH,
    ENV_PASSWORD,
    ENV_TOKEN,
    ENV_USER,
    Client,
    Credentials,
    EndpointError,
    split_credentials,
)
from kg.store.push import (
    CIRCUIT_BREAKER,
    DEFAULT_BATCH,
    PROTOCOLS,
    GraphResult,
    GraphSource,
    Protocol,
    PushReport,
    file_graphs,
    push_graphs,
    store_graphs,
)
from kg.store.query import (
    OUTPUTS,
    QueryError,
    canned_queries,
    describe,
    format_results,
    load_query,
    parse_params,
    query_endpoint,
    query_store,
)

#: Exit codes (as ``kg build``'s).
OK, FAILED, USAGE, PARTIAL, INTERRUPTED = 0, 1, 2, 3, 130

COMMANDS = ("push", "query", "export")

AUTH_HELP = f"""credentials (never printed; the environment is safer than options, which ps shows):
  {ENV_USER}, {ENV_PASSWORD}  user and password
  {ENV_AUTH}                        basic (default) or digest, as --auth
  {ENV_TOKEN}                       bearer token
"""


def _add_auth(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("authentication")
    group.add_argument("--user", help=f"user name (default: ${ENV_USER})")
    group.add_argument("--password", help=f"password (default: ${ENV_PASSWORD})")
    group.add_argument("--token", help=f"bearer token (default: ${ENV_TOKEN})")
    group.add_argument(
        "--auth",
        choices=("basic", "digest"),
        help=f"how to send user and password (digest for Virtuoso; default: ${ENV_AUTH}, "
        "else basic)",
    )
    group.add_argument(
        "--retries",
        type=non_negative_int,
        default=4,
        metavar="N",
        help="tries after a 5xx or lost connection",
    )
    group.add_argument(
        "--timeout", type=positive_float, default=120.0, metavar="SECONDS", help="per request"
    )


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``push``, ``query`` and ``export`` on ``kg``'s sub-command parser."""
    add_push(commands)
    add_query(commands)
    add_export(commands)


def add_push(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "push",
        help="send the store (or RDF files) to a SPARQL 1.1 server, one named graph at a time",
        description=(
            "Replace each named graph on the server with the store's (or the files') copy: "
            "Graph Store Protocol PUT per graph, SPARQL 1.1 Update as the fallback. Pushing "
            "twice leaves the same triples. Refuses a store whose build did not finish "
            "(its manifest.json; --force to push anyway). After "
            f"{CIRCUIT_BREAKER} graphs in a row fail, the rest are not tried (and listed). "
            "Exit 0 when every graph was sent, 3 when some failed (each is named on stderr), "
            "1 when none was sent."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=AUTH_HELP,
    )
    p.set_defaults(handler=run, run=_push)
    p.add_argument(
        "files", nargs="*", metavar="FILE", help="RDF files (.nq .trig .jsonld .ttl .nt)"
    )
    p.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph), "
        "http://localhost:3030/DATASET/data (Fuseki); user:password@ in it is taken as "
        "the credentials",
    )
    p.add_argument("--store", metavar="PATH", help="embedded store folder to push (e.g. out/store)")
    p.add_argument("--force", action="store_true", help="push a store whose build did not finish")
    p.add_argument(
        "--protocol",
        choices=PROTOCOLS,
        default="auto",
        help="gsp (Graph Store PUT), update (SPARQL Update), auto: gsp, else update (default)",
    )
    p.add_argument(
        "--update-endpoint",
        metavar="URL",
        help="SPARQL Update endpoint for update and auto (default: the one beside --endpoint, "
        "e.g. /store -> /update, /data -> /update, else --endpoint itself)",
    )
    p.add_argument(
        "--graph",
        metavar="IRI",
        help="named graph for the triples of .ttl/.nt files (default: the default graph)",
    )
    p.add_argument(
        "--batch-size",
        type=positive_int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"triples per request; larger graphs take several (default: {DEFAULT_BATCH})",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no summary (failures are still printed)"
    )
    _add_auth(p)


def add_query(commands: argparse._SubParsersAction) -> None:
    q = commands.add_parser(
        "query",
        help="run a canned or your own SPARQL query on the store or an endpoint",
        description=(
            "Run a canned query by name (kg query --list), a .rq file, or -e SPARQL, on the "
            "embedded store (--store) or a SPARQL endpoint (--endpoint). Parameters "
            "(--param NAME=VALUE) are bound as escaped SPARQL terms, never pasted as text. "
            "Warns when the build that wrote the store did not finish (its manifest.json)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=AUTH_HELP,
    )
    q.set_defaults(handler=run, run=_query)
    q.add_argument("query", nargs="?", metavar="NAME|FILE.rq", help="canned query or .rq file")
    q.add_argument("-e", "--expression", metavar="SPARQL", help="a query given inline")
    q.add_argument("--list", action="store_true", help="describe the canned queries and exit")
    q.add_argument("--show", action="store_true", help="print the bound query instead of running")
    q.add_argument("--store", metavar="PATH", help="embedded store folder (e.g. out/store)")
    q.add_argument(
        "--endpoint",
        metavar="URL",
        help="SPARQL query endpoint, e.g. http://localhost:7878/query, "
        "http://localhost:3030/DATASET/sparql",
    )
    q.add_argument(
        "-p", "--param", action="append", default=[], metavar="NAME=VALUE", help="repeatable"
    )
    q.add_argument(
        "-f", "--format", dest="output", choices=OUTPUTS, default="table", help="default: table"
    )
    q.add_argument(
        "--width",
        type=non_negative_int,
        default=60,
        metavar="N",
        help="table cells longer are cut (0: never)",
    )
    _add_auth(q)


def add_export(commands: argparse._SubParsersAction) -> None:
    from kg.rdf import FORMATS

    e = commands.add_parser(
        "export",
        help="write the store as Turtle, N-Triples, TriG, N-Quads or JSON-LD",
        description="Write the embedded store to a file, atomically and deterministically. "
        "Turtle and N-Triples hold the union of the graphs; TriG, N-Quads and JSON-LD keep "
        "one named graph per document.",
    )
    e.set_defaults(handler=run, run=_export)
    e.add_argument("--store", required=True, metavar="PATH", help="embedded store folder")
    e.add_argument(
        "-f",
        "--format",
        choices=sorted(FORMATS),
        help="default: from the extension of -o, else nquads",
    )
    e.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    e.add_argument("--graph", metavar="IRI", help="only this named graph")


def run(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    """Run the sub-command parsed into ``args``; return the exit code."""
    out = stdout or sys.stdout
    try:
        return int(args.run(args, out))
    except UsageError as error:
        print(f"kg {args.command}: error: {one_line(error)}", file=sys.stderr)
        return USAGE
    except (QueryError, StoreNotFoundError, KgError, EndpointError) as error:
        print(f"kg {args.command}: error: {one_line(error)}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        # A graph is replaced whole by the next push; a file is written atomically.
        print(f"kg {args.command}: interrupted; run it again to complete", file=sys.stderr)
        return INTERRUPTED


def environment_client() -> Client:
    """A client with the credentials of the environment (``kg build --push``)."""
    return Client(Credentials.resolve())


def _client(args: argparse.Namespace) -> Client:
    credentials = Credentials.resolve(args.user, args.password, args.token, args.auth)
    return Client(credentials, retries=args.retries, timeout=args.timeout)


def endpoint_and_client(endpoint: str, client: Client | None) -> tuple[str, Client | None]:
    """``endpoint`` without the ``user:password@`` it may hold, and a client that sends
    those credentials instead (a URL's credentials win over the environment's)."""
    url, user, password = split_credentials(endpoint)
    if user is None:
        return endpoint, client
    from urllib.parse import unquote

    base = client or Client()
    credentials = Credentials(
        user=unquote(user),
        password=unquote(password) if password is not None else None,
        scheme=base.credentials.scheme,
    )
    return url, Client(
        credentials, timeout=base.timeout, retries=base.retries, backoff=base.backoff
    )


def check_store(store: Path, *, force: bool, refuse: bool) -> None:
    """A store whose build did not finish: refused (``refuse`` and not ``force``: a
    :class:`~kg.errors.StaleOutputError`), else warned about."""
    from kg.files import MANIFEST, manifest_problem

    folder = store.parent
    if not (folder / MANIFEST).exists() and not (folder / "claims.csv").exists():
        return  # a store kept on its own, not in a build folder
    problem = manifest_problem(folder, store)  # the store alone: redrawn pages do not matter
    if problem is None:
        return
    if refuse and not force:
        raise StaleOutputError(f"{problem}; --force pushes it anyway")
    print(f"kg: warning: {one_line(problem)}", file=sys.stderr)


def push_store(
    store: str | Path,
    endpoint: str,
    *,
    client: Client | None = None,
    quiet: bool = False,
    protocol: Protocol = "auto",
    update_endpoint: str | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> int:
    """Push every graph of the store at ``store``; print failures and a summary; exit code."""
    endpoint, client = endpoint_and_client(endpoint, client)
    with EmbeddedStore(store, read_only=True) as embedded:
        report = push_graphs(
            store_graphs(embedded),
            endpoint,
            protocol=protocol,
            update_endpoint=update_endpoint,
            client=client,
            batch_size=batch_size,
            on_graph=_on_graph,
        )
    return _report(report, quiet, sys.stdout)


def _on_graph(result: GraphResult) -> None:
    if result.error is not None:
        print(f"kg push: {result.name}: {result.error}", file=sys.stderr)


def _report(report: PushReport, quiet: bool, out: TextIO) -> int:
    if not report.results:
        print(
            "kg push: error: nothing to push (the store or files hold no triples)", file=sys.stderr
        )
        return FAILED
    if not quiet or report.failed:
        print(report.summary(), file=out if not report.failed else sys.stderr)
    if not report.failed:
        return OK
    return PARTIAL if report.sent else FAILED


def _push(args: argparse.Namespace, out: TextIO) -> int:
    if bool(args.store) == bool(args.files):
        raise UsageError("give either --store PATH or RDF files to push")
    client = _client(args)
    if args.store:
        check_store(Path(args.store), force=args.force, refuse=True)
        return push_store(
            args.store,
            args.endpoint,
            client=client,
            quiet=args.quiet,
            protocol=args.protocol,
            update_endpoint=args.update_endpoint,
            batch_size=args.batch_size,
        )
    graphs: list[GraphSource] = list(file_graphs(args.files, args.graph))
    endpoint, file_client = endpoint_and_client(args.endpoint, client)
    report = push_graphs(
        graphs,
        endpoint,
        protocol=args.protocol,
        update_endpoint=args.update_endpoint,
        client=file_client,
        batch_size=args.batch_size,
        on_graph=_on_graph,
    )
    return _report(report, args.quiet, out)


def _query(args: argparse.Namespace, out: TextIO) -> int:
    if args.list:
        out.write(describe(canned_queries()))
        return OK
    if bool(args.query) == bool(args.expression):
        raise UsageError("give a query name (kg query --list), a .rq file, or -e SPARQL")
    values = parse_params(args.param)
    if args.expression:
        from kg.store.query import CannedQuery

        sparql = CannedQuery.parse("-e", args.expression).bind(values)
    else:
        sparql = load_query(args.query).bind(values)
    if args.show:
        out.write(sparql if sparql.endswith("\n") else sparql + "\n")
        return OK
    if bool(args.store) == bool(args.endpoint):
        raise UsageError("give either --store PATH or --endpoint URL")
    if args.endpoint:
        endpoint, client = endpoint_and_client(args.endpoint, _client(args))
        results = query_endpoint(endpoint, sparql, client or Client())
    else:
        check_store(Path(args.store), force=False, refuse=False)
        with EmbeddedStore(args.store, read_only=True) as store:
            results = query_store(store, sparql)
    out.write(format_results(results, args.output, width=args.width or 10**9))
    return OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from kg.files import write_atomic
    from kg.rdf import FORMATS

    fmt = args.format
    if fmt is None:
        by_extension = {form.extension: name for name, form in FORMATS.items()}
        fmt = by_extension.get(Path(args.output).suffix, "nquads") if args.output else "nquads"
    check_store(Path(args.store), force=False, refuse=False)
    with EmbeddedStore(args.store, read_only=True) as store:
        data = store.export(fmt, args.graph)
    if args.output in (None, "-"):
        out.write(data.decode("utf-8"))
        return OK
    write_atomic(Path(args.output), data)
    return OK
