"""The plain sentence splitter and numbering the second ``blind5`` annotation used.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl

Prints one JSON line per sentence of every ``corpus/*.jsonl`` record, numbered in file and
record order (``i``), with the record's number, url, outlet, byline and title: the numbers in
``blind5_second_labels.txt`` are these ``i``.  A regular-expression splitter, deliberately not
``kg``'s, so that the annotation did not depend on the system.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ABBREVIATION = (
    r"(?:U\.S|D\.C|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sen|Rep|Amb|Jr|Sr|Inc|Co|vs|etc"
    r"|a\.m|p\.m|[A-Z])"
)
BOUNDARY = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
ENDS_ABBREVIATED = re.compile(r"(?:^|[\s(])" + ABBREVIATION + r"\.$")


def split(text: str) -> list[str]:
    """The sentences of ``text``: paragraphs at new lines, then at a sentence end followed by
    white space and a capital, not after a listed abbreviation or an initial."""
    out = []
    for paragraph in re.split(r"\n+", text):
        paragraph = paragraph.strip()
        start = 0
        for match in BOUNDARY.finditer(paragraph):
            if ENDS_ABBREVIATED.search(paragraph[start : match.start() + 1]):
                continue
            sentence = paragraph[start : match.end()].strip()
            if sentence:
                out.append(sentence)
            start = match.end()
        rest = paragraph[start:].strip()
        if rest:
            out.append(rest)
    return out


def main() -> int:
    number = 0
    records = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    for doc, record in enumerate(records):
        for sentence in split(record["text"]):
            row = {
                "i": number,
                "doc": doc,
                "url": record["url"],
                "outlet": record["outlet"],
                "byline": record.get("byline", ""),
                "title": record["title"],
                "s": sentence,
            }
            print(json.dumps(row))
            number += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
