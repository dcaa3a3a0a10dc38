"""The ontology, stance scheme and SHACL shapes shipped in ``ontology/``, as rdflib graphs.

>>> from kg.rdf.namespaces import STANCE, SKOS
>>> str(stance_scheme().value(STANCE["accuse"], SKOS.notation))
'112'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph

from kg.rdf.namespaces import bind_prefixes

ONTOLOGY_FILE = "kg.ttl"
STANCES_FILE = "stances.ttl"
CURATION_FILE = "curation.ttl"  # the analyst's corrections (kg.curate)
SHAPES_FILE = "shapes.ttl"


@lru_cache(maxsize=8)
def ontology_text(name: str) -> str:
    """The Turtle text of one of the files in ``ontology/`` (read from the installed package,
    once per process: the graphs built from it are new each call, the text is shared)."""
    return (resources.files("kg") / "ontology" / name).read_text(encoding="utf-8")


def _parse(*names: str) -> Graph:
    graph = bind_prefixes(Graph())
    for name in names:
        graph.parse(data=ontology_text(name), format="turtle")
    return graph


def ontology() -> Graph:
    """The OWL ontology (``kg.ttl``)."""
    return _parse(ONTOLOGY_FILE, CURATION_FILE)


def stance_scheme() -> Graph:
    """The SKOS stance scheme (``stances.ttl``)."""
    return _parse(STANCES_FILE)


def ontology_and_stances() -> Graph:
    """Ontology and stance scheme together: what validation mixes into the data."""
    return _parse(ONTOLOGY_FILE, CURATION_FILE, STANCES_FILE)


def shapes() -> Graph:
    """The SHACL shapes (``shapes.ttl``)."""
    return _parse(SHAPES_FILE)
