"""CPU per document of each part of :func:`kg.extract.extract`, on cached parses.

    PYTHONPATH=CHECKOUT python benchmarks/extract_parts.py CACHE LABEL [--passes 3]

``CACHE`` is a parse cache of ``extract_cpu.py parse``.  Each pass runs what ``extract``
runs, in its order, over every document, and times each part apart with
``time.process_time``: the document's index (:func:`kg.extract._index.indexed`), the
mentions, the relations, the claims, and the rest (the sentences and the sentence
subjects).  A warm-up pass first; then the minimum of the passes per part, and of their
totals.  Under the build's garbage-collector settings
(:func:`kg.processes.fewer_collections`), as in the build's parser processes.  Run it from
outside a checkout with ``PYTHONPATH`` naming the code to time, old and new in alternating
processes (an A/B on a host whose load changes).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from extract_cpu import load  # noqa: E402

PARTS = ("index", "mentions", "relations", "claims", "rest")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("label")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    from kg.extract import _trimmed
    from kg.extract._index import indexed
    from kg.extract.claims import OPTIONAL, RULES, extract_claims
    from kg.extract.mentions import extract_mentions, to_span
    from kg.extract.relations import extract_relations
    from kg.extract.subjects import sentence_subjects
    from kg.processes import fewer_collections

    docs = load(args.cache)
    clock = time.process_time
    per_pass: dict[str, list[float]] = {part: [] for part in PARTS}
    with fewer_collections():
        for number in range(args.passes + 1):
            spent = dict.fromkeys(PARTS, 0.0)
            for doc in docs:
                started = clock()
                with indexed(doc) as index:
                    built = clock()
                    mentions = extract_mentions(doc)
                    mentioned = clock()
                    extract_relations(doc)
                    related = clock()
                    extract_claims(doc, mentions, rules=RULES - OPTIONAL)
                    claimed = clock()
                    tuple(_trimmed(to_span(sentence)) for sentence in index.sentences)
                    sentence_subjects(doc)
                    done = clock()
                spent["index"] += built - started
                spent["mentions"] += mentioned - built
                spent["relations"] += related - mentioned
                spent["claims"] += claimed - related
                spent["rest"] += done - claimed
            if number:  # the first pass warms up
                for part in PARTS:
                    per_pass[part].append(1000 * spent[part] / len(docs))
    totals = [sum(per_pass[part][n] for part in PARTS) for n in range(args.passes)]
    parts = " | ".join(f"{part} {min(per_pass[part]):.2f}" for part in PARTS)
    print(
        f"{args.label}: CPU ms/doc, min of {args.passes} passes: {parts} | "
        f"total {min(totals):.2f} | load {os.getloadavg()[0]:.2f} ({len(docs)} documents)"
    )


if __name__ == "__main__":
    main()
