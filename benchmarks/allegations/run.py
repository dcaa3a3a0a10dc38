"""Score the cross-document allegation merge on the dispute corpus's gold set.

    .venv/bin/python benchmarks/allegations/run.py                   # the dev part
    .venv/bin/python benchmarks/allegations/run.py --errors          # plus the dev misses
    .venv/bin/python benchmarks/allegations/run.py --part blind      # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind2     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind2 --errors  # its misses
    .venv/bin/python benchmarks/allegations/run.py --part blind3     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind4     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind5     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind6     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind7     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind8     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind9     # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind10    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind11    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind12    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind13    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind14    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind15    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind16    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind17    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind18    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind19    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind21    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind22    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind23    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind24    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind25    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind26    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind27    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind28    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind29    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind30    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind31    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind32    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind33    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind34    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind35    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind36    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind37    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind38    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind39    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind40    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind41    # scored once already
    .venv/bin/python benchmarks/allegations/run.py --part blind42    # once, at the next round's end
    .venv/bin/python benchmarks/allegations/run.py --pairs           # split pairs by gate
    .venv/bin/python benchmarks/allegations/run.py --topics          # misses by why, topic probe

Runs the real pipeline over ``corpus/`` (parse, extract, resolve, then the corpus merge of
:mod:`kg.resolve.corpus`) and scores the claim-to-allegation assignment against
``benchmarks/allegations/gold.jsonl`` (:mod:`kg.evaluate.allegations`): pairwise and
B-cubed P/R/F1, pairs within one document and across documents apart, and the same for
the documents' own allegations (what the merge starts from).  ``--cache FILE`` keeps the
parsed extractions, so that a second run only resolves and merges again.  ``--errors``
lists the misses of ``dev`` and ``blind2`` .. ``blind41`` (each scored once at the end of a round,
no longer blind; ``blind24`` at the end of round 27, ``blind25`` at the end of round 28,
``blind26`` at the end of round 29, ``blind27`` at the end of round 30, ``blind28`` at the end of
round 31, ``blind29`` at the end of round 32, ``blind30`` at the end of round 33, ``blind31`` at
the end of round 34, ``blind32`` at the end of round 35, ``blind33`` at the end of round 36,
``blind34`` at the end of round 37, ``blind35`` at the end of round 38, ``blind36`` at the end of
round 39, ``blind37`` at the end of round 40, ``blind38`` at the end of round 41, ``blind39`` at
the end of round 42, ``blind40`` at the end of round 43, ``blind41`` at the end of round 44) only:
a blind part is scored once, at the end, and never inspected (``blind42``, annotated in round 44
on the U.S. Mission to the UN's remarks, State Department statements, White House and Department
of Defense texts, VOA stories and a Dutch government news item of ``corpus/zzcvoa22.jsonl`` ..
``corpus/zzggovnl3.jsonl``, is the part kept for the end of the next round: scored only when
named).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from kg.evaluate.allegations import (
    BLIND_PARTS,
    LISTED_PARTS,
    evaluate,
    format_report,
    load_gold,
    misses,
    system_claims,
)
from kg.ingest import SourceProblem, read_sources
from kg.model import Extraction
from kg.pipeline import extract_articles, resolve_all
from kg.resolve import ActorRegistry
from kg.resolve.corpus import corpus_allegations

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).parent
CORPUS = ROOT / "corpus"
# the parts whose misses may be listed (scored once, no longer blind)
ERRORS_PARTS = LISTED_PARTS


def extractions(corpus: Path, jobs: int, cache: Path | None) -> list[Extraction]:
    """The corpus parsed and extracted (read from ``cache`` when it exists, else written)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as file:
            loaded: list[Extraction] = pickle.load(file)
        return loaded
    articles = [a for a in read_sources([corpus]) if not isinstance(a, SourceProblem)]
    found = list(extract_articles(articles, jobs=jobs))
    if cache is not None:
        with cache.open("wb") as file:
            pickle.dump(found, file, protocol=pickle.HIGHEST_PROTOCOL)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--part",
        choices=("blind", *LISTED_PARTS, *BLIND_PARTS),
        default="dev",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list the misses (dev, or blind2..blind41 with --part)",
    )
    parser.add_argument(
        "--pairs",
        action="store_true",
        help="count the split pairs of aligned claims by the merge gate that splits them "
        "(pairs.py; dev, or blind2..blind41 with --part)",
    )
    parser.add_argument(
        "--topics",
        action="store_true",
        help="the misses by why, and the topic join probe (topics.py; dev, or blind2..blind41 "
        "with --part)",
    )
    parser.add_argument(
        "--list-pairs", action="store_true", help="with --pairs, list each split pair too"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", type=Path, help="a pickle of the parsed corpus")
    args = parser.parse_args(argv)
    if (args.errors or args.pairs or args.topics) and args.part not in ERRORS_PARTS:
        parser.error(
            "--errors lists the dev and blind2..blind41 parts only (blind was never listed)"
        )
    started = time.perf_counter()
    found = extractions(args.corpus, args.jobs, args.cache)
    parsed = time.perf_counter()
    documents = list(resolve_all(found, ActorRegistry()))
    resolved = time.perf_counter()
    merge = corpus_allegations(documents)
    merged = time.perf_counter()
    _, gold = load_gold(GOLD)
    system = system_claims(documents, merge)
    report = evaluate(gold, system, args.part)
    grouped = sum(len(d.allegations) for d in documents)
    print(
        f"{len(documents)} documents, {grouped} document allegations -> "
        f"{len(merge.allegations)} corpus allegations; parse {parsed - started:.0f} s, "
        f"resolve {resolved - parsed:.1f} s, merge {merged - resolved:.2f} s",
        file=sys.stderr,
    )
    print(format_report(report))
    if args.errors:
        print()
        print("\n".join(misses(gold, system, args.part)))
    if args.pairs:
        sys.path.insert(0, str(Path(__file__).parent))
        from pairs import gate_report

        print()
        print("\n".join(gate_report(documents, merge, gold, system, args.part, args.list_pairs)))
    if args.topics:
        sys.path.insert(0, str(Path(__file__).parent))
        from topics import topic_report

        print()
        print("\n".join(topic_report(documents, merge, gold, system, args.part)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
