"""DocumentGraph -> RDF: claims as nodes, never as asserted facts.

A claim becomes a ``kg:Claim`` with its claimer, stance (a SKOS concept), targets, cue,
hedges and content; the content is a *reified* statement (a ``kg:Relation``, which is an
``rdf:Statement``) plus the span of its text, so ``<actor/russia> <rel/use> <thing/x>`` is
never asserted. Every claim and relation points (``prov:wasDerivedFrom``) at the span of
its sentence, an RFC 5147 IRI, ``<doc/…#char=begin,end>``, in the document it came from.

Two provenance profiles (:data:`PROVENANCES`) say how much of the text's bookkeeping is
written:

* ``"lean"`` (the default): a span *is* its IRI, whose offsets say where it is; the
  sentences that claims and relations come from carry their text (``nif:anchorOf``) and
  index, once; mentions their text (what a user asks of a mention, though the offsets in
  its IRI also find it); a claim its cue and content text.  Relations keep
  subject, predicate, object, negation, modality and the sentence as evidence.  Nothing
  derivable is written: no ``nif:beginIndex``/``nif:endIndex`` beside an offset IRI, no
  ``nif:referenceContext``, no second ``rdf:type``, no type that a node's place says
  (``rel/`` and ``thing/`` IRIs are only ever a relation's predicate, subject or object),
  no super-property beside its sub-property (``prov:wasAttributedTo`` beside
  ``kg:claimer``).
* ``"full"``: complete NIF 2.0, for NIF tools (GERBIL ...): every span a typed node with
  begin, end, anchor and reference context, every sentence, a span per relation
  argument, and every property of a relation.

The graph is described once, in :func:`build_triples`, over a term factory
(:class:`~kg.rdf.namespaces.Terms`): :func:`document_triples` builds it as rdflib terms,
:func:`kg.rdf.serialize.document_quads` straight as pyoxigraph terms (the bulk path), so
the two cannot drift apart.  Each kind of node has its own function (``_document``,
``_sentence``, ``_actor``, ``_mention``, ``_relation``, ``_claim``, ``_allegation``), which
takes the document being written (:class:`_Writing`) and yields its triples.

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
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, TypeAlias, TypeVar
from typing import Literal as Choice

from rdflib import Dataset, Graph, Literal, URIRef

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    DocumentGraph,
    ResolvedClaim,
    ResolvedRelation,
    Span,
    Stance,
    Voice,
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

#: How much of the text's bookkeeping a build writes (``kg build --provenance``).
Provenance: TypeAlias = Choice["lean", "full"]
#: The provenance profiles, the default first.
PROVENANCES: tuple[Provenance, ...] = ("lean", "full")
DEFAULT_PROVENANCE: Provenance = "lean"

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


def check_provenance(provenance: str) -> Provenance:
    """``provenance`` if it names a profile of :data:`PROVENANCES`, else a ValueError.

    >>> check_provenance("full")
    'full'
    """
    for known in PROVENANCES:
        if provenance == known:
            return known
    raise ValueError(f"unknown provenance profile {provenance!r}; choose from {list(PROVENANCES)}")


def document_to_graph(
    document: DocumentGraph,
    base: str = DEFAULT_BASE,
    model: str | None = None,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> Graph:
    """Everything derived from one document, as an rdflib Graph.

    ``model`` names the NLP pipeline the claims were read with (``kg:extractedBy``);
    ``provenance`` is a profile of :data:`PROVENANCES`.
    """
    graph = bind_prefixes(Graph(), check_base(base))
    for triple in document_triples(document, base, model, provenance):
        graph.add(triple)
    return graph


def build_dataset(
    documents: Iterable[DocumentGraph],
    base: str = DEFAULT_BASE,
    model: str | None = None,
    include_ontology: bool = False,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> Dataset:
    """One named graph per document (see :func:`document_graph_iri`), so a store can
    replace one document's graph alone; with ``include_ontology`` the ontology and
    stance scheme go in their own graph, named by the ontology IRI."""
    base = check_base(base)
    dataset = bind_prefixes(Dataset(), base)
    for document in documents:
        named = dataset.graph(document_graph_iri(document.article, base))
        for triple in document_triples(document, base, model, provenance):
            named.add(triple)
    if include_ontology:
        from kg.rdf.ontology import ontology_and_stances

        named = dataset.graph(ONTOLOGY_IRI)
        for axiom in ontology_and_stances():
            named.add(axiom)
    return dataset


def document_triples(
    document: DocumentGraph,
    base: str = DEFAULT_BASE,
    model: str | None = None,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> Iterator[Triple]:
    """The triples of :func:`document_to_graph` as rdflib terms, in a deterministic order."""
    return build_triples(document, RDFLIB_TERMS, base, model, provenance)


@dataclass(frozen=True)
class _Writing(Generic[IriT, LiteralT]):
    """One document being written: the term factory, the profile, and the IRIs every
    node function needs (the document's, its text context's)."""

    t: Terms[IriT, LiteralT]
    document: DocumentGraph
    base: str
    full: bool  # the full NIF profile, else lean
    doc_text: str  # the document's IRI, as text
    doc: IriT
    ctx: IriT
    # a document names the same actors, claims and predicates many times over
    _minted: dict[tuple[str, str], IriT] = field(default_factory=dict)
    # and the same sentence as the source of every claim and relation derived from it
    _spans: dict[tuple[int, int], IriT] = field(default_factory=dict)

    def minted(self, kind: str, key: str) -> IriT:
        node = self._minted.get((kind, key))
        if node is None:
            node = self._minted[kind, key] = self.t.iri(mint(self.base, kind, key))
        return node

    def span(self, span: Span) -> IriT:
        """The RFC 5147 IRI of ``span`` in this document."""
        key = (span.start, span.end)
        node = self._spans.get(key)
        if node is None:
            node = self._spans[key] = self.t.iri(span_text(self.doc_text, *key))
        return node

    def in_text(self, span: Span) -> bool:
        """Whether ``span`` is a non-empty stretch of the text (an offset IRI can name it)."""
        return 0 <= span.start < span.end <= len(self.document.article.text)


def build_triples(
    document: DocumentGraph,
    terms: Terms[IriT, LiteralT],
    base: str = DEFAULT_BASE,
    model: str | None = None,
    provenance: Provenance = DEFAULT_PROVENANCE,
) -> Iterator[tuple[IriT, IriT, IriT | LiteralT]]:
    """The triples of one document, in a deterministic order, made by ``terms``.

    >>> from kg.model import Article, DocumentGraph, Span
    >>> article = Article(id="a1", text="Moscow denied it.", source="a1.txt")
    >>> doc = DocumentGraph(article, (Span(0, 17, "Moscow denied it."),), (), (), ())
    >>> triples = list(build_triples(doc, RDFLIB_TERMS))
    >>> triples == list(document_triples(doc))
    True
    >>> len(triples) < len(list(build_triples(doc, RDFLIB_TERMS, provenance="full")))
    True
    """
    base = check_base(base)
    full = check_provenance(provenance) == "full"
    article = document.article
    doc_text = mint(base, "doc", article.id)
    ctx = terms.iri(span_text(doc_text, 0, len(article.text)))
    w = _Writing(terms, document, base, full, doc_text, terms.iri(doc_text), ctx)
    yield from _document(w, model)
    # lean: only the sentences something was derived from; full: every sentence
    cited = {c.claim.sentence for c in document.claims}
    cited.update(r.relation.sentence for r in document.relations)
    for index, sentence in enumerate(document.sentences):
        if full or index in cited:
            yield from _sentence(w, index, sentence)
    actor_ids = {actor.id for actor in document.actors}
    for actor in document.actors:
        yield from _actor(w, actor)
    for missing in sorted(_referenced_actors(document) - actor_ids):
        # An id the resolver used without describing it: keep the graph well-formed.
        yield from _actor(w, Actor(id=missing, name=missing, kind=ActorKind.OTHER))
    for mention, actor_id in document.mentions:
        yield from _phrase(w, mention.span, w.minted("actor", actor_id), w.t.kg.mention)
    relations_by_claim: dict[str, list[IriT]] = {}
    for relation in document.relations:
        node = w.minted("relation", relation.id)
        if relation.claim is not None:
            relations_by_claim.setdefault(relation.claim, []).append(node)
        yield from _relation(w, relation, node)
    for claim in document.claims:
        yield from _claim(w, claim, relations_by_claim.get(claim.id, []))
    for allegation in document.allegations:
        yield from _allegation(w, allegation)
    if document.corrections:  # the analyst's corrections and the machine's originals
        from kg.rdf.curation import correction_triples

        yield from correction_triples(terms, document, base)


# ---------------------------------------------------------------- document and text


def _document(w: _Writing[IriT, LiteralT], model: str | None) -> Iterator[TripleOf[IriT, LiteralT]]:
    t, doc, ctx, article = w.t, w.doc, w.ctx, w.document.article
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
        yield doc, t.dcterms.publisher, _publisher(w, article.outlet)
    if article.published:
        yield doc, t.dcterms.date, _date(t, article.published)
    if model:
        yield doc, t.kg.extractedBy, t.literal(model)
    yield ctx, t.rdf.type, t.nif.Context
    yield ctx, t.nif.isString, t.literal(article.text)
    if w.full:
        yield ctx, t.rdf.type, t.nif.RFC5147String
        yield ctx, t.nif.beginIndex, _index(t, 0)
        yield ctx, t.nif.endIndex, _index(t, len(article.text))


def _publisher(w: _Writing[IriT, LiteralT], outlet: str) -> IriT | LiteralT:
    """The outlet actor when the resolver knows the outlet by that name, else the name."""
    wanted = slug(outlet)
    for actor in w.document.actors:
        names = (actor.name, *actor.aliases)
        if actor.kind is ActorKind.OUTLET and wanted in {slug(name) for name in names}:
            return w.minted("actor", actor.id)
    return w.t.literal(outlet)


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


def _anchor(w: _Writing[IriT, LiteralT], span: Span) -> LiteralT:
    """The text at ``span``'s offsets when they are in range, else the span's own text."""
    text = w.document.article.text
    valid = 0 <= span.start <= span.end <= len(text)
    return w.t.literal(text[span.start : span.end] if valid else span.text)


def _sentence(
    w: _Writing[IriT, LiteralT], index: int | None, span: Span
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """A sentence: in lean, its type, text and index; in full, a NIF span as well.
    ``index`` is None for a stretch standing in for a sentence out of range."""
    node = w.span(span)
    if w.full:
        yield from _nif_span(w, node, span, w.t.nif.Sentence)
    else:
        yield node, w.t.rdf.type, w.t.nif.Sentence
        yield node, w.t.nif.anchorOf, _anchor(w, span)
    if index is not None:
        yield node, w.t.kg.sentenceIndex, _index(w.t, index)


def _nif_span(
    w: _Writing[IriT, LiteralT], node: IriT, span: Span, kind: IriT
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """A complete NIF span (the full profile)."""
    t, nif = w.t, w.t.nif
    yield node, t.rdf.type, kind
    yield node, t.rdf.type, nif.RFC5147String
    yield node, nif.beginIndex, _index(t, span.start) if span.start >= 0 else t.literal(span.start)
    yield node, nif.endIndex, _index(t, span.end) if span.end >= 0 else t.literal(span.end)
    yield node, nif.anchorOf, _anchor(w, span)
    yield node, nif.referenceContext, w.ctx


def _phrase(
    w: _Writing[IriT, LiteralT],
    span: Span | None,
    owner: IriT,
    link: IriT,
    *,
    anchored: bool = True,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """``owner`` linked by ``link`` to the span of a non-empty ``span`` (None or empty:
    nothing).  In full, the span is a ``nif:Phrase``; in lean, its IRI, with its text
    when ``anchored`` (the owner's own text literal does not already say it), and only
    when the offsets are in the text."""
    if span is None or span.end <= span.start:
        return
    if w.full:
        node = w.span(span)
        yield from _nif_span(w, node, span, w.t.nif.Phrase)
        yield owner, link, node
    elif w.in_text(span):
        node = w.span(span)
        yield owner, link, node
        if anchored:
            yield node, w.t.nif.anchorOf, _anchor(w, span)


def _provenance(
    w: _Writing[IriT, LiteralT],
    index: int,
    fallbacks: tuple[Span | None, ...],
    node: IriT,
    *,
    reported: bool = True,
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """``node`` derived from the sentence at ``index`` (and, when ``reported``, reported
    by the document).

    A sentence of the document is described once, with the others; an index out of range
    gets the smallest span covering ``fallbacks``, described here.
    """
    sentences = w.document.sentences
    if 0 <= index < len(sentences):
        source = w.span(sentences[index])
    else:
        spans = [span for span in fallbacks if span is not None]
        start, end = min(s.start for s in spans), max(s.end for s in spans)
        span = Span(start, end, w.document.article.text[start:end])
        source = w.span(span)
        yield from _sentence(w, None, span)
    yield node, w.t.prov.wasDerivedFrom, source
    if reported:
        yield node, w.t.kg.reportedBy, w.doc


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


def _actor(w: _Writing[IriT, LiteralT], actor: Actor) -> Iterator[TripleOf[IriT, LiteralT]]:
    t = w.t
    node = w.minted("actor", actor.id)
    yield node, t.rdf.type, t.kg.Actor
    if w.full and actor.kind in KIND_CLASS_NAME:  # lean: kg:actorKind says it
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
        yield node, t.kg.affiliatedWith, w.minted("actor", actor.affiliation)
    if actor.wikidata and _is_qid(actor.wikidata):
        yield node, t.owl.sameAs, t.wd[actor.wikidata.strip()]


def _is_qid(value: str) -> bool:
    value = value.strip()
    return len(value) > 1 and value[0] == "Q" and value[1:].isdigit()


# ---------------------------------------------------------------- relations


def _thing(
    w: _Writing[IriT, LiteralT], text: str, fallback: str, owner: IriT, link: IriT
) -> Iterator[TripleOf[IriT, LiteralT]]:
    """A non-actor argument node minted from its normalised text, linked from ``owner``."""
    key = slug(text) or fallback
    node = w.minted("thing", key)
    if w.full:  # lean: a thing/ IRI is only ever a relation's subject or object, not an actor
        yield node, w.t.rdf.type, w.t.kg.Argument
    yield node, w.t.rdfs.label, w.t.literal(" ".join(text.split()) or key)
    yield owner, link, node


def _relation(
    w: _Writing[IriT, LiteralT], resolved: ResolvedRelation, node: IriT
) -> Iterator[TripleOf[IriT, LiteralT]]:
    relation = resolved.relation
    t, rdf, kg = w.t, w.t.rdf, w.t.kg
    yield node, rdf.type, kg.Relation
    if w.full:
        yield node, rdf.type, rdf.Statement
    if resolved.subject:
        yield node, rdf.subject, w.minted("actor", resolved.subject)
    else:
        subject = relation.subject.text
        yield from _thing(w, subject, f"{resolved.id}-subject", node, rdf.subject)
    predicate = w.minted("rel", slug(relation.predicate) or "unknown")
    if w.full:  # lean: a rel/ IRI is only ever the object of rdf:predicate
        yield predicate, rdf.type, rdf.Property
    yield predicate, t.rdfs.label, t.literal(" ".join(relation.predicate.split()) or "unknown")
    yield node, rdf.predicate, predicate
    if resolved.object:
        yield node, rdf.object, w.minted("actor", resolved.object)
    elif relation.object is not None:
        obj = relation.object.text
        yield from _thing(w, obj, f"{resolved.id}-object", node, rdf.object)
    if w.full:  # a span per argument, and what lean leaves out
        for prop, span in (
            (kg.subjectSpan, relation.subject),
            (kg.predicateSpan, relation.predicate_span),
            (kg.objectSpan, relation.object),
        ):
            yield from _phrase(w, span, node, prop)
        for argument in relation.arguments:
            yield node, kg.argumentText, t.literal(argument.text)
    yield node, kg.negated, t.literal(relation.negated)
    if w.full:
        yield node, kg.passive, t.literal(relation.passive)
    if relation.modality:
        yield node, kg.modality, t.literal(relation.modality)
    if w.full:
        yield node, kg.confidence, _confidence(t, relation.confidence)
    if w.full and resolved.claim:  # lean: the claim's kg:content says it
        yield node, kg.inClaim, w.minted("claim", resolved.claim)
    fallbacks = (relation.subject, relation.object)
    # lean: the evidence span's IRI names the reporting document
    yield from _provenance(w, relation.sentence, fallbacks, node, reported=w.full)


def _confidence(t: Terms[IriT, LiteralT], value: float) -> LiteralT:
    return t.literal(Decimal(f"{float(value):.4f}").normalize(), t.xsd.decimal)


# ---------------------------------------------------------------- claims and allegations


def _claim(
    w: _Writing[IriT, LiteralT], resolved: ResolvedClaim, content: list[IriT]
) -> Iterator[TripleOf[IriT, LiteralT]]:
    claim = resolved.claim
    t, kg = w.t, w.t.kg
    node = w.minted("claim", resolved.id)
    claimer = w.minted("actor", resolved.claimer)
    yield node, t.rdf.type, kg.Claim
    yield node, kg.claimer, claimer
    if w.full:  # kg:claimer is a sub-property of prov:wasAttributedTo
        yield node, t.prov.wasAttributedTo, claimer
    yield node, kg.stance, t.stance[Stance(claim.stance).value]
    for target in resolved.targets:
        yield node, kg.target, w.minted("actor", target)
    if resolved.cites:
        yield node, kg.cites, w.minted("actor", resolved.cites)
    yield node, kg.cue, t.literal(claim.cue.text)
    yield from _phrase(w, claim.cue, node, kg.cueSpan, anchored=False)
    for hedge in claim.hedges:
        yield node, kg.hedge, t.literal(hedge.text)
    for insertion in claim.insertions:
        yield node, kg.editorialInsertion, t.literal(insertion.text)
    if claim.content is not None:
        yield node, kg.contentText, t.literal(claim.content.text)
        yield from _phrase(w, claim.content, node, kg.contentSpan, anchored=False)
        if w.full and claim.content.end > claim.content.start:
            # kg:contentSpan is a sub-property of kg:content
            yield node, kg.content, w.span(claim.content)
    for statement in content:
        yield node, kg.content, statement
    yield node, kg.quoted, t.literal(claim.quoted)
    yield node, kg.negated, t.literal(claim.negated)
    # a speaker's claim or the official text's own narration (kg.model.Voice, round 31)
    voiced = claim.voice == Voice.PUBLISHER
    yield node, kg.voice, kg.PublisherVoice if voiced else kg.AttributedVoice
    yield node, kg.confidence, _confidence(t, claim.confidence)
    if claim.rule:  # which extraction rule made the claim: an analyst sees why it exists
        yield node, kg.extractedBy, t.literal(claim.rule)
    if resolved.allegation:
        allegation = w.minted("allegation", resolved.allegation)
        if w.full:  # kg:alleges and kg:disputes are sub-properties of kg:allegation
            yield node, kg.allegation, allegation
        disputes = claim.stance is Stance.DENY
        yield node, kg.disputes if disputes else kg.alleges, allegation
    fallbacks = (claim.cue, claim.content)
    yield from _provenance(w, claim.sentence, fallbacks, node)


def _allegation(
    w: _Writing[IriT, LiteralT], allegation: Allegation
) -> Iterator[TripleOf[IriT, LiteralT]]:
    t = w.t
    node = w.minted("allegation", allegation.id)
    yield node, t.rdf.type, t.kg.Allegation
    yield node, t.kg.summary, t.literal(allegation.summary)
    yield node, t.rdfs.label, t.literal(allegation.summary)
    for accused in allegation.accused:
        yield node, t.kg.accused, w.minted("actor", accused)
    for claim in allegation.claims:
        yield node, t.kg.includesClaim, w.minted("claim", claim)
