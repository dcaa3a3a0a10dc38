# ruff: noqa: E501
"""Build the gold lines of the blind claims part ``test36`` from its hand labels.

Reads the sentence file as handed over (``test36_sentences.jsonl``, written by
``make_test36_sentences.py``) and the two documents added after it
(``test36_sentences_added.jsonl``), leaves out the documents ``make_test36_sentences.DROPPED``
names, and attaches the claims of ``test36_gold_labels.txt`` (one line per claim, written by hand:
``id | claimer | aliases | stance | targets | content | cue | extras``). This script computes only
what follows mechanically from the labels: each content's offsets in its sentence (the label's
content must occur in the text; its first occurrence), the ``tags`` (the sorted stances, or
``no-claim``), and the key order of the gold file. Nothing of ``kg`` is imported, nothing is
parsed. Usage::

    python benchmarks/claims/agreement/tools/build_test36_gold.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_labels import build, parse_labels  # noqa: E402
from make_test36_sentences import DROPPED  # noqa: E402

#: Gold ids that differ from the sentence file's: a document id ``dev4`` already uses (validate.py
#: wants one split per document), renamed when the part was registered; the labels use the new id.
RENAME = {"kremlin-2022-putin-vucic-call": "kremlin-2022-putin-vucic-call-april"}


def main(path: str) -> None:
    lines = [json.loads(x) for x in (HERE / "test36_sentences.jsonl").open(encoding="utf-8")]
    lines += [json.loads(x) for x in (HERE / "test36_sentences_added.jsonl").open(encoding="utf-8")]
    lines = [r for r in lines if r["id"].rsplit("-", 1)[0] not in DROPPED]
    for r in lines:
        doc, n = r["id"].rsplit("-", 1)
        r["id"] = f"{RENAME.get(doc, doc)}-{n}"
    build(lines, parse_labels(HERE / "test36_gold_labels.txt"), path)


if __name__ == "__main__":
    main(sys.argv[-1])
