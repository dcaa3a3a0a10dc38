"""Check the claims gold file's form without running the extractor.

    .venv/bin/python benchmarks/claims/validate.py            # benchmarks/claims/gold.jsonl
    .venv/bin/python benchmarks/claims/validate.py other.jsonl

Reads every line as JSON and checks what the annotation guide (``GUIDE.md``) asks of it:
the required keys, a known split and stance, a source URL and a licence, offsets that
cut exactly the ``content`` out of ``text``, unique ids, and each document (the id without
its ``-nn`` number) wholly in one split.  It never parses a sentence or runs the claim
extractor, so it is safe to run on the held-out parts.  Prints one line per problem, then a
summary of sentences and claims per split; exit code 1 when a problem was found.

>>> problems_in({"id": "d-01", "split": "dev", "text": "X said P.", "claims": [],
...              "source": {"url": "u"}, "licence": "l", "tags": []})
[]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.evaluate.claims import GOLD_PARTS
from kg.model import Stance

GOLD = Path(__file__).with_name("gold.jsonl")
SPLITS = GOLD_PARTS
LINE_KEYS = ("id", "split", "text", "source", "licence", "claims")
CLAIM_KEYS = ("claimer", "stance", "content")
STANCES = {stance.value for stance in Stance}


def problems_in(record: dict) -> list[str]:
    """Everything wrong with one gold line, as short messages (empty when it is well formed)."""
    problems = [f"missing key {key!r}" for key in LINE_KEYS if key not in record]
    if problems:
        return problems
    if record["split"] not in SPLITS:
        problems.append(f"unknown split {record['split']!r}")
    if not record["source"].get("url") or not record["licence"]:
        problems.append("no source URL or no licence")
    text = record["text"]
    for number, claim in enumerate(record["claims"], 1):
        where = f"claim {number}"
        problems += [f"{where}: missing key {key!r}" for key in CLAIM_KEYS if key not in claim]
        if claim.get("stance") not in STANCES:
            problems.append(f"{where}: unknown stance {claim.get('stance')!r}")
        if not all(
            isinstance(names, list) and names and all(isinstance(name, str) for name in names)
            for names in claim.get("targets", [])
        ):
            # round 26: a second annotation gave [name, [aliases]]; the scorer reads flat lists
            problems.append(f"{where}: each target must be a non-empty list of names (strings)")
        content = claim.get("content")
        if content is None:
            continue
        start, end = claim.get("content_start"), claim.get("content_end")
        if not isinstance(start, int) or not isinstance(end, int):
            problems.append(f"{where}: content without content_start/content_end")
        elif text[start:end] != content:
            problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not the content")
    return problems


def check(path: Path) -> tuple[list[str], Counter[str], Counter[str]]:
    """Problems of the whole file, and sentences and claims counted per split."""
    problems: list[str] = []
    sentences: Counter[str] = Counter()
    claims: Counter[str] = Counter()
    seen: set[str] = set()
    splits_of: defaultdict[str, set[str]] = defaultdict(set)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{path}:{number}: not JSON ({error.msg})")
            continue
        item = record.get("id", "?")
        problems += [f"{path}:{number} ({item}): {p}" for p in problems_in(record)]
        if item in seen:
            problems.append(f"{path}:{number} ({item}): duplicate id")
        seen.add(item)
        split = record.get("split", "?")
        splits_of[item.rsplit("-", 1)[0]].add(split)
        sentences[split] += 1
        claims[split] += len(record.get("claims", []))
    for document, splits in sorted(splits_of.items()):
        if len(splits) > 1:
            problems.append(f"{path}: document {document} is in several splits {sorted(splits)}")
    return problems, sentences, claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=GOLD, help="gold JSONL file")
    args = parser.parse_args(argv)
    problems, sentences, claims = check(args.path)
    for problem in problems:
        print(problem)
    for split in sorted(sentences):
        print(f"{split}: {sentences[split]} sentences, {claims[split]} claims")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
