"""Real servers for the store tests: an Oxigraph server and a tiny recording HTTP server.

``oxigraph serve`` (the pip package ``oxigraph``, in the test extra) runs on a free
loopback port in a temporary folder; :class:`RecordingServer` is a stdlib
``http.server`` that checks credentials and answers from a script (for auth and retry
tests, which Oxigraph cannot do: it has no authentication).
"""

from __future__ import annotations

import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if found is None:
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]'")
    return found


class OxigraphServer:
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT``, started and stopped by tests."""

    def __init__(self, location: Path, port: int | None = None) -> None:
        self.location = location
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def store_url(self) -> str:
        return self.base + "/store"

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    def start(self, timeout: float = 30.0) -> None:
        command = [oxigraph_binary(), "serve", "--location", str(self.location)]
        command += ["--bind", f"127.0.0.1:{self.port}"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                pytest.fail(f"oxigraph serve exited with {self.process.returncode}: {error}")
            try:
                self.count()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        pytest.fail(f"oxigraph serve not ready on port {self.port} after {timeout}s")

    def stop(self) -> None:
        """Kill the server (SIGKILL: as a crash, not a clean shutdown)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None

    def select(self, sparql: str) -> list[dict[str, str]]:
        body = urllib.parse.urlencode({"query": sparql}).encode()
        request = urllib.request.Request(
            self.query_url, data=body, headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            data = json.load(answer)
        return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]

    def count(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        (row,) = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(row["n"])

    def graphs(self) -> set[str]:
        return {r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}


@pytest.fixture
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> kg.pipeline.BuildResult:
    """The examples/ folder built once per module, with every RDF format."""
    out = tmp_path_factory.mktemp("examples")
    return kg.build([EXAMPLES], out=out, formats=("turtle", "nquads"), html=False)


class RecordingServer:
    """A loopback HTTP server that records requests and answers each with the next of
    ``script`` (status codes; the last one repeats), after checking ``Authorization``."""

    def __init__(self, script: list[int], authorization: str | None = None) -> None:
        self.script = list(script)
        self.authorization = authorization
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                recorder.requests.append((self.command, self.path, headers, body))
                if (
                    recorder.authorization
                    and headers.get("authorization") != recorder.authorization
                ):
                    self._send(401, b"Unauthorized: bad or missing credentials")
                    return
                status = recorder.script.pop(0) if len(recorder.script) > 1 else recorder.script[0]
                self._send(status, b"" if status < 300 else f"scripted error {status}".encode())

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_PUT = do_POST = _answer  # noqa: N815

            def log_message(self, *args: object) -> None:  # quiet
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> RecordingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
EnabledDavVSP = 0
"""


class VirtuosoServer:
    """Debian's ``virtuoso-t`` in the foreground, on loopback ports, in a temporary folder;
    user ``dba``, password ``dba`` (a new database's defaults)."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.http_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def start(self, timeout: float = 180.0, retries: int = 2) -> None:
        binary = shutil.which("virtuoso-t")
        if binary is None:
            pytest.skip("Virtuoso is not installed (Debian: virtuoso-opensource-7-bin)")
        ini = self.location / "virtuoso.ini"
        ini.write_text(
            VIRTUOSO_INI.format(dir=self.location, sql_port=free_port(), http_port=self.http_port)
        )
        self.process = subprocess.Popen(
            [binary, "-f", "-c", str(ini)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.location / "virtuoso.log").read_text(errors="replace")[-2000:]
                if "listen at" in log and retries:
                    # a free port can be taken before the server binds it (another
                    # process on the host): try again on new ports
                    self.http_port = free_port()
                    return self.start(timeout, retries - 1)
                pytest.fail(f"virtuoso-t exited with {self.process.returncode}: {log}")
            try:
                urllib.request.urlopen(self.base + "/sparql?query=ASK%7B%7D", timeout=2).close()
                return
            except OSError:
                time.sleep(0.5)
        self.stop()
        pytest.fail(f"Virtuoso not ready after {timeout}s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self.process = None


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
