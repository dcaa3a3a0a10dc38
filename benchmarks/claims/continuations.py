"""Count the gold claims of quotation continuations and pronoun follow-ons, and how many the
extractor gets right (round 14, issue 12).

    .venv/bin/python benchmarks/claims/continuations.py  # dev..test5, document scope
    .venv/bin/python benchmarks/claims/continuations.py --scope sentence --part dev

Each gold claim is classed by its sentence: (A) the sentence lies wholly inside a quotation
(:func:`kg.extract.claims.speech_quotes.quotation_stretches`, across sentences) and names
none of the claimer's names; (B) it opens with a quotation and names no claimer ("...," he
said.); (C) it names no claimer and holds he/she/they; (D) it names no claimer otherwise;
(E) it names the claimer.  For each class: gold claims, those aligned with a system claim,
and those whose claimer, claimer and stance, and claimer, stance and targets are right.
Development parts only by default; a blind part cannot be asked for.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # noqa: E402

from kg.evaluate.claims import GoldClaim, align, claimer_matches, load_gold, same_claim  # noqa: E402
from kg.extract.claims.speech_quotes import quotation_stretches  # noqa: E402

DEVELOPMENT = ("dev", "test", "test2", "test3", "test4", "test5")
_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_TRAILING = ',.;:!? \n”"»'


def names_claimer(claim: GoldClaim, sentence: str) -> bool:
    """Whether the sentence holds one of the claimer's names, or the last capitalised word
    of one (a surname)."""
    lower = sentence.lower()
    for name in claim.claimer:
        words = [w for w in re.findall(r"\w+", name) if w[0].isupper() and len(w) > 2]
        if name.lower() in lower or (words and words[-1].lower() in lower):
            return True
    return False


def class_of(claim: GoldClaim, text: str, start: int, end: int) -> str:
    """The class (A-E above) of a gold claim of the sentence ``text[start:end]``."""
    sentence = text[start:end]
    a, b = start, end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRAILING:
        b -= 1
    inside = any(x <= a and b <= y for x, y in quotation_stretches(text))
    if names_claimer(claim, sentence):
        return "E claimer named in the sentence"
    if inside:
        return "A inside a quotation"
    if sentence.lstrip()[:1] in '“"«':
        return "B quotation + unnamed attribution"
    if _PRONOUN.search(sentence):
        return "C pronoun follow-on"
    return "D claimer named elsewhere, other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part", action="append", choices=[p for p in run.PARTS if p not in run.BLIND]
    )
    parser.add_argument("--scope", choices=("sentence", "document"), default="document")
    args = parser.parse_args(argv)
    parts = args.part or list(DEVELOPMENT)
    gold = [s for s in load_gold(run.GOLD) if s.split in parts]
    if args.scope == "document":
        parsed, _ = run.parse_documents(gold, None)
    else:
        parsed = [(e, doc, start, None) for e, doc, start in run.parse_items(gold, None)]
    rows: dict[str, Counter[str]] = {}
    for sentence, item, system in zip(gold, parsed, run.score_items(parsed), strict=True):
        _, doc, start, end = item
        for found, claim in align(system, sentence.claims):
            if claim is None:
                continue
            row = rows.setdefault(class_of(claim, doc.text, start, end or len(doc.text)), Counter())
            claimer = found is not None and claimer_matches(found, claim)
            row["gold"] += 1
            row["found"] += found is not None
            row["claimer"] += claimer
            row["stance"] += claimer and found is not None and found.stance is claim.stance
            row["all"] += same_claim(found, claim)
    print(f"parts {', '.join(parts)}; scope {args.scope}\n")
    print("| class | gold | any system claim | claimer | claimer + stance | + target |")
    print("|---|---|---|---|---|---|")
    for name in sorted(rows):
        r = rows[name]
        print(
            f"| {name} | {r['gold']} | {r['found']} | {r['claimer']} | {r['stance']} | {r['all']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
