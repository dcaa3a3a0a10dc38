"""Round 20 (issues 12, 13, branch ``realtests20``): no unit test quotes a sentence of a gold
part.  A test that asserts a rule's behaviour on a gold sentence tunes the rule on the
benchmark; this scans every string literal of every test module (multi-line and implicitly
joined literals included) and fails if one of its sentences is in the claims gold, the
allegations gold or an annotator's second labelling of either (``agreement/*_second.jsonl``).

Membership only: the gold lines are read as text to test against, never shown; a failure
names the test file and its own sentence.  Short sentences (fewer than ``MIN_WORDS`` words)
are skipped, since a common phrase ("The missile hit her house.") may be in a gold part by
chance as well as by copying; whole-word shingles keep the check under a second.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
GOLD_FILES = [
    ROOT / "benchmarks" / "claims" / "gold.jsonl",
    ROOT / "benchmarks" / "allegations" / "gold.jsonl",
    *sorted((ROOT / "benchmarks").glob("*/agreement/*_second.jsonl")),
]
#: Test sentences in a gold part before round 20 (75 quotations, 70 distinct by file and words:
#: 50 in development parts, 25 in held-out parts, none in a blind part), by file and a digest
#: of their words: known, left for their owners to replace; a new one fails the test.  Round 20's
#: ``realtests20b`` replaced 30 of them (40 left; benchmarks/claims/RESULTS.md says why).
KNOWN = TESTS / "data" / "gold_quotes_known.tsv"
#: A sentence of fewer words is not checked: short phrases recur in news by chance.
MIN_WORDS = 6
#: Shingle width: every ``SHINGLE`` consecutive words of a checked sentence must be in gold.
SHINGLE = 6
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def words(text: str) -> list[str]:
    """Lower-cased word tokens, curly quotes and dashes folded, so a sentence matches the
    gold's copy whatever its typography."""
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.translate(_QUOTES).lower())


def gold_texts() -> Iterator[str]:
    """The text of every gold line: a claims item's ``text``, an allegation row's
    ``sentence``."""
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield str(row.get("text") or row.get("sentence") or "")


#: Two string literals joined across a line break (implicit concatenation), then a literal.
_JOIN = re.compile(r"(?<=[^\\])([\"'])[ \t]*\n[ \t]*[rbf]?\1")
_LITERAL = re.compile(r"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'")
#: A sentence ends at . ! ? (or a closing quote after one) before a capital or an opening
#: quote, but not after an initial or an abbreviation ("Wendy R. Sherman", "the U.S. embassy").
_SPLIT = re.compile(r"(?<![A-Z]\.)(?<!\b[A-Z])(?<=[.!?\"\u201d])\s+(?=[\"\u201cA-Z])")


def sentences(path: Path) -> Iterator[str]:
    """The sentences of every one-line string literal of ``path`` (read by pattern, not by
    ``ast``, which takes seconds over the whole folder), literals joined across lines first."""
    source = _JOIN.sub("", path.read_text(encoding="utf-8"))
    for match in _LITERAL.finditer(source):
        # an escaped line break ("Begin Text:\n\nWe expressed ...") ends a sentence too
        for line in (match.group(1) or match.group(2) or "").split("\\n"):
            yield from _SPLIT.split(line)


def digest(toks: list[str]) -> str:
    """A short digest of a sentence's words: the known list names no gold text."""
    return hashlib.sha1(" ".join(toks).encode()).hexdigest()[:12]


def known() -> set[tuple[str, str]]:
    """(test file, digest) of each known gold sentence of a test."""
    rows = (line.split("\t") for line in KNOWN.read_text(encoding="utf-8").splitlines())
    return {(row[0], row[1]) for row in rows if len(row) == 2 and not row[0].startswith("#")}


def gold_quotes() -> list[tuple[str, str, str]]:
    """(test file, digest, sentence) of each test sentence that is in a gold part."""
    joined = [" ".join(words(text)) for text in gold_texts()]
    shingles = set()
    for text in joined:
        toks = text.split()
        shingles.update(" ".join(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1))
    corpus = "\n".join(joined)
    found = []
    for path in sorted(TESTS.glob("**/*.py")):
        name = str(path.relative_to(ROOT))
        for sentence in sentences(path):
            toks = words(sentence)
            if len(toks) < MIN_WORDS:
                continue
            grams = (" ".join(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1))
            if all(gram in shingles for gram in grams) and " ".join(toks) in corpus:
                found.append((name, digest(toks), sentence))
    return found


def test_no_test_quotes_a_gold_sentence() -> None:
    allowed = known()
    new = [f"{name}: {text}" for name, key, text in gold_quotes() if (name, key) not in allowed]
    assert not new, "test sentences in a gold part:\n" + "\n".join(new)
