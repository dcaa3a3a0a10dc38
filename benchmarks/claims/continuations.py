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

``--fine`` (round 19) classes the gold claims whose claimer is not named in their own
sentence by where the speaker is: (1) a quotation opened in an earlier sentence and
continued, (1b) a whole quoted sentence whose speaker came before, (2) a quotation closed
in a later sentence with the attribution there, (3) the speaker named in the following
sentence, (4) a pronoun or role noun ("he", "the ministry", "the spokesman") whose
antecedent is earlier, (5) a paragraph that continues a speaker's indirect speech ("He
added", "The statement also"), (6) other; and counts for each the claims missed, with a
wrong claimer, with the claimer right but stance or targets wrong, and right.  The
sentence scope gives an item with no context the sentence before it, as ``run.py`` does.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # noqa: E402

from kg.evaluate.claims import (  # noqa: E402
    GoldClaim,
    GoldSentence,
    SystemClaim,
    align,
    claimer_matches,
    load_gold,
    same_claim,
)
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


_FINE_PRONOUN = re.compile(r"\b(?:he|she|they|it|we)\b", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:spokesm[ae]n|spokeswoman|spokesperson|"
    r"official|ministry|minister|statement|president|envoy|ambassador|government|report|"
    r"embassy|agency|office|group|army|military|leader|commander|source|diplomat|secretary|"
    r"chief|department|council|rebels|militants)\b",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"\b(?:added|adds|also|further|went on|goes on|continued|stressed|noted)\b", re.IGNORECASE
)


def fine_class_of(
    claim: GoldClaim, text: str, start: int, end: int, sentence_starts: list[int]
) -> str | None:
    """The ``--fine`` class (1 .. 6 above) of a gold claim of ``text[start:end]``, or None
    when the sentence names the claimer."""
    sentence = text[start:end]
    if names_claimer(claim, sentence):
        return None
    a, b = start, end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRAILING:
        b -= 1
    later = [x for x in sentence_starts if x >= end]
    following = text[end : later[1]] if len(later) > 1 else text[end : end + 400]
    before = text[max(0, start - 600) : start]
    for x, y in quotation_stretches(text):
        if not (x <= a and b <= y):
            continue
        if y > b + 2 and names_claimer(claim, text[b : min(len(text), y + 120)]):
            return "2 quotation closed later, attribution there"
        if text[x:a].strip(' “"«'):
            return "1 open quotation continued"
        return "1b whole quoted sentence, speaker before"
    if names_claimer(claim, following) and not names_claimer(claim, before):
        return "3 speaker named in the following sentence"
    referring = _FINE_PRONOUN.search(sentence) or _ROLE.search(sentence)
    if referring and _GOES_ON.search(sentence):
        return "5 continued indirect speech (added, also)"
    if referring:
        return "4 pronoun or role noun, antecedent earlier"
    return "6 other"


def fine_table(
    gold: list[GoldSentence], parsed: list[run.Item], found: list[tuple[SystemClaim, ...]]
) -> str:
    """The ``--fine`` table: per class, gold claims and how the extractor fares."""
    columns = ("gold", "missed", "wrong claimer", "claimer right, stance or targets wrong", "right")
    rows: dict[str, Counter[str]] = {}
    for sentence, (_, doc, start, end), system in zip(gold, parsed, found, strict=True):
        starts = [s.start_char for s in doc.sents]
        for match, claim in align(system, sentence.claims):
            if claim is None:
                continue
            name = fine_class_of(claim, doc.text, start, end or len(doc.text), starts)
            if name is None:
                continue
            row = rows.setdefault(name, Counter())
            row["gold"] += 1
            if match is None:
                row["missed"] += 1
            elif not claimer_matches(match, claim):
                row["wrong claimer"] += 1
            elif same_claim(match, claim):
                row["right"] += 1
            else:
                row["claimer right, stance or targets wrong"] += 1
    lines = ["| class | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for name in sorted(rows):
        lines.append(f"| {name} | " + " | ".join(str(rows[name][c]) for c in columns) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part", action="append", choices=[p for p in run.PARTS if p not in run.BLIND]
    )
    parser.add_argument("--scope", choices=("sentence", "document"), default="document")
    parser.add_argument(
        "--fine", action="store_true", help="class by where the speaker is (round 19)"
    )
    args = parser.parse_args(argv)
    parts = args.part or list(DEVELOPMENT)
    gold = [s for s in load_gold(run.GOLD) if s.split in parts]
    if args.scope == "document":
        parsed, _ = run.parse_documents(gold, None)
    else:
        parsed = [
            (e, doc, start, None)
            for e, doc, start in run.parse_items(run.with_sentence_before(gold), None)
        ]
    if args.fine:
        print(f"parts {', '.join(parts)}; scope {args.scope}\n")
        print(fine_table(gold, parsed, run.score_items(parsed)))
        return 0
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
