"""Build the gold lines of the blind claims part ``test45`` from its hand labels.

Reads the sentence file as handed over (``test45_sentences.jsonl``, written by
``make_test45_sentences.py``) and attaches the claims of ``test45_gold_labels.txt`` (one line per
claim, written by hand, the format of ``tools/gold_labels.py``). This script computes only what
follows mechanically from the labels: each content's offsets in its sentence, the ``tags`` and the
key order of the gold file. Nothing of ``kg`` is imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/build_test45_gold.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_labels import build, parse_labels  # noqa: E402


def main(path: str) -> None:
    lines = [json.loads(x) for x in (HERE / "test45_sentences.jsonl").open(encoding="utf-8")]
    build(lines, parse_labels(HERE / "test45_gold_labels.txt"), path)


if __name__ == "__main__":
    main(sys.argv[-1])
