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

# the second sentence from VOA, "Ivory Coast Rebels Deny Involvement in Massacre", 2003-02-27
# (the unlabelled pool, benchmarks/claims/pool/voa_pool.jsonl)
NEWS = (
    '"Routine fire on the border," a Pakistan military spokesman told reporters on Monday. '
    "The rebels have threatened to end a cease-fire if they are not given control of the army "
    "and the police. "
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


def test_relation_candidates_miss_no_relation(nlp: Language) -> None:
    """Every token that any relation rule reads a relation off is a candidate of
    ``_relation_heads`` (its tests are necessary conditions of the rules)."""
    from kg.extract import relations

    text = (
        "The Iran-backed militia, a group founded in 2005, attacked four bases in Syria. "
        "Special counsel Robert Mueller charged the IRA, which denied it. "
        "Officials near Kabul said the London-based observatory counted 40 dead."
    )
    for doc in (nlp(text), nlp(_official(2))):
        with indexed(doc) as index:
            heads = {t.i for t in relations._relation_heads(doc, index)}
            readers = [t.i for t in doc if relations._rule_relations(t, relations.RULES)]
        assert readers and set(readers) <= heads
    # the filter does cut: in running prose most prepositions and adjectives are no candidates
    labelled = [t for t in doc if t.dep_ in ("prep", "amod")]
    assert len([t for t in labelled if t.i in heads]) < len(labelled) / 2


def test_grammatical_subjects_same_inside_and_outside_extraction(nlp: Language) -> None:
    """The subjects remembered while :func:`extract_relations` runs are those computed afresh."""
    from kg.extract import relations

    doc = nlp(
        "Russia sought to meddle in the vote and denied it, officials said, "
        "urging Moscow to stop before leaving."
    )
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    fresh = [relations.grammatical_subjects(v) for v in verbs]
    seen = []
    real = relations._grammatical_subjects

    def spy(verb, rules):  # type: ignore[no-untyped-def]
        seen.append(verb.i)
        return real(verb, rules)

    relations._grammatical_subjects = spy
    try:
        relations.extract_relations(doc)
    finally:
        relations._grammatical_subjects = real
    assert len(seen) == len(set(seen))  # each clause's subjects read once
    assert relations._SUBJECTS == {}
    for verb, subjects in zip(verbs, fresh, strict=True):
        assert relations.grammatical_subjects(verb) == subjects
