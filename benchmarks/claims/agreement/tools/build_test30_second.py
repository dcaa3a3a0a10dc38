"""Build agreement/test30_second.jsonl from the hand-written labels beside this script.

The labels (test30_labels_*.txt) hold one line per claim: ``NN | claimer;aliases | stance |
targets | cue | content | extras``; this script only joins them to the sentence file, computes
every content offset from the content string (never typed), and checks that every sentence id
is there once, in order, and that every offset cuts its content out of the text. The label form
and the build are ``build_test28_second.py``'s (:func:`build_test28_second.build`).
"""

from __future__ import annotations

from pathlib import Path

from build_test28_second import build

HERE = Path(__file__).resolve().parent
# The sentences annotated, in order: the hand-over file /work/wt/share/test30_sentences.jsonl less
# the two documents the gold's annotator dropped after the hand-over (a unit test quotes them:
# kremlin-2021-putin-scholz-call, kremlin-2022-putin-draghi-call), followed by the two documents of
# /work/wt/share/test30_sentences_added.jsonl; copied beside this script. No labels were written for
# the dropped documents.
SENTENCES = HERE / "test30_sentences.jsonl"
OUT = HERE.parent / "test30_second.jsonl"


def main() -> None:
    build(SENTENCES, "test30_labels_*.txt", OUT)


if __name__ == "__main__":
    main()
