"""Every second annotation of the allegations gold rebuilds, byte for byte, from its labels.

A labels file names sentences by their number in ``agreement/sentences.py``'s numbering of
the whole ``corpus/``, so a corpus file added later shifts the numbers of every file sorted
after it.  Until round 31 the labels of twenty parts had gone stale that way (the built
``*_second.jsonl`` files, which the agreement figures read, stayed right): this test fails
as soon as a corpus change leaves a labels file behind, so it is renumbered in the same
commit that adds the texts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
AGREEMENT = ROOT / "benchmarks" / "allegations" / "agreement"
BUILDERS = sorted((AGREEMENT / "tools").glob("*_second_build.py"))


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the agreement folder, beside a link to the corpus (some builders read it
    from their own path), with every builder run in it on today's corpus."""
    root = tmp_path_factory.mktemp("repository")
    (root / "corpus").symlink_to(ROOT / "corpus")
    work = root / "benchmarks" / "allegations" / "agreement"
    shutil.copytree(AGREEMENT, work)
    sentences = root / "sentences.jsonl"
    with sentences.open("w", encoding="utf-8") as out:
        subprocess.run(
            [sys.executable, str(AGREEMENT / "sentences.py")], stdout=out, check=True, cwd=ROOT
        )
    for builder in BUILDERS:
        subprocess.run(
            [sys.executable, str(work / "tools" / builder.name), str(sentences)],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
    return work


def test_there_are_builders_to_check() -> None:
    assert len(BUILDERS) >= 20


@pytest.mark.parametrize("builder", BUILDERS, ids=lambda path: path.name.split("_")[0])
def test_a_second_annotation_rebuilds_byte_identical(rebuilt: Path, builder: Path) -> None:
    part = builder.name.removesuffix("_second_build.py")
    built = rebuilt / f"{part}_second.jsonl"
    assert built.read_bytes() == (AGREEMENT / f"{part}_second.jsonl").read_bytes(), (
        f"{part}: its labels no longer name the sentences its built file holds; renumber "
        "them for the corpus change (sentences.py's numbering)"
    )
