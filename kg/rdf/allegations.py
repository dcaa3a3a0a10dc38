"""Corpus allegations as RDF, in their own named graph (:func:`corpus_graph_iri`).

A corpus allegation (:class:`~kg.model.CorpusAllegation`) is a ``kg:Allegation`` and a
``kg:CorpusAllegation``, linked to the documents' allegations it merges
(``dcterms:hasPart``) and to every claim (``kg:includesClaim``), with its accused,
accusers and deniers as actors, the outlets that report and hedge it, its first dates,
its claim counts and its status::

    <allegation/ca-…> a kg:Allegation, kg:CorpusAllegation ;
        kg:summary "interfering in its federal election …" ;
        kg:accused <actor/russia> ; kg:accuser <actor/germany> ; kg:denier <actor/russia> ;
        kg:firstAlleged "2024-03-01"^^xsd:date ; kg:status "disputed" ;
        dcterms:hasPart <allegation/doc-…-a18> ; kg:includesClaim <claim/…> .

It depends on every document, so it cannot live in one document's graph: the corpus
graph is written after the documents' graphs, and replaced whole by each build.

>>> from kg.model import ActorKind, CorpusAllegation, DocumentGraph
>>> allegation = CorpusAllegation("ca-1", "it meddled", ("russia",), ("germany",), (),
...     ("Wire",), (), "2024-03-01", None, ("d1-a0",), ("d1-c0",),
...     (("2024-03", "accuse", 1),), "alleged")
>>> lines = corpus_ntriples([allegation], base="https://example.org/kg/")
>>> '<https://example.org/kg/allegation/ca-1> <https://w3id.org/kg-claims/ontology#accuser> \
<https://example.org/kg/actor/germany> .\\n' in lines
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from kg.model import ActorKind, CorpusAllegation, DocumentGraph
from kg.rdf.graph import KIND_CLASS_NAME, IriT, LiteralT, TripleOf, _date
from kg.rdf.iri import DEFAULT_BASE, check_base, mint
from kg.rdf.namespaces import Terms
from kg.rdf.serialize import FORMATS, NTRIPLES_TERMS, OXIGRAPH_TERMS, _ntriples_terms_typing
from kg.resolve.corpus import (
    SPEECH_APART,
    CorpusMerge,
    allegation_summaries,
    corpus_allegations,
    regroup,
)

KG_NS = "https://w3id.org/kg-claims/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
HAS_PART = "http://purl.org/dc/terms/hasPart"

#: The key of the corpus graph's IRI (document graphs are keyed ``doc-…``).
CORPUS_GRAPH = "corpus"


def corpus_graph_iri(base: str = DEFAULT_BASE) -> str:
    """The named graph of the corpus allegations.

    >>> corpus_graph_iri("https://example.org/kg/")
    'https://example.org/kg/graph/corpus'
    """
    return mint(check_base(base), "graph", CORPUS_GRAPH)


def corpus_triples(
    allegations: Iterable[CorpusAllegation],
    terms: Terms[IriT, LiteralT],
    base: str = DEFAULT_BASE,
    names: Mapping[str, tuple[str, str]] | None = None,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """The triples of the corpus allegations, made by ``terms``; with ``names`` (actor id ->
    name and kind), the actors they name are described in the corpus graph too (as in the
    documents' graphs), so that the graph is self-contained: it validates alone, and a
    query finds an allegation's accusers and deniers by name within one graph."""
    base = check_base(base)
    t = terms
    kg = t.kg
    labelled: set[str] = set()
    for allegation in allegations:
        node = t.iri(mint(base, "allegation", allegation.id))
        yield node, t.rdf.type, kg.Allegation
        yield node, t.rdf.type, kg.CorpusAllegation
        yield node, kg.summary, t.literal(allegation.summary)
        yield node, t.rdfs.label, t.literal(allegation.summary)
        for link, actors in (
            (kg.accused, allegation.accused),
            (kg.accuser, allegation.accusers),
            (kg.denier, allegation.deniers),
        ):
            for actor in actors:
                yield node, link, t.iri(mint(base, "actor", actor))
                if names is not None and actor not in labelled:
                    labelled.add(actor)
                    name, kind = names.get(actor, (actor, "other"))
                    yield from _actor(t, mint(base, "actor", actor), name, kind)
        for outlet in allegation.outlets:
            yield node, kg.reportingOutlet, t.literal(outlet)
        for outlet in allegation.hedging_outlets:
            yield node, kg.hedgingOutlet, t.literal(outlet)
        if allegation.first_alleged:
            yield node, kg.firstAlleged, _date(t, allegation.first_alleged)
        if allegation.first_denied:
            yield node, kg.firstDenied, _date(t, allegation.first_denied)
        yield node, kg.status, t.literal(allegation.status)
        yield node, kg.claimCount, t.literal(len(allegation.claims))
        apart = False
        for member in allegation.members:
            # a speech's assertions set apart are part of their document's allegation
            # (kg.resolve.corpus.set_apart_speech): its IRI, and a flag saying which part
            apart = apart or member.endswith(SPEECH_APART)
            part = member.removesuffix(SPEECH_APART)
            yield node, t.dcterms.hasPart, t.iri(mint(base, "allegation", part))
        if apart:
            yield node, kg.speechAssertions, t.literal(True)
        for claim in allegation.claims:
            yield node, kg.includesClaim, t.iri(mint(base, "claim", claim))


def corpus_quads(documents: Iterable[DocumentGraph], base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The corpus graph of ``documents`` as pyoxigraph quads: what a build writes beside the
    documents' graphs (:func:`kg.rdf.serialize.document_quads`), for the in-memory path.

    >>> corpus_quads([])
    []
    """
    merged = corpus_allegations(documents)
    graph = ox.NamedNode(corpus_graph_iri(base))
    triples = corpus_triples(merged.allegations, OXIGRAPH_TERMS, base, merged.names)
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]


def corpus_ntriples(
    allegations: Iterable[CorpusAllegation],
    base: str = DEFAULT_BASE,
    *,
    names: Mapping[str, tuple[str, str]] | None = None,
    rdf_type: str | None = None,
) -> set[str]:
    """:func:`corpus_triples` as N-Triples lines, each once (``rdf_type`` as in
    :func:`kg.rdf.serialize.document_ntriples`: the spool's sortable form)."""
    return set(corpus_lines(allegations, base, names=names, rdf_type=rdf_type))


def corpus_lines(
    allegations: Iterable[CorpusAllegation],
    base: str = DEFAULT_BASE,
    *,
    names: Mapping[str, tuple[str, str]] | None = None,
    rdf_type: str | None = None,
) -> Iterator[str]:
    """The lines of :func:`corpus_ntriples` as they are made, a line possibly more than
    once (an actor accused in several allegations): the build spools them a block at a
    time (:meth:`kg.spool.QuadSpool.add_lines`), since the corpus graph grows with the
    corpus."""
    terms = NTRIPLES_TERMS if rdf_type is None else _ntriples_terms_typing(rdf_type)
    return (f"{s} {p} {o} .\n" for s, p, o in corpus_triples(allegations, terms, base, names))


def _actor(
    t: Terms[IriT, LiteralT], node: str, name: str, kind: str
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """An actor as :mod:`kg.rdf.graph` describes it: classes, label and kind."""
    iri = t.iri(node)
    yield iri, t.rdf.type, t.kg.Actor
    if ActorKind(kind) in KIND_CLASS_NAME:
        prefix, local = KIND_CLASS_NAME[ActorKind(kind)]
        yield iri, t.rdf.type, getattr(getattr(t, prefix), local)
    yield iri, t.rdfs.label, t.literal(name)
    yield iri, t.kg.actorKind, t.literal(kind)


def corpus_groups(quads: Iterable[ox.Quad]) -> dict[str, tuple[str, list[str]]]:
    """The grouping a build wrote: each ``kg:CorpusAllegation``'s id (the last path
    segment of its IRI, decoded), summary and the ids of the documents' allegations it
    has as parts (``dcterms:hasPart``), from quads in any graph; the parts of one that holds
    a speech's assertions set apart (``kg:speechAssertions true``) are named as the merge
    names them (``<id>-speech``, :data:`kg.resolve.corpus.SPEECH_APART`)."""
    typed: set[str] = set()
    apart: set[str] = set()
    summaries: dict[str, str] = {}
    parts: dict[str, list[str]] = {}
    corpus_type = KG_NS + "CorpusAllegation"
    for quad in quads:
        subject, predicate, obj = quad.subject, quad.predicate.value, quad.object
        if not isinstance(subject, ox.NamedNode):
            continue
        if predicate == RDF_TYPE and isinstance(obj, ox.NamedNode) and obj.value == corpus_type:
            typed.add(subject.value)
        elif predicate == KG_NS + "summary" and isinstance(obj, ox.Literal):
            summaries.setdefault(subject.value, obj.value)
        elif predicate == HAS_PART and isinstance(obj, ox.NamedNode):
            parts.setdefault(subject.value, []).append(_last(obj.value))
        elif predicate == KG_NS + "speechAssertions" and _true(obj):
            apart.add(subject.value)
    return {
        _last(node): (
            summaries.get(node, ""),
            sorted(p + SPEECH_APART if node in apart else p for p in parts.get(node, [])),
        )
        for node in sorted(typed)
    }


def _true(term: object) -> bool:
    return isinstance(term, ox.Literal) and term.value in ("true", "1")


def _last(iri: str) -> str:
    return unquote(iri.rsplit("/", 1)[-1])


def read_corpus(path: Path | str, documents: Iterable[DocumentGraph]) -> CorpusMerge | None:
    """The corpus allegations of a build's RDF file or store folder (``documents`` are its
    documents, read by :func:`kg.rdf.read.read_documents`), or ``None`` when it holds none
    (then merge them again: :func:`kg.resolve.corpus.corpus_allegations`)."""
    path = Path(path)
    if path.is_dir():
        from kg.store import EmbeddedStore

        with EmbeddedStore(path) as store:
            groups = corpus_groups(store.quads())
    else:
        form = {f.extension: f for f in FORMATS.values()}[path.suffix]
        groups = corpus_groups(ox.parse(path=str(path), format=form.rdf_format))
    if not groups:
        return None
    return regroup((s for d in documents for s in allegation_summaries(d)), groups)
