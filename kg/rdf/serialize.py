"""Byte-deterministic serialisation of graphs and datasets.

rdflib's serialisers follow the store's iteration order and label blank nodes at random,
so the same graph could give different bytes run after run. Here every format is written
by pyoxigraph (10x faster on bulk data) from the quads *sorted* by their N-Quads form:
the same triples always give the same bytes. Quad formats (TriG, N-Quads, JSON-LD) keep
the named graphs; triple formats (Turtle, N-Triples) write the union of all graphs.

Data IRIs are always written in full (``<...>``): abbreviating percent-encoded names
needs backslash escapes, which some stores (Virtuoso) keep literally.

>>> from rdflib import Graph, URIRef, Literal
>>> g = Graph()
>>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
>>> serialize(g, "nt")
b'<https://example.org/a> <https://example.org/p> "x" .\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.model import DocumentGraph
from kg.rdf.graph import DEFAULT_PROVENANCE, Provenance, build_triples
from kg.rdf.iri import DEFAULT_BASE, check_base, mint
from kg.rdf.namespaces import PREFIXES, Terms


@dataclass(frozen=True)
class Format:
    """An output format: its name, file extension (with the dot) and media type."""

    name: str
    extension: str
    media_type: str
    quads: bool  # keeps named graphs
    rdf_format: ox.RdfFormat


FORMATS: dict[str, Format] = {
    "turtle": Format("turtle", ".ttl", "text/turtle", False, ox.RdfFormat.TURTLE),
    "nt": Format("nt", ".nt", "application/n-triples", False, ox.RdfFormat.N_TRIPLES),
    "trig": Format("trig", ".trig", "application/trig", True, ox.RdfFormat.TRIG),
    "nquads": Format("nquads", ".nq", "application/n-quads", True, ox.RdfFormat.N_QUADS),
    "json-ld": Format("json-ld", ".jsonld", "application/ld+json", True, ox.RdfFormat.JSON_LD),
}

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_TERMS = {name: ox.NamedNode(_XSD + name) for name in ("boolean", "integer", "decimal")}
_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def _lexical(value: object) -> tuple[str, str | None]:
    """The lexical form of ``value`` and the local name of the XSD datatype rdflib infers
    for it (``None`` for a string), for the value types :class:`~kg.rdf.namespaces.Terms`
    takes."""
    if isinstance(value, str):
        return value, None
    if isinstance(value, bool):  # before int: a bool is an int
        return ("true" if value else "false"), "boolean"
    if isinstance(value, int):
        return str(value), "integer"
    if isinstance(value, Decimal):
        return f"{value:f}", "decimal"
    raise TypeError(f"no literal for {value!r}")


def _oxigraph_literal(value: object, datatype: ox.NamedNode | None = None) -> ox.Literal:
    """``rdflib.Literal(value, datatype=datatype)`` as pyoxigraph makes it: the same
    lexical form and datatype."""
    lexical, inferred = _lexical(value)
    if datatype is None and inferred is not None:
        datatype = _XSD_TERMS[inferred]
    return ox.Literal(lexical) if datatype is None else ox.Literal(lexical, datatype=datatype)


#: pyoxigraph terms; vocabulary terms are made once per process (the bulk path).
OXIGRAPH_TERMS: Terms[ox.NamedNode, ox.Literal] = Terms(ox.NamedNode, _oxigraph_literal)


# N-Triples term syntax, escaped exactly as pyoxigraph writes it (checked over every code
# point in tests/test_rdf.py): the named escapes, \uXXXX for the other C0 controls, DEL
# and the two BMP non-characters, everything else literally.
_NT_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_NT_ESCAPES.update({ord(c): "\\" + e for c, e in zip('\b\t\n\f\r"\\', 'btnfr"\\', strict=True)})
_NT_XSD_STRING = f"<{_XSD}string>"
#: Whether a lexical form holds a character of :data:`_NT_ESCAPES` (most hold none, and a
#: search in C is several times cheaper than ``str.translate`` with a dict).
_NT_ESCAPED = re.compile(f"[{re.escape(''.join(map(chr, _NT_ESCAPES)))}]")
_NT_NEEDS_ESCAPE = _NT_ESCAPED.search
_NT_SUB_ESCAPES = _NT_ESCAPED.sub
_NT_ESCAPE_TEXT = {chr(code): escape for code, escape in _NT_ESCAPES.items()}


def _nt_escape(text: str) -> str:
    """``text`` with :data:`_NT_ESCAPES` applied: a substitution per character escaped,
    where ``str.translate`` looks every character of an article's text up in a dict."""
    return _NT_SUB_ESCAPES(lambda found: _NT_ESCAPE_TEXT[found.group()], text)


def _nt_iri(value: str) -> str:
    # Every IRI the rdf stage makes is minted (kg.rdf.iri: a checked base, percent-encoded
    # keys) or a vocabulary term, so it needs no check or escape here.
    return f"<{value}>"


def _nt_literal(value: object, datatype: str | None = None) -> str:
    """The N-Triples form of ``_oxigraph_literal(value, datatype)``."""
    if datatype is None:
        if value.__class__ is str:  # most literals: plain text
            if _NT_NEEDS_ESCAPE(value) is not None:
                value = _nt_escape(value)
            return f'"{value}"'
        if value.__class__ is bool:  # a relation's or claim's flags
            return _NT_TRUE if value else _NT_FALSE
    lexical, inferred = _lexical(value)
    if datatype is None and inferred is not None:
        datatype = f"<{_XSD}{inferred}>"
    if _NT_NEEDS_ESCAPE(lexical) is not None:
        lexical = _nt_escape(lexical)
    quoted = f'"{lexical}"'
    return quoted if datatype is None or datatype == _NT_XSD_STRING else f"{quoted}^^{datatype}"


_NT_TRUE = f'"true"^^<{_XSD}boolean>'
_NT_FALSE = f'"false"^^<{_XSD}boolean>'

#: Terms as N-Triples text: the fastest path, straight to the lines the spool sorts.
NTRIPLES_TERMS: Terms[str, str] = Terms(_nt_iri, _nt_literal)


def serialize(data: Graph | Dataset, fmt: str) -> bytes:
    """``data`` in format ``fmt`` (a key of :data:`FORMATS`), as deterministic UTF-8 bytes.

    Blank nodes keep rdflib's labels, which are not stable: the rdf stage mints none.
    """
    return serialize_quads(to_oxigraph(data), fmt)


def serialize_quads(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Quads in format ``fmt``, sorted so that the same quads always give the same bytes.

    The bulk path: the builder hands pyoxigraph quads straight from
    :func:`document_quads`, never building an rdflib graph of the whole corpus.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose from {sorted(FORMATS)}")
    form = FORMATS[fmt]
    items: list[ox.Quad] | list[ox.Triple]
    if form.quads:
        items = sorted(set(quads), key=_sort_key)
    else:  # the union of all graphs: each triple once
        items = sorted({quad.triple for quad in quads}, key=_sort_key)
    output = ox.serialize(items, format=form.rdf_format, prefixes=_PREFIXES)
    if output is None:  # only when an output file is given
        raise RuntimeError("pyoxigraph returned no bytes")
    return output


def document_quads(
    document: DocumentGraph,
    base: str = DEFAULT_BASE,
    model: str | None = None,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> list[ox.Quad]:
    """The triples of :func:`~kg.rdf.graph.document_triples` as quads in the document's
    named graph (:func:`~kg.rdf.iri.document_graph_iri`), made as pyoxigraph terms
    directly: no rdflib term in between, several times faster on corpora.

    >>> from kg.model import Article, DocumentGraph, Span
    >>> from kg.rdf.graph import document_to_graph
    >>> article = Article(id="a1", text="Moscow denied it.", source="a1.txt")
    >>> doc = DocumentGraph(article, (Span(0, 17, "Moscow denied it."),), (), (), ())
    >>> serialize_quads(document_quads(doc), "nt") == serialize(document_to_graph(doc), "nt")
    True
    """
    graph = ox.NamedNode(mint(check_base(base), "graph", document.article.id))
    triples = build_triples(document, OXIGRAPH_TERMS, base, model, provenance)
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]


def document_ntriples(
    document: DocumentGraph,
    base: str = DEFAULT_BASE,
    model: str | None = None,
    provenance: Provenance = DEFAULT_PROVENANCE,
    *,
    rdf_type: str | None = None,
) -> set[str]:
    """The triples of :func:`document_quads` as N-Triples lines (each once, unsorted),
    written as text directly: the builder's bulk path, about three times faster than
    making pyoxigraph terms and serialising them.  ``rdf_type`` is written for the
    rdf:type predicate instead of its IRI (the spool's sortable form, :mod:`kg.spool`).

    >>> from kg.model import Article, DocumentGraph, Span
    >>> article = Article(id="a1", text='Moscow "denied" it.', source="a1.txt")
    >>> doc = DocumentGraph(article, (Span(0, 19, 'Moscow "denied" it.'),), (), (), ())
    >>> text = serialize_quads(document_quads(doc), "nt").decode()
    >>> sorted(document_ntriples(doc)) == sorted(text.splitlines(keepends=True))
    True
    """
    keys = document_triple_keys(document, base, model, provenance, rdf_type=rdf_type)
    return {f"{key} .\n" for key in keys}


def document_triple_keys(
    document: DocumentGraph,
    base: str = DEFAULT_BASE,
    model: str | None = None,
    provenance: Provenance = DEFAULT_PROVENANCE,
    *,
    rdf_type: str | None = None,
) -> set[str]:
    """The lines of :func:`document_ntriples` without their `` .\\n`` (``<s> <p> o``): what
    :func:`kg.spool.triples_chunks` joins into a document's N-Quads and N-Triples.

    >>> from kg.model import Article, DocumentGraph, Span
    >>> article = Article(id="a1", text="Moscow denied it.", source="a1.txt")
    >>> doc = DocumentGraph(article, (Span(0, 17, "Moscow denied it."),), (), (), ())
    >>> any(key.endswith(" .") or key.endswith("\\n") for key in document_triple_keys(doc))
    False
    """
    terms = NTRIPLES_TERMS if rdf_type is None else _ntriples_terms_typing(rdf_type)
    triples = build_triples(document, terms, base, model, provenance)
    return {f"{s} {p} {o}" for s, p, o in triples}


@lru_cache(maxsize=4)
def _ntriples_terms_typing(rdf_type: str) -> Terms[str, str]:
    terms: Terms[str, str] = Terms(_nt_iri, _nt_literal)
    # build_triples uses rdf:type as a predicate only, so only predicates change
    terms.rdf.replace_term("type", rdf_type)
    return terms


def to_oxigraph(data: Graph | Dataset) -> Iterator[ox.Quad]:
    """The quads of an rdflib Graph (default graph) or Dataset (every graph) as pyoxigraph quads."""
    if isinstance(data, Dataset):
        for s, p, o, g in data.quads((None, None, None, None)):
            graph = _graph_name(g)
            yield ox.Quad(_subject(s), ox.NamedNode(str(p)), _term(o), graph)
    else:
        for s, p, o in data:
            yield ox.Quad(_subject(s), ox.NamedNode(str(p)), _term(o), ox.DefaultGraph())


def _graph_name(name: object) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    identifier = getattr(name, "identifier", name)
    if identifier is None or identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(identifier, BNode):
        return ox.BlankNode(str(identifier))
    return ox.NamedNode(str(identifier))


def _subject(node: Node) -> ox.NamedNode | ox.BlankNode:
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    return ox.NamedNode(str(node))


def _term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    if isinstance(node, URIRef | BNode):
        return _subject(node)
    raise TypeError(f"cannot serialise {node!r}")


def _sort_key(item: ox.Quad | ox.Triple) -> tuple[str, str, bool, str, str]:
    """Graph, subject, then rdf:type first, then predicate and object."""
    graph = ""
    if isinstance(item, ox.Quad) and not isinstance(item.graph_name, ox.DefaultGraph):
        graph = str(item.graph_name)
    return (
        graph,
        str(item.subject),
        item.predicate != _RDF_TYPE,
        str(item.predicate),
        str(item.object),
    )
