"""Digests of every output of a few builds, to check that a change to the RDF, spool or
store stages leaves the outputs byte for byte as they were.

    python benchmarks/rdf_identity.py OUT [--corpus-docs 50] [--inputs DIR] > digests.txt

Builds, into ``OUT``, the bundled examples (lean, default formats and pages; and full
with every RDF format) and the first ``--corpus-docs`` documents of ``corpus/`` (lean,
every RDF format), then prints a SHA-256 per output file (the store's own RocksDB files
left out) and one of each store's contents, dumped as sorted N-Quads.  Run it with the
old code and the new (each with its worktree first on ``PYTHONPATH``) and ``diff`` the
two listings: the lines must be the same.  The inputs are copied to ``--inputs``
first, the same folder for both runs: a document's id depends on its source's path.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("turtle", "nt", "nquads", "trig", "json-ld")


def corpus_sample(folder: Path, docs: int) -> Path:
    """A JSONL of the first documents of each file of ``corpus/``, taken in turns."""
    files = sorted((ROOT / "corpus").glob("*.jsonl"))
    readers = [path.read_text(encoding="utf-8").splitlines() for path in files]
    lines = [line for group in itertools.zip_longest(*readers) for line in group if line]
    sample = folder / "corpus-sample.jsonl"
    sample.write_text("\n".join(lines[:docs]) + "\n", encoding="utf-8")
    return sample


def build(out: Path, sources: list[Path], *args: str) -> None:
    command = [sys.executable, "-m", "kg", "build", "-q", "--out", str(out), *map(str, sources)]
    subprocess.run([*command, *args], check=True)


def digests(out: Path) -> list[str]:
    """``sha256  path`` per file of ``out`` (not the store's files), and the store's
    sorted N-Quads."""
    import pyoxigraph as ox

    lines = []
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        relative = path.relative_to(out)
        if relative.parts[0] == "store":
            continue
        lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {relative}")
    if (out / "store").is_dir():
        store = ox.Store.read_only(str(out / "store"))
        quads = sorted(f"{q} .\n" for q in store.quads_for_pattern(None, None, None, None))
        dump = "".join(quads).encode("utf-8")
        lines.append(f"{hashlib.sha256(dump).hexdigest()}  store/ as sorted N-Quads")
        record = json.loads((out / "store" / "kg-build.json").read_text(encoding="utf-8"))
        graphs = json.dumps(record["graphs"], sort_keys=True).encode("utf-8")
        lines.append(f"{hashlib.sha256(graphs).hexdigest()}  store/kg-build.json graphs")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus-docs", type=int, default=50)
    parser.add_argument("--inputs", type=Path, default=Path("/tmp/kg-rdf-identity-inputs"))
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    inputs: Path = args.inputs
    shutil.rmtree(inputs, ignore_errors=True)
    shutil.copytree(ROOT / "examples", inputs / "examples")
    every = [f"--format={fmt}" for fmt in FORMATS]
    runs = {
        "examples": ([inputs / "examples"], []),
        "examples-full": ([inputs / "examples"], [*every, "--provenance=full", "--no-html"]),
        "corpus": ([corpus_sample(inputs, args.corpus_docs)], [*every, "--no-html"]),
    }
    for name, (sources, options) in runs.items():
        build(out / name, sources, *options)
        for line in digests(out / name):
            print(f"{name}: {line}")


if __name__ == "__main__":
    main()
