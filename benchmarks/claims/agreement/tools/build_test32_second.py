"""Build agreement/test32_second.jsonl from the hand-written labels beside this script.

The labels (test32_labels_*.txt) hold one line per claim: ``NN | claimer;aliases | stance |
targets | cue | content | extras``; this script only joins them to the sentence file, computes
every content offset from the content string (never typed), and checks that every sentence id
is there once, in order, and that every offset cuts its content out of the text. The label form
and the build are ``build_test28_second.py``'s (:func:`build_test28_second.build`).
"""

from __future__ import annotations

from pathlib import Path

from build_test28_second import build

HERE = Path(__file__).resolve().parent
# The sentences annotated, in order: the hand-over file /work/wt/share/test32_sentences.jsonl,
# copied beside this script unchanged.
SENTENCES = HERE / "test32_sentences.jsonl"
OUT = HERE.parent / "test32_second.jsonl"


def main() -> None:
    build(SENTENCES, "test32_labels_*.txt", OUT)


if __name__ == "__main__":
    main()
