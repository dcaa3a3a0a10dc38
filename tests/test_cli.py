"""The command line, run as users run it: a real process, real files, real exit codes."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

GOOD_ARTICLE = textwrap.dedent(
    """\
    Ukraine's foreign ministry accused Russia of shelling the Zaporizhzhia nuclear power plant on
    Saturday. The Kremlin denied the accusation and blamed Kyiv for the attack.
    """
)


def kg(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        env=None if env is None else {**os.environ, **env},
    )


def digest(folder: Path, *, recursive: bool = False) -> dict[str, str]:
    """sha256 of every output file (the store folder aside: its files are not a format);
    ``recursive`` takes in the files of subfolders (the actor pages) too."""
    files = folder.rglob("*") if recursive else folder.iterdir()
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(files)
        if p.is_file() and "store" not in p.relative_to(folder).parts
    }


def test_help_documents_every_option() -> None:
    result = kg("build", "--help")
    assert result.returncode == 0
    for option in ("--out", "--format", "--model", "--base", "--jobs", "--no-html", "--store"):
        assert option in result.stdout
    assert "exit status" in result.stdout and "partial" in result.stdout


@pytest.mark.slow
def test_build_is_byte_identical_twice(tmp_path: Path) -> None:
    runs = []
    for name, seed in (("a", "1"), ("b", "2")):  # string hashing differs: set order does too
        result = kg(
            "build", str(EXAMPLES), "--out", str(tmp_path / name),
            "-f", "turtle", "-f", "nt", "-f", "trig", "-f", "json-ld", "--ego", "--export", "gexf",
            env={"PYTHONHASHSEED": seed},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        runs.append(digest(tmp_path / name, recursive=True))
    assert runs[0] == runs[1]
    assert {"graph.ttl", "graph.nt", "graph.trig", "graph.jsonld", "graph.html"} <= set(runs[0])
    assert sum(name.startswith("actors/") for name in runs[0]) > 5


@pytest.mark.slow
def test_summary_names_documents_claims_and_files(tmp_path: Path) -> None:
    result = kg("build", str(EXAMPLES / "ira-cyber-operation.txt"), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "built 1 document(s)" in result.stdout
    assert "deny" in result.stdout and "accuse" in result.stdout
    assert str(tmp_path / "graph.ttl") in result.stdout


@pytest.mark.slow
def test_bad_inputs_are_named_skipped_and_the_rest_is_built(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (bad / "latin1.txt").write_bytes("Le ministre a d\xe9menti.".encode("latin-1"))
    (bad / "lines.jsonl").write_text(
        '{"text": "Iran denied the report, state media said."}\n{not json}\n', encoding="utf-8"
    )
    missing = tmp_path / "no-such-file.txt"
    result = kg("build", str(bad), str(missing), "--out", str(tmp_path / "out"))
    assert result.returncode == 3, result.stderr  # partial
    for name in ("empty.txt", "binary.txt", "latin1.txt", "lines.jsonl#2", "no-such-file.txt"):
        assert name in result.stderr, f"{name} not named in: {result.stderr}"
    assert "built 2 document(s)" in result.stdout
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


def test_nothing_buildable_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    result = kg("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "empty.txt" in result.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.slow
def test_stdin_jsonl(tmp_path: Path) -> None:
    line = '{"text": "%s", "title": "Strike", "outlet": "Reuters", "url": "https://example.com/a"}'
    result = kg(
        "build",
        "-",
        "--out",
        str(tmp_path),
        "--no-html",
        stdin=line % GOOD_ARTICLE.replace("\n", " "),
    )
    assert result.returncode == 0, result.stderr
    ttl = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "https://example.com/a" in ttl


def test_unknown_model_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    result = kg(
        "build",
        str(tmp_path / "a.txt"),
        "--out",
        str(tmp_path / "o"),
        "--model",
        "xx_no_such_model",
    )
    assert result.returncode == 1
    assert "xx_no_such_model" in result.stderr and "pip install" in result.stderr


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = kg("build", str(EXAMPLES), "--out", str(tmp_path), "--format", "rdfxml")
    assert result.returncode == 2
    assert "rdfxml" in result.stderr


def test_atomic_write_survives_a_kill(tmp_path: Path) -> None:
    """Kill a writer mid-write: the target holds the old bytes or the new, never a mix."""
    target = tmp_path / "graph.ttl"
    old = b"# old complete file\n"
    target.write_bytes(old)
    new = b"x" * (200 * 1024 * 1024)
    script = (
        "import sys; from pathlib import Path; from kg.files import write_atomic; "
        f"write_atomic(Path({str(target)!r}), b'x' * {len(new)})"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):  # writing has begun
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    data = target.read_bytes()
    assert data in (old, new), f"partial file of {len(data)} bytes"


@pytest.mark.slow
def test_validate_reports_conformance_and_broken_files(tmp_path: Path) -> None:
    result = kg("build", str(EXAMPLES / "ira-cyber-operation.txt"), "--out", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    good = kg("validate", str(tmp_path / "graph.ttl"))
    assert good.returncode == 0 and "conforms" in good.stdout, good.stderr
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    bad = kg("validate", str(broken))
    assert bad.returncode == 1 and "broken.ttl" in bad.stderr


@pytest.mark.slow
def test_two_parser_processes_build_the_same_graph(tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        result = kg(
            "build", str(EXAMPLES), "--out", str(tmp_path / jobs), "-f", "nt",
            "--no-html", "--no-store", "--jobs", jobs,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "1" / "graph.nt").read_bytes() == (tmp_path / "2" / "graph.nt").read_bytes()


def test_the_summary_counts_the_claims_whose_claimer_names_nobody() -> None:
    from kg.cli import format_summary
    from kg.pipeline import BuildReport

    report = BuildReport(
        documents=2, actors=3, claims_by_stance={"accuse": 2}, relations=0, allegations=0,
        problems=(), files=(), seconds=1.0, model="m",
        dropped={"pronoun with no antecedent": 3, "message noun": 1},
    )  # fmt: skip
    line = next(li for li in format_summary(report).splitlines() if "not actors" in li)
    assert "4 claim(s) left out" in line
    assert "pronoun with no antecedent 3" in line and "message noun 1" in line
    quiet = BuildReport(2, 3, {"accuse": 2}, 0, 0, (), (), 1.0, "m")
    assert "not actors" not in format_summary(quiet)
