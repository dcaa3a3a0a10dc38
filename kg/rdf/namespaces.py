"""The vocabularies the rdf stage writes with, and the prefixes it binds.

``KG`` is this project's ontology (``ontology/kg.ttl``), ``STANCE`` its SKOS stance scheme
(``ontology/stances.ttl``); the rest are the standard vocabularies it reuses.

>>> from kg.model import Stance
>>> stance_iri(Stance.ACCUSE)
rdflib.term.URIRef('https://w3id.org/kg-claims/stance/accuse')

:class:`Terms` makes the terms of *one* RDF library, so the graph is described once
(:func:`kg.rdf.graph.build_triples`) and built as rdflib terms for the API or straight as
pyoxigraph terms for the bulk path; vocabulary terms are made once per process.

>>> RDFLIB_TERMS.kg.Claim == KG.Claim
True
>>> RDFLIB_TERMS.literal(True)
rdflib.term.Literal('true', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#boolean'))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

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


IriT = TypeVar("IriT")
LiteralT = TypeVar("LiteralT")


class TermNamespace(Generic[IriT]):
    """A vocabulary whose terms are made by ``make`` on first use, then kept as attributes.

    Unlike rdflib's ``Namespace`` (a ``str`` that builds a new ``URIRef`` on every
    attribute access) a term is made once: later lookups are plain attribute reads.
    """

    def __init__(self, iri: str, make: Callable[[str], IriT]) -> None:
        self._iri = iri
        self._make = make
        self._items: dict[str, IriT] = {}

    def __getattr__(self, name: str) -> IriT:
        if name.startswith("__"):  # keep copy, pickle and friends working
            raise AttributeError(name)
        term = self._make(self._iri + name)
        setattr(self, name, term)
        return term

    def replace_term(self, name: str, term: IriT) -> None:
        """Make ``name`` stand for ``term`` from now on (a writer's special form of it)."""
        setattr(self, name, term)

    def __getitem__(self, name: str) -> IriT:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._make(self._iri + name)
        return term


IriT_contra = TypeVar("IriT_contra", contravariant=True)
LiteralT_co = TypeVar("LiteralT_co", covariant=True)


class LiteralMaker(Protocol[IriT_contra, LiteralT_co]):
    """Makes a literal of ``value``, typed ``datatype`` (or as rdflib types ``value``)."""

    def __call__(self, value: object, datatype: IriT_contra | None = None) -> LiteralT_co: ...


class Terms(Generic[IriT, LiteralT]):
    """The RDF terms of one library: IRIs, literals and the vocabularies as namespaces.

    ``literal(value, datatype)`` takes a ``str`` (with an optional datatype) or a ``bool``,
    ``int`` or ``Decimal`` (typed as rdflib types them, ``xsd:boolean``, ``xsd:integer``
    and ``xsd:decimal``, unless ``datatype`` is given).
    """

    def __init__(
        self,
        iri: Callable[[str], IriT],
        literal: LiteralMaker[IriT, LiteralT],
    ) -> None:
        self.iri = iri
        self.literal = literal
        self.kg = TermNamespace(str(KG), iri)
        self.stance = TermNamespace(str(STANCE), iri)
        self.schema = TermNamespace(str(SCHEMA), iri)
        self.nif = TermNamespace(str(NIF), iri)
        self.wd = TermNamespace(str(WD), iri)
        self.prov = TermNamespace(str(PROV), iri)
        self.dcterms = TermNamespace(str(DCTERMS), iri)
        self.skos = TermNamespace(str(SKOS), iri)
        self.owl = TermNamespace(str(OWL), iri)
        self.rdf = TermNamespace(str(RDF), iri)
        self.rdfs = TermNamespace(str(RDFS), iri)
        self.xsd = TermNamespace(str(XSD), iri)


def _rdflib_literal(value: object, datatype: URIRef | None = None) -> Literal:
    return Literal(value, datatype=datatype)


#: rdflib terms (``URIRef`` and ``Literal``): what the public graph API hands out.
RDFLIB_TERMS: Terms[URIRef, Literal] = Terms(URIRef, _rdflib_literal)

GraphT = TypeVar("GraphT", bound=Graph)


def bind_prefixes(graph: GraphT, base: str | None = None) -> GraphT:
    """Bind the project's prefixes on ``graph`` (and the data ``base`` as ``base:``)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    if base is not None:
        graph.bind("data", Namespace(base), override=True, replace=True)
    return graph
