"""The vocabularies the rdf stage writes with, and the prefixes it binds.

``KG`` is this project's ontology (``ontology/kg.ttl``), ``STANCE`` its SKOS stance scheme
(``ontology/stances.ttl``); the rest are the standard vocabularies it reuses.

>>> from kg.model import Stance
>>> stance_iri(Stance.ACCUSE)
rdflib.term.URIRef('https://w3id.org/kg-claims/stance/accuse')
"""

from __future__ import annotations

from typing import TypeVar

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Graph, Namespace, URIRef

from kg.model import Stance

#: The ontology's own terms (classes and properties).
KG = Namespace("https://w3id.org/kg-claims/ontology#")
#: IRI of the ontology document itself (also the named graph it is shipped in).
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-claims/ontology")
#: Stance concepts: ``STANCE["accuse"]``; CAMEO roots ``STANCE["cameo-11"]``.
STANCE = Namespace("https://w3id.org/kg-claims/stance/")
#: The stance concept scheme.
STANCE_SCHEME = STANCE["scheme"]
#: schema.org, in its https form (as rdflib's ``SDO``).
SCHEMA = Namespace("https://schema.org/")
#: NIF 2.0 core: text spans with character offsets.
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
#: Wikidata entities, for ``owl:sameAs`` links of actors the gazetteer knows.
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "stance": STANCE,
    "schema": SCHEMA,
    "nif": NIF,
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "skos": Namespace(str(SKOS)),
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
    "wd": WD,
}


def stance_iri(stance: Stance) -> URIRef:
    """The SKOS concept of ``stance`` in the stance scheme."""
    return STANCE[Stance(stance).value]


GraphT = TypeVar("GraphT", bound=Graph)


def bind_prefixes(graph: GraphT, base: str | None = None) -> GraphT:
    """Bind the project's prefixes on ``graph`` (and the data ``base`` as ``base:``)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    if base is not None:
        graph.bind("data", Namespace(base), override=True, replace=True)
    return graph
