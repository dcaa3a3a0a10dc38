"""How much of the dispute corpus and of its offline mirrors an allegations part could still use.

Usage: python scripts/corpus_unused.py [SD_GIT WH_GIT ZP_GIT] [--probe REGEX ...]

Round 25 (branch ``blind23``) wrote this to look for a releases-register part: acts charged in
several official releases, by several sides, that no gold allegation holds.  It prints numbers
only:

- per corpus file (the @StateDept post files left out), the texts and how many of them are in
  no document of ``benchmarks/allegations/gold.jsonl``;
- with the three mirror git directories that ``scripts/corpus_extend.py`` reads, how many of
  their items are outside the corpus (and, for the U.S. feeds, how many pass that script's size,
  question and title filters) and the dates they span;
- for each ``--probe`` regular expression, the corpus sentences (plain splitter of
  ``benchmarks/allegations/agreement/sentences.py``) that match it: how many carry no gold claim
  of any part or agreement file, in how many documents (and how many of those documents are in
  no gold document), and how many carry one.  No sentence is printed, so the check reads no gold
  part's lines, blind or held out.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "allegations" / "agreement"))
sys.path.insert(0, str(ROOT / "scripts"))

from sentences import split  # noqa: E402


def gold_sentences_and_docs() -> tuple[set[str], set[str]]:
    """Every sentence of any allegations gold line or agreement file, and the gold documents."""
    sentences: set[str] = set()
    docs: set[str] = set()
    allegations = ROOT / "benchmarks" / "allegations"
    for line in (allegations / "gold.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        sentences.add(row["sentence"])
        docs.add(row["doc"])
    for path in sorted((allegations / "agreement").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                sentences.add(json.loads(line).get("sentence", ""))
    return sentences, docs


def releases() -> list[dict]:
    """The corpus records outside the @StateDept post files and the VOA stories (round 25's
    ``voa.jsonl``, news reports rather than releases), with their file's stem."""
    out = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        if "-x-" in path.name or path.name.startswith("voa"):
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                out.append({**json.loads(line), "file": path.stem})
    return out


def mirrors(sd_git: str, wh_git: str, zp_git: str, urls: set[str]) -> None:
    """Counts of the mirror items the corpus does not hold."""
    import corpus_extend

    for pub, git_dir in (("state-department", sd_git), ("white-house", wh_git)):
        items = [it for it in corpus_extend.feed_items(git_dir).values() if it["url"] not in urls]
        passing = [
            it
            for it in items
            if 500 <= len(it["text"]) <= 20000
            and not corpus_extend.QUESTIONS.search(it["text"])
            and not corpus_extend.SKIP_TITLE.search(it["title"])
            and (pub == "state-department" or "/statements-releases/" in it["url"])
        ]
        dates = sorted(it.get("published", "")[:10] for it in items if it.get("published"))
        span = f"{dates[0]} - {dates[-1]}" if dates else "-"
        print(f"{pub} feed: {len(items)} items outside the corpus ({span}), {len(passing)} pass")
    for name in ("putin", "zelenskyy"):
        rows = corpus_extend.press_releases(zp_git, name)
        dates = sorted(row["date"][:10] for row in rows)
        outside = sum(row["link"] not in urls for row in rows)
        print(f"{name}.csv: {len(rows)} rows ({dates[0]} - {dates[-1]}), {outside} outside")


def probe(pattern: str, records: list[dict], gold: set[str], gold_docs: set[str]) -> str:
    """One line of counts for the sentences matching ``pattern``."""
    regex = re.compile(pattern, re.I)
    open_sentences = hidden = 0
    docs: set[str] = set()
    for record in records:
        for sentence in split(record["text"]):
            if not regex.search(sentence):
                continue
            if sentence in gold:
                hidden += 1
            else:
                open_sentences += 1
                docs.add(record["url"])
    unused = len(docs - gold_docs)
    return (
        f"{pattern}: {open_sentences} sentences without a gold claim in {len(docs)} documents "
        f"({unused} in no gold document); {hidden} with one"
    )


def main(argv: list[str]) -> None:
    probes = argv[argv.index("--probe") + 1 :] if "--probe" in argv else []
    positional = argv[: argv.index("--probe")] if "--probe" in argv else argv
    gold, gold_docs = gold_sentences_and_docs()
    records = releases()
    totals: Counter[str] = Counter()
    unused: Counter[str] = Counter()
    for record in records:
        totals[record["file"]] += 1
        unused[record["file"]] += record["url"] not in gold_docs
    for name in sorted(totals):
        print(f"{name}: {totals[name]} texts, {unused[name]} in no gold document")
    print(f"all releases: {sum(totals.values())} texts, {sum(unused.values())} in no gold document")
    if len(positional) == 3:
        urls = {
            json.loads(line)["url"]
            for path in (ROOT / "corpus").glob("*.jsonl")
            for line in path.open(encoding="utf-8")
            if line.strip()
        }
        mirrors(*positional, urls)
    for pattern in probes:
        print(probe(pattern, records, gold, gold_docs))


if __name__ == "__main__":
    main(sys.argv[1:])
