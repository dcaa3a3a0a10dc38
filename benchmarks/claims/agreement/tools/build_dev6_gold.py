# ruff: noqa: E501
"""Build the gold lines of the development claims part ``dev6`` from its hand labels.

Reads the sentence file (``dev6_sentences.jsonl``, written by ``make_dev6_sentences.py`` before
any sentence was annotated) and attaches the claims of ``dev6_gold_labels.txt`` (one line per
claim, written by hand: ``id | claimer | aliases | stance | targets | content | cue | extras``;
aliases and target groups are separated by ``;``, a target group's names by ``/``; ``-`` is
``null``; extras are ``anon``, ``hedges=a,b``, ``cites=source`` and, last, ``note=...``). This
script computes only what follows mechanically from the labels (offsets, tags, key order), with
the shared ``gold_labels.py``. Nothing of ``kg`` is imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/build_dev6_gold.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_labels import build, parse_labels  # noqa: E402


def main(path: str) -> None:
    lines = [json.loads(x) for x in (HERE / "dev6_sentences.jsonl").open(encoding="utf-8")]
    build(lines, parse_labels(HERE / "dev6_gold_labels.txt"), path)


if __name__ == "__main__":
    main(sys.argv[-1])
