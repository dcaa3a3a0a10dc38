"""The ontology, the stance scheme and the SHACL shapes in ontology/."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, URIRef

from kg.model import CAMEO, Stance
from kg.rdf import KG, STANCE, STANCE_SCHEME, stance_iri
from kg.rdf.ontology import (
    ONTOLOGY_FILE,
    SHAPES_FILE,
    STANCES_FILE,
    ontology,
    ontology_text,
    shapes,
    stance_scheme,
)

SH = "http://www.w3.org/ns/shacl#"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology()


@pytest.fixture(scope="module")
def scheme() -> Graph:
    return stance_scheme()


@pytest.mark.parametrize("name", [ONTOLOGY_FILE, STANCES_FILE, SHAPES_FILE])
def test_files_parse_with_pyoxigraph_too(name: str) -> None:
    assert list(ox.parse(ontology_text(name).encode(), format=ox.RdfFormat.TURTLE))


def test_every_kg_term_has_label_and_comment(onto: Graph) -> None:
    terms = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and s in KG}
    assert len(terms) > 40
    for term in terms:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, RDFS.comment) is not None, term


def test_core_classes_reuse_standard_vocabularies(onto: Graph) -> None:
    schema, prov = "https://schema.org/", "http://www.w3.org/ns/prov#"
    assert (KG.Claim, RDFS.subClassOf, URIRef(schema + "Claim")) in onto
    assert (KG.Claim, RDFS.subClassOf, URIRef(prov + "Entity")) in onto
    assert (KG.Actor, RDFS.subClassOf, URIRef(prov + "Agent")) in onto
    assert (KG.Relation, RDFS.subClassOf, RDF.Statement) in onto
    assert (KG.Stance, RDFS.subClassOf, SKOS.Concept) in onto
    assert (KG.claimer, RDFS.subPropertyOf, URIRef(prov + "wasAttributedTo")) in onto
    assert (KG.disputes, RDFS.subPropertyOf, KG.allegation) in onto
    assert (URIRef("https://w3id.org/kg-claims/ontology"), RDF.type, OWL.Ontology) in onto


@pytest.mark.parametrize("name", [ONTOLOGY_FILE, STANCES_FILE])
def test_no_blank_nodes_so_shipped_ontology_serialises_deterministically(name: str) -> None:
    graph = Graph().parse(data=ontology_text(name), format="turtle")
    assert not [t for t in graph if any(isinstance(term, BNode) for term in t)]


@pytest.mark.parametrize("stance", list(Stance))
def test_every_stance_is_in_the_scheme_with_its_cameo_code(scheme: Graph, stance: Stance) -> None:
    concept = stance_iri(stance)
    assert (concept, RDF.type, KG.Stance) in scheme
    assert (concept, SKOS.inScheme, STANCE_SCHEME) in scheme
    assert scheme.value(concept, SKOS.prefLabel) is not None
    assert scheme.value(concept, SKOS.definition) is not None
    notation = scheme.value(concept, SKOS.notation)
    assert notation.datatype == KG.CAMEO
    assert str(notation) == CAMEO[stance]


@pytest.mark.parametrize(
    ("stance", "root", "code"),
    [
        (Stance.ASSERT, "cameo-01", "01"),
        (Stance.REPORT, "cameo-01", "01"),
        (Stance.DECLINE_COMMENT, "cameo-01", "01"),
        (Stance.DENY, "cameo-01", "01"),
        (Stance.APPROVE, "cameo-05", "05"),
        (Stance.CRITICIZE, "cameo-11", "11"),
        (Stance.ACCUSE, "cameo-11", "11"),
        (Stance.THREATEN, "cameo-13", "13"),
    ],
)
def test_stances_fall_under_their_cameo_root(
    scheme: Graph, stance: Stance, root: str, code: str
) -> None:
    assert scheme.value(stance_iri(stance), SKOS.broader) == STANCE[root]
    assert str(scheme.value(STANCE[root], SKOS.notation)) == code
    assert CAMEO[stance].startswith(code)  # a CAMEO code begins with its root's code
    assert (STANCE_SCHEME, SKOS.hasTopConcept, STANCE[root]) in scheme


def test_accuse_and_criticize_are_siblings_not_nested(scheme: Graph) -> None:
    assert (stance_iri(Stance.ACCUSE), SKOS.broader, stance_iri(Stance.CRITICIZE)) not in scheme


def test_shapes_cover_every_node_kind() -> None:
    graph = shapes()
    targets = set(graph.objects(None, URIRef(SH + "targetClass")))
    schema = "https://schema.org/"
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    assert {
        KG.Claim,
        KG.Actor,
        KG.Relation,
        KG.Allegation,
        URIRef(schema + "NewsArticle"),
        URIRef(nif + "Sentence"),
        URIRef(nif + "Context"),
    } <= targets


def test_the_readme_query_reads_span_offsets_back_from_lean_iris() -> None:
    """ontology/README.md's SPARQL example, run on a lean graph, gives every cue's offsets,
    its document and its text, on the hostile document too (offsets are code points)."""
    import re
    from pathlib import Path

    from kg.rdf import document_iri, document_quads, iri_for

    try:  # tests/ may or may not be a package
        from tests.test_rdf import accusation_document, hostile_document
    except ImportError:  # pragma: no cover
        from test_rdf import accusation_document, hostile_document  # type: ignore

    readme = (Path(__file__).resolve().parents[1] / "ontology" / "README.md").read_text("utf-8")
    [query] = re.findall(r"```sparql\n(.*?)```", readme, re.S)
    documents = [accusation_document(), hostile_document()]
    store = ox.Store()
    store.extend(q for d in documents for q in document_quads(d, provenance="lean"))
    rows = {row["claim"].value: row for row in store.query(query, use_default_graph_as_union=True)}  # type: ignore[union-attr]
    claims = [(d, c) for d in documents for c in d.claims if c.claim.cue.end > c.claim.cue.start]
    assert len(rows) == len(claims) >= 4
    for document, claim in claims:
        row = rows[str(iri_for("claim", claim.id))]
        cue = claim.claim.cue
        assert (int(row["begin"].value), int(row["end"].value)) == (cue.start, cue.end)
        assert row["text"].value == document.article.text[cue.start : cue.end] == cue.text
        assert row["document"].value == str(document_iri(document.article))
