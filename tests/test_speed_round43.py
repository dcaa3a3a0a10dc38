"""Round 43 (speed52): the relation rules' index readings give what spaCy's walks give."""

from __future__ import annotations

from kg.extract import relations
from kg.extract._index import indexed

TEXTS = (
    "Former U.S. special counsel Robert Mueller met Russian Foreign Minister Sergei Lavrov.",
    "The spokesman, Ned Price, said that State Department official Dr. Jane Smith had not "
    "yet been charged by prosecutors in Moscow on Tuesday.",
    "Iran-backed militia leader Abu Fadak and deputy prime minister-designate John Doe "
    "quietly agreed in principle to sell and buy shares.",
)


def test_title_relations_inside_and_outside_the_index(nlp):
    for text in TEXTS:
        doc = nlp(text)
        names = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        assert names
        outside = [relations._title_relation(name) for name in names]
        with indexed(doc):
            inside = [relations._title_relation(name) for name in names]
        assert inside == outside
    assert any(r is not None for r in outside)


def test_clause_relations_are_read_once_per_clause_as_per_pair(nlp):
    """The four subject-object pairs of one clause share its verb group and its arguments
    (read once per clause since round 43), each argument kept off the pair it overlaps."""
    doc = nlp("On Tuesday, Russia and Iran flatly denied the charges and the reports.")
    denied = [r for r in relations.extract_relations(doc) if r.predicate == "deny"]
    pairs = {(r.subject.text, r.object.text if r.object else None) for r in denied}
    assert pairs == {
        ("Russia", "the charges"),
        ("Russia", "the reports"),
        ("Iran", "the charges"),
        ("Iran", "the reports"),
    }
    assert {r.predicate_span.text for r in denied} == {"denied"}
    assert {tuple(a.text for a in r.arguments) for r in denied} == {("On Tuesday",)}
