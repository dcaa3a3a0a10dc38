"""The claims parts' builders rebuild what they built, byte for byte.

Each second annotation from ``test34`` on is a labels file plus a builder that reads it with
``tools/labelled.py``; the built ``testNN_second.jsonl`` is what ``agreement.py`` compares.  The
sentence files from ``test36`` on are written by a script that calls ``tools/sentence_files.py``,
and the blind parts' gold lines from ``test35`` on by a builder from hand labels (from ``test36``
on with ``tools/gold_labels.py``; the development part ``dev6``, round 39, likewise).  Rebuilding
each checks that the shared code still does for every round what that round's own copy did.
"""

from __future__ import annotations

import hashlib
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
# The blind parts' scripts (``test36`` on) and the development parts' made the same way (``dev6``
# on, round 39).
SENTENCE_FILES = sorted(
    path
    for pattern in ("make_test*_sentences.py", "make_dev*_sentences.py")
    for path in TOOLS.glob(pattern)
    if "from sentence_files import" in path.read_text()
)
GOLD_BUILDERS = sorted([*TOOLS.glob("build_test*_gold.py"), *TOOLS.glob("build_dev*_gold.py")])
GOLD = ROOT / "benchmarks" / "claims" / "gold.jsonl"


# Files are compared by digest: a failure must not print a blind part's lines into a log.
def _digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _builder(path: Path) -> ModuleType:
    """The builder at ``path``, imported under a private name; the bare names its imports bind
    (``labelled``, ``sentence_files``, ``gold_labels``, a part's ``make_*`` script) are taken out
    again so no other test sees them."""
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
        for bare in ("labelled", "sentence_files", "gold_labels") + tuple(
            p.stem for p in TOOLS.glob("make_*.py")
        ):
            sys.modules.pop(bare, None)
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
    assert _sha(out) == _sha(builder.OUT)
    assert " claims " in summary


@pytest.mark.parametrize("path", SENTENCE_FILES, ids=lambda path: path.stem)
def test_a_sentence_file_is_written_again_byte_identical(path: Path, tmp_path: Path) -> None:
    script = _builder(path)
    part = path.stem.removeprefix("make_").removesuffix("_sentences")
    script.main(str(tmp_path / "sentences.jsonl"))
    assert _sha(tmp_path / "sentences.jsonl") == _sha(TOOLS / f"{part}_sentences.jsonl")
    if script.ADDED:
        script.main(str(tmp_path / "added.jsonl"), added=True)
        assert _sha(tmp_path / "added.jsonl") == _sha(TOOLS / f"{part}_sentences_added.jsonl")


@pytest.mark.parametrize("path", GOLD_BUILDERS, ids=lambda path: path.stem)
def test_a_blind_part_s_gold_lines_are_built_again_from_its_labels(
    path: Path, tmp_path: Path
) -> None:
    part = path.stem.removeprefix("build_").removesuffix("_gold")
    _builder(path).main(str(tmp_path / "gold.jsonl"))
    built = (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    marker = f'"split": "{part}"'
    gold = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if marker in line]
    assert len(built) == len(gold) and _digest(built) == _digest(gold)


def test_the_shared_sentence_splitter_is_used() -> None:
    assert len(SENTENCE_FILES) >= 2 and len(GOLD_BUILDERS) >= 3


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
