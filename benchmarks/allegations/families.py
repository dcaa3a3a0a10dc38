"""Score the allegation merge with optional claim families switched on, one parse for all
(round 27, issue 13, branch ``news28``).

    .venv/bin/python benchmarks/allegations/families.py --cache F [--held-out] \\
        [--only REGEX] suspected_charge bare_charge suspected_charge,bare_charge

``flags.py`` sets switches read at resolution and merge; a claim family of
:data:`kg.extract.claims.OPTIONAL` is read at extraction, which ``run.py``'s cache has done
already.  This parses the cached texts again (the parse only, once) and extracts each row's
claims with the default families plus the row's optional ones (comma-joined: switched on
together), then resolves, merges and scores as ``flags.py`` does: B-cubed F1 over every gold
claim of each development part (``dev``, ``blind2`` .. ``blind12``, ``blind19``, ``blind23``,
``blind34``) and, with ``--held-out``, of the held-out ones (numbers only), the first row the
cache as it stands and each row's change from it, with the aligned gold claims in brackets;
``blind42`` is never scored.  ``--only REGEX`` parses only the texts the regular expression
finds (case-blind) and keeps the cache's extraction of the others: exact when every text a
row's families can fire on matches (their cue words), and a quick probe when not; the run says
how many texts it parsed and how many of the parsed texts' cached claims the parse reproduces
(the cache must be the same code's).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from kg.evaluate.allegations import (
    DEVELOPMENT_PARTS,
    HELD_OUT_PARTS,
    GoldClaim,
    align,
    evaluate,
    load_gold,
    system_claims,
)
from kg.extract import extract
from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.model import Extraction
from kg.nlp import load_pipeline
from kg.pipeline import resolve_all
from kg.resolve import ActorRegistry
from kg.resolve.corpus import corpus_allegations


def _beside(name: str) -> ModuleType:
    """A script beside this file, by its path (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        f"allegations_{name}", Path(__file__).with_name(f"{name}.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUN = _beside("run")


def parse_row(row: str) -> frozenset[str]:
    """The optional families a row switches on (comma-joined names).

    >>> sorted(parse_row("suspected_charge,bare_charge"))
    ['bare_charge', 'suspected_charge']
    """
    names = frozenset(filter(None, row.split(",")))
    unknown = names - OPTIONAL
    if not names or unknown:
        raise ValueError(f"not optional claim families: {sorted(unknown) or row!r}")
    return names


def reextracted(
    found: Sequence[Extraction], rows: Sequence[frozenset[str]], only: str | None
) -> tuple[list[list[Extraction]], int, int]:
    """Each row's extractions: the texts ``only`` finds (every text without it) parsed once
    and extracted with the default families and the row's; the others as cached.  Also how
    many texts were parsed and how many of them the parse extracts as the cache did."""
    pattern = re.compile(only, re.I) if only else None
    chosen = [i for i, e in enumerate(found) if pattern is None or pattern.search(e.article.text)]
    outs = [list(found) for _ in rows]
    same = 0
    nlp = load_pipeline()
    docs = nlp.pipe((found[i].article.text for i in chosen), batch_size=16)
    for i, doc in zip(chosen, docs, strict=True):
        base = extract(doc, found[i].article, gate=False)
        same += base.claims == found[i].claims
        for out, row in zip(outs, rows, strict=True):
            out[i] = replace(
                base, claims=extract_claims(doc, base.mentions, RULES - OPTIONAL | row)
            )
    return outs, len(chosen), same


def scores(
    found: Sequence[Extraction], gold: Sequence[GoldClaim], parts: Sequence[str]
) -> dict[str, tuple[float, int]]:
    """B-cubed F1 over every gold claim of each part and its aligned gold claims."""
    documents = list(resolve_all(found, ActorRegistry()))
    merge = corpus_allegations(documents)
    system = system_claims(documents, merge)
    result = {}
    for part in parts:
        report = evaluate(gold, system, part)
        aligned = len(align([g for g in gold if g.part == part], system))
        result[part] = (report.scores["corpus"]["b-cubed"].f1, aligned)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="run.py's parsed corpus")
    parser.add_argument("--corpus", type=Path, default=RUN.CORPUS)
    parser.add_argument("--held-out", action="store_true", help="score the held-out parts too")
    parser.add_argument("--only", help="parse only the texts this regular expression finds")
    parser.add_argument("rows", nargs="+", metavar="FAMILY[,FAMILY...]")
    args = parser.parse_args(argv)
    try:
        rows = [parse_row(row) for row in args.rows]  # fail before the long work
    except ValueError as problem:
        parser.error(str(problem))
    parts = list(DEVELOPMENT_PARTS) + (list(HELD_OUT_PARTS) if args.held_out else [])
    found = RUN.extractions(args.corpus, 2, args.cache)
    outs, parsed, same = reextracted(found, rows, args.only)
    print(f"{parsed} of {len(found)} texts parsed again; {same} extract as cached", flush=True)
    _, gold = load_gold(RUN.GOLD)
    print("| row | " + " | ".join(parts) + " | development sum |")
    print("|---" * (len(parts) + 2) + "|")
    base = scores(found, gold, parts)
    cells = [f"{f:.4f} ({n})" for f, n in (base[p] for p in parts)]
    print("| as it stands | " + " | ".join(cells) + " | |", flush=True)
    for row, out in zip(args.rows, outs, strict=True):
        changed = scores(out, gold, parts)
        cells = [
            f"{changed[p][0] - base[p][0]:+.4f} ({changed[p][1] - base[p][1]:+d})" for p in parts
        ]
        total = sum(changed[p][0] - base[p][0] for p in DEVELOPMENT_PARTS)
        print(f"| `{row}` | " + " | ".join(cells) + f" | {total:+.4f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
