"""The claims part builders that read labels with ``tools/labelled.py`` rebuild their files.

Each second annotation from ``test34`` on is a labels file plus a builder; the built
``testNN_second.jsonl`` is what ``agreement.py`` compares.  Rebuilding every one byte for byte
checks that the shared reader still reads each round's labels as that round's builder did.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parent.parent
TOOLS = ROOT / "benchmarks" / "claims" / "agreement" / "tools"
BUILDERS = sorted(
    path for path in TOOLS.glob("build_test*.py") if "from labelled import" in path.read_text()
)


def _builder(path: Path) -> ModuleType:
    """The builder at ``path``, imported under a private name; the bare name ``labelled`` its
    import binds is taken out again so no other test sees it."""
    name = f"_claims_builder_{path.stem}"
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while they are made
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(TOOLS))
        sys.modules.pop("labelled", None)
    return module


@pytest.fixture(scope="module")
def labelled() -> ModuleType:
    return _builder(TOOLS / "labelled.py")


def test_the_shared_reader_is_used() -> None:
    assert len(BUILDERS) >= 3


@pytest.mark.parametrize("path", BUILDERS, ids=lambda path: path.stem)
def test_a_builder_rebuilds_its_file_byte_identical(path: Path, tmp_path: Path) -> None:
    builder = _builder(path)
    out = tmp_path / builder.OUT.name
    summary = builder.main(out)
    assert out.read_bytes() == builder.OUT.read_bytes()
    assert " claims " in summary


def test_a_label_with_an_unknown_stance_is_named(labelled: ModuleType, tmp_path: Path) -> None:
    labels = tmp_path / "labels.txt"
    labels.write_text("1 | Russia | deny | - | - | *\n2 | Russia | denies | - | - | *\n")
    tables = labelled.Tables(claimers={}, targets={})
    with pytest.raises(SystemExit, match=r"labels.txt:2: stance 'denies'"):
        labelled.parse_labels([labels], tables)


def test_a_sentence_without_a_label_line_stops_the_build(
    labelled: ModuleType, tmp_path: Path
) -> None:
    # https://www.state.gov/senior-state-department-leadership-participate-in-international-
    # partners-ministerial-meeting-on-haiti-hosted-by-the-government-of-suriname/ (public domain)
    texts = (
        "Joly is the head of the \u201c400 Mawozo\u201d gang, accused of murder, kidnapping, "
        "vehicle theft, and destruction of private property.",
        "His arrest and extradition sent a strong signal of the HNP\u2019s commitment to combat "
        "gangs across Haiti.",
    )
    rows = [
        {"id": f"state-2022-haiti-{n}", "split": "x", "text": text, "source": "https://state.gov/"}
        for n, text in enumerate(texts, 1)
    ]
    claim = {
        "claimer": "United States",
        "stance": "accuse",
        "targets": [["Germine Joly", "Joly"]],
        "cue": "accused of",
        "_content": '"400 Mawozo" gang',
    }
    with pytest.raises(SystemExit, match="sentence 2 .* has no label line"):
        labelled.build(rows, {1: [claim]}, tmp_path / "out.jsonl")
    summary = labelled.build(rows, {1: [claim]}, tmp_path / "out.jsonl", every_sentence=False)
    assert summary.startswith("2 lines, 1 documents, 1 claims {'accuse': 1}")
    first = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert '"content_start": 24, "content_end": 41' in first
