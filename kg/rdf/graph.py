"""DocumentGraph -> RDF: claims as nodes, never as asserted facts.

A claim becomes a ``kg:Claim`` with its claimer, stance (a SKOS concept), targets, cue,
hedges and content; the content is a *reified* statement (a ``kg:Relation``, which is an
``rdf:Statement``) plus a NIF span, so ``<actor/russia> <rel/use> <thing/x>`` is never
asserted. Every claim and relation points (``prov:wasDerivedFrom``) at the NIF span of
its sentence, whose ``nif:referenceContext`` is the document's context holding the text.

>>> from kg.model import Article, DocumentGraph, Span
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

from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    Article,
    DocumentGraph,
    Mention,
    ResolvedClaim,
    ResolvedRelation,
    Span,
    Stance,
)
from kg.rdf.iri import (
    DEFAULT_BASE,
    check_base,
    context_iri,
    document_graph_iri,
    document_iri,
    iri_for,
    slug,
    span_iri,
)
from kg.rdf.namespaces import DCTERMS, KG, NIF, ONTOLOGY_IRI, SCHEMA, WD, bind_prefixes, stance_iri

Triple = tuple[Node, Node, Node]

#: Class of each actor kind, besides kg:Actor (OTHER has none).
KIND_CLASS: dict[ActorKind, URIRef] = {
    ActorKind.STATE: SCHEMA.Country,
    ActorKind.PERSON: SCHEMA.Person,
    ActorKind.ORGANISATION: SCHEMA.Organization,
    ActorKind.OUTLET: SCHEMA.NewsMediaOrganization,
    ActorKind.ANONYMOUS: KG.AnonymousSource,
    ActorKind.GROUP: KG.Group,
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
        for triple in ontology_and_stances():
            named.add(triple)
    return dataset


def document_triples(
    document: DocumentGraph, base: str = DEFAULT_BASE, model: str | None = None
) -> Iterator[Triple]:
    """The triples of :func:`document_to_graph`, in a deterministic order."""
    base = check_base(base)
    article = document.article
    doc = document_iri(article, base)
    ctx = context_iri(doc, article.text)
    yield from _document(article, doc, ctx, document.actors, base, model)
    for index, sentence in enumerate(document.sentences):
        node = span_iri(doc, sentence.start, sentence.end)
        yield from _span(node, sentence, article.text, ctx, NIF.Sentence)
        yield node, KG.sentenceIndex, Literal(index, datatype=XSD.nonNegativeInteger)
    actor_ids = {actor.id for actor in document.actors}
    for actor in document.actors:
        yield from _actor(actor, base)
    for missing in sorted(_referenced_actors(document) - actor_ids):
        # An id the resolver used without describing it: keep the graph well-formed.
        yield from _actor(Actor(id=missing, name=missing, kind=ActorKind.OTHER), base)
    for mention, actor_id in document.mentions:
        yield from _mention(mention, iri_for("actor", actor_id, base), doc, ctx, article.text)
    relations_by_claim: dict[str, list[URIRef]] = {}
    for relation in document.relations:
        node = iri_for("relation", relation.id, base)
        if relation.claim is not None:
            relations_by_claim.setdefault(relation.claim, []).append(node)
        yield from _relation(relation, node, document, doc, ctx, base)
    for claim in document.claims:
        content = relations_by_claim.get(claim.id, [])
        yield from _claim(claim, content, document, doc, ctx, base)
    for allegation in document.allegations:
        yield from _allegation(allegation, base)


# ---------------------------------------------------------------- document and text


def _document(
    article: Article,
    doc: URIRef,
    ctx: URIRef,
    actors: tuple[Actor, ...],
    base: str,
    model: str | None,
) -> Iterator[Triple]:
    yield doc, RDF.type, SCHEMA.NewsArticle
    yield doc, DCTERMS.identifier, Literal(article.id)
    yield doc, DCTERMS.source, Literal(article.source)
    yield doc, DCTERMS.language, Literal(article.language)
    digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    yield doc, KG.contentHash, Literal(digest)
    yield doc, KG.context, ctx
    if article.title:
        yield doc, DCTERMS.title, Literal(article.title)
    if article.url:
        yield doc, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)
    if article.outlet:
        yield doc, DCTERMS.publisher, _publisher(article.outlet, actors, base)
    if article.published:
        yield doc, DCTERMS.date, date_literal(article.published)
    if model:
        yield doc, KG.extractedBy, Literal(model)
    yield ctx, RDF.type, NIF.Context
    yield ctx, RDF.type, NIF.RFC5147String
    yield ctx, NIF.isString, Literal(article.text)
    yield ctx, NIF.beginIndex, _index(0)
    yield ctx, NIF.endIndex, _index(len(article.text))


def _publisher(outlet: str, actors: tuple[Actor, ...], base: str) -> Node:
    """The outlet actor when the resolver knows the outlet by that name, else the name."""
    wanted = slug(outlet)
    for actor in actors:
        names = (actor.name, *actor.aliases)
        if actor.kind is ActorKind.OUTLET and wanted in {slug(name) for name in names}:
            return iri_for("actor", actor.id, base)
    return Literal(outlet)


def date_literal(value: str) -> Literal:
    """``xsd:date`` or ``xsd:dateTime`` when ``value`` parses as ISO 8601, else plain text.

    >>> date_literal("2019-02-26").datatype == XSD.date
    True
    >>> date_literal("last Tuesday").datatype is None
    True
    """
    text = value.strip()
    try:
        return Literal(date.fromisoformat(text).isoformat(), datatype=XSD.date)
    except ValueError:
        pass
    try:
        return Literal(datetime.fromisoformat(text).isoformat(), datatype=XSD.dateTime)
    except ValueError:
        return Literal(value)


def _index(value: int) -> Literal:
    return Literal(int(value), datatype=XSD.nonNegativeInteger)


def _span(node: URIRef, span: Span, text: str, ctx: URIRef, kind: URIRef) -> Iterator[Triple]:
    """A NIF span; its anchor is the article text at the offsets when they are in range."""
    valid = 0 <= span.start <= span.end <= len(text)
    yield node, RDF.type, kind
    yield node, RDF.type, NIF.RFC5147String
    yield node, NIF.beginIndex, _index(span.start) if span.start >= 0 else Literal(span.start)
    yield node, NIF.endIndex, _index(span.end) if span.end >= 0 else Literal(span.end)
    yield node, NIF.anchorOf, Literal(text[span.start : span.end] if valid else span.text)
    yield node, NIF.referenceContext, ctx


def _phrase(
    span: Span | None, doc: URIRef, ctx: URIRef, text: str
) -> tuple[URIRef | None, list[Triple]]:
    """A non-empty span as a ``nif:Phrase`` (node and triples); empty spans give nothing."""
    if span is None or span.end <= span.start:
        return None, []
    node = span_iri(doc, span.start, span.end)
    return node, list(_span(node, span, text, ctx, NIF.Phrase))


def _sentence_or(document: DocumentGraph, index: int, *fallbacks: Span | None) -> Span:
    """The sentence at ``index``; if out of range, the smallest span covering ``fallbacks``."""
    if 0 <= index < len(document.sentences):
        return document.sentences[index]
    spans = [span for span in fallbacks if span is not None]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    return Span(start, end, document.article.text[start:end])


def _provenance(span: Span, doc: URIRef, ctx: URIRef, text: str, node: URIRef) -> Iterator[Triple]:
    source = span_iri(doc, span.start, span.end)
    yield from _span(source, span, text, ctx, NIF.Sentence)
    yield node, PROV.wasDerivedFrom, source
    yield node, KG.reportedBy, doc


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


def _actor(actor: Actor, base: str) -> Iterator[Triple]:
    node = iri_for("actor", actor.id, base)
    yield node, RDF.type, KG.Actor
    if actor.kind in KIND_CLASS:
        yield node, RDF.type, KIND_CLASS[actor.kind]
    yield node, RDFS.label, Literal(actor.name)
    yield node, KG.actorKind, Literal(ActorKind(actor.kind).value)
    for alias in actor.aliases:
        if alias != actor.name:
            yield node, SKOS.altLabel, Literal(alias)
    for role in actor.roles:
        yield node, KG.role, Literal(role)
    if actor.affiliation:
        yield node, KG.affiliatedWith, iri_for("actor", actor.affiliation, base)
    if actor.wikidata and _is_qid(actor.wikidata):
        yield node, OWL.sameAs, WD[actor.wikidata.strip()]


def _is_qid(value: str) -> bool:
    value = value.strip()
    return len(value) > 1 and value[0] == "Q" and value[1:].isdigit()


def _mention(
    mention: Mention, actor: URIRef, doc: URIRef, ctx: URIRef, text: str
) -> Iterator[Triple]:
    node, triples = _phrase(mention.span, doc, ctx, text)
    if node is not None:
        yield from triples
        yield actor, KG.mention, node


# ---------------------------------------------------------------- relations


def _thing(text: str, fallback: str, base: str) -> tuple[URIRef, list[Triple]]:
    """A non-actor argument node minted from its normalised text."""
    key = slug(text) or fallback
    node = iri_for("thing", key, base)
    label = Literal(" ".join(text.split()) or key)
    return node, [(node, RDF.type, KG.Argument), (node, RDFS.label, label)]


def _relation(
    resolved: ResolvedRelation,
    node: URIRef,
    document: DocumentGraph,
    doc: URIRef,
    ctx: URIRef,
    base: str,
) -> Iterator[Triple]:
    relation = resolved.relation
    text = document.article.text
    yield node, RDF.type, KG.Relation
    yield node, RDF.type, RDF.Statement
    if resolved.subject:
        subject = iri_for("actor", resolved.subject, base)
    else:
        subject, triples = _thing(relation.subject.text, f"{resolved.id}-subject", base)
        yield from triples
    yield node, RDF.subject, subject
    predicate = iri_for("rel", slug(relation.predicate) or "unknown", base)
    yield predicate, RDF.type, RDF.Property
    yield predicate, RDFS.label, Literal(" ".join(relation.predicate.split()) or "unknown")
    yield node, RDF.predicate, predicate
    if resolved.object:
        yield node, RDF.object, iri_for("actor", resolved.object, base)
    elif relation.object is not None:
        obj, triples = _thing(relation.object.text, f"{resolved.id}-object", base)
        yield from triples
        yield node, RDF.object, obj
    for prop, span in (
        (KG.subjectSpan, relation.subject),
        (KG.predicateSpan, relation.predicate_span),
        (KG.objectSpan, relation.object),
    ):
        phrase, triples = _phrase(span, doc, ctx, text)
        if phrase is not None:
            yield from triples
            yield node, prop, phrase
    for argument in relation.arguments:
        yield node, KG.argumentText, Literal(argument.text)
    yield node, KG.negated, Literal(relation.negated)
    yield node, KG.passive, Literal(relation.passive)
    if relation.modality:
        yield node, KG.modality, Literal(relation.modality)
    yield node, KG.confidence, _confidence(relation.confidence)
    if resolved.claim:
        yield node, KG.inClaim, iri_for("claim", resolved.claim, base)
    sentence = _sentence_or(document, relation.sentence, relation.subject, relation.object)
    yield from _provenance(sentence, doc, ctx, text, node)


def _confidence(value: float) -> Literal:
    return Literal(Decimal(f"{float(value):.4f}").normalize(), datatype=XSD.decimal)


# ---------------------------------------------------------------- claims and allegations


def _claim(
    resolved: ResolvedClaim,
    content: list[URIRef],
    document: DocumentGraph,
    doc: URIRef,
    ctx: URIRef,
    base: str,
) -> Iterator[Triple]:
    claim = resolved.claim
    text = document.article.text
    node = iri_for("claim", resolved.id, base)
    claimer = iri_for("actor", resolved.claimer, base)
    yield node, RDF.type, KG.Claim
    yield node, KG.claimer, claimer
    yield node, PROV.wasAttributedTo, claimer
    yield node, KG.stance, stance_iri(claim.stance)
    for target in resolved.targets:
        yield node, KG.target, iri_for("actor", target, base)
    if resolved.cites:
        yield node, KG.cites, iri_for("actor", resolved.cites, base)
    yield node, KG.cue, Literal(claim.cue.text)
    cue, triples = _phrase(claim.cue, doc, ctx, text)
    if cue is not None:
        yield from triples
        yield node, KG.cueSpan, cue
    for hedge in claim.hedges:
        yield node, KG.hedge, Literal(hedge.text)
    for insertion in claim.insertions:
        yield node, KG.editorialInsertion, Literal(insertion.text)
    if claim.content is not None:
        yield node, KG.contentText, Literal(claim.content.text)
        span, triples = _phrase(claim.content, doc, ctx, text)
        if span is not None:
            yield from triples
            yield node, KG.contentSpan, span
            yield node, KG.content, span
    for statement in content:
        yield node, KG.content, statement
    yield node, KG.quoted, Literal(claim.quoted)
    yield node, KG.negated, Literal(claim.negated)
    yield node, KG.confidence, _confidence(claim.confidence)
    if resolved.allegation:
        allegation = iri_for("allegation", resolved.allegation, base)
        yield node, KG.allegation, allegation
        disputes = claim.stance is Stance.DENY
        yield node, KG.disputes if disputes else KG.alleges, allegation
    sentence = _sentence_or(document, claim.sentence, claim.cue, claim.content)
    yield from _provenance(sentence, doc, ctx, text, node)


def _allegation(allegation: Allegation, base: str) -> Iterator[Triple]:
    node = iri_for("allegation", allegation.id, base)
    yield node, RDF.type, KG.Allegation
    yield node, KG.summary, Literal(allegation.summary)
    yield node, RDFS.label, Literal(allegation.summary)
    for accused in allegation.accused:
        yield node, KG.accused, iri_for("actor", accused, base)
    for claim in allegation.claims:
        yield node, KG.includesClaim, iri_for("claim", claim, base)
