"""Inter-annotator agreement on the allegations gold: a second annotation against the gold.

    FILE=benchmarks/allegations/agreement/blind5_second.jsonl
    .venv/bin/python benchmarks/allegations/agreement.py $FILE
    .venv/bin/python benchmarks/allegations/agreement.py $FILE --reverse    # gold as the system
    .venv/bin/python benchmarks/allegations/agreement.py $FILE --differences  # list them

The second annotation (``agreement/README.md``) has the gold's JSON format.  One annotation
is treated as the system's clustering and the other as the reference, and the project's own
scorer (:mod:`kg.evaluate.allegations`: ``align``, ``evaluate``, ``format_report``, as
``run.py`` uses them) gives pairwise and B-cubed P/R/F1 of the claim-to-allegation
assignment (a reference claim the other annotation lacks is its own cluster).  Besides the
scorer's alignment (same document and sentence, compatible stance, same claimer), the
counts of sentences found by both (document and sentence only), and the same scores with an
alignment that prefers a claim of the same allegation when a sentence is in several
(the scorer's alignment can pair a sentence's claim of one allegation with the other
annotation's claim of another).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate.allegations import (
    BLIND_PARTS,
    GoldClaim,
    Report,
    SystemClaim,
    _folded,
    bcubed,
    claimer_matches,
    compatible,
    evaluate,
    format_report,
    gold_claim,
    load_gold,
    pairwise,
    same_sentence,
)

GOLD = Path(__file__).parent


def read_annotation(path: Path, part: str, prefix: str = "s") -> list[GoldClaim]:
    """The claims of a second annotation (the gold's format) as gold claims of ``part``."""
    claims = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip():
            record = json.loads(line)
            claims.append(gold_claim(record, f"{prefix}{number}", part))
    return claims


def as_system(claims: Sequence[GoldClaim]) -> list[SystemClaim]:
    """An annotation as the system's claims: its allegation is the claim's cluster."""
    return [
        SystemClaim(c.key, c.doc, c.sentence, c.claimer, c.stance, c.allegation, c.allegation)
        for c in claims
    ]


def align_same_allegation(
    gold: Sequence[GoldClaim], system: Sequence[SystemClaim]
) -> dict[str, SystemClaim]:
    """:func:`~kg.evaluate.allegations.align`, in two passes: first only claims of the same
    allegation, then the rest (a sentence in two allegations must not pair one annotation's
    claim of the first with the other's claim of the second while both have the first)."""
    used: set[str] = set()
    aligned: dict[str, SystemClaim] = {}
    for same in (True, False):
        for item in gold:
            if item.key in aligned:
                continue
            candidates = [
                c
                for c in system
                if c.doc == item.doc
                and c.id not in used
                and (c.allegation == item.allegation or not same)
                and same_sentence(item.sentence, c.sentence)
                and compatible(item.stance, c.stance)
                and claimer_matches(c.claimer, item.claimer)
            ]
            if candidates:
                best = min(candidates, key=lambda c: (c.stance != item.stance, c.id))
                used.add(best.id)
                aligned[item.key] = best
    return aligned


@dataclass(frozen=True)
class Agreement:
    """Reference-side counts and scores of one annotation against another."""

    claims: int  # reference claims
    other_claims: int
    sentences: int  # distinct (document, sentence) of the reference
    found_sentences: int  # of them, in the other annotation too
    other_sentences: int
    extra_sentences: int  # the other annotation's sentences the reference lacks
    report: Report  # the scorer's alignment
    same_allegation: dict[str, float]  # pairwise/b-cubed P, R, F1, allegation-aware alignment


def _sentence_keys(claims: Sequence[GoldClaim]) -> set[tuple[str, str]]:
    return {(c.doc, _folded(c.sentence)) for c in claims}


def _found(keys: set[tuple[str, str]], others: set[tuple[str, str]]) -> int:
    by_doc: dict[str, list[str]] = {}
    for doc, sentence in others:
        by_doc.setdefault(doc, []).append(sentence)
    return sum(any(same_sentence(s, o) for o in by_doc.get(doc, ())) for doc, s in keys)


def agreement(reference: Sequence[GoldClaim], other: Sequence[GoldClaim], part: str) -> Agreement:
    """Score ``other`` (as the system) against ``reference`` (as the gold) on ``part``."""
    reference = [c for c in reference if c.part == part]
    report = evaluate(reference, as_system(other), part)
    aligned = align_same_allegation(reference, as_system(other))
    truth = {c.key: c.allegation for c in reference}
    assigned = {k: aligned[k].allegation if k in aligned else f"unaligned:{k}" for k in truth}
    pw, b3 = pairwise(truth, assigned), bcubed(truth, assigned)
    keys, other_keys = _sentence_keys(reference), _sentence_keys(other)
    return Agreement(
        claims=len(reference),
        other_claims=len(other),
        sentences=len(keys),
        found_sentences=_found(keys, other_keys),
        other_sentences=len(other_keys),
        extra_sentences=len(other_keys) - _found(other_keys, keys),
        report=report,
        same_allegation={
            "aligned": float(len(aligned)),
            "pairwise P": pw.precision, "pairwise R": pw.recall, "pairwise F1": pw.f1,
            "b-cubed P": b3.precision, "b-cubed R": b3.recall, "b-cubed F1": b3.f1,
        },
    )  # fmt: skip


def format_agreement(result: Agreement, reference: str, other: str) -> str:
    """Markdown: the scorer's table (its ``corpus`` rows) and the counts."""
    table = format_report(result.report).splitlines()
    kept = [line for line in table if not line.startswith("| documents")]
    s = result.same_allegation
    return "\n".join(
        [
            f"## {other} as the system, {reference} as the reference",
            "",
            f"- claims: {result.claims} ({reference}), {result.other_claims} ({other})",
            f"- distinct sentences: {result.sentences} ({reference}); found by {other}: "
            f"{result.found_sentences}; {other}'s {result.other_sentences} sentences, "
            f"{result.extra_sentences} of them not in {reference}",
            f"- allegation-aware alignment: {int(s['aligned'])} aligned; pairwise "
            f"{s['pairwise P']:.2f} / {s['pairwise R']:.2f} / {s['pairwise F1']:.2f}; b-cubed "
            f"{s['b-cubed P']:.2f} / {s['b-cubed R']:.2f} / {s['b-cubed F1']:.2f}",
            "",
            *kept,
        ]
    )


def differences(gold: Sequence[GoldClaim], second: Sequence[GoldClaim], part: str) -> list[str]:
    """Each gold claim the second annotation lacks or puts elsewhere, and each second claim
    the gold lacks (for reading the disagreements; ``part`` must not be a blind one)."""
    gold = [c for c in gold if c.part == part]
    aligned = align_same_allegation(gold, as_system(second))
    lines = []
    for c in gold:
        got = aligned.get(c.key)
        if got is None:
            loose = [s for s in second if s.doc == c.doc and same_sentence(c.sentence, s.sentence)]
            why = (
                "sentence found, "
                + ", ".join(sorted({f"{s.allegation}/{s.stance}/{s.claimer[0]}" for s in loose}))
                if loose
                else "sentence not found"
            )
            lines.append(
                f"gold-only   {c.allegation}  {c.stance}  {c.claimer[0]}  [{why}]  {c.doc}  "
                + " ".join(c.sentence.split())[:160]
            )
        elif got.allegation != c.allegation:
            lines.append(
                f"moved       {c.allegation} -> {got.allegation}  {c.doc}  "
                + " ".join(c.sentence.split())[:160]
            )
    back = align_same_allegation(second, as_system(gold))
    for s in second:
        if s.key not in back:
            lines.append(
                f"second-only {s.allegation}  {s.stance}  {s.claimer[0]}  {s.doc}  "
                + " ".join(s.sentence.split())[:160]
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("second", type=Path, help="the second annotation (gold's format)")
    parser.add_argument("--part", default="blind5")
    parser.add_argument("--reverse", action="store_true", help="the gold as the system")
    parser.add_argument("--differences", action="store_true", help="list the differences")
    args = parser.parse_args(argv)
    if args.part in BLIND_PARTS:
        parser.error(f"{args.part} is held out")
    _, gold = load_gold(GOLD)
    second = read_annotation(args.second, args.part)
    if args.differences:
        print("\n".join(differences(gold, second, args.part)))
        return 0
    if args.reverse:
        gold_part = [c for c in gold if c.part == args.part]
        print(format_agreement(agreement(second, gold_part, args.part), "second", "gold"))
    else:
        print(format_agreement(agreement(gold, second, args.part), "gold", "second"))
    print()
    stances = Counter(c.stance for c in second)
    print(f"second annotation stances: {dict(stances)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
