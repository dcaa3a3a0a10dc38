"""The command line, run as users run it: a real process, real files, real exit codes."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
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


# --- failing well: the defects of the adversarial probe (issue 16) ---------------------


def main_in_process(*args: str) -> tuple[int, str, str]:
    """``kg.cli.main`` in this process (fast: for checks that stop before any parse)."""
    import contextlib
    import io

    from kg.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.slow
def test_an_oversized_document_is_named_and_skipped_and_the_rest_built(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("the minister accused russia of meddling " * 26_000, encoding="utf-8")
    record = {"text": "Moscow denied it. " * 60_000, "url": "https://example.com/huge"}
    (tmp_path / "huge.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    result = kg("build", str(tmp_path), "--out", str(tmp_path / "out"), "-q", "--no-html")
    assert result.returncode == 3, result.stderr
    assert "big.txt" in result.stderr and "too long to parse" in result.stderr
    assert "huge.jsonl#1" in result.stderr
    assert "bad command line" not in result.stderr
    claims = (tmp_path / "out" / "claims.csv").read_text(encoding="utf-8")
    assert "good.txt" in claims and "big.txt" not in claims


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("--jobs", "0"), "--jobs"),
        (("--jobs", "-3"), "--jobs"),
        (("--batch-size", "0"), "--batch-size"),
        (("--batch-size", "-1"), "--batch-size"),
        (("--jobs", "two"), "--jobs"),
    ],
)
def test_bad_build_option_values_exit_2_naming_the_option(
    tmp_path: Path, args: tuple[str, ...], option: str
) -> None:
    code, _, err = main_in_process("build", str(EXAMPLES), "--out", str(tmp_path), *args)
    assert code == 2
    assert option in err and "at least 1" in err or "not a number" in err
    assert not (tmp_path / "graph.ttl").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("query", "actors", "--store", "s", "--width", "-5"),
        ("query", "actors", "--endpoint", "http://127.0.0.1:9/q", "--retries", "-1"),
        ("query", "actors", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "0"),
        ("push", "--endpoint", "http://127.0.0.1:9/store", "--store", "s", "--batch-size", "0"),
    ],
)
def test_bad_store_option_values_exit_2_naming_the_option(args: tuple[str, ...]) -> None:
    code, _, err = main_in_process(*args)
    assert code == 2
    assert args[-2] in err


def test_validate_a_missing_relative_path_is_not_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "p.nt").write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    code, out, err = main_in_process("validate", "p.nt")
    assert code == 1
    assert "conforms" not in out
    assert one_error_line(err) == "kg: p.nt: no such file"


@pytest.mark.slow
def test_an_article_under_the_url_of_another_is_named(tmp_path: Path) -> None:
    first = {"text": GOOD_ARTICLE, "url": "https://example.com/a"}
    other = {"text": "Russia denied that its troops shelled the plant.", "url": first["url"]}
    (tmp_path / "a.jsonl").write_text(
        "\n".join(json.dumps(r) for r in (first, other, first)) + "\n", encoding="utf-8"
    )
    result = kg("build", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "o"), "-q")
    assert result.returncode == 3
    assert "a.jsonl#2" in result.stderr
    assert f"same document id as {tmp_path / 'a.jsonl'}#1" in result.stderr
    assert "a.jsonl#3" in result.stderr and "built once" in result.stderr  # a plain repeat


def test_messages_escape_control_characters_and_name_the_file_once(tmp_path: Path) -> None:
    evil = tmp_path / "evil\x1b[2J\rname.txt"
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "unterminated\n', encoding="utf-8")
    result = kg("build", str(evil), str(loop), str(bad), "--out", str(tmp_path / "o"))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    assert "\\x1b[2J\\rname.txt" in result.stderr
    lines = result.stderr.splitlines()
    assert all(line.count(str(tmp_path)) <= 1 for line in lines), result.stderr
    assert any("loop" in line and "symbolic links in a loop" in line for line in lines)
    assert "at at" not in result.stderr and "bad.jsonl#1" in result.stderr


def test_csv_cells_that_a_spreadsheet_would_run_are_made_inert(tmp_path: Path) -> None:
    from kg.pipeline import claims_table, spreadsheet_safe

    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)" and spreadsheet_safe("Moscow") == "Moscow"
    import kg as kg_api

    text = '=HYPERLINK("http://evil.example","x") Moscow denied the accusations, the ministry said.'
    graph = kg_api.analyse(text)
    assert graph.claims, "the sentence holds a claim"
    rows = list(csv.reader(io.StringIO(claims_table([graph]))))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


@pytest.mark.slow
def test_a_second_build_into_the_same_folder_is_refused_at_once(tmp_path: Path) -> None:
    from kg.files import OutputFolder

    out = tmp_path / "out"
    with OutputFolder(out):  # a build holds the folder
        before = sorted(path.name for path in out.iterdir())
        result = kg("build", str(EXAMPLES / "ira-cyber-operation.txt"), "--out", str(out))
        # refused before it wrote anything (no wall-clock limit: timings belong to benchmarks/)
        assert sorted(path.name for path in out.iterdir()) == before
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert "another kg build is writing here" in line and str(out) in line


@contextlib.contextmanager
def read_only_folder(path: Path) -> Iterator[Path]:
    """A folder nothing can be written to: a read-only tmpfs for root (whom file modes do
    not stop), else a folder without write permission."""
    path.mkdir()
    if os.geteuid() != 0:
        path.chmod(0o555)
        yield path
        path.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(path)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"root, and no read-only mount here: {mounted.stderr!r}")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


@pytest.mark.slow
@pytest.mark.parametrize("command", ["build", "render", "export"])
def test_a_read_only_out_is_one_line(tmp_path: Path, command: str) -> None:
    built = tmp_path / "built"
    result = kg("build", str(EXAMPLES / "ira-cyber-operation.txt"), "--out", str(built), "-q")
    assert result.returncode == 0, result.stderr
    with read_only_folder(tmp_path / "locked") as locked:
        args = {
            "build": ["build", str(EXAMPLES / "ira-cyber-operation.txt"), "--out", str(locked)],
            "render": ["render", str(built / "graph.ttl"), "--out", str(locked)],
            "export": ["export", "--store", str(built / "store"), "-o", str(locked / "g.nq")],
        }[command]
        done = kg(*args)
    assert done.returncode == 1, done.stderr
    line = one_error_line(done.stderr)
    assert any(words in line for words in ("Read-only file system", "ermission denied")), line
    assert str(locked) in line


@pytest.mark.slow
def test_out_naming_a_file_and_a_full_disk_are_one_line(tmp_path: Path) -> None:
    import resource

    file = tmp_path / "afile"
    file.write_text("x", encoding="utf-8")
    result = kg("build", str(EXAMPLES / "ira-cyber-operation.txt"), "--out", str(file))
    assert result.returncode == 1
    assert "names a file, not a folder" in one_error_line(result.stderr)

    def small_disk() -> None:  # writes past 64 KB fail as on a full disk (EFBIG, not ENOSPC)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(EXAMPLES), "--out", str(tmp_path / "o"), "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        preexec_fn=small_disk,
    )
    assert done.returncode == 1
    assert "File too large" in one_error_line(done.stderr)
    assert not list((tmp_path / "o").glob(".*.tmp")) and not list(
        (tmp_path / "o").glob(".kg-spool-*")
    )


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kg.cli

    def broken(paths: object) -> int:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(kg.cli, "validate_files", broken)
    code, _, err = main_in_process("validate", "x.ttl")
    assert code == 1
    assert one_error_line(err) == (
        "kg: validate: error: RuntimeError: something nobody expected (kg --debug shows where)"
    )
    with pytest.raises(RuntimeError):
        kg.cli.main(["--debug", "validate", "x.ttl"])


def test_every_command_is_a_handler_and_the_readme_documents_every_option() -> None:
    import argparse

    from kg.cli import make_parser
    from kg.store.query import canned_queries

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = make_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == {"build", "render", "validate", "push", "query", "export"}
    missing = []
    for name, sub in commands.choices.items():
        assert callable(sub.get_default("handler")), name
        if f"kg {name}" not in readme:
            missing.append(f"kg {name}")
        for action in sub._actions:
            longest = max(action.option_strings, key=len, default=None)
            if longest and longest != "--help" and longest not in readme:
                missing.append(f"kg {name} {longest}")
    for action in parser._actions:
        longest = max(action.option_strings, key=len, default=None)
        if longest and longest not in ("--help", "--version") and longest not in readme:
            missing.append(f"kg {longest}")
    missing += [f"query {q}" for q in canned_queries() if q not in readme]
    assert not missing, f"README.md does not document: {missing}"


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
