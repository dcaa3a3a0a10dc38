"""The analyst's corrections in RDF: who changed what, and what the machine had said.

A corrected claim or actor keeps its IRI and carries the corrected values, so every query
sees the analyst's graph.  Beside it (see ``ontology/curation.ttl``):

.. code-block:: turtle

    <claim/X> kg:stance stance:deny ;                     # the analyst's value
        kg:correctedBy <correction/3f2a…> ;
        prov:wasRevisionOf <claim/X#extracted> .
    <claim/X#extracted> a kg:ExtractedClaim ;             # the machine's claim, kept
        kg:stance stance:accuse ; kg:claimer … ; kg:reportedBy <doc/…> .
    <correction/3f2a…> a kg:Correction ;
        kg:corrects <claim/X> ; kg:correctStance stance:deny ;
        prov:wasAttributedTo <analyst/jane-roe> ; dcterms:created "2026-12-03"^^xsd:date ;
        rdfs:comment "the cue is ironic" .
    <analyst/jane-roe> a prov:Agent ; rdfs:label "Jane Roe" .

``prov:wasAttributedTo`` of a ``kg:Claim`` stays its claimer (the speaker); the analyst's
judgement is the ``kg:Correction``, attributed to the analyst.  A claim the analyst
rejected ("not-a-claim") is no ``kg:Claim`` any more: only its ``#extracted`` node remains,
with ``kg:correctedBy`` its correction.  Machine-only claims are those without
``prov:wasRevisionOf``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from typing import TypeVar

from kg.curate.vocabulary import ANALYST_IRI, KINDS
from kg.model import Actor, ActorKind, AppliedCorrection, Correction, DocumentGraph, ResolvedClaim
from kg.rdf.iri import mint, slug, span_text
from kg.rdf.namespaces import Terms

IriT = TypeVar("IriT")
LiteralT = TypeVar("LiteralT")

#: The fragment of the node that keeps the machine's version of a corrected claim or actor.
EXTRACTED = "#extracted"


def correction_key(correction: Correction) -> str:
    """The stable key of a correction's IRI: its content, not the line it stands on."""
    fields = (correction.target, correction.kind, correction.value, correction.analyst)
    digest = hashlib.sha256("\x1f".join((*fields, correction.date)).encode("utf-8"))
    return digest.hexdigest()[:16]


def _node(t: Terms[IriT, LiteralT], base: str, reference: str) -> IriT:
    kind, key = reference.split("/", 1)
    return t.iri(mint(base, kind, key))


def _agent(t: Terms[IriT, LiteralT], base: str, analyst: str) -> tuple[IriT, bool]:
    """The analyst's IRI, and whether it is ours (minted from a name, to be labelled)."""
    if ANALYST_IRI.match(analyst):
        return t.iri(analyst), False
    return t.iri(mint(base, "analyst", slug(analyst) or "analyst")), True


def _date(t: Terms[IriT, LiteralT], value: str) -> LiteralT:
    try:
        return t.literal(date.fromisoformat(value).isoformat(), t.xsd.date)
    except ValueError:
        return t.literal(value, t.xsd.dateTime)


def _values(
    t: Terms[IriT, LiteralT], base: str, correction: Correction
) -> Iterator[IriT | LiteralT]:
    kind = KINDS[correction.kind]
    parts = [p for p in correction.value.split("; ") if p]
    if kind.value == "none":
        yield t.literal(True)
    elif kind.value == "stance":
        yield t.stance[correction.value]
    elif kind.value in ("actor", "actors", "claim"):
        yield from (_node(t, base, part) for part in parts)
        if not parts:
            yield t.rdf.nil
    elif kind.value == "actor-or-wikidata":
        value = correction.value
        yield t.wd[value] if value.startswith("Q") else _node(t, base, value)
    else:
        yield from (
            t.literal(part) for part in (parts if kind.value == "texts" else [correction.value])
        )


def correction_triples(
    t: Terms[IriT, LiteralT], document: DocumentGraph, base: str
) -> Iterator[tuple[IriT, IriT, IriT | LiteralT]]:
    """The triples of the corrections applied to ``document`` (none without any)."""
    doc_text = mint(base, "doc", document.article.id)
    described: set[str] = set()
    for applied in document.corrections:
        correction = applied.correction
        fix = t.iri(mint(base, "correction", correction_key(correction)))
        yield fix, t.rdf.type, t.kg.Correction
        yield fix, t.kg.corrects, _node(t, base, correction.target)
        prop = getattr(t.kg, KINDS[correction.kind].prop)
        for value in _values(t, base, correction):
            yield fix, prop, value
        agent, ours = _agent(t, base, correction.analyst)
        yield fix, t.prov.wasAttributedTo, agent
        if ours:
            yield agent, t.rdf.type, t.prov.Agent
            yield agent, t.rdfs.label, t.literal(correction.analyst)
        yield fix, t.dcterms.created, _date(t, correction.date)
        if correction.note:
            yield fix, t.rdfs.comment, t.literal(correction.note)
        subject = mint(base, *applied.subject.split("/", 1))
        rejected = correction.kind == "not-a-claim"
        carrier = t.iri(subject + EXTRACTED if rejected else subject)
        yield carrier, t.kg.correctedBy, fix
        if applied.original is None:
            continue
        original = (
            mint(base, "claim", applied.original.id)
            if isinstance(applied.original, ResolvedClaim)
            else mint(base, "actor", applied.original.id)
        ) + EXTRACTED
        if not rejected:
            yield carrier, t.prov.wasRevisionOf, t.iri(original)
        if original not in described:
            described.add(original)
            yield from _original(t, base, applied, t.iri(original), doc_text, document)


def _original(
    t: Terms[IriT, LiteralT],
    base: str,
    applied: AppliedCorrection,
    node: IriT,
    doc_text: str,
    document: DocumentGraph,
) -> Iterator[tuple[IriT, IriT, IriT | LiteralT]]:
    """The machine's version of a corrected claim or actor, with the live one's properties."""
    original = applied.original
    kg = t.kg
    if isinstance(original, Actor):
        yield node, t.rdf.type, kg.ExtractedActor
        yield node, t.rdfs.label, t.literal(original.name)
        yield node, kg.actorKind, t.literal(ActorKind(original.kind).value)
        for role in original.roles:
            yield node, kg.role, t.literal(role)
        if original.affiliation:
            yield node, kg.affiliatedWith, t.iri(mint(base, "actor", original.affiliation))
        return
    assert isinstance(original, ResolvedClaim)
    claim = original.claim
    yield node, t.rdf.type, kg.ExtractedClaim
    yield node, kg.claimer, t.iri(mint(base, "actor", original.claimer))
    yield node, kg.stance, t.stance[claim.stance.value]
    for target in original.targets:
        yield node, kg.target, t.iri(mint(base, "actor", target))
    yield node, kg.cue, t.literal(claim.cue.text)
    if claim.content is not None:
        yield node, kg.contentText, t.literal(claim.content.text)
    if original.allegation:
        yield node, kg.allegation, t.iri(mint(base, "allegation", original.allegation))
    yield node, kg.reportedBy, t.iri(doc_text)
    if 0 <= claim.sentence < len(document.sentences):
        sentence = document.sentences[claim.sentence]
        yield node, t.prov.wasDerivedFrom, t.iri(span_text(doc_text, sentence.start, sentence.end))
