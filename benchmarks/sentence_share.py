"""Extraction's CPU by sentence: how much goes to sentences that end with no claim.

    PYTHONPATH=CHECKOUT python benchmarks/sentence_share.py CACHE [--docs 200]

``CACHE`` is a parse cache of ``extract_cpu.py parse``.  After a warm-up pass, one pass of
:func:`kg.extract.extract` (as ``stages.py`` runs it, under the build's collector) with
each cue family's call (:data:`kg.extract.claims.CUE_RULES`) and each call of the
author's voice (``voice._own_voice``) timed with ``time.process_time`` and charged to its
sentence; then the share of extraction's CPU each takes, and the part of it spent in
sentences that end with no claim.  The author's voice is also split by whether some gated
rule (:mod:`kg.extract.claims.gates`) opened during the call.  Round 41 (speed49): every
sentence carries a relation, the families' rule calls spend some 2% of extraction in
claim-less sentences, the author's voice 9-16%.  The timers add their own CPU: read the
shares, not the milliseconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from extract_cpu import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    from kg.extract import extract
    from kg.extract._index import index_of
    from kg.extract.claims import CUE_RULES, gates, voice
    from kg.model import Article
    from kg.processes import fewer_collections

    clock = time.process_time
    spent: Counter[tuple[str, int]] = Counter()  # (part, sentence) -> seconds
    opened = [0]  # gated rules run during the author's voice call under way
    voicing = [False]

    def timed(name: str, rule: Callable[..., Iterable[Any]]) -> Callable[..., list[Any]]:
        def run(token: Any, *rest: Any) -> list[Any]:
            started = clock()
            found = list(rule(token, *rest))
            index = index_of(token.doc)
            number = index.sentence_number(token) if index is not None else -1
            spent[name, number] += clock() - started
            return found

        return run

    for name in list(CUE_RULES):
        CUE_RULES[name] = timed(name, CUE_RULES[name])
    original_run, original_voice = gates.run, voice._own_voice

    def counting_run(rule: Callable[..., Any], words: frozenset[str], *rest: Any) -> Any:
        if voicing[0] and gates.ENABLED:
            known = gates._opened.get(words)
            if rule in (known if known is not None else gates._opened_by(words)):
                opened[0] += 1
        return original_run(rule, words, *rest)

    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("kg.extract.claims") and getattr(module, "run", None) is original_run:
            module.run = counting_run  # type: ignore[attr-defined]

    def own_voice(context: Any, sentence: Any, root: Any, number: int, prosing: bool) -> Any:
        voicing[0], opened[0] = True, 0
        started = clock()
        made = original_voice(context, sentence, root, number, prosing)
        spent[f"voice:{'claim' if made else 'none'}:{bool(opened[0])}", number] += clock() - started
        voicing[0] = False
        return made

    voice._own_voice = own_voice
    docs = load(args.cache)[: args.docs]
    articles = [Article(id=str(n), text=d.text, source=str(n)) for n, d in enumerate(docs)]
    total = 0.0
    parts: Counter[str] = Counter()
    claimless: Counter[str] = Counter()
    sentences = without_claim = without_either = 0
    with fewer_collections():
        for doc, article in zip(docs, articles, strict=True):
            extract(doc, article)  # warm-up
        for doc, article in zip(docs, articles, strict=True):
            spent.clear()
            started = clock()
            extraction = extract(doc, article)
            total += clock() - started
            claimed = {c.sentence for c in extraction.claims}
            related = {r.sentence for r in extraction.relations}
            count = len(extraction.sentences)
            sentences += count
            without_claim += sum(1 for n in range(count) if n not in claimed)
            without_either += sum(1 for n in range(count) if n not in claimed | related)
            for (part, number), seconds in spent.items():
                whole = "voice" if part.startswith("voice:") else "families"
                for name in (whole, part):
                    parts[name] += seconds
                    if number not in claimed:
                        claimless[name] += seconds
    print(
        f"{len(docs)} documents, extraction {1000 * total / len(docs):.2f} ms/doc (timers "
        f"included); {sentences} sentences, {without_claim} with no claim, {without_either} "
        "with no claim and no relation"
    )
    for name, seconds in sorted(parts.items(), key=lambda item: -item[1])[:20]:
        print(
            f"  {name}: {100 * seconds / total:.2f}% of extraction, "
            f"{100 * claimless[name] / total:.2f}% in sentences with no claim"
        )


if __name__ == "__main__":
    main()
