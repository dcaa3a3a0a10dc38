"""The rdf stage: resolved documents -> RDF, built from the ontology in ``ontology/``.

>>> from kg.model import Article, DocumentGraph, Span
>>> article = Article(id="a1", text="Moscow denied it.", source="a1.txt")
>>> doc = DocumentGraph(article, (Span(0, 17, "Moscow denied it."),), (), (), ())
>>> dataset = build_dataset([doc])
>>> serialize(dataset, "nquads") == serialize(build_dataset([doc]), "nquads")
True
>>> validate(dataset).conforms
True
"""

from kg.rdf.graph import (
    DEFAULT_PROVENANCE,
    PROVENANCES,
    Provenance,
    build_dataset,
    document_to_graph,
    document_triples,
)
from kg.rdf.iri import DEFAULT_BASE, document_graph_iri, document_iri, iri_for, span_iri
from kg.rdf.namespaces import KG, NIF, ONTOLOGY_IRI, SCHEMA, STANCE, STANCE_SCHEME, stance_iri
from kg.rdf.serialize import FORMATS, Format, document_quads, serialize, serialize_quads
from kg.rdf.validate import ValidationResult, validate

__all__ = [
    "DEFAULT_BASE",
    "DEFAULT_PROVENANCE",
    "FORMATS",
    "KG",
    "NIF",
    "ONTOLOGY_IRI",
    "PROVENANCES",
    "SCHEMA",
    "STANCE",
    "STANCE_SCHEME",
    "Format",
    "Provenance",
    "ValidationResult",
    "build_dataset",
    "document_graph_iri",
    "document_iri",
    "document_quads",
    "document_to_graph",
    "document_triples",
    "iri_for",
    "serialize",
    "serialize_quads",
    "span_iri",
    "stance_iri",
    "validate",
]
