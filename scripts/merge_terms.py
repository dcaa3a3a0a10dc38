"""Write ``kg/data/merge_terms.tsv``: the corpus merge's terms with the number of stating
allegations of the dispute corpus holding each (:data:`kg.resolve.weights.TABLE`).

    .venv/bin/python scripts/merge_terms.py --cache /tmp/alleg.pkl [--set MODULE.NAME=VALUE]

The parse is the allegations benchmark's (``benchmarks/allegations/run.py --cache``; made
here when the file does not exist); the documents are resolved as a build resolves them
(``--set``: a switch set first, e.g. ``kg.resolve.voice.POST_VOICE=False`` for a cache
extracted with the optional ``post_voice`` family on, so that the table is the default
build's).  Run it again when the corpus or the merge's terms change; the merge reads the
table, not the corpus it merges, so that allegations added anywhere move no term's weight
(round 24, merge24, issue 13).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.util
import sys
from pathlib import Path

from kg.pipeline import resolve_all
from kg.resolve import ActorRegistry
from kg.resolve.corpus import allegation_summaries, term_table

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "merge_terms.tsv"


def _run_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "allegations_run", ROOT / "benchmarks" / "allegations" / "run.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for setting in args.set:
        target, _, text = setting.partition("=")
        path, _, name = target.rpartition(".")
        module = importlib.import_module(path)
        if not hasattr(module, name):
            parser.error(f"{path} has no {name}")
        setattr(module, name, ast.literal_eval(text))
    found = _run_module().extractions(args.corpus, 2, args.cache)
    documents = resolve_all(found, ActorRegistry())
    counts, total = term_table(s for d in documents for s in allegation_summaries(d))
    lines = [
        "# The corpus merge's terms (kg/resolve/weights.py): each with the number of stating",
        "# allegations of the dispute corpus holding it, written by scripts/merge_terms.py",
        f"# from {len(found)} texts{' with ' + ', '.join(args.set) if args.set else ''}.",
        f"# total\t{total}",
    ]
    lines += [f"{term}\t{n}" for term, n in sorted(counts.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(counts)} terms of {total} allegations -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
