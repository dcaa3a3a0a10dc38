"""How often each gated claim rule's gate opens, how often the rule then fires, and the CPU
spent where it opens and finds nothing.

    PYTHONPATH=CHECKOUT python benchmarks/gate_yield.py CACHE [--docs 40] [--top 30]

``CACHE`` is a parse cache of ``extract_cpu.py parse``.  :func:`kg.extract.claims.gates.run`
is replaced, in every module that imported it, by a counter around the same decision: per
rule, the calls, the calls its gate opened on, the calls where the rule then found
something (not None, False or empty) and the CPU (``time.process_time``) of the opened
calls that found nothing.  One pass of :func:`kg.extract.extract` under the build's
collector after a warm-up pass.  A gate that opens far more often than its rule fires is
the place for a cheaper exact pre-check (round 29).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from extract_cpu import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    from kg.extract import extract
    from kg.extract.claims import gates
    from kg.model import Article
    from kg.processes import fewer_collections

    docs = load(args.cache)[: args.docs]
    articles = [Article(id=str(n), text=d.text, source=str(n)) for n, d in enumerate(docs)]
    original = gates.run
    calls: dict[Any, int] = defaultdict(int)
    opened: dict[Any, int] = defaultdict(int)
    fired: dict[Any, int] = defaultdict(int)
    idle: dict[Any, float] = defaultdict(float)
    busy: dict[Any, float] = defaultdict(float)
    depth = [0]

    def counted(rule: Any, words: frozenset[str], *rest: Any) -> Any:
        found = gates.GATES[rule]
        if found.ways is None:
            return original(rule, words, *rest)
        calls[rule] += 1
        if not found.opens(words):
            return original(rule, words, *rest)
        opened[rule] += 1
        depth[0] += 1
        started = time.process_time()
        try:
            answer = original(rule, words, *rest)
        finally:
            depth[0] -= 1
        spent = time.process_time() - started
        if answer:
            fired[rule] += 1
            busy[rule] += spent
        else:
            idle[rule] += spent
        return answer

    for module in list(sys.modules.values()):
        if (
            getattr(module, "__name__", "").startswith("kg.")
            and getattr(module, "run", None) is original
        ):
            module.run = counted  # type: ignore[attr-defined]
    sentences = sum(len(list(d.sents)) for d in docs)
    with fewer_collections():
        for doc, article in zip(docs, articles, strict=True):
            extract(doc, article)
        for table in (calls, opened, fired, idle, busy):
            table.clear()
        for doc, article in zip(docs, articles, strict=True):
            extract(doc, article)
    n = len(docs)
    print(f"{n} documents, {sentences} sentences; ms/doc of the opened calls (nested: in both)")
    print("| rule | calls/doc | opened | fired | fired/opened | ms/doc idle | ms/doc fired |")
    print("|---|---|---|---|---|---|---|")
    for rule in sorted(calls, key=lambda r: -idle[r])[: args.top]:
        share = fired[rule] / opened[rule] if opened[rule] else 0.0
        print(
            f"| `{rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}` | {calls[rule] / n:.1f} "
            f"| {opened[rule] / calls[rule]:.0%} | {fired[rule] / calls[rule]:.1%} | {share:.1%} "
            f"| {1000 * idle[rule] / n:.3f} | {1000 * busy[rule] / n:.3f} |"
        )
    print(
        f"all gated rules, idle: {1000 * sum(idle.values()) / n:.2f} ms/doc (nested counted twice)"
    )


if __name__ == "__main__":
    main()
