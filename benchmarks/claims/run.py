"""Score the claim extractor on the news gold set: per field, per stance, confusion matrix.

    .venv/bin/python benchmarks/claims/run.py                 # dev, test and test2 tables
    .venv/bin/python benchmarks/claims/run.py --errors dev    # plus every dev mismatch

Runs the project's real pipeline (spaCy parse, claim extraction, actor resolution) on
each sentence of ``benchmarks/claims/gold.jsonl`` (with its context sentences) and
prints Markdown tables for the ``dev`` part (used while improving the extractor) and
the held-out ``test`` and ``test2`` parts.  ``--errors`` lists mismatches of one part
only; keep it to ``dev`` so that the test parts stay unseen.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kg.evaluate.claims import (
    DIRECTED,
    GoldClaim,
    GoldSentence,
    Pair,
    SystemClaim,
    align,
    claimer_matches,
    evaluate,
    format_report,
    load_gold,
    name_matches,
    system_claims,
)
from kg.nlp import load_pipeline, model_name

GOLD = Path(__file__).with_name("gold.jsonl")
PARTS = ("dev", "test", "test2")


def _describe(claim: SystemClaim | None) -> str:
    if claim is None:
        return "-"
    targets = f" -> {list(claim.targets)}" if claim.targets else ""
    return (
        f"{claim.claimer} ({claim.claimer_kind}) {claim.stance.value}{targets} | {claim.content!r}"
    )


def _describe_gold(claim: GoldClaim) -> str:
    targets = f" -> {[names[0] for names in claim.targets]}" if claim.targets else ""
    return f"{claim.claimer[0]} {claim.stance.value}{targets} | {claim.content!r}"


def errors(sentences: list[GoldSentence], results: list[Pair]) -> list[str]:
    """One block per sentence where the system and the gold set disagree."""
    blocks = []
    for sentence, (gold, system) in zip(sentences, results, strict=True):
        lines = []
        for s, g in align(system, gold):
            ok = (
                s is not None
                and g is not None
                and s.stance is g.stance
                and claimer_matches(s, g)
                and (
                    g.stance not in DIRECTED
                    or (
                        len(s.targets) == len(g.targets)
                        and all(
                            any(name_matches(t, names) for t in s.targets) for names in g.targets
                        )
                    )
                )
            )
            if not ok:
                want = "-" if g is None else _describe_gold(g)
                lines.append(f"    gold:   {want}\n    system: {_describe(s)}")
        if lines:
            blocks.append(f"[{sentence.id}] {sentence.text}\n" + "\n".join(lines))
    return blocks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the project's)")
    parser.add_argument("--errors", choices=PARTS, help="list the mismatches of one part")
    parser.add_argument(
        "--part", choices=(*PARTS, "all"), default="all", help="which tables to print"
    )
    parser.add_argument("--json", type=Path, help="also write the scores as JSON here")
    args = parser.parse_args(argv)

    gold = load_gold(args.gold)
    started = time.perf_counter()
    results = {s.id: (s.claims, system_claims(s, args.model)) for s in gold}
    seconds = time.perf_counter() - started
    print(
        f"model {model_name(load_pipeline(args.model))}; {len(gold)} sentences in {seconds:.1f} s\n"
    )
    summary = {}
    for part in PARTS if args.part == "all" else (args.part,):
        sentences = [s for s in gold if s.split == part]
        pairs = [results[s.id] for s in sentences]
        report = evaluate(pairs)
        print(format_report(report, f"{part} part"), end="\n\n")
        summary[part] = {
            "headline": {
                "p": report.headline.precision,
                "r": report.headline.recall,
                "f1": report.headline.f1,
            },
            "fields": {
                k: {"p": v.precision, "r": v.recall, "f1": v.f1} for k, v in report.fields.items()
            },
            "stances": {
                k.value: {"p": v.precision, "r": v.recall, "f1": v.f1, "gold": v.gold}
                for k, v in report.stances.items()
            },
            "confusion": {f"{g}->{s}": n for (g, s), n in sorted(report.confusion.items())},
        }
        if args.errors == part:
            print("\n\n".join(errors(sentences, pairs)), end="\n\n")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
