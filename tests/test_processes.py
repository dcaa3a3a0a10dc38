"""Killed and interrupted builds, as users kill them: real processes, real signals.

A build with ``--jobs 2`` is started on a corpus large enough to be still parsing when
the signal comes; the checks are those of issue 16's probe: no parser process outlives
its parent, no temporaries are left (or a later build removes them), Ctrl-C exits 130
with one line and no worker traceback, and a killed build leaves no manifest.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.files import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples' text files, copied many times (numbered, so each is a document)."""
    from kg.ingest import read_sources

    folder = tmp_path_factory.mktemp("corpus")
    texts = [a.text for a in read_sources([EXAMPLES]) if hasattr(a, "text")]
    for n in range(120):
        (folder / f"doc-{n:03d}.txt").write_text(f"{texts[n % len(texts)]}\n\n({n})\n")
    return folder


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_build(corpus: Path, out: Path, *, session: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", "2", "-q"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=session,
        preexec_fn=as_from_a_terminal,
    )


def as_from_a_terminal() -> None:
    """SIGINT as a shell's foreground job gets it (a background job, as this test run may
    be, starts with SIGINT ignored, and kg keeps it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for_parsers(build: subprocess.Popen[str], out: Path) -> list[int]:
    """Wait until the build has its two parser processes and has begun spooling."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        assert build.poll() is None, build.communicate()
        workers = children(build.pid)
        if len(workers) >= 2 and list(out.glob(".kg-spool-*")):
            time.sleep(1.0)  # into the parse
            return workers
        time.sleep(0.1)
    build.kill()
    pytest.fail("the build did not start its parser processes")


def wait_gone(pids: list[int], seconds: float = 20) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def debris(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*") if p.name.startswith((".kg-spool-",))) + sorted(
        p.name for p in out.rglob(".*.tmp")
    )


def test_kill_9_takes_the_workers_along_and_the_next_build_cleans_up(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build = start_build(corpus, out)
    workers = wait_for_parsers(build, out)
    build.send_signal(signal.SIGKILL)
    build.communicate(timeout=60)
    assert wait_gone(workers) == [], "parser processes outlived their killed parent"
    assert debris(out), "a kill -9 leaves its temporaries (nothing can run on SIGKILL)"
    assert not (out / MANIFEST).exists()
    # the next build (here one that reads one file) removes them first
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus / "doc-000.txt"), "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert debris(out) == []
    assert (out / MANIFEST).exists()


@pytest.mark.parametrize(
    ("signum", "group", "code"),
    [
        (signal.SIGTERM, False, 143),
        (signal.SIGINT, False, 130),  # to the main process alone: hung for good before
        (signal.SIGINT, True, 130),  # Ctrl-C: the whole process group
    ],
)
def test_a_signal_stops_the_build_with_one_line_and_no_debris(
    corpus: Path, tmp_path: Path, signum: int, group: bool, code: int
) -> None:
    out = tmp_path / "out"
    build = start_build(corpus, out, session=group)
    workers = wait_for_parsers(build, out)
    if group:
        os.killpg(build.pid, signum)
    else:
        build.send_signal(signum)
    try:
        _, stderr = build.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        build.kill()
        build.communicate()
        pytest.fail("the build hung after the signal")
    assert build.returncode == code, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines == ["kg: interrupted; no output was half-written (run it again to complete)"]
    assert wait_gone(workers) == []
    assert debris(out) == []
    assert not (out / MANIFEST).exists()
