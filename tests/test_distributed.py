"""The Dask engine: partitions on a two-worker LocalCluster build the same graph as one process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FORMATS = ("turtle", "nquads", "trig")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from dask.distributed import LocalCluster

    # two small worker processes on loopback, no dashboard
    with LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def single_process(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    kg.build([EXAMPLES], out=out, formats=FORMATS)
    return out


def test_partitions_on_two_workers_build_the_single_process_graph(
    scheduler: str, single_process: Path, tmp_path: Path
) -> None:
    import pyoxigraph as ox

    # one article per partition: every cross-document actor link crosses partitions
    result = kg.build(
        [EXAMPLES],
        out=tmp_path,
        formats=FORMATS,
        engine="dask",
        scheduler=scheduler,
        partition_size=1,
        keep_documents=False,
    )
    assert result.report.documents >= 5
    assert result.report.stages["parse"] > 0 and result.report.stages["rdf"] > 0
    local = set(ox.parse(path=str(single_process / "graph.nq")))
    distributed = set(ox.parse(path=str(tmp_path / "graph.nq")))
    assert len(distributed) > 1000
    assert distributed == local
    # and byte for byte, every file (the HTML pages included)
    for name in ("graph.ttl", "graph.nq", "graph.trig", "claims.csv", "actors.csv", "graph.html"):
        assert (tmp_path / name).read_bytes() == (single_process / name).read_bytes(), name


def test_the_cli_runs_on_a_given_scheduler(
    scheduler: str, single_process: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "in" / "empty.txt"
    bad.parent.mkdir()
    bad.write_text("")
    out = tmp_path / "out"
    status = main(["build", str(EXAMPLES), str(bad), "-o", str(out), "--scheduler", scheduler])
    assert status == kg.pipeline.ExitStatus.PARTIAL  # the empty file is named and skipped
    assert "empty.txt" in capsys.readouterr().err
    assert (out / "graph.ttl").read_bytes() == (single_process / "graph.ttl").read_bytes()
