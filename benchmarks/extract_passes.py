"""CPU per document of :func:`kg.extract.extract` and of the claims alone, in passes.

    PYTHONPATH=CHECKOUT python benchmarks/extract_passes.py CACHE LABEL [--passes 4]

``CACHE`` is a parse cache of ``extract_cpu.py parse``.  Each pass times ``extract`` over
every document, then ``extract_claims`` alone (the mentions found first, outside the
clock, inside the document's index as ``extract`` runs it), with ``time.process_time``.
Run it from outside a checkout with ``PYTHONPATH`` naming the code to time, old and new
in alternating processes (an A/B on a host whose load changes).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from extract_cpu import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("label")
    parser.add_argument("--passes", type=int, default=4)
    args = parser.parse_args()
    from kg.extract import extract
    from kg.extract._index import indexed
    from kg.extract.claims import OPTIONAL, RULES, extract_claims
    from kg.extract.mentions import extract_mentions
    from kg.model import Article

    docs = load(args.cache)
    articles = [Article(id=str(n), text=d.text, source=str(n)) for n, d in enumerate(docs)]
    whole: list[float] = []
    claims: list[float] = []
    for _ in range(args.passes):
        started = time.process_time()
        for doc, article in zip(docs, articles, strict=True):
            extract(doc, article)
        whole.append(1000 * (time.process_time() - started) / len(docs))
        spent = 0.0
        for doc in docs:
            with indexed(doc):
                mentions = extract_mentions(doc)
                started = time.process_time()
                extract_claims(doc, mentions, rules=RULES - OPTIONAL)
                spent += time.process_time() - started
        claims.append(1000 * spent / len(docs))
    print(
        f"{args.label}: extract CPU ms/doc min {min(whole):.2f} mean {sum(whole) / len(whole):.2f}"
        f" | claims min {min(claims):.2f} mean {sum(claims) / len(claims):.2f}"
        f" | load {os.getloadavg()[0]:.2f} ({len(docs)} documents)"
    )


if __name__ == "__main__":
    main()
