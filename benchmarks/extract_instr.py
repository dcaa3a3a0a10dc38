"""Extraction's instructions, counted by callgrind around one pass over cached parses.

    PYTHONPATH=CHECKOUT valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=OUT python benchmarks/extract_instr.py CACHE [--docs 40]

``CACHE`` is a parse cache of ``extract_cpu.py parse``.  After a warm-up pass of
:func:`kg.extract.extract` over the first ``--docs`` documents (modules imported, lexicons
and gates built), instrumentation is switched on (``callgrind_control -i on``) for one
more pass and off after it, under the build's collector (:func:`kg.processes.
fewer_collections`); ``callgrind_annotate OUT | head`` gives the total.  Not through
``env``: valgrind follows no ``exec`` without ``--trace-children`` and would count nothing.
Instruction counts do not move with the host's load, as CPU times do (rounds 26, 28, 29).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from extract_cpu import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--docs", type=int, default=40)
    args = parser.parse_args()
    from kg.extract import extract
    from kg.model import Article
    from kg.processes import fewer_collections

    docs = load(args.cache)[: args.docs]
    articles = [Article(id=str(n), text=d.text, source=str(n)) for n, d in enumerate(docs)]
    with fewer_collections():
        for doc, article in zip(docs, articles, strict=True):
            extract(doc, article)
        switch = ["callgrind_control", "-i"]
        subprocess.run([*switch, "on", str(os.getpid())], check=False, capture_output=True)
        for doc, article in zip(docs, articles, strict=True):
            extract(doc, article)
        subprocess.run([*switch, "off", str(os.getpid())], check=False, capture_output=True)
    print(f"{len(docs)} documents")


if __name__ == "__main__":
    main()
