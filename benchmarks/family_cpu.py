"""CPU per document of each claim rule family and each refinement, on cached parses.

    PYTHONPATH=CHECKOUT python benchmarks/family_cpu.py CACHE [--passes 3] [--top 40]

``CACHE`` is a parse cache of ``extract_cpu.py parse``.  Every function that
:func:`kg.extract.claims._claims` calls, the cue families of
:data:`kg.extract.claims.CUE_RULES` and the refinements after them, is wrapped in a timer
(``time.process_time``) and :func:`kg.extract.extract` runs over every document
``--passes`` times after a warm-up pass; the minimum per function over the passes is
printed, in ms per document and as a share of the claims' time.  A cue family's time is
its generator's, drained at once (the claims it yields are the same), and so is any
other function's that returns a generator (:func:`_cue_candidates`: the token scan).  Where a family
calls another's helpers, the time counts once, to the family that ran.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from extract_cpu import load  # noqa: E402

#: Names in :func:`_claims` that are not rule code (builtins, the result's assembly).
_NOT_RULES = frozenset(
    {"tuple", "sorted", "replace", "_claim_key", "_Context", "setdefault", "list", "len"}
)


def _timed(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            found = function(*args, **kwargs)
            # a generator's work is done while it is drained: drain it inside the timer
            return iter(list(found)) if isinstance(found, Iterator) else found
        finally:
            spent[name] = spent.get(name, 0.0) + clock() - started

    return timed


def _timed_family(
    spent: dict[str, float], name: str, rule: Callable[..., Iterator[Any]]
) -> Callable[..., Iterator[Any]]:
    clock = time.process_time

    def timed(*args: Any) -> Iterator[Any]:
        started = clock()
        try:
            found = list(rule(*args))
        finally:
            spent[name] = spent.get(name, 0.0) + clock() - started
        return iter(found)

    return timed


def instrument(spent: dict[str, float]) -> None:
    """Wrap every cue family and every function :func:`_claims` calls in a timer."""
    from kg.extract import claims

    for name, rule in list(claims.CUE_RULES.items()):
        claims.CUE_RULES[name] = _timed_family(spent, name, rule)
    called = set(re.findall(r"\b(\w+)\(", inspect.getsource(claims._claims))) - _NOT_RULES
    for name in sorted(called):
        function = getattr(claims, name, None)
        if callable(function) and not isinstance(function, type):
            setattr(claims, name, _timed(spent, name, function))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    from kg.extract import extract
    from kg.extract.claims import _claims
    from kg.model import Article
    from kg.processes import fewer_collections

    docs = load(args.cache)
    articles = [Article(id=str(n), text=d.text, source=str(n)) for n, d in enumerate(docs)]
    spent: dict[str, float] = {}
    total: dict[str, float] = {}
    from kg.extract import claims

    instrument(spent)
    claims._claims = _timed(total, "_claims", _claims)  # the claims' own total
    passes: list[dict[str, float]] = []
    with fewer_collections():
        for number in range(args.passes + 1):
            spent.clear()
            total.clear()
            started = time.process_time()
            for doc, article in zip(docs, articles, strict=True):
                extract(doc, article)
            whole = time.process_time() - started
            if number:
                passes.append({**spent, "_claims": total["_claims"], "extract": whole})
    best = {name: min(p.get(name, 0.0) for p in passes) for name in passes[0]}
    per_doc = {name: 1000 * s / len(docs) for name, s in best.items()}
    print(
        f"{len(docs)} documents, min of {args.passes} passes: extract {per_doc['extract']:.3f} "
        f"ms/doc, claims {per_doc['_claims']:.3f} ms/doc"
    )
    ranked = sorted((n for n in per_doc if n not in ("extract", "_claims")), key=per_doc.get)
    for name in ranked[::-1][: args.top]:
        share = 100 * per_doc[name] / per_doc["_claims"]
        print(f"{per_doc[name]:8.3f} ms/doc {share:5.1f}%  {name}")


if __name__ == "__main__":
    main()
