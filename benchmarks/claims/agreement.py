"""Agreement between two annotations of the same claims sentences, with the claims scorer.

    .venv/bin/python benchmarks/claims/agreement.py benchmarks/claims/agreement/test8_second.jsonl
    .venv/bin/python benchmarks/claims/agreement.py A.jsonl --reference B.jsonl --part test8
    .venv/bin/python benchmarks/claims/agreement.py A.jsonl --reverse      # the gold as "system"
    .venv/bin/python benchmarks/claims/agreement.py A.jsonl --disagreements  # list them

Inter-annotator agreement measured exactly as the extractor is measured
(:mod:`kg.evaluate.claims`): the first file's claims play the system, the reference's (by
default the gold set, ``gold.jsonl``) the gold, and ``align``/``evaluate``/``format_report``
give the same tables as ``run.py`` (headline claimer+stance+target, per field, per stance,
the stance confusion).  Only the ids present in both files are scored, and only those of the
first file's parts; the blind parts (``run.py``'s ``BLIND``) are refused, so this never reads
their gold.  ``--reverse`` swaps the roles (precision and recall swap, F1 is almost
symmetric: the one-to-one matching is greedy).

An annotation names an actor with a list (its name and aliases) while a system claim has one
name.  ``--names alias`` (the default) lets the two annotators agree on an actor when their
lists share a name: the "system" claim takes the first of its names that the reference
sentence uses (its canonical name when that is used or none is), so the scorer's own
``name_matches`` decides.  ``--names canonical`` takes the canonical name only, as a system
would give it.  A claimer the guide makes an unnamed source (``anonymous_by_guide``) becomes
an anonymous-source actor, which the scorer accepts for any anonymous gold claimer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.evaluate.claims import (
    DIRECTED,
    GoldClaim,
    GoldSentence,
    Pair,
    SystemClaim,
    align,
    anonymous_by_guide,
    evaluate,
    format_report,
    load_gold,
    normalise_name,
    same_claim,
)
from kg.model import ActorKind

HERE = Path(__file__).parent
GOLD = HERE / "gold.jsonl"
#: Parts nobody may score or read outside the lead's end-of-round run (as ``run.py``).
BLIND = frozenset({"test45"})


def _pick(names: Sequence[str], wanted: set[str], how: str) -> str:
    """The name to stand for an annotated actor: its canonical name, or with ``alias`` the
    first of its names the other annotator used (the canonical one first)."""
    if how == "alias":
        for name in names:
            if normalise_name(name) in wanted:
                return name
    return names[0]


def as_system(
    claims: Sequence[GoldClaim], reference: Sequence[GoldClaim], how: str = "alias"
) -> tuple[SystemClaim, ...]:
    """One annotator's claims of a sentence as system claims, named against the other's."""
    claimers = {normalise_name(n) for g in reference for n in g.claimer}
    targets = {normalise_name(n) for g in reference for names in g.targets for n in names}
    return tuple(
        SystemClaim(
            claimer=_pick(claim.claimer, claimers, how),
            claimer_kind=(
                ActorKind.ANONYMOUS.value if anonymous_by_guide(claim) else ActorKind.OTHER.value
            ),
            stance=claim.stance,
            targets=tuple(_pick(names, targets, how) for names in claim.targets),
            content=claim.content,
        )
        for claim in claims
    )


def pairs_of(
    system: Sequence[GoldSentence], reference: Sequence[GoldSentence], how: str = "alias"
) -> tuple[list[GoldSentence], list[Pair]]:
    """The sentences both annotations have (in the reference's order) and their
    (reference claims, system claims) pairs."""
    by_id = {s.id: s for s in system}
    shared = [s for s in reference if s.id in by_id]
    for s in shared:
        if by_id[s.id].text != s.text:
            raise ValueError(f"{s.id}: the two files' texts differ")
    return shared, [(s.claims, as_system(by_id[s.id].claims, s.claims, how)) for s in shared]


def _describe(claim: SystemClaim | GoldClaim | None) -> str:
    if claim is None:
        return "-"
    if isinstance(claim, GoldClaim):
        name, targets = claim.claimer[0], [names[0] for names in claim.targets]
    else:
        name, targets = claim.claimer, list(claim.targets)
    aimed = f" -> {targets}" if targets and claim.stance in DIRECTED else ""
    return f"{name} {claim.stance.value}{aimed} | {claim.content!r}"


def disagreements(sentences: Iterable[GoldSentence], pairs: Iterable[Pair]) -> list[str]:
    """One block per sentence where the annotations differ in claimer, stance or target."""
    blocks = []
    for sentence, (gold, system) in zip(sentences, pairs, strict=True):
        lines = []
        for s, g in align(system, gold):
            same = same_claim(s, g)
            if not same:
                lines.append(f"    reference: {_describe(g)}\n    other:     {_describe(s)}")
        if lines:
            blocks.append(f"[{sentence.id}] {sentence.text}\n" + "\n".join(lines))
    return blocks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotation", type=Path, help="the second annotation (JSONL, gold form)")
    parser.add_argument("--reference", type=Path, default=GOLD, help="default: gold.jsonl")
    parser.add_argument("--part", action="append", help="only these parts (repeatable)")
    parser.add_argument("--names", choices=("alias", "canonical"), default="alias")
    parser.add_argument("--reverse", action="store_true", help="the reference plays the system")
    parser.add_argument("--exclude", type=Path, help="a file of ids (one a line) to leave out")
    parser.add_argument("--disagreements", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)

    annotated = load_gold(args.annotation)
    parts = set(args.part or {s.split for s in annotated})
    if parts & BLIND:
        parser.error(f"blind parts are not scored here: {sorted(parts & BLIND)}")
    left_out = set()
    if args.exclude:
        left_out = {line.strip() for line in args.exclude.read_text().splitlines() if line.strip()}
    ids = {s.id for s in annotated if s.split in parts and s.id not in left_out}
    reference = [s for s in load_gold(args.reference) if s.id in ids and s.split not in BLIND]
    other = [s for s in annotated if s.id in ids]
    system, gold = (reference, other) if args.reverse else (other, reference)
    sentences, pairs = pairs_of(system, gold, args.names)
    title = (
        f"{'reference' if args.reverse else args.annotation.name} as system, "
        f"{args.annotation.name if args.reverse else 'reference'} as gold "
        f"({', '.join(sorted(parts))}; names: {args.names})"
    )
    print(format_report(evaluate(pairs), title), end="\n\n")
    if args.disagreements:
        print("\n\n".join(disagreements(sentences, pairs)), end="\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
