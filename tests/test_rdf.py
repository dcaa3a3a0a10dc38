"""The rdf stage: IRIs, claims as reified nodes, formats, determinism, SHACL."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from kg.model import (
    Actor,
    ActorKind,
    Allegation,
    Article,
    Claim,
    DocumentGraph,
    Mention,
    Relation,
    ResolvedClaim,
    ResolvedRelation,
    Span,
    Stance,
)
from kg.rdf import (
    FORMATS,
    KG,
    NIF,
    SCHEMA,
    STANCE,
    build_dataset,
    document_graph_iri,
    document_quads,
    document_to_graph,
    document_triples,
    iri_for,
    serialize,
    serialize_quads,
    validate,
)
from kg.rdf.graph import PROVENANCES, check_provenance, date_literal
from kg.rdf.iri import encode_key, slug
from kg.rdf.namespaces import RDFLIB_TERMS
from kg.rdf.ontology import ontology
from kg.rdf.serialize import OXIGRAPH_TERMS, _nt_literal, document_ntriples, to_oxigraph

NT = ox.RdfFormat.N_TRIPLES

BASE = "https://data.example.net/kg/"
HOSTILE = 'Сергей "Q" <b>\\x</b> {a|b} ^`\n\t'

# --------------------------------------------------------------------------- helpers


def span_of(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def sentences_of(text: str, *parts: str) -> tuple[Span, ...]:
    return tuple(span_of(text, part) for part in parts)


def sentence_index(sentences: tuple[Span, ...], span: Span) -> int:
    return next(i for i, s in enumerate(sentences) if s.start <= span.start < s.end)


def mention(text: str, sentences: tuple[Span, ...], part: str, label: str, after: int = 0):
    span = span_of(text, part, after)
    return Mention(span=span, label=label, sentence=sentence_index(sentences, span))


def accusation_document(article_id: str = "reuters-2023-ukraine") -> DocumentGraph:
    """Two claims (accuse, deny) about one allegation, with the relation in the content."""
    s1 = "Ukraine's foreign ministry accused Russia of shelling the Zaporizhzhia nuclear plant."
    s2 = "The Kremlin denied the allegation, calling it a provocation."
    s3 = "The IAEA said its experts were on site."
    text = " ".join((s1, s2, s3))
    sentences = sentences_of(text, s1, s2, s3)
    article = Article(
        id=article_id,
        text=text,
        source="wire/ukraine.txt",
        title="Kyiv accuses Moscow of shelling nuclear plant",
        url="https://news.example.com/a?b=1&c=<2>",
        outlet="Reuters",
        published="2023-08-05",
    )
    ukraine = mention(text, sentences, "Ukraine's foreign ministry", "ORG")
    russia = mention(text, sentences, "Russia", "GPE")
    kremlin = mention(text, sentences, "The Kremlin", "ORG")
    iaea = mention(text, sentences, "The IAEA", "ORG")
    content = span_of(text, "Russia of shelling the Zaporizhzhia nuclear plant")
    accuse = Claim(
        claimer=ukraine,
        stance=Stance.ACCUSE,
        cue=span_of(text, "accused"),
        sentence=0,
        content=content,
        targets=(russia,),
    )
    deny = Claim(
        claimer=kremlin,
        stance=Stance.DENY,
        cue=span_of(text, "denied"),
        sentence=1,
        content=span_of(text, "the allegation"),
        hedges=(span_of(text, "calling it a provocation"),),
    )
    report = Claim(
        claimer=iaea,
        stance=Stance.REPORT,
        cue=span_of(text, "said"),
        sentence=2,
        content=span_of(text, "its experts were on site"),
        quoted=False,
        confidence=0.75,
    )
    shelling = Relation(
        subject=russia.span,
        predicate="shell",
        object=span_of(text, "the Zaporizhzhia nuclear plant"),
        sentence=0,
        predicate_span=span_of(text, "shelling"),
    )
    on_site = Relation(
        subject=span_of(text, "its experts"),
        predicate="be on",
        object=span_of(text, "site"),
        sentence=2,
        predicate_span=span_of(text, "were"),
        modality="may",
        confidence=0.5,
    )
    actors = (
        Actor("ukraine", "Ukraine", ActorKind.STATE, aliases=("Ukraine's foreign ministry",)),
        Actor(
            "russia", "Russia", ActorKind.STATE, aliases=("Russia", "The Kremlin"), wikidata="Q159"
        ),
        Actor("iaea", "International Atomic Energy Agency", ActorKind.ORGANISATION, ("The IAEA",)),
        Actor("reuters", "Reuters", ActorKind.OUTLET),
    )
    claims = (
        ResolvedClaim("c-accuse", accuse, "ukraine", ("russia",), allegation="al-1"),
        ResolvedClaim("c-deny", deny, "russia", allegation="al-1"),
        ResolvedClaim("c-report", report, "iaea"),
    )
    relations = (
        ResolvedRelation("r-shell", shelling, subject="russia", claim="c-accuse"),
        ResolvedRelation("r-site", on_site, claim="c-report"),
    )
    allegation = Allegation(
        "al-1", content.text, accused=("russia",), claims=("c-accuse", "c-deny")
    )
    mentions = ((ukraine, "ukraine"), (russia, "russia"), (kremlin, "russia"), (iaea, "iaea"))
    return DocumentGraph(article, sentences, actors, claims, relations, (allegation,), mentions)


def hostile_document() -> DocumentGraph:
    """Quotes, angle brackets, backslashes, braces and Cyrillic in every field."""
    s1 = f'{HOSTILE} said "<script>alert(1)</script>" is a "so-called" \\fake\\.'
    s2 = "Сергей Лавров обвинил «Запад» во лжи."
    text = f"{s1} {s2}"
    sentences = sentences_of(text, s1, s2)
    speaker = mention(text, sentences, HOSTILE, "PERSON")
    lavrov = mention(text, sentences, "Сергей Лавров", "PERSON")
    west = mention(text, sentences, "«Запад»", "ORG")
    claim1 = Claim(
        claimer=speaker,
        stance=Stance.ASSERT,
        cue=span_of(text, "said"),
        sentence=0,
        content=span_of(text, '"<script>alert(1)</script>" is a "so-called" \\fake\\'),
        hedges=(span_of(text, '"so-called"'),),
        insertions=(span_of(text, "<script>"),),
        quoted=True,
    )
    claim2 = Claim(
        claimer=lavrov,
        stance=Stance.ACCUSE,
        cue=span_of(text, "обвинил"),
        sentence=1,
        content=span_of(text, "«Запад» во лжи"),
        targets=(west,),
    )
    relation = Relation(
        subject=span_of(text, '"<script>alert(1)</script>"'),
        predicate='be <a> "so-called"',
        object=span_of(text, "\\fake\\"),
        sentence=0,
        predicate_span=span_of(text, "is"),
    )
    article = Article(
        id=f"{HOSTILE}/../#frag?q=1",
        text=text,
        source=f"C:\\news\\{HOSTILE}.txt",
        title=HOSTILE,
        url='javascript:alert("x")',
        outlet="<Outlet>",
        published="not a date <b>",
    )
    actors = (
        Actor(
            HOSTILE, HOSTILE, ActorKind.PERSON, aliases=(HOSTILE, "x"), roles=('"spokes<wo>man"',)
        ),
        Actor("сергей-лавров", "Сергей Лавров", ActorKind.PERSON, affiliation="россия"),
        Actor("россия", "Россия", ActorKind.STATE),
        Actor("«запад»", "«Запад»", ActorKind.GROUP),
    )
    claims = (
        ResolvedClaim(f"{HOSTILE}-1", claim1, HOSTILE),
        ResolvedClaim("c2 <x>", claim2, "сергей-лавров", ("«запад»",)),
    )
    relations = (ResolvedRelation(f"{HOSTILE}-rel", relation, claim=f"{HOSTILE}-1"),)
    return DocumentGraph(
        article, sentences, actors, claims, relations, (), ((lavrov, "сергей-лавров"),)
    )


@pytest.fixture(scope="module")
def document() -> DocumentGraph:
    return accusation_document()


@pytest.fixture(scope="module")
def graph(document: DocumentGraph) -> Graph:
    """The full profile: complete NIF 2.0."""
    return document_to_graph(document, base=BASE, model="en_core_web_sm-3.8.0", provenance="full")


@pytest.fixture(scope="module")
def lean_graph(document: DocumentGraph) -> Graph:
    """The lean profile (the default)."""
    return document_to_graph(document, base=BASE, model="en_core_web_sm-3.8.0")


# --------------------------------------------------------------------------- IRIs


@pytest.mark.parametrize(
    "key",
    [HOSTILE, "Сергей Лавров", "a b", '"q"', "<x>", "back\\slash", "%41", "#frag", "a/b", "."],
)
def test_iris_from_hostile_keys_are_valid_everywhere(key: str) -> None:
    iri = iri_for("actor", key, BASE)
    assert iri.startswith(BASE + "actor/")
    ox.NamedNode(str(iri))  # raises on an invalid IRI
    line = f"<{iri}> <http://p.example/p> <http://o.example/o> .\n".encode()
    assert len(list(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))) == 1
    assert set(str(iri)[len(BASE) :]) <= set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%/"
    )


def test_iris_are_deterministic_and_distinct() -> None:
    assert iri_for("claim", "x y", BASE) == iri_for("claim", "x y", BASE)
    assert iri_for("claim", "x y", BASE) != iri_for("claim", "x-y", BASE)
    # NFC normalisation: composed and decomposed forms name the same actor
    assert iri_for("actor", "Jos\u00e9") == iri_for("actor", "Jose\u0301")
    assert encode_key("..") == "%2E%2E"


def test_bad_iri_input_is_refused() -> None:
    with pytest.raises(ValueError):
        iri_for("actor", "")
    with pytest.raises(ValueError):
        iri_for("Actor Kind", "x")
    with pytest.raises(ValueError):
        iri_for("actor", "x", base="not a base")
    assert iri_for("actor", "x", base="https://a.example/kg") == URIRef(
        "https://a.example/kg/actor/x"
    )


def test_slug_normalises_free_text() -> None:
    assert slug("  The  Zaporizhzhia\nPlant ") == "the-zaporizhzhia-plant"


# --------------------------------------------------------------------------- graph content


def test_claim_is_a_node_with_claimer_stance_target_and_provenance(
    graph: Graph, document: DocumentGraph
) -> None:
    claim = iri_for("claim", "c-accuse", BASE)
    doc = iri_for("doc", document.article.id, BASE)
    assert (claim, RDF.type, KG.Claim) in graph
    assert graph.value(claim, KG.claimer) == iri_for("actor", "ukraine", BASE)
    assert graph.value(claim, PROV.wasAttributedTo) == iri_for("actor", "ukraine", BASE)
    assert graph.value(claim, KG.stance) == STANCE["accuse"]
    assert graph.value(claim, KG.target) == iri_for("actor", "russia", BASE)
    assert graph.value(claim, KG.cue) == Literal("accused")
    assert graph.value(claim, KG.reportedBy) == doc
    source = graph.value(claim, PROV.wasDerivedFrom)
    sentence = document.sentences[0]
    assert source == URIRef(f"{doc}#char={sentence.start},{sentence.end}")
    assert graph.value(source, NIF.beginIndex) == Literal(0, datatype=XSD.nonNegativeInteger)
    assert graph.value(source, NIF.anchorOf) == Literal(sentence.text)
    context = graph.value(source, NIF.referenceContext)
    assert graph.value(doc, KG.context) == context
    assert graph.value(context, NIF.isString) == Literal(document.article.text)


def test_claim_content_is_reified_not_asserted(graph: Graph) -> None:
    claim = iri_for("claim", "c-accuse", BASE)
    relation = iri_for("relation", "r-shell", BASE)
    contents = set(graph.objects(claim, KG.content))
    assert relation in contents
    assert (relation, RDF.type, RDF.Statement) in graph
    assert graph.value(relation, RDF.subject) == iri_for("actor", "russia", BASE)
    assert graph.value(relation, RDF.predicate) == iri_for("rel", "shell", BASE)
    thing = graph.value(relation, RDF.object)
    assert thing == iri_for("thing", "the-zaporizhzhia-nuclear-plant", BASE)
    assert graph.value(thing, RDFS.label) == Literal("the Zaporizhzhia nuclear plant")
    assert graph.value(relation, KG.inClaim) == claim
    span = graph.value(claim, KG.contentSpan)
    assert str(graph.value(span, NIF.anchorOf)).startswith("Russia of shelling")


def test_no_relation_predicate_is_ever_asserted(graph: Graph) -> None:
    for data in (graph, hostile_graph()):
        rel_namespace = BASE + "rel/"
        asserted = [t for t in data if str(t[1]).startswith(rel_namespace)]
        assert asserted == []
        # the subject/object pair of a relation never appears as a direct edge either
        for statement in data.subjects(RDF.type, RDF.Statement):
            s, o = data.value(statement, RDF.subject), data.value(statement, RDF.object)
            assert not [p for p in data.predicates(s, o)]


def test_denial_disputes_the_allegation_and_accusation_alleges_it(graph: Graph) -> None:
    allegation = iri_for("allegation", "al-1", BASE)
    assert (iri_for("claim", "c-deny", BASE), KG.disputes, allegation) in graph
    assert (iri_for("claim", "c-accuse", BASE), KG.alleges, allegation) in graph
    assert (allegation, KG.accused, iri_for("actor", "russia", BASE)) in graph
    assert len(set(graph.objects(allegation, KG.includesClaim))) == 2


def test_document_metadata(graph: Graph, document: DocumentGraph) -> None:
    doc = iri_for("doc", document.article.id, BASE)
    assert (doc, RDF.type, SCHEMA.NewsArticle) in graph
    assert graph.value(doc, KG.extractedBy) == Literal("en_core_web_sm-3.8.0")
    date = graph.value(doc, URIRef("http://purl.org/dc/terms/date"))
    assert date == Literal("2023-08-05", datatype=XSD.date)
    # the outlet is a known actor: the publisher is that actor, not a string
    assert graph.value(doc, URIRef("http://purl.org/dc/terms/publisher")) == iri_for(
        "actor", "reuters", BASE
    )
    assert len(str(graph.value(doc, KG.contentHash))) == 64


def test_actors_carry_kind_aliases_mentions_and_links(graph: Graph) -> None:
    russia = iri_for("actor", "russia", BASE)
    assert (russia, RDF.type, SCHEMA.Country) in graph
    assert graph.value(russia, KG.actorKind) == Literal("state")
    assert Literal("The Kremlin") in set(graph.objects(russia, SKOS.altLabel))
    assert graph.value(russia, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q159")
    mentions = {str(graph.value(m, NIF.anchorOf)) for m in graph.objects(russia, KG.mention)}
    assert mentions == {"Russia", "The Kremlin"}


# --------------------------------------------------------------------------- the lean profile


@pytest.mark.parametrize("make", [accusation_document, hostile_document, lambda: odd_document()])
def test_lean_is_the_full_graph_without_its_derivable_triples(make) -> None:
    document = make()
    lean = set(document_triples(document, base=BASE, model="m"))
    full = set(document_triples(document, base=BASE, model="m", provenance="full"))
    assert lean < full
    assert len(lean) < 0.6 * len(full)
    # what lean leaves out: offsets beside offset IRIs, links to the context, second types,
    # super-properties beside their sub-properties, a span node per relation argument
    left_out = {p for _, p, _ in full - lean}
    assert left_out <= {
        RDF.type, NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext,
        PROV.wasAttributedTo, KG.allegation, KG.content, KG.inClaim, KG.reportedBy,
        KG.subjectSpan, KG.predicateSpan, KG.objectSpan, KG.argumentText, KG.passive,
        KG.confidence, KG.sentenceIndex, KG.cueSpan, KG.contentSpan,
    }  # fmt: skip
    assert not any(p in (NIF.beginIndex, NIF.endIndex, NIF.referenceContext) for _, p, _ in lean)
    types: dict[object, int] = {}
    for s, p, _ in lean:
        types[s] = types.get(s, 0) + (p == RDF.type)
    assert max(types.values()) == 1  # one rdf:type per node


def test_lean_keeps_what_a_user_queries(lean_graph: Graph, document: DocumentGraph) -> None:
    claim = iri_for("claim", "c-accuse", BASE)
    doc = iri_for("doc", document.article.id, BASE)
    text = document.article.text
    assert lean_graph.value(claim, KG.claimer) == iri_for("actor", "ukraine", BASE)
    assert lean_graph.value(claim, KG.cue) == Literal("accused")
    assert lean_graph.value(claim, KG.contentText) == Literal(document.claims[0].claim.content.text)
    assert lean_graph.value(claim, KG.reportedBy) == doc
    assert (claim, KG.alleges, iri_for("allegation", "al-1", BASE)) in lean_graph
    # a span is its RFC 5147 IRI: the offsets are in it
    cue = lean_graph.value(claim, KG.cueSpan)
    begin, end = map(int, str(cue).split("#char=")[1].split(","))
    assert str(cue).startswith(f"{doc}#char=") and text[begin:end] == "accused"
    # the sentence's text, once, and its index
    source = lean_graph.value(claim, PROV.wasDerivedFrom)
    assert (source, RDF.type, NIF.Sentence) in lean_graph
    assert lean_graph.value(source, NIF.anchorOf) == Literal(document.sentences[0].text)
    assert lean_graph.value(source, KG.sentenceIndex) == Literal(0, datatype=XSD.nonNegativeInteger)
    assert lean_graph.value(doc, KG.context) is not None
    assert lean_graph.value(lean_graph.value(doc, KG.context), NIF.isString) == Literal(text)
    # mentions: their text, which the offsets in the span IRI also find in the context;
    # relations: subject, predicate, object, negation, modality, evidence
    russia = iri_for("actor", "russia", BASE)
    spans = list(lean_graph.objects(russia, KG.mention))
    assert {str(lean_graph.value(m, NIF.anchorOf)) for m in spans} == {"Russia", "The Kremlin"}
    offsets = [map(int, str(m).split("#char=")[1].split(",")) for m in spans]
    assert {text[begin:end] for begin, end in offsets} == {"Russia", "The Kremlin"}
    site = iri_for("relation", "r-site", BASE)
    assert lean_graph.value(site, RDF.predicate) == iri_for("rel", "be-on", BASE)
    assert lean_graph.value(site, KG.negated) == Literal(False)
    assert lean_graph.value(site, KG.modality) == Literal("may")
    assert lean_graph.value(site, PROV.wasDerivedFrom) == URIRef(
        f"{doc}#char={document.sentences[2].start},{document.sentences[2].end}"
    )
    assert (iri_for("claim", "c-report", BASE), KG.content, site) in lean_graph


def test_lean_writes_only_the_sentences_something_comes_from() -> None:
    document = accusation_document()
    accuse, _, report = document.claims
    without_deny = replace(document, claims=(accuse, report), allegations=())
    sentences = set(document_to_graph(without_deny, base=BASE).subjects(RDF.type, NIF.Sentence))
    cited = (document.sentences[0], document.sentences[2])
    doc = iri_for("doc", document.article.id, BASE)
    assert sentences == {URIRef(f"{doc}#char={s.start},{s.end}") for s in cited}
    full = document_to_graph(without_deny, base=BASE, provenance="full")
    assert len(set(full.subjects(RDF.type, NIF.Sentence))) == 3


def test_an_unknown_provenance_profile_is_refused(document: DocumentGraph) -> None:
    assert PROVENANCES[0] == "lean" and set(PROVENANCES) == {"lean", "full"}
    with pytest.raises(ValueError, match="provenance"):
        check_provenance("minimal")
    with pytest.raises(ValueError, match="provenance"):
        list(document_triples(document, provenance="everything"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2019-02-26", XSD.date), ("2019-02-26T10:30:00+00:00", XSD.dateTime), ("Feb 26", None)],
)
def test_dates_are_typed_when_they_parse(value: str, datatype: URIRef | None) -> None:
    assert date_literal(value).datatype == datatype


def test_every_kg_term_written_is_declared_in_the_ontology(graph: Graph) -> None:
    declared = set(ontology().subjects())
    used = {t for triple in graph for t in triple if isinstance(t, URIRef) and t in KG}
    assert used and used <= declared, used - declared


# --------------------------------------------------------------------------- dataset


def test_dataset_has_one_named_graph_per_document(document: DocumentGraph) -> None:
    other = accusation_document("afp-2023-other")
    dataset = build_dataset([document, other], base=BASE)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {
        str(document_graph_iri(document.article, BASE)),
        str(document_graph_iri(other.article, BASE)),
    }
    alone = document_to_graph(document, base=BASE)
    named = dataset.graph(document_graph_iri(document.article, BASE))
    assert set(named) == set(alone)


def test_ontology_goes_in_its_own_graph_only_when_asked(document: DocumentGraph) -> None:
    assert (
        len(
            build_dataset([document], base=BASE).graph(
                URIRef("https://w3id.org/kg-claims/ontology")
            )
        )
        == 0
    )
    with_ontology = build_dataset([document], base=BASE, include_ontology=True)
    assert len(with_ontology.graph(URIRef("https://w3id.org/kg-claims/ontology"))) > 100


# --------------------------------------------------------------------------- formats


def hostile_graph() -> Graph:
    return document_to_graph(hostile_document(), base=BASE)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_back_with_pyoxigraph_and_rdflib(fmt: str) -> None:
    dataset = build_dataset([accusation_document(), hostile_document()], base=BASE)
    triples = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    data = serialize(dataset, fmt)
    form = FORMATS[fmt]
    quads = list(ox.parse(data, format=form.rdf_format))
    assert len({q.triple for q in quads}) == len(triples)
    store = ox.Store()
    store.load(data, format=form.rdf_format)
    assert len(store) == (len(quads))
    parsed = Dataset()
    parsed.parse(data=data, format={"nt": "nt", "nquads": "nquads"}.get(fmt, fmt))
    assert {(s, p, o) for s, p, o, _ in parsed.quads((None, None, None, None))} == triples
    if form.quads:
        assert {str(q.graph_name) for q in quads} == {
            f"<{document_graph_iri(d.article, BASE)}>"
            for d in (accusation_document(), hostile_document())
        }


def test_hostile_text_survives_the_round_trip() -> None:
    document = hostile_document()
    store = ox.Store()
    store.load(
        serialize(build_dataset([document], base=BASE), "nquads"), format=ox.RdfFormat.N_QUADS
    )
    texts = {
        q.object.value
        for q in store.quads_for_pattern(None, ox.NamedNode(str(NIF.isString)), None, None)
    }
    assert texts == {document.article.text}
    labels = {
        q.object.value
        for q in store.quads_for_pattern(None, ox.NamedNode(str(RDFS.label)), None, None)
    }
    assert HOSTILE in labels


def _serialise_in_subprocess(seed: str) -> dict[str, bytes]:
    code = (
        "import sys, pickle, tests.test_rdf as t\n"
        "from kg.rdf import build_dataset, serialize, FORMATS\n"
        "ds = build_dataset([t.accusation_document(), t.hostile_document()], base=t.BASE,"
        " include_ontology=True)\n"
        "sys.stdout.buffer.write(pickle.dumps({f: serialize(ds, f) for f in FORMATS}))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, env=env, cwd=root
    )
    import pickle

    return pickle.loads(out.stdout)


def test_serialisation_is_byte_identical_across_runs_and_hash_seeds() -> None:
    first, second = _serialise_in_subprocess("1"), _serialise_in_subprocess("4242")
    assert first.keys() == set(FORMATS)
    for fmt in FORMATS:
        assert first[fmt] == second[fmt], fmt
    here = build_dataset(
        [accusation_document(), hostile_document()], base=BASE, include_ontology=True
    )
    assert serialize(here, "trig") == first["trig"]


def test_unknown_format_is_refused(graph: Graph) -> None:
    with pytest.raises(ValueError):
        serialize(graph, "rdfxml-pretty")


# --------------------------------------------------------------------------- SHACL


@pytest.mark.parametrize("provenance", PROVENANCES)
def test_good_data_conforms(document: DocumentGraph, provenance) -> None:
    dataset = build_dataset([document, hostile_document()], base=BASE, provenance=provenance)
    result = validate(dataset)
    assert result.conforms, result.report


def _without(graph: Graph, predicate: URIRef, subject: URIRef) -> Graph:
    broken = Graph()
    for triple in graph:
        if not (triple[0] == subject and triple[1] == predicate):
            broken.add(triple)
    return broken


def test_claim_without_claimer_fails(graph: Graph) -> None:
    result = validate(_without(graph, KG.claimer, iri_for("claim", "c-deny", BASE)))
    assert not result.conforms
    assert "claimer" in result.report


def test_span_with_begin_after_end_fails(graph: Graph) -> None:
    claim = iri_for("claim", "c-deny", BASE)
    source = graph.value(claim, PROV.wasDerivedFrom)
    broken = _without(graph, NIF.beginIndex, source)
    end = int(graph.value(source, NIF.endIndex))
    broken.add((source, NIF.beginIndex, Literal(end + 5, datatype=XSD.nonNegativeInteger)))
    result = validate(broken)
    assert not result.conforms
    assert "LessThan" in result.report


@pytest.mark.parametrize("offsets", ["20,10", "x,3", "-1,4"])
def test_an_offset_iri_with_bad_offsets_fails(lean_graph: Graph, offsets: str) -> None:
    claim = iri_for("claim", "c-deny", BASE)
    cue = lean_graph.value(claim, KG.cueSpan)
    broken = _without(lean_graph, KG.cueSpan, claim)
    broken.add((claim, KG.cueSpan, URIRef(str(cue).split("#char=")[0] + f"#char={offsets}")))
    result = validate(broken)
    assert not result.conforms
    assert "#char=begin,end" in result.report


def test_full_offsets_must_agree_with_the_iri(graph: Graph) -> None:
    claim = iri_for("claim", "c-deny", BASE)
    source = graph.value(claim, PROV.wasDerivedFrom)
    broken = _without(graph, NIF.endIndex, source)
    end = int(graph.value(source, NIF.endIndex))
    broken.add((source, NIF.endIndex, Literal(end + 1, datatype=XSD.nonNegativeInteger)))
    result = validate(broken)
    assert not result.conforms
    assert "agree" in result.report


def test_stance_outside_the_scheme_fails(graph: Graph) -> None:
    claim = iri_for("claim", "c-deny", BASE)
    broken = _without(graph, KG.stance, claim)
    broken.add((claim, KG.stance, URIRef("https://example.org/stance/gossip")))
    assert not validate(broken).conforms


@pytest.mark.parametrize("profile", ["full", "lean"])
@pytest.mark.parametrize("node", ["claim/c-deny", "relation/r-site"])
def test_provenance_in_another_document_fails(
    graph: Graph, lean_graph: Graph, profile: str, node: str
) -> None:
    claim = URIRef(BASE + node)  # a relation has no kg:reportedBy in lean: its IRI says it
    broken = _without(graph if profile == "full" else lean_graph, PROV.wasDerivedFrom, claim)
    elsewhere = URIRef(BASE + "doc/elsewhere#char=0,5")
    broken.add((claim, PROV.wasDerivedFrom, elsewhere))
    for triple in (
        (elsewhere, RDF.type, NIF.Sentence),
        (elsewhere, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)),
        (elsewhere, NIF.endIndex, Literal(5, datatype=XSD.nonNegativeInteger)),
        (elsewhere, NIF.referenceContext, URIRef(BASE + "doc/elsewhere#char=0,9")),
        (URIRef(BASE + "doc/elsewhere#char=0,9"), RDF.type, NIF.Context),
    ):
        broken.add(triple)
    result = validate(broken)
    assert not result.conforms
    assert "reporting document" in result.report


def test_dataset_validation_names_the_graph_that_fails(document: DocumentGraph) -> None:
    dataset = build_dataset([document, hostile_document()], base=BASE)
    named = dataset.graph(document_graph_iri(document.article, BASE))
    named.remove((iri_for("claim", "c-deny", BASE), KG.claimer, None))
    result = validate(dataset)
    assert not result.conforms
    assert f"<{document_graph_iri(document.article, BASE)}>" in result.report
    assert str(document_graph_iri(hostile_document().article, BASE)) not in result.report


# --------------------------------------------------------------------------- the bulk path


def odd_document() -> DocumentGraph:
    """Out-of-range sentence indices, negative offsets, a dateTime, odd confidences."""
    base = accusation_document("afp-odd")
    article = replace(base.article, published=" 2023-08-05T14:30:00+02:00 ", outlet="reuters")
    accuse, deny, report = base.claims
    shelling, on_site = base.relations
    odd_cue = Span(-3, -1, "xx")
    claims = (
        replace(accuse, claim=replace(accuse.claim, sentence=99, confidence=10.0)),
        replace(deny, claim=replace(deny.claim, cue=odd_cue, confidence=1e-9)),
        report,
    )
    relations = (
        replace(shelling, relation=replace(shelling.relation, sentence=-1, negated=True)),
        replace(on_site, relation=replace(on_site.relation, confidence=0.123456)),
    )
    actors = (*base.actors, Actor("ghost", "Ghost", ActorKind.OTHER, wikidata=" Q42 "))
    return replace(base, article=article, claims=claims, relations=relations, actors=actors)


def _ox(term: object) -> ox.NamedNode | ox.Literal:
    """An rdflib term as pyoxigraph, written independently of kg.rdf.serialize."""
    if isinstance(term, Literal):
        if term.datatype is None:
            return ox.Literal(str(term))
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.NamedNode(str(term))


@pytest.mark.parametrize("provenance", PROVENANCES)
@pytest.mark.parametrize("make", [accusation_document, hostile_document, odd_document])
def test_document_quads_are_the_rdflib_triples_in_the_same_order(make, provenance) -> None:
    document = make()
    model = "en_core_web_sm-3.8.0"
    quads = document_quads(document, base=BASE, model=model, provenance=provenance)
    graph = ox.NamedNode(str(document_graph_iri(document.article, BASE)))
    expected = [
        ox.Quad(_ox(s), _ox(p), _ox(o), graph)  # type: ignore[arg-type]
        for s, p, o in document_triples(document, base=BASE, model=model, provenance=provenance)
    ]
    assert quads == expected
    assert len(quads) > 40
    assert {q.graph_name for q in quads} == {graph}
    assert serialize_quads(quads, "nquads") == serialize(
        build_dataset([document], base=BASE, model=model, provenance=provenance), "nquads"
    )


def test_odd_values_are_typed_as_rdflib_types_them() -> None:
    nt = serialize_quads(document_quads(odd_document(), base=BASE, provenance="full"), "nt")
    nt = nt.decode()
    assert f'"2023-08-05T14:30:00+02:00"^^<{XSD.dateTime}>' in nt
    assert f'"10"^^<{XSD.decimal}>' in nt  # not "1E+1"
    assert f'"0"^^<{XSD.decimal}>' in nt
    assert f'"0.1235"^^<{XSD.decimal}>' in nt
    assert f'"-3"^^<{XSD.integer}>' in nt  # a negative offset is no nonNegativeInteger
    assert f'"true"^^<{XSD.boolean}>' in nt
    assert f"<{OWL.sameAs}> <http://www.wikidata.org/entity/Q42>" in nt


@pytest.mark.parametrize(
    ("value", "datatype"),
    [
        ("plain", None),
        ("", None),
        (HOSTILE, None),
        ("https://x.example/a?b=<1>", XSD.anyURI),
        ("2019-02-26", XSD.date),
        (True, None),
        (False, None),
        (0, None),
        (-7, None),
        (12, XSD.nonNegativeInteger),
        (Decimal("0.75"), XSD.decimal),
        (Decimal("1E+2"), XSD.decimal),
        (Decimal("-0.5"), None),
    ],
)
def test_oxigraph_literals_equal_rdflib_literals(value: object, datatype: URIRef | None) -> None:
    ox_datatype = None if datatype is None else ox.NamedNode(str(datatype))
    made = OXIGRAPH_TERMS.literal(value, ox_datatype)
    assert made == _ox(RDFLIB_TERMS.literal(value, datatype))
    assert made == _ox(Literal(value, datatype=datatype))


def test_term_factories_make_vocabulary_terms_once() -> None:
    assert OXIGRAPH_TERMS.kg.Claim is OXIGRAPH_TERMS.kg.Claim
    assert OXIGRAPH_TERMS.stance["deny"] is OXIGRAPH_TERMS.stance["deny"]
    assert OXIGRAPH_TERMS.kg.Claim == ox.NamedNode(str(KG.Claim))
    assert RDFLIB_TERMS.nif.Phrase == NIF.Phrase
    assert RDFLIB_TERMS.stance["accuse"] == STANCE["accuse"]
    with pytest.raises(TypeError):
        OXIGRAPH_TERMS.literal(1.5)  # floats are never written: rdflib would type them xsd:double


@pytest.mark.parametrize("provenance", PROVENANCES)
@pytest.mark.parametrize("make", [accusation_document, hostile_document, odd_document])
def test_document_ntriples_are_the_quads_as_pyoxigraph_writes_them(make, provenance) -> None:
    document = make()
    model = "en_core_web_sm-3.8.0"
    quads = document_quads(document, base=BASE, model=model, provenance=provenance)
    written = serialize_quads(quads, "nt").decode()
    lines = document_ntriples(document, base=BASE, model=model, provenance=provenance)
    assert sorted(lines) == sorted(written.splitlines(keepends=True))


def test_ntriples_literals_are_escaped_as_pyoxigraph_escapes_every_code_point() -> None:
    subject, predicate = ox.NamedNode("urn:s"), ox.NamedNode("urn:p")
    codes = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]  # no lone surrogates
    for start in range(0, len(codes), 2048):
        text = "".join(map(chr, codes[start : start + 2048]))
        line = ox.serialize([ox.Triple(subject, predicate, ox.Literal(text))], format=NT).decode()
        assert line == f"<urn:s> <urn:p> {_nt_literal(text)} .\n"


@pytest.mark.parametrize("provenance", PROVENANCES)
def test_a_sentence_out_of_range_is_still_described_where_it_is_cited(provenance) -> None:
    graph = document_to_graph(odd_document(), base=BASE, provenance=provenance)
    claim = next(c for c in graph.subjects(RDF.type, KG.Claim) if str(c).endswith("c-accuse"))
    source = graph.value(claim, PROV.wasDerivedFrom)  # its sentence index is 99
    assert graph.value(source, NIF.anchorOf) is not None
    assert (source, RDF.type, NIF.Sentence) in graph


def test_a_full_graph_read_back_from_oxigraph_still_conforms(document: DocumentGraph) -> None:
    """Oxigraph stores xsd:nonNegativeInteger as xsd:integer: a store's export must pass."""
    store = ox.Store()
    store.extend(document_quads(document, base=BASE, provenance="full"))
    exported = store.dump(format=ox.RdfFormat.N_QUADS)
    assert f"<{XSD.nonNegativeInteger}>".encode() not in exported  # what Oxigraph does
    dataset = Dataset()
    dataset.parse(data=exported, format="nquads")
    result = validate(dataset)
    assert result.conforms, result.report


@pytest.mark.parametrize("provenance", PROVENANCES)
@pytest.mark.parametrize("make", [accusation_document, hostile_document, odd_document])
def test_the_rdf_stages_chunks_are_rdflibs_graph_serialised(make, provenance) -> None:
    """The build's bytes (N-Triples text made straight from the dataclasses, sorted and
    joined with the graph IRI) equal rdflib's graph of the document, serialised."""
    from kg.spool import graph_chunks
    from kg.stages import document_chunks

    document = make()
    model = "en_core_web_sm-3.8.0"
    graph_iri = str(document_graph_iri(document.article, BASE))
    rdflib_graph = document_to_graph(document, base=BASE, model=model, provenance=provenance)
    quads = [
        ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(graph_iri))
        for q in to_oxigraph(rdflib_graph)
    ]
    assert document_chunks(document, BASE, model, provenance) == graph_chunks(graph_iri, quads)


@pytest.mark.parametrize(
    "key",
    ["doc-1-c3", "A.b_c~d-9", "a b", "é", "e\u0301", "100%", "a/b", "?", ".", "..", "...", ".a."],
)
def test_encode_key_escapes_as_quote_of_the_nfc_form(key: str) -> None:
    import unicodedata
    from urllib.parse import quote

    encoded = quote(unicodedata.normalize("NFC", key), safe="")
    expected = encoded.replace(".", "%2E") if set(encoded) == {"."} else encoded
    assert encode_key(key) == expected
