"""SHACL validation of the rdf stage's output against ``ontology/shapes.ttl``.

The ontology and the stance scheme are mixed into (a copy of) the data, so that ``sh:class``
sees the subclass axioms and a claim's stance can be checked to belong to the scheme.
(pyshacl's own ``ont_graph`` mixes in class and property axioms only, not the stance
concepts.) A Dataset is validated graph by graph: each document's named graph is
self-contained (its actors, spans and context are in it), and SHACL's cost grows faster
than linearly with graph size, so this keeps large builds linear.

>>> from rdflib import Graph
>>> validate(Graph()).conforms
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from kg.rdf.ontology import ontology_and_stances, shapes


@dataclass(frozen=True)
class ValidationResult:
    """Whether the data conforms, and pyshacl's human-readable report."""

    conforms: bool
    report: str

    def __bool__(self) -> bool:
        return self.conforms


@lru_cache(maxsize=64)
def _prepared(sparql: str) -> Query:
    return prepareQuery(sparql)


class _PreparedQueries(Graph):
    """A Graph that parses each SPARQL text once: pyshacl runs a SPARQL constraint once per
    focus node, as text, and rdflib's parser, not the query, is then most of the time."""

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def union_graph(data: Graph | Dataset) -> Graph:
    """A new Graph with all triples of ``data`` (every named graph of a Dataset)."""
    union = _PreparedQueries()
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    return union


def validate(data: Graph | Dataset) -> ValidationResult:
    """Validate ``data`` against the project's SHACL shapes (no RDFS inference: fast).

    For a Dataset every named graph (and the default graph) is validated on its own; the
    report names the graphs that do not conform.
    """
    if not isinstance(data, Dataset):
        return _validate_graph(data, shapes(), ontology_and_stances())
    shape_graph, ontology_graph = shapes(), ontology_and_stances()
    failures: list[str] = []
    for graph in sorted(data.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        result = _validate_graph(graph, shape_graph, ontology_graph)
        if not result.conforms:
            failures.append(f"# graph <{graph.identifier}>\n{result.report}")
    if not failures:
        return ValidationResult(True, "Validation Report\nConforms: True\n")
    return ValidationResult(False, "\n".join(failures))


def _validate_graph(data: Graph, shape_graph: Graph, ontology_graph: Graph) -> ValidationResult:
    mixed = union_graph(data)
    for triple in ontology_graph:
        mixed.add(triple)
    conforms, _, text = shacl_validate(
        mixed,
        shacl_graph=shape_graph,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        advanced=True,
        inplace=True,  # ``mixed`` is our own copy: no second one, and its queries are prepared
    )
    return ValidationResult(conforms=bool(conforms), report=str(text))
