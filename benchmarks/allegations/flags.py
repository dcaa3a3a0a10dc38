"""Score the allegation merge with module switches set, one parse for all (round 22, issue 13,
branch ``reopt22``).

    .venv/bin/python benchmarks/allegations/flags.py --cache F [--held-out] \\
        kg.resolve.victims.VICTIM_JOIN=True \\
        kg.resolve.victims.VICTIM_JOIN=True,kg.resolve.victims.VICTIM_SPLIT=True

Each argument is one row: one or more ``MODULE.NAME=VALUE`` settings (comma-joined, the value
a Python literal) applied together, the corpus resolved and merged again with them and then
restored.  The first row is the code as it stands.  Every row scores each development part
(``dev``, ``blind2`` .. ``blind12``, ``blind19``, ``blind23``, ``blind34``) and, with
``--held-out``, the held-out ones (``blind``, ``blind13`` .. ``blind18``, ``blind20`` ..
``blind22``, ``blind24`` .. ``blind33``, ``blind35`` .. ``blind41``, numbers only): B-cubed F1
over every gold claim, and the change from the first row; ``blind42`` is never scored.
The parse is the cache's (``run.py --cache``): switches read while parsing or extracting
(``kg.nlp``, ``kg.extract``) need a fresh cache made with them set, not a row here.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from kg.evaluate.allegations import (
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    GoldClaim,
    evaluate,
    load_gold,
    system_claims,
)
from kg.evaluate.switches import parse_row, settings
from kg.model import Extraction
from kg.pipeline import resolve_all
from kg.resolve import ActorRegistry
from kg.resolve.corpus import corpus_allegations


def _run() -> ModuleType:
    """``run.py`` beside this file, by its path (benchmarks/ is no package, and another
    ``run`` module may already be imported)."""
    spec = importlib.util.spec_from_file_location(
        "allegations_run", Path(__file__).with_name("run.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUN = _run()


@contextmanager
def applied(row: str) -> Iterator[None]:
    """The row's switches (:func:`kg.evaluate.switches.parse_row`) set for the block, then
    restored."""
    with settings(filter(None, row.split(","))):
        yield


def scores(
    found: Sequence[Extraction], gold: Sequence[GoldClaim], parts: Sequence[str]
) -> dict[str, float]:
    """B-cubed F1 over every gold claim of each part: the corpus resolved and merged anew."""
    documents = list(resolve_all(found, ActorRegistry()))
    merge = corpus_allegations(documents)
    system = system_claims(documents, merge)
    return {p: evaluate(gold, system, p).scores["corpus"]["b-cubed"].f1 for p in parts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=RUN.CORPUS)
    parser.add_argument("--held-out", action="store_true", help="score blind, blind13..18 too")
    parser.add_argument("rows", nargs="*", metavar="MODULE.NAME=VALUE[,...]")
    args = parser.parse_args(argv)
    for row in args.rows:
        parse_row(row)  # fail before the long work
    parts = list(DEVELOPMENT_PARTS) + (list(HELD_OUT_PARTS) if args.held_out else [])
    found = RUN.extractions(args.corpus, 2, args.cache)
    _, gold = load_gold(RUN.GOLD)
    print("| row | " + " | ".join(parts) + " |")
    print("|---" * (len(parts) + 1) + "|")
    base = scores(found, gold, parts)
    print("| as it stands | " + " | ".join(f"{base[p]:.4f}" for p in parts) + " |", flush=True)
    for row in args.rows:
        with applied(row):
            changed = scores(found, gold, parts)
        cells = [f"{changed[p] - base[p]:+.4f}" for p in parts]
        print(f"| `{row}` | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
