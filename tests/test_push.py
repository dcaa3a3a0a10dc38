"""kg.store.push against a real Oxigraph server (and a recording server for auth/retries)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

import kg
from kg.cli import main
from kg.store import Client, Credentials, EmbeddedStore, push_graphs, store_graphs
from kg.store.push import GraphResult, file_graphs
from tests.servers import (
    EXAMPLES,
    OxigraphServer,
    RecordingServer,
    VirtuosoServer,
    examples_build,
    oxigraph,
    virtuoso,
)

__all__ = ["examples_build", "oxigraph", "virtuoso"]  # fixtures, imported for pytest

pytestmark = pytest.mark.slow

FAST = {"retries": 2, "backoff": 0.01, "timeout": 10.0}


def store_of(build: kg.pipeline.BuildResult) -> Path:
    return build.report.files[0].parent / "store"


def store_counts(path: Path) -> dict[str, int]:
    with EmbeddedStore(path, read_only=True) as store:
        return {iri: sum(1 for _ in store.triples(iri)) for iri in store.graphs()}


def test_push_the_examples_then_again_leaves_the_same_triples(
    examples_build: kg.pipeline.BuildResult,
    oxigraph: OxigraphServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = store_of(examples_build)
    expected = store_counts(store)
    assert len(expected) == examples_build.report.documents + 1 == 7  # and the corpus graph
    command = ["push", "--endpoint", oxigraph.store_url, "--store", str(store)]
    assert main(command) == 0
    summary = capsys.readouterr().out
    assert f"pushed 7 of 7 graph(s), {sum(expected.values())} triple(s)" in summary
    assert "(gsp)" in summary
    assert oxigraph.graphs() == set(expected)
    assert {g: oxigraph.count(g) for g in expected} == expected
    assert main(command) == 0  # again: PUT replaces, nothing doubles
    assert oxigraph.count() == sum(expected.values())


def test_update_protocol_replaces_each_graph(
    examples_build: kg.pipeline.BuildResult, oxigraph: OxigraphServer
) -> None:
    store = store_of(examples_build)
    expected = store_counts(store)
    some_graph = sorted(expected)[0]
    stale = f"<urn:stale> <urn:p> <urn:o> <{some_graph}> .\n".encode()
    Client().request("POST", oxigraph.store_url, stale, content_type="application/n-quads")
    update = oxigraph.base + "/update"
    for _ in range(2):
        code = main(["push", "--endpoint", update, "--protocol", "update", "--store", str(store)])
        assert code == 0
    assert oxigraph.count(some_graph) == expected[some_graph]  # the stale triple is gone
    assert oxigraph.count() == sum(expected.values())


def test_auto_falls_back_to_update_where_the_url_takes_no_graph_upload(
    examples_build: kg.pipeline.BuildResult, oxigraph: OxigraphServer
) -> None:
    with EmbeddedStore(store_of(examples_build), read_only=True) as store:
        report = push_graphs(store_graphs(store), oxigraph.base + "/update", protocol="auto")
    assert report.protocol == "update"
    assert not report.failed
    assert (
        oxigraph.count()
        == report.triples_sent
        == sum(store_counts(store_of(examples_build)).values())
    )


def test_large_graphs_go_in_batches(
    examples_build: kg.pipeline.BuildResult, oxigraph: OxigraphServer
) -> None:
    expected = store_counts(store_of(examples_build))
    assert max(expected.values()) > 250  # so that the biggest graph takes several batches
    for protocol, url in (("gsp", oxigraph.store_url), ("update", oxigraph.base + "/update")):
        with EmbeddedStore(store_of(examples_build), read_only=True) as store:
            report = push_graphs(
                store_graphs(store),
                url,
                protocol=protocol,  # type: ignore[arg-type]
                batch_size=100,
            )
        assert not report.failed
        assert {g: oxigraph.count(g) for g in expected} == expected


def test_a_bad_endpoint_path_shows_the_server_message_for_every_graph(
    examples_build: kg.pipeline.BuildResult,
    oxigraph: OxigraphServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = store_of(examples_build)
    code = main(["push", "--endpoint", oxigraph.base + "/nope", "--store", str(store)])
    assert code == 1
    err = capsys.readouterr().err
    assert "HTTP 404" in err and "is not supported by this server" in err  # Oxigraph's words
    graphs = store_counts(store)
    assert all(f"<{g}>" in err for g in graphs)  # every graph named: nothing silently dropped
    assert "pushed 0 of 7 graph(s)" in err
    assert oxigraph.count() == 0


def test_killed_server_is_reported_per_graph_and_a_repush_completes(
    examples_build: kg.pipeline.BuildResult, oxigraph: OxigraphServer
) -> None:
    expected = store_counts(store_of(examples_build))
    seen: list[GraphResult] = []

    def kill_after_two(result: GraphResult) -> None:
        seen.append(result)
        if len(seen) == 2:
            oxigraph.stop()

    client = Client(**FAST)  # type: ignore[arg-type]
    with EmbeddedStore(store_of(examples_build), read_only=True) as store:
        report = push_graphs(
            store_graphs(store), oxigraph.store_url, client=client, on_graph=kill_after_two
        )
    assert len(report.results) == len(expected)  # every graph has a line
    assert [r.error is None for r in report.results] == [True, True] + [False] * 5
    third = report.results[2]
    assert third.error is not None and "cannot connect" in third.error and "3 tries" in third.error
    assert report.retries == 2
    assert all("not sent: the endpoint is unreachable" in str(r.error) for r in report.results[3:])
    assert report.triples_sent == sum(r.triples for r in report.results[:2])

    oxigraph.start()  # same folder, same port: the two graphs sent before the crash are kept
    assert oxigraph.count() == report.triples_sent
    with EmbeddedStore(store_of(examples_build), read_only=True) as store:
        again = push_graphs(store_graphs(store), oxigraph.store_url, client=client)
    assert not again.failed
    assert {g: oxigraph.count(g) for g in expected} == expected


def test_server_killed_inside_a_graph_reports_what_was_sent(
    examples_build: kg.pipeline.BuildResult, oxigraph: OxigraphServer
) -> None:
    expected = store_counts(store_of(examples_build))

    class KillingClient(Client):
        """Kills the server before the fourth request: inside a graph sent in batches."""

        requests = 0

        def request(self, *args: Any, **kwargs: Any) -> Any:
            self.requests += 1
            if self.requests == 4:
                oxigraph.stop()
            return super().request(*args, **kwargs)

    with EmbeddedStore(store_of(examples_build), read_only=True) as store:
        graphs = list(store_graphs(store))
        sizes = [len(list(triples)) for _, triples in graphs]
        batch = (sizes[0] - 1) // 4  # the first graph takes more than 4 batches
        assert batch >= 10
        report = push_graphs(
            store_graphs(store), oxigraph.store_url, client=KillingClient(**FAST), batch_size=batch
        )
    first = report.results[0]
    assert first.error is not None and f"({3 * batch} of" in first.error  # what reached it
    assert (first.triples, first.sent) == (sizes[0], 3 * batch)
    assert all("not sent" in str(r.error) for r in report.results[1:])
    assert [r.triples for r in report.results] == sizes  # each graph's size, sent or not
    assert not report.sent
    assert f"{sum(sizes) - 3 * batch} triple(s) not sent" in report.summary()
    oxigraph.start()
    with EmbeddedStore(store_of(examples_build), read_only=True) as store:
        assert not push_graphs(store_graphs(store), oxigraph.store_url, batch_size=batch).failed
    assert {g: oxigraph.count(g) for g in expected} == expected


def test_cli_exit_code_is_partial_when_some_graphs_fail(
    examples_build: kg.pipeline.BuildResult,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The second request (the second graph) gets a 400: the others are still sent.
    with RecordingServer([204, 400, 204]) as server:
        code = main(["push", "--endpoint", server.url, "--store", str(store_of(examples_build))])
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("HTTP 400") == 1 and "scripted error 400" in err
    assert "pushed 6 of 7 graph(s)" in err


def test_push_rdf_files_keeps_their_graphs(
    examples_build: kg.pipeline.BuildResult, oxigraph: OxigraphServer
) -> None:
    out = examples_build.report.files[0].parent
    expected = store_counts(store_of(examples_build))
    assert main(["push", "-q", "--endpoint", oxigraph.store_url, str(out / "graph.nq")]) == 0
    assert {g: oxigraph.count(g) for g in expected} == expected
    union = len({q.triple for q in ox.parse(path=str(out / "graph.nq"))})
    code = main(
        [
            "push",
            "-q",
            "--endpoint",
            oxigraph.store_url,
            "--graph",
            "urn:kg:all",
            str(out / "graph.ttl"),
        ]
    )
    assert code == 0
    assert oxigraph.count("urn:kg:all") == union


def test_file_graphs_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.nt"
    bad.write_text("<urn:a> <urn:b> .\n")
    with pytest.raises(ValueError, match="broken.nt: not valid nt"):
        list(file_graphs([bad]))


def test_bearer_token_is_sent_and_never_printed(
    examples_build: kg.pipeline.BuildResult, tmp_path: Path
) -> None:
    token = "t0k-3x4mple-s3cret"
    with RecordingServer([201], authorization=f"Bearer {token}") as server:
        env = {**os.environ, "KG_ENDPOINT_TOKEN": token}
        command = [sys.executable, "-m", "kg", "push", "--endpoint", server.url]
        command += ["--store", str(store_of(examples_build))]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert len(server.requests) == 7
        assert all(r[2]["authorization"] == f"Bearer {token}" for r in server.requests)
        assert all(
            r[0] == "PUT" and r[2]["content-type"] == "application/n-triples"
            for r in server.requests
        )
    assert token not in done.stdout + done.stderr


def test_wrong_password_stops_the_push_shows_the_server_and_hides_the_password(
    examples_build: kg.pipeline.BuildResult,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = "Basic " + base64.b64encode(b"kg:right-password").decode()
    monkeypatch.setenv("KG_ENDPOINT_USER", "kg")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "wrong-p4ssw0rd")
    with RecordingServer([201], authorization=expected) as server:
        code = main(["push", "--endpoint", server.url, "--store", str(store_of(examples_build))])
        assert len(server.requests) == 1  # no point sending the other graphs
        sent = server.requests[0][2]["authorization"]
    assert sent == "Basic " + base64.b64encode(b"kg:wrong-p4ssw0rd").decode()
    out, err = capsys.readouterr()
    assert code == 1
    assert "HTTP 401" in err and "bad or missing credentials" in err
    assert err.count("not sent: the endpoint refused the credentials") == 6
    assert "wrong-p4ssw0rd" not in out + err and sent.split()[1] not in out + err


def test_server_errors_are_retried_with_backoff() -> None:
    waits: list[float] = []
    client = Client(retries=3, backoff=0.5, sleep=waits.append)
    triples = [ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"))]
    with RecordingServer([503, 502, 201]) as server:
        report = push_graphs([("urn:g", triples)], server.url, client=client)
    assert not report.failed and report.retries == 2
    assert waits == [0.5, 1.0]  # exponential
    with RecordingServer([500]) as server:
        report = push_graphs([("urn:g", triples)], server.url, client=Client(**FAST))  # type: ignore[arg-type]
        assert len(server.requests) == 3
    (failed,) = report.failed
    assert "HTTP 500" in str(failed.error) and "after 3 tries" in str(failed.error)


def test_credentials_come_from_options_before_the_environment() -> None:
    env = {"KG_ENDPOINT_USER": "env-user", "KG_ENDPOINT_PASSWORD": "env-pw"}
    credentials = Credentials.resolve(user="opt-user", environ=env)
    assert (credentials.user, credentials.password) == ("opt-user", "env-pw")
    assert "env-pw" not in repr(credentials)
    assert credentials.scheme == "basic" and "Authorization" in credentials.headers()
    digest = Credentials.resolve(environ={**env, "KG_ENDPOINT_AUTH": "Digest"})
    assert digest.scheme == "digest" and digest.headers() == {}  # answered on challenge
    with pytest.raises(ValueError, match="KG_ENDPOINT_AUTH must be basic or digest"):
        Credentials.resolve(environ={"KG_ENDPOINT_AUTH": "ntlm"})


def test_build_push_sends_the_store(oxigraph: OxigraphServer, tmp_path: Path) -> None:
    article = EXAMPLES / "ira-cyber-operation.txt"
    code = main(
        [
            "build",
            str(article),
            "-o",
            str(tmp_path),
            "--no-html",
            "-q",
            "--push",
            oxigraph.store_url,
        ]
    )
    assert code == 0
    assert oxigraph.count() == sum(store_counts(tmp_path / "store").values()) > 0


def test_virtuoso_with_digest_auth(
    examples_build: kg.pipeline.BuildResult,
    virtuoso: VirtuosoServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kg.store import canned_queries, load_query, query_endpoint, query_store

    store = store_of(examples_build)
    expected = store_counts(store)
    crud = virtuoso.base + "/sparql-graph-crud-auth"
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "wrong")
    assert main(["push", "--auth", "digest", "--endpoint", crud, "--store", str(store)]) == 1
    assert "HTTP 401" in capsys.readouterr().err
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")
    for protocol, url in (("gsp", crud), ("gsp", crud), ("update", virtuoso.base + "/sparql-auth")):
        command = ["push", "-q", "--auth", "digest", "--protocol", protocol, "--endpoint", url]
        assert main([*command, "--store", str(store)]) == 0, capsys.readouterr().err

    sparql = virtuoso.base + "/sparql"
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?g { %s } }"
    graphs = " ".join(f"<{g}>" for g in expected)
    (row,) = query_endpoint(sparql, count % graphs).rows
    assert int(row[0].value) == sum(expected.values())  # type: ignore[union-attr]
    # The canned queries give Virtuoso the same rows (it writes false as 0, and orders
    # GROUP_CONCAT its own way: the first column is compared, and the row count).
    with EmbeddedStore(store, read_only=True) as embedded:
        for name, query in canned_queries().items():
            params = {p.name: "Russia" for p in query.parameters if not p.optional}
            local = query_store(embedded, query.bind(params))
            remote = query_endpoint(sparql, load_query(name).bind(params))
            assert len(remote.rows) == len(local.rows), name
            first = sorted(str(r[0]) for r in local.rows)
            assert sorted(str(r[0]) for r in remote.rows) == first, name


# --- issue 16: a broken server, credentials in the URL, unfinished builds ----------------


def test_a_server_failing_everything_trips_the_circuit_breaker(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kg.store.push import CIRCUIT_BREAKER

    graphs = [
        (f"urn:g{n}", [ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal(str(n)))])
        for n in range(20)
    ]
    with RecordingServer([500]) as server:
        report = push_graphs(graphs, server.url, client=Client(**FAST))  # type: ignore[arg-type]
        tried = len(server.requests)
    assert tried == CIRCUIT_BREAKER * (FAST["retries"] + 1)  # then no more requests
    assert len(report.failed) == 20 and not report.sent
    untried = [r for r in report.failed if "in a row failed" in str(r.error)]
    assert len(untried) == 20 - CIRCUIT_BREAKER  # each named in the report


def test_credentials_in_the_endpoint_url_are_used_and_never_shown(
    examples_build: kg.pipeline.BuildResult, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = "Basic " + base64.b64encode(b"kg:s3cr%t").decode()
    with RecordingServer([201], authorization=expected) as server:
        url = server.url.replace("http://", "http://kg:s3cr%25t@")
        code = main(["push", "--endpoint", url, "--store", str(store_of(examples_build))])
        assert len(server.requests) == 7
        assert all(r[2]["authorization"] == expected for r in server.requests)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "s3cr" not in out + err and server.url in out


def test_server_messages_reach_the_terminal_without_control_characters(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import http.server
    import threading

    class Evil(http.server.BaseHTTPRequestHandler):
        def do_PUT(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = b"bad \x1b[2J\x1b]0;owned\x07 data"
            self.send_response(400)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Evil)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/store"
        triple = ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"))
        report = push_graphs([("urn:g", [triple])], url, client=Client(**FAST))  # type: ignore[arg-type]
    finally:
        server.shutdown()
        server.server_close()
    (failed,) = report.failed
    assert "\x1b" not in str(failed.error) and "\x07" not in str(failed.error)
    assert "\\x1b[2J" in str(failed.error)


def test_a_missing_rdf_file_is_no_such_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"missing.nq: no such file"):
        list(file_graphs([tmp_path / "missing.nq"]))


def test_push_refuses_the_store_of_a_build_that_did_not_finish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.files import MANIFEST

    out = tmp_path / "out"
    kg.build([EXAMPLES / "ira-cyber-operation.txt"], out=out, html=False)
    (out / MANIFEST).unlink()  # as a build killed before its end leaves it
    with RecordingServer([201]) as server:
        code = main(["push", "--endpoint", server.url, "--store", str(out / "store")])
        assert code == 1 and not server.requests
        assert "did not finish" in capsys.readouterr().err
        code = main(["push", "--endpoint", server.url, "--store", str(out / "store"), "--force"])
        assert code == 0 and server.requests
    assert main(["query", "actors", "--store", str(out / "store")]) == 0
    assert "warning: no manifest.json" in capsys.readouterr().err
