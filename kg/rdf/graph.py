"""DocumentGraph -> RDF: claims as nodes, never as asserted facts.

A claim becomes a ``kg:Claim`` with its claimer, stance (a SKOS concept), targets, cue,
hedges and content; the content is a *reified* statement (a ``kg:Relation``, which is an
``rdf:Statement``) plus a NIF span, so ``<actor/russia> <rel/use> <thing/x>`` is never
asserted. Every claim and relation points (``prov:wasDerivedFrom``) at the NIF span of
its sentence, whose ``nif:referenceContext`` is the document's context holding the text.

The graph is described once, in :func:`build_triples`, over a term factory
(:class:`~kg.rdf.namespaces.Terms`): :func:`document_triples` builds it as rdflib terms,
:func:`kg.rdf.serialize.document_quads` straight as pyoxigraph terms (the bulk path), so
the two cannot drift apart.

>>> from rdflib import RDF
>>> from kg.model import Article, DocumentGraph, Span
>>> from kg.rdf import SCHEMA, iri_for
>>> article = Article(id="a1", text="Moscow denied it.", source="a1.txt")
>>> doc = DocumentGraph(article, (Span(0, 17, "Moscow denied it."),), (), (), ())
>>> graph = document_to_graph(doc)
>>> (iri_for("doc", "a1"), RDF.type, SCHEMA.NewsArticle) in graph
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import TypeAlias, TypeVar

from rdflib import Dataset, Graph, Literal, URIRef

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    Article,
    DocumentGraph,
    ResolvedClaim,
    ResolvedRelation,
    Span,
    Stance,
)
from kg.rdf.iri import (
    DEFAULT_BASE,
    check_base,
    document_graph_iri,
    mint,
    slug,
    span_text,
)
from kg.rdf.namespaces import (
    ONTOLOGY_IRI,
    RDFLIB_TERMS,
    TermNamespace,
    Terms,
    bind_prefixes,
)

IriT = TypeVar("IriT")
LiteralT = TypeVar("LiteralT")

#: A triple of one term factory: subject and predicate are IRIs, the object may be a literal.
TripleOf: TypeAlias = tuple[IriT, IriT, IriT | LiteralT]
#: An rdflib triple as :func:`document_triples` yields it.
Triple: TypeAlias = tuple[URIRef, URIRef, URIRef | Literal]

#: Class of each actor kind (namespace attribute of :class:`Terms`, local name), besides
#: kg:Actor; OTHER has none.
KIND_CLASS_NAME: dict[ActorKind, tuple[str, str]] = {
    ActorKind.STATE: ("schema", "Country"),
    ActorKind.PERSON: ("schema", "Person"),
    ActorKind.ORGANISATION: ("schema", "Organization"),
    ActorKind.OUTLET: ("schema", "NewsMediaOrganization"),
    ActorKind.ANONYMOUS: ("kg", "AnonymousSource"),
    ActorKind.GROUP: ("kg", "Group"),
}


def document_to_graph(
    document: DocumentGraph, base: str = DEFAULT_BASE, model: str | None = None
) -> Graph:
    """Everything derived from one document, as an rdflib Graph.

    ``model`` names the NLP pipeline the claims were read with (``kg:extractedBy``).
    """
    graph = bind_prefixes(Graph(), check_base(base))
    for triple in document_triples(document, base, model):
        graph.add(triple)
    return graph


def build_dataset(
    documents: Iterable[DocumentGraph],
    base: str = DEFAULT_BASE,
    model: str | None = None,
    include_ontology: bool = False,
) -> Dataset:
    """One named graph per document (see :func:`document_graph_iri`), so a store can
    replace one document's graph alone; with ``include_ontology`` the ontology and
    stance scheme go in their own graph, named by the ontology IRI."""
    base = check_base(base)
    dataset = bind_prefixes(Dataset(), base)
    for document in documents:
        named = dataset.graph(document_graph_iri(document.article, base))
        for triple in document_triples(document, base, model):
            named.add(triple)
    if include_ontology:
        from kg.rdf.ontology import ontology_and_stances

        named = dataset.graph(ONTOLOGY_IRI)
        for axiom in ontology_and_stances():
            named.add(axiom)
    return dataset


def document_triples(
    document: DocumentGraph, base: str = DEFAULT_BASE, model: str | None = None
) -> Iterator[Triple]:
    """The triples of :func:`document_to_graph` as rdflib terms, in a deterministic order."""
    return build_triples(document, RDFLIB_TERMS, base, model)


def build_triples(
    document: DocumentGraph,
    terms: Terms[IriT, LiteralT],
    base: str = DEFAULT_BASE,
    model: str | None = None,
) -> Iterator[tuple[IriT, IriT, IriT | LiteralT]]:
    """The triples of one document, in a deterministic order, made by ``terms``.

    >>> from kg.model import Article, DocumentGraph, Span
    >>> article = Article(id="a1", text="Moscow denied it.", source="a1.txt")
    >>> doc = DocumentGraph(article, (Span(0, 17, "Moscow denied it."),), (), (), ())
    >>> triples = list(build_triples(doc, RDFLIB_TERMS))
    >>> triples == list(document_triples(doc))
    True
    """
    base = check_base(base)
    t = terms
    article = document.article
    doc_text = mint(base, "doc", article.id)
    doc = t.iri(doc_text)
    ctx = t.iri(span_text(doc_text, 0, len(article.text)))
    yield from _document(t, article, doc, ctx, document.actors, base, model)
    for index, sentence in enumerate(document.sentences):
        node = t.iri(span_text(doc_text, sentence.start, sentence.end))
        yield from _span(t, node, sentence, article.text, ctx, t.nif.Sentence)
        yield node, t.kg.sentenceIndex, t.literal(index, t.xsd.nonNegativeInteger)
    actor_ids = {actor.id for actor in document.actors}
    for actor in document.actors:
        yield from _actor(t, actor, base)
    for missing in sorted(_referenced_actors(document) - actor_ids):
        # An id the resolver used without describing it: keep the graph well-formed.
        yield from _actor(t, Actor(id=missing, name=missing, kind=ActorKind.OTHER), base)
    for mention, actor_id in document.mentions:
        actor_node = t.iri(mint(base, "actor", actor_id))
        yield from _phrase(t, mention.span, doc_text, ctx, article.text, actor_node, t.kg.mention)
    relations_by_claim: dict[str, list[IriT]] = {}
    for relation in document.relations:
        node = t.iri(mint(base, "relation", relation.id))
        if relation.claim is not None:
            relations_by_claim.setdefault(relation.claim, []).append(node)
        yield from _relation(t, relation, node, document, doc, doc_text, ctx, base)
    for claim in document.claims:
        content = relations_by_claim.get(claim.id, [])
        yield from _claim(t, claim, content, document, doc, doc_text, ctx, base)
    for allegation in document.allegations:
        yield from _allegation(t, allegation, base)
    if document.corrections:  # the analyst's corrections and the machine's originals
        from kg.rdf.curation import correction_triples

        yield from correction_triples(t, document, base)


# ---------------------------------------------------------------- document and text


def _document(
    t: Terms[IriT, LiteralT],
    article: Article,
    doc: IriT,
    ctx: IriT,
    actors: tuple[Actor, ...],
    base: str,
    model: str | None,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    yield doc, t.rdf.type, t.schema.NewsArticle
    yield doc, t.dcterms.identifier, t.literal(article.id)
    yield doc, t.dcterms.source, t.literal(article.source)
    yield doc, t.dcterms.language, t.literal(article.language)
    digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    yield doc, t.kg.contentHash, t.literal(digest)
    yield doc, t.kg.context, ctx
    if article.title:
        yield doc, t.dcterms.title, t.literal(article.title)
    if article.url:
        yield doc, t.schema.url, t.literal(article.url, t.xsd.anyURI)
    if article.outlet:
        yield doc, t.dcterms.publisher, _publisher(t, article.outlet, actors, base)
    if article.published:
        yield doc, t.dcterms.date, _date(t, article.published)
    if model:
        yield doc, t.kg.extractedBy, t.literal(model)
    yield ctx, t.rdf.type, t.nif.Context
    yield ctx, t.rdf.type, t.nif.RFC5147String
    yield ctx, t.nif.isString, t.literal(article.text)
    yield ctx, t.nif.beginIndex, _index(t, 0)
    yield ctx, t.nif.endIndex, _index(t, len(article.text))


def _publisher(
    t: Terms[IriT, LiteralT], outlet: str, actors: tuple[Actor, ...], base: str
) -> IriT | LiteralT:
    """The outlet actor when the resolver knows the outlet by that name, else the name."""
    wanted = slug(outlet)
    for actor in actors:
        names = (actor.name, *actor.aliases)
        if actor.kind is ActorKind.OUTLET and wanted in {slug(name) for name in names}:
            return t.iri(mint(base, "actor", actor.id))
    return t.literal(outlet)


def date_literal(value: str) -> Literal:
    """``xsd:date`` or ``xsd:dateTime`` when ``value`` parses as ISO 8601, else plain text.

    >>> from rdflib import XSD
    >>> date_literal("2019-02-26").datatype == XSD.date
    True
    >>> date_literal("last Tuesday").datatype is None
    True
    """
    return _date(RDFLIB_TERMS, value)


def _date(t: Terms[IriT, LiteralT], value: str) -> LiteralT:
    text = value.strip()
    try:
        return t.literal(date.fromisoformat(text).isoformat(), t.xsd.date)
    except ValueError:
        pass
    try:
        return t.literal(datetime.fromisoformat(text).isoformat(), t.xsd.dateTime)
    except ValueError:
        return t.literal(value)


def _index(t: Terms[IriT, LiteralT], value: int) -> LiteralT:
    return t.literal(int(value), t.xsd.nonNegativeInteger)


def _span(
    t: Terms[IriT, LiteralT], node: IriT, span: Span, text: str, ctx: IriT, kind: IriT
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """A NIF span; its anchor is the article text at the offsets when they are in range."""
    valid = 0 <= span.start <= span.end <= len(text)
    nif = t.nif
    yield node, t.rdf.type, kind
    yield node, t.rdf.type, nif.RFC5147String
    yield node, nif.beginIndex, _index(t, span.start) if span.start >= 0 else t.literal(span.start)
    yield node, nif.endIndex, _index(t, span.end) if span.end >= 0 else t.literal(span.end)
    yield node, nif.anchorOf, t.literal(text[span.start : span.end] if valid else span.text)
    yield node, nif.referenceContext, ctx


def _phrase(
    t: Terms[IriT, LiteralT],
    span: Span | None,
    doc: str,
    ctx: IriT,
    text: str,
    owner: IriT,
    *links: IriT,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """A non-empty span as a ``nif:Phrase``, linked from ``owner`` by each of ``links``;
    empty spans give nothing."""
    if span is None or span.end <= span.start:
        return
    node = t.iri(span_text(doc, span.start, span.end))
    yield from _span(t, node, span, text, ctx, t.nif.Phrase)
    for link in links:
        yield owner, link, node


def _provenance(
    t: Terms[IriT, LiteralT],
    document: DocumentGraph,
    index: int,
    fallbacks: tuple[Span | None, ...],
    doc: IriT,
    doc_text: str,
    ctx: IriT,
    node: IriT,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """``node`` derived from the sentence at ``index``, reported by ``doc``.

    A sentence of the document is described once, with the others; an index out of range
    gets the smallest span covering ``fallbacks``, described here.
    """
    if 0 <= index < len(document.sentences):
        span = document.sentences[index]
        source = t.iri(span_text(doc_text, span.start, span.end))
    else:
        spans = [span for span in fallbacks if span is not None]
        start, end = min(s.start for s in spans), max(s.end for s in spans)
        span = Span(start, end, document.article.text[start:end])
        source = t.iri(span_text(doc_text, span.start, span.end))
        yield from _span(t, source, span, document.article.text, ctx, t.nif.Sentence)
    yield node, t.prov.wasDerivedFrom, source
    yield node, t.kg.reportedBy, doc


# ---------------------------------------------------------------- actors


def _referenced_actors(document: DocumentGraph) -> set[str]:
    ids: set[str] = set()
    for claim in document.claims:
        ids.update((claim.claimer, *claim.targets))
        if claim.cites:
            ids.add(claim.cites)
    for relation in document.relations:
        ids.update(i for i in (relation.subject, relation.object) if i)
    for allegation in document.allegations:
        ids.update(allegation.accused)
    for actor in document.actors:
        if actor.affiliation:
            ids.add(actor.affiliation)
    ids.update(actor_id for _, actor_id in document.mentions)
    return ids


def _actor(t: Terms[IriT, LiteralT], actor: Actor, base: str) -> Iterator[TripleOf[IriT, LiteralT]]:
    node = t.iri(mint(base, "actor", actor.id))
    yield node, t.rdf.type, t.kg.Actor
    if actor.kind in KIND_CLASS_NAME:
        prefix, name = KIND_CLASS_NAME[actor.kind]
        namespace: TermNamespace[IriT] = getattr(t, prefix)
        yield node, t.rdf.type, getattr(namespace, name)
    yield node, t.rdfs.label, t.literal(actor.name)
    yield node, t.kg.actorKind, t.literal(ActorKind(actor.kind).value)
    for alias in actor.aliases:
        if alias != actor.name:
            yield node, t.skos.altLabel, t.literal(alias)
    for role in actor.roles:
        yield node, t.kg.role, t.literal(role)
    if actor.affiliation:
        yield node, t.kg.affiliatedWith, t.iri(mint(base, "actor", actor.affiliation))
    if actor.wikidata and _is_qid(actor.wikidata):
        yield node, t.owl.sameAs, t.wd[actor.wikidata.strip()]


def _is_qid(value: str) -> bool:
    value = value.strip()
    return len(value) > 1 and value[0] == "Q" and value[1:].isdigit()


# ---------------------------------------------------------------- relations


def _thing(
    t: Terms[IriT, LiteralT], text: str, fallback: str, base: str, owner: IriT, link: IriT
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """A non-actor argument node minted from its normalised text, linked from ``owner``."""
    key = slug(text) or fallback
    node = t.iri(mint(base, "thing", key))
    yield node, t.rdf.type, t.kg.Argument
    yield node, t.rdfs.label, t.literal(" ".join(text.split()) or key)
    yield owner, link, node


def _relation(
    t: Terms[IriT, LiteralT],
    resolved: ResolvedRelation,
    node: IriT,
    document: DocumentGraph,
    doc: IriT,
    doc_text: str,
    ctx: IriT,
    base: str,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    relation = resolved.relation
    text = document.article.text
    rdf, kg = t.rdf, t.kg
    yield node, rdf.type, kg.Relation
    yield node, rdf.type, rdf.Statement
    if resolved.subject:
        yield node, rdf.subject, t.iri(mint(base, "actor", resolved.subject))
    else:
        subject = relation.subject.text
        yield from _thing(t, subject, f"{resolved.id}-subject", base, node, rdf.subject)
    predicate = t.iri(mint(base, "rel", slug(relation.predicate) or "unknown"))
    yield predicate, rdf.type, rdf.Property
    yield predicate, t.rdfs.label, t.literal(" ".join(relation.predicate.split()) or "unknown")
    yield node, rdf.predicate, predicate
    if resolved.object:
        yield node, rdf.object, t.iri(mint(base, "actor", resolved.object))
    elif relation.object is not None:
        obj = relation.object.text
        yield from _thing(t, obj, f"{resolved.id}-object", base, node, rdf.object)
    for prop, span in (
        (kg.subjectSpan, relation.subject),
        (kg.predicateSpan, relation.predicate_span),
        (kg.objectSpan, relation.object),
    ):
        yield from _phrase(t, span, doc_text, ctx, text, node, prop)
    for argument in relation.arguments:
        yield node, kg.argumentText, t.literal(argument.text)
    yield node, kg.negated, t.literal(relation.negated)
    yield node, kg.passive, t.literal(relation.passive)
    if relation.modality:
        yield node, kg.modality, t.literal(relation.modality)
    yield node, kg.confidence, _confidence(t, relation.confidence)
    if resolved.claim:
        yield node, kg.inClaim, t.iri(mint(base, "claim", resolved.claim))
    fallbacks = (relation.subject, relation.object)
    yield from _provenance(t, document, relation.sentence, fallbacks, doc, doc_text, ctx, node)


def _confidence(t: Terms[IriT, LiteralT], value: float) -> LiteralT:
    return t.literal(Decimal(f"{float(value):.4f}").normalize(), t.xsd.decimal)


# ---------------------------------------------------------------- claims and allegations


def _claim(
    t: Terms[IriT, LiteralT],
    resolved: ResolvedClaim,
    content: list[IriT],
    document: DocumentGraph,
    doc: IriT,
    doc_text: str,
    ctx: IriT,
    base: str,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    claim = resolved.claim
    text = document.article.text
    kg = t.kg
    node = t.iri(mint(base, "claim", resolved.id))
    claimer = t.iri(mint(base, "actor", resolved.claimer))
    yield node, t.rdf.type, kg.Claim
    yield node, kg.claimer, claimer
    yield node, t.prov.wasAttributedTo, claimer
    yield node, kg.stance, t.stance[Stance(claim.stance).value]
    for target in resolved.targets:
        yield node, kg.target, t.iri(mint(base, "actor", target))
    if resolved.cites:
        yield node, kg.cites, t.iri(mint(base, "actor", resolved.cites))
    yield node, kg.cue, t.literal(claim.cue.text)
    yield from _phrase(t, claim.cue, doc_text, ctx, text, node, kg.cueSpan)
    for hedge in claim.hedges:
        yield node, kg.hedge, t.literal(hedge.text)
    for insertion in claim.insertions:
        yield node, kg.editorialInsertion, t.literal(insertion.text)
    if claim.content is not None:
        yield node, kg.contentText, t.literal(claim.content.text)
        content_links = (kg.contentSpan, kg.content)
        yield from _phrase(t, claim.content, doc_text, ctx, text, node, *content_links)
    for statement in content:
        yield node, kg.content, statement
    yield node, kg.quoted, t.literal(claim.quoted)
    yield node, kg.negated, t.literal(claim.negated)
    yield node, kg.confidence, _confidence(t, claim.confidence)
    if claim.rule:  # which extraction rule made the claim: an analyst sees why it exists
        yield node, kg.extractedBy, t.literal(claim.rule)
    if resolved.allegation:
        allegation = t.iri(mint(base, "allegation", resolved.allegation))
        yield node, kg.allegation, allegation
        disputes = claim.stance is Stance.DENY
        yield node, kg.disputes if disputes else kg.alleges, allegation
    fallbacks = (claim.cue, claim.content)
    yield from _provenance(t, document, claim.sentence, fallbacks, doc, doc_text, ctx, node)


def _allegation(
    t: Terms[IriT, LiteralT], allegation: Allegation, base: str
) -> Iterator[TripleOf[IriT, LiteralT]]:
    node = t.iri(mint(base, "allegation", allegation.id))
    yield node, t.rdf.type, t.kg.Allegation
    yield node, t.kg.summary, t.literal(allegation.summary)
    yield node, t.rdfs.label, t.literal(allegation.summary)
    for accused in allegation.accused:
        yield node, t.kg.accused, t.iri(mint(base, "actor", accused))
    for claim in allegation.claims:
        yield node, t.kg.includesClaim, t.iri(mint(base, "claim", claim))
