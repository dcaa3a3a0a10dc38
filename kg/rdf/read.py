"""RDF -> plain data: the documents, actors, claims and allegations a build wrote, read back.

This lets ``kg render`` redraw the HTML pages (and Gephi files) from an existing RDF file or
store without parsing any text again.  It reads what :mod:`kg.rdf.graph` writes: one
``schema:NewsArticle`` per document with its text (``nif:isString``), sentences with their
``kg:sentenceIndex``, ``kg:Claim`` s with claimer, stance, targets, cue, content, hedges and the
sentence they were derived from, ``kg:Actor`` s and ``kg:Allegation`` s, and returns the
:class:`~kg.model.DocumentGraph` s :mod:`kg.network` takes.  Both provenance profiles
read the same (:data:`kg.rdf.graph.PROVENANCES`): a span's offsets come from its RFC 5147
IRI (``doc#char=begin,end``) when no ``nif:beginIndex``/``nif:endIndex`` is written, and
the sentences and mentions of a document are those whose IRI is in it.

Quad formats (TriG, N-Quads, JSON-LD) and the store keep one named graph per document, so each
document gets exactly the actors and allegations it described.  Triple formats (Turtle,
N-Triples) hold the union in the default graph; then a document gets the actors its claims,
allegations and mentions refer to, described as the whole build describes them, which
:func:`kg.network.actor_graph` merges to the same nodes.

What the RDF does not hold is not invented: relations and mentions are left out (the network
views do not use them), a hedge or insertion keeps its text but not its offsets, a claimer
mention is a placeholder at the cue without a role (the views then take the actor's first
role, which is the claimer's role unless an actor had several), and a sentence the lean
profile left out (nothing was derived from it) is an empty placeholder, ``Span(-1, -1, "")``,
that keeps the others at their index.

>>> from kg.model import Actor, ActorKind, Article, Claim, DocumentGraph, Mention
>>> from kg.model import ResolvedClaim, Span, Stance
>>> from kg.rdf import document_quads
>>> text = "Kyiv accused Moscow of shelling the plant."
>>> claim = Claim(Mention(Span(0, 4, "Kyiv"), "GPE", 0), Stance.ACCUSE, Span(5, 12, "accused"),
...               0, content=Span(23, 41, "shelling the plant"))
>>> doc = DocumentGraph(
...     Article("a1", text, "a1.txt", title="Shelling", published="2024-05-01"),
...     (Span(0, 42, text),),
...     (Actor("ukraine", "Ukraine", ActorKind.STATE), Actor("russia", "Russia", ActorKind.STATE)),
...     (ResolvedClaim("c1", claim, "ukraine", ("russia",)),), ())
>>> [back] = documents_from_quads(document_quads(doc))
>>> back.article == doc.article, back.sentences == doc.sentences
(True, True)
>>> back.actors == tuple(sorted(doc.actors, key=lambda actor: actor.id))
True
>>> read = back.claims[0]
>>> read.id, read.claimer, read.targets, read.claim.stance, read.claim.content.text
('c1', 'ukraine', ('russia',), <Stance.ACCUSE: 'accuse'>, 'shelling the plant')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    Article,
    Claim,
    DocumentGraph,
    Mention,
    ResolvedClaim,
    Span,
    Stance,
    Voice,
)
from kg.rdf.namespaces import KG, NIF, SCHEMA, STANCE, WD
from kg.rdf.serialize import FORMATS

__all__ = ["RdfReadError", "documents_from_quads", "read_documents"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_DCTERMS = "http://purl.org/dc/terms/"
_PROV = "http://www.w3.org/ns/prov#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_OWL = "http://www.w3.org/2002/07/owl#"

TYPE = _RDF + "type"
_KG, _NIF, _SCHEMA = str(KG), str(NIF), str(SCHEMA)

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
#: subject -> predicate -> objects, in first-seen order
Index = dict[str, dict[str, list[Term]]]


_NEWS_ARTICLE = ox.NamedNode(_SCHEMA + "NewsArticle")


class RdfReadError(ValueError):
    """The input is not RDF this project wrote (named in the message)."""


# --- reading files and stores -----------------------------------------------------------------


def read_documents(path: Path | str) -> list[DocumentGraph]:
    """The documents of an RDF file (format from the extension) or an embedded store folder.

    Raises :class:`RdfReadError` naming the file when it cannot be read or holds no document.
    """
    path = Path(path)
    if path.is_dir():
        from kg.store import EmbeddedStore

        if not any(path.iterdir()):
            raise RdfReadError(f"{path}: empty folder, not an embedded store")
        try:
            with EmbeddedStore(path) as store:
                documents = documents_from_quads(store.quads())
        except OSError as error:
            raise RdfReadError(f"{path}: cannot open the store: {error}") from error
    else:
        by_extension = {form.extension: form for form in FORMATS.values()}
        form = by_extension.get(path.suffix)
        if form is None:
            known = ", ".join(sorted(by_extension))
            raise RdfReadError(f"{path}: unknown RDF extension (use one of {known}, or a store)")
        try:
            documents = documents_from_quads(ox.parse(path=str(path), format=form.rdf_format))
        except (OSError, SyntaxError, ValueError) as error:
            raise RdfReadError(f"{path}: not readable as {form.name}: {error}") from error
    if not documents:
        raise RdfReadError(f"{path}: no document (schema:NewsArticle) in it")
    return documents


# --- indexing ---------------------------------------------------------------------------------


@dataclass
class _Quads:
    """The quads indexed by subject, per named graph; the default graph holds the rest (all of
    it, in a triple format)."""

    default: Index = field(default_factory=dict)
    graphs: dict[str, Index] = field(default_factory=dict)
    #: document IRI -> the named graphs that type it a schema:NewsArticle
    documents: dict[str, set[str]] = field(default_factory=dict)

    def add(self, quad: ox.Quad) -> None:
        subject = _text(quad.subject)
        predicate = quad.predicate.value
        if isinstance(quad.graph_name, ox.NamedNode):
            graph: str | None = quad.graph_name.value
            index = self.graphs.get(quad.graph_name.value)
            if index is None:
                index = self.graphs[quad.graph_name.value] = {}
        else:
            graph, index = None, self.default
        if predicate == TYPE and quad.object == _NEWS_ARTICLE:
            graphs = self.documents.setdefault(subject, set())
            if graph is not None:
                graphs.add(graph)
        objects = index.setdefault(subject, {}).setdefault(predicate, [])
        if quad.object not in objects:
            objects.append(quad.object)


def span_offsets(iri: str) -> tuple[int, int] | None:
    """The offsets an RFC 5147 span IRI names (``doc#char=begin,end``), else None.

    >>> span_offsets("https://example.org/kg/doc/a1#char=10,42")
    (10, 42)
    >>> span_offsets("https://example.org/kg/doc/a1") is None
    True
    """
    _, found, offsets = iri.rpartition("#char=")
    begin, comma, end = offsets.partition(",")
    if not found or not comma or not begin.isdigit() or not end.isdigit():
        return None
    return int(begin), int(end)


def document_of_span(iri: str) -> str | None:
    """The IRI of the document an RFC 5147 span IRI points into, else None.

    >>> document_of_span("https://example.org/kg/doc/a1#char=10,42")
    'https://example.org/kg/doc/a1'
    """
    return iri.rpartition("#char=")[0] if span_offsets(iri) is not None else None


def _text(term: object) -> str:
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _key(iri: Term) -> str:
    """The id a minted IRI (``base + kind + "/" + key``) was made from."""
    return unquote(_text(iri).rsplit("/", 1)[-1])


class _View:
    """One document's share of the quads: its named graph, or the union for triple formats."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._typed: dict[str, list[str]] = {}
        self._reported: dict[str, list[str]] | None = None
        self._sentences: dict[str, list[str]] | None = None

    def sentences_of(self, doc: str) -> list[str]:
        """The sentences (``nif:Sentence``) of a document: those whose span IRI is in it
        (indexed once per view)."""
        if self._sentences is None:
            self._sentences = {}
            for sentence in self.typed(_NIF + "Sentence"):
                owner = document_of_span(sentence)
                if owner is not None:
                    self._sentences.setdefault(owner, []).append(sentence)
        return self._sentences.get(doc, [])

    def reported_by(self, doc: str) -> list[str]:
        """The claims whose ``kg:reportedBy`` is ``doc`` (indexed once per view)."""
        if self._reported is None:
            self._reported = {}
            for claim in self.typed(_KG + "Claim"):
                for reporter in self.all(claim, _KG + "reportedBy"):
                    self._reported.setdefault(_text(reporter), []).append(claim)
        return self._reported.get(doc, [])

    def all(self, subject: str, predicate: str) -> list[Term]:
        return self.index.get(subject, {}).get(predicate, [])

    def one(self, subject: str, predicate: str) -> Term | None:
        values = self.all(subject, predicate)
        if not values:
            return None
        if len(values) == 1:
            return values[0]
        # a union graph may hold two values (two documents described one thing): pick one
        # deterministically, a non-empty one if there is any
        return min(values, key=lambda value: (not _text(value), _text(value)))

    def string(self, subject: str, predicate: str) -> str | None:
        value = self.one(subject, predicate)
        return None if value is None else _text(value)

    def strings(self, subject: str, predicate: str) -> list[str]:
        return [_text(value) for value in self.all(subject, predicate)]

    def integer(self, subject: str, predicate: str) -> int | None:
        value = self.string(subject, predicate)
        try:
            return None if value is None else int(value)
        except ValueError:
            return None

    def boolean(self, subject: str, predicate: str) -> bool:
        return self.string(subject, predicate) in ("true", "1")

    def typed(self, rdf_type: str) -> list[str]:
        """Subjects of type ``rdf_type``, sorted (cached: a union view is asked per document)."""
        if rdf_type not in self._typed:
            wanted = ox.NamedNode(rdf_type)
            self._typed[rdf_type] = sorted(
                s for s, props in self.index.items() if wanted in props.get(TYPE, ())
            )
        return self._typed[rdf_type]


# --- documents --------------------------------------------------------------------------------


def documents_from_quads(quads: Iterable[ox.Quad]) -> list[DocumentGraph]:
    """The :class:`DocumentGraph` s described by ``quads`` (as :mod:`kg.rdf` writes them)."""
    indexed = _Quads()
    for quad in quads:
        indexed.add(quad)
    union = _View(indexed.default)
    mentioned: dict[str, set[str]] | None = None
    documents = []
    for doc in sorted(indexed.documents):
        graphs = indexed.documents[doc]
        if graphs:
            view = _View(indexed.graphs[min(graphs)])
            documents.append(_document(view, doc, None))
        else:
            mentioned = _mentioned_actors(union) if mentioned is None else mentioned
            documents.append(_document(union, doc, mentioned))
    from kg.network import chronological  # plain data only: no cycle, no rdflib there

    return sorted(documents, key=chronological)


def _mentioned_actors(view: _View) -> dict[str, set[str]]:
    """Document IRI -> the actors with a mention (a span IRI) in it."""
    found: dict[str, set[str]] = {}
    for actor in view.typed(_KG + "Actor"):
        for mention in view.all(actor, _KG + "mention"):
            doc = document_of_span(_text(mention))
            if doc is not None:
                found.setdefault(doc, set()).add(actor)
    return found


def _document(view: _View, doc: str, mentioned: dict[str, set[str]] | None) -> DocumentGraph:
    """One document; ``mentioned`` is None when ``view`` is the document's own named graph."""
    whole_graph = mentioned is None
    context = view.string(doc, _KG + "context") or ""
    text = view.string(context, _NIF + "isString") or ""
    sentences = _sentences(view, doc)
    claims = [_claim(view, claim, sentences) for claim in view.reported_by(doc)]
    allegation_iris = (
        view.typed(_KG + "Allegation")
        if whole_graph
        else sorted({_text(a) for c in claims for a in _allegations_of(view, c[0])})
    )
    allegations = tuple(_allegation(view, iri) for iri in allegation_iris)
    actor_iris = (
        view.typed(_KG + "Actor")
        if whole_graph
        else _referenced_actors(
            view,
            doc,
            [c[0] for c in claims],
            allegation_iris,
            (mentioned or {}).get(doc, set()),
        )
    )
    actors = tuple(_actor(view, iri) for iri in actor_iris)
    resolved = tuple(sorted((c[1] for c in claims), key=_text_position))
    return DocumentGraph(
        article=_article(view, doc, text, actors),
        sentences=_numbered(sentences.values()),
        actors=tuple(sorted(actors, key=lambda a: a.id)),
        claims=resolved,
        relations=(),
        allegations=allegations,
    )


def _text_position(claim: ResolvedClaim) -> tuple[int, int, str]:
    return (claim.claim.sentence, claim.claim.cue.start, claim.id)


def _article(view: _View, doc: str, text: str, actors: tuple[Actor, ...]) -> Article:
    publisher = view.one(doc, _DCTERMS + "publisher")
    outlet: str | None = None
    if isinstance(publisher, ox.NamedNode):
        found = next((a for a in actors if a.id == _key(publisher)), None)
        outlet = found.name if found else _key(publisher)
    elif publisher is not None:
        outlet = _text(publisher)
    return Article(
        id=view.string(doc, _DCTERMS + "identifier") or _key(ox.NamedNode(doc)),
        text=text,
        source=view.string(doc, _DCTERMS + "source") or doc,
        title=view.string(doc, _DCTERMS + "title"),
        url=view.string(doc, _SCHEMA + "url"),
        outlet=outlet,
        published=view.string(doc, _DCTERMS + "date"),
        language=view.string(doc, _DCTERMS + "language") or "en",
    )


def _span(view: _View, node: str | None, fallback: str = "") -> Span:
    """The span ``node`` names: offsets from ``nif:beginIndex``/``nif:endIndex`` (full
    profile) or from its IRI (lean), text from ``nif:anchorOf`` or else ``fallback``."""
    if node is None:
        return Span(-1, -1, fallback)
    start = view.integer(node, _NIF + "beginIndex")
    end = view.integer(node, _NIF + "endIndex")
    if start is None or end is None:
        offsets = span_offsets(node)
        if offsets is None:
            return Span(-1, -1, fallback)
        start, end = offsets
    anchor = view.string(node, _NIF + "anchorOf")
    return Span(start, end, anchor if anchor is not None else fallback)


def _sentences(view: _View, doc: str) -> dict[str, tuple[int, Span]]:
    """Sentence IRI -> (index, span), for the sentences of the document ``doc``."""
    found: dict[str, tuple[int, Span]] = {}
    for node in view.sentences_of(doc):
        index = view.integer(node, _KG + "sentenceIndex")
        if index is not None:
            found[node] = (index, _span(view, node))
    return found


_MISSING_SENTENCE = Span(-1, -1, "")


def _numbered(sentences: Iterable[tuple[int, Span]]) -> tuple[Span, ...]:
    """The sentences in index order, a placeholder at each index not written (lean).

    >>> [span.text for span in _numbered([(2, Span(9, 12, "Yes")), (0, Span(0, 3, "No."))])]
    ['No.', '', 'Yes']
    """
    by_index = dict(sentences)
    count = max(by_index, default=-1) + 1
    return tuple(by_index.get(index, _MISSING_SENTENCE) for index in range(count))


def _in_text_order(texts: list[str], sentence: Span) -> tuple[Span, ...]:
    """Hedges and insertions keep only their text: order them as they occur in the sentence."""
    far = len(sentence.text) + 1

    def position(item: str) -> tuple[int, str]:
        found = sentence.text.find(item)
        return (found if found >= 0 else far, item)

    return tuple(Span(-1, -1, item) for item in sorted(texts, key=position))


def _confidence(value: str | None) -> float:
    try:
        return float(Decimal(value)) if value is not None else 1.0
    except InvalidOperation:
        return 1.0


def _claim(
    view: _View, node: str, sentences: dict[str, tuple[int, Span]]
) -> tuple[str, ResolvedClaim]:
    kg = _KG
    derived = [_text(s) for s in view.all(node, _PROV + "wasDerivedFrom")]
    index, sentence = next(
        (sentences[s] for s in derived if s in sentences), (-1, Span(-1, -1, ""))
    )
    cue = _span(view, view.string(node, kg + "cueSpan"), view.string(node, kg + "cue") or "")
    content_text = view.string(node, kg + "contentText")
    content = (
        None
        if content_text is None
        else _span(view, view.string(node, kg + "contentSpan"), content_text)
    )
    stance_iri = view.string(node, kg + "stance") or ""
    stance = Stance(stance_iri.removeprefix(str(STANCE)))
    claimer = _key(view.one(node, kg + "claimer") or ox.NamedNode(node))
    claim = Claim(
        claimer=Mention(Span(cue.start, cue.start, ""), "", index),
        stance=stance,
        cue=cue,
        sentence=index,
        content=content,
        hedges=_in_text_order(view.strings(node, kg + "hedge"), sentence),
        insertions=_in_text_order(view.strings(node, kg + "editorialInsertion"), sentence),
        quoted=view.boolean(node, kg + "quoted"),
        negated=view.boolean(node, kg + "negated"),
        confidence=_confidence(view.string(node, kg + "confidence")),
        rule=view.string(node, kg + "extractedBy") or "",
        # absent from a graph written before round 31: a speaker's claim
        voice=(
            Voice.PUBLISHER
            if view.string(node, kg + "voice") == kg + "PublisherVoice"
            else Voice.ATTRIBUTED
        ),
    )
    cites = view.one(node, kg + "cites")
    allegation = min(_allegations_of(view, node), key=_text, default=None)
    return node, ResolvedClaim(
        id=_key(ox.NamedNode(node)),
        claim=claim,
        claimer=claimer,
        targets=tuple(sorted(_key(t) for t in view.all(node, kg + "target"))),
        cites=_key(cites) if cites is not None else None,
        allegation=_key(allegation) if allegation is not None else None,
    )


def _allegations_of(view: _View, claim: str) -> list[Term]:
    """The allegations a claim makes or disputes: ``kg:allegation`` (full profile) or its
    sub-properties ``kg:alleges``/``kg:disputes`` (both)."""
    found: list[Term] = []
    for predicate in ("allegation", "alleges", "disputes"):
        found += [a for a in view.all(claim, _KG + predicate) if a not in found]
    return found


def _allegation(view: _View, node: str) -> Allegation:
    summary = view.string(node, _KG + "summary") or view.string(node, _RDFS + "label") or ""
    return Allegation(
        id=_key(ox.NamedNode(node)),
        summary=summary,
        accused=tuple(sorted(_key(a) for a in view.all(node, _KG + "accused"))),
        claims=tuple(sorted(_key(c) for c in view.all(node, _KG + "includesClaim"))),
    )


def _referenced_actors(
    view: _View, doc: str, claims: list[str], allegations: list[str], mentioned: set[str]
) -> list[str]:
    """In a union graph: the actors this document's claims, allegations and mentions name."""
    found: set[str] = set(mentioned)
    for claim in claims:
        for predicate in ("claimer", "target", "cites"):
            found.update(_text(a) for a in view.all(claim, _KG + predicate))
    for allegation in allegations:
        found.update(_text(a) for a in view.all(allegation, _KG + "accused"))
    publisher = view.one(doc, _DCTERMS + "publisher")
    if isinstance(publisher, ox.NamedNode):
        found.add(publisher.value)
    for actor in list(found):
        found.update(_text(a) for a in view.all(actor, _KG + "affiliatedWith"))
    return sorted(found)


def _actor(view: _View, node: str) -> Actor:
    name = view.string(node, _RDFS + "label") or _key(ox.NamedNode(node))
    kind = view.string(node, _KG + "actorKind") or ActorKind.OTHER.value
    affiliation = view.one(node, _KG + "affiliatedWith")
    wikidata = next(
        (
            _text(same).removeprefix(str(WD))
            for same in view.all(node, _OWL + "sameAs")
            if _text(same).startswith(str(WD))
        ),
        None,
    )
    return Actor(
        id=_key(ox.NamedNode(node)),
        name=name,
        kind=ActorKind(kind) if kind in ActorKind._value2member_map_ else ActorKind.OTHER,
        aliases=tuple(sorted(set(view.strings(node, _SKOS + "altLabel")) - {name})),
        roles=tuple(sorted(set(view.strings(node, _KG + "role")))),
        affiliation=_key(affiliation) if affiliation is not None else None,
        wikidata=wikidata,
    )
