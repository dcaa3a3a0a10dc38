"""Extraction's cheaper paths (round 10, issue 14) give what the plain paths give.

Each family reads the document index (:func:`kg.extract._index.indexed`) when one is
active and spaCy's objects otherwise; the answers must be the same either way, on real
news and official text (no gold sentence).
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from kg.extract._index import indexed
from kg.extract.subjects import sentence_subjects

ROOT = Path(__file__).resolve().parents[1]

NEWS = (
    '"Routine fire on the border," a Pakistan military spokesman told reporters on Monday. '
    "Saudi Foreign Minister Adel al-Jubeir announced his country's move. "
    '"We will not accept it," he said, adding that "nobody" had been consulted. '
    "The ministry said the talks would resume."
)


def _official(n: int) -> str:
    lines = (ROOT / "corpus" / "kremlin-belarus.jsonl").read_text(encoding="utf-8").splitlines()
    return str(json.loads(lines[n])["text"])


def test_sentence_subjects_same_with_and_without_the_index(nlp: Language) -> None:
    for text in (NEWS, _official(0), _official(1)):
        doc = nlp(text)
        plain = sentence_subjects(doc)
        with indexed(doc):
            fast = sentence_subjects(doc)
        assert fast == plain
        assert plain  # the texts have subjects to find
    doc = nlp(NEWS)
    # the quoted first subject is skipped: the spokesman, not "fire"
    assert sentence_subjects(doc)[0].head == "spokesman"
