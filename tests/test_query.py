"""Canned queries: each checked against the build's own plain data, on the embedded store
and, pushed, on a real Oxigraph server; parameters bound safely."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.cli import main
from kg.model import ActorKind, ResolvedClaim, Stance
from kg.resolve.corpus import corpus_allegations
from kg.store import (
    EmbeddedStore,
    QueryError,
    Results,
    canned_queries,
    format_results,
    load_query,
    push_graphs,
    query_endpoint,
    query_store,
    sparql_term,
    store_graphs,
)
from kg.store.query import CannedQuery
from tests.servers import EXAMPLES, OxigraphServer, examples_build, oxigraph

__all__ = ["examples_build", "oxigraph"]  # fixtures, imported for pytest

INJECTION = '"} ; DROP ALL ; #'


# ---------------------------------------------------------------- without a build


def test_every_canned_query_declares_exactly_the_parameters_it_uses() -> None:
    queries = canned_queries()
    assert {
        "who-accuses-whom",
        "deniers-of-an-allegation",
        "claims-by-actor",
        "claims-reported-via-anonymous-sources",
        "hedged-claims-by-outlet",
    } <= set(queries)
    for query in queries.values():
        used = set(re.findall(r"\$(\w+)", query.text))
        assert used == {p.name for p in query.parameters}, query.name
        assert query.summary, query.name


def test_values_are_bound_as_terms_not_pasted() -> None:
    query = CannedQuery.parse("t", "# t\n# @param who (literal) a name\nSELECT * { ?s ?p $who }")
    bound = query.bind({"who": INJECTION})
    assert bound.endswith('{ ?s ?p "\\"} ; DROP ALL ; #" }')
    assert sparql_term("a\\b\nc", "literal") == '"a\\\\b\\nc"'
    with pytest.raises(QueryError, match="not a valid IRI"):
        sparql_term("urn:x> } DROP ALL {", "iri")
    with pytest.raises(QueryError, match="not an integer"):
        sparql_term("1; DROP ALL", "integer")
    with pytest.raises(QueryError, match="needs --param who"):
        query.bind({})
    with pytest.raises(QueryError, match="unknown parameter"):
        query.bind({"who": "x", "whom": "y"})


def test_an_injection_finds_only_the_actor_so_named(tmp_path: Path) -> None:
    kg_ = "https://w3id.org/kg-claims/ontology#"
    g = ox.NamedNode("urn:doc-graph")
    claim, actor, doc, span = (ox.NamedNode(f"urn:{n}") for n in ("claim", "actor", "doc", "span"))

    def quad(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        return ox.Quad(s, ox.NamedNode(p), o, g)

    quads = [
        quad(claim, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(kg_ + "Claim")),
        quad(claim, kg_ + "claimer", actor),
        quad(claim, kg_ + "stance", ox.NamedNode("https://w3id.org/kg-claims/stance/deny")),
        quad(claim, kg_ + "cue", ox.Literal("denied")),
        quad(claim, kg_ + "reportedBy", doc),
        quad(claim, "http://www.w3.org/ns/prov#wasDerivedFrom", span),
        quad(actor, "http://www.w3.org/2000/01/rdf-schema#label", ox.Literal(INJECTION)),
        quad(
            span,
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf",
            ox.Literal("They denied it."),
        ),
        quad(doc, "http://purl.org/dc/terms/source", ox.Literal("evil.txt")),
    ]
    with EmbeddedStore(tmp_path / "store") as store:
        store.replace_graph(g.value, quads)
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        query = load_query("claims-by-actor")
        found = query_store(store, query.bind({"actor": INJECTION}))
        assert [row[0] for row in found.rows] == [ox.Literal(INJECTION)]
        assert query_store(store, query.bind({"actor": "Russia"})).rows == ()
        assert len(store) == len(quads)


def test_output_formats() -> None:
    results = Results(
        ("actor", "n"),
        (
            (ox.NamedNode("urn:a"), ox.Literal("2", datatype=ox.NamedNode(XSD_INTEGER))),
            (ox.Literal('say "x",\ty', language="en"), None),
        ),
    )
    rows = list(csv.reader(io.StringIO(format_results(results, "csv"))))
    assert rows == [["actor", "n"], ["urn:a", "2"], ['say "x",\ty', ""]]
    tsv = format_results(results, "tsv").splitlines()
    assert tsv[0] == "?actor\t?n" and tsv[1] == f'<urn:a>\t"2"^^<{XSD_INTEGER}>'
    assert tsv[2].split("\t")[0] == '"say \\"x\\",\\ty"@en'
    data = json.loads(format_results(results, "json"))
    assert data["head"]["vars"] == ["actor", "n"]
    assert data["results"]["bindings"][1] == {
        "actor": {"type": "literal", "value": 'say "x",\ty', "xml:lang": "en"}
    }
    table = format_results(results, "table").splitlines()
    assert table[0].split() == ["actor", "n"] and table[-1] == "(2 rows)"
    assert format_results(Results(boolean=True), "json") == '{"head": {}, "boolean": true}\n'


XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


# ---------------------------------------------------------------- on the example build


def claims_of(build: kg.pipeline.BuildResult) -> list[ResolvedClaim]:
    return [claim for document in build.documents for claim in document.claims]


def actor_kinds(build: kg.pipeline.BuildResult) -> dict[str, ActorKind]:
    return {a.id: a.kind for d in build.documents for a in d.actors}


def claim_ids(results: Results, column: str = "claim") -> set[str]:
    index = results.variables.index(column)
    return {str(row[index].value).rsplit("/claim/", 1)[1] for row in results.rows}  # type: ignore[union-attr]


def column(results: Results, name: str) -> list[str]:
    index = results.variables.index(name)
    return [row[index].value if row[index] is not None else "" for row in results.rows]  # type: ignore[union-attr]


def names_of(build: kg.pipeline.BuildResult) -> dict[str, str]:
    return {a.id: a.name for d in build.documents for a in d.actors}


def run_on(store_path: Path, name: str, **params: str) -> Results:
    with EmbeddedStore(store_path, read_only=True) as store:
        return query_store(store, load_query(name).bind(params))


@pytest.fixture(scope="module")
def store_path(examples_build: kg.pipeline.BuildResult) -> Path:
    return examples_build.report.files[0].parent / "store"


@pytest.mark.slow
def test_claims_queries_find_every_claim_of_the_build(
    examples_build: kg.pipeline.BuildResult, store_path: Path
) -> None:
    claims = claims_of(examples_build)
    names = names_of(examples_build)
    assert len(claims) == examples_build.report.claims > 20
    everything = run_on(store_path, "claims")
    assert claim_ids(everything) == {c.id for c in claims}
    assert len(everything.rows) == len(claims)  # one row per claim
    denials = run_on(store_path, "claims", stance="DENY")
    assert claim_ids(denials) == {c.id for c in claims if c.claim.stance is Stance.DENY}
    counts = run_on(store_path, "stance-counts")
    by_stance: Counter[str] = Counter()
    for stance, n in zip(column(counts, "stance"), column(counts, "claims"), strict=True):
        by_stance[stance] += int(n)
    assert dict(by_stance) == examples_build.report.claims_by_stance
    russia = run_on(store_path, "claims-by-actor", actor="russia")
    assert claim_ids(russia) == {c.id for c in claims if names[c.claimer] == "Russia"} != set()
    against = run_on(store_path, "claims-against-actor", actor="Russia")
    expected = {c.id for c in claims if "russia" in c.targets}
    assert claim_ids(against) == expected and len(expected) >= 5


@pytest.mark.slow
def test_who_accuses_whom_and_who_denies_what(
    examples_build: kg.pipeline.BuildResult, store_path: Path
) -> None:
    claims = claims_of(examples_build)
    names = names_of(examples_build)
    accusations = run_on(store_path, "who-accuses-whom")
    pairs = set(zip(column(accusations, "claimer"), column(accusations, "accused"), strict=True))
    expected = {
        (names[c.claimer], names[t] if t else "")
        for c in claims
        if c.claim.stance is Stance.ACCUSE
        for t in (c.targets or ("",))
    }
    assert pairs == expected and ("United States", "Russia") in pairs
    by_coats = run_on(store_path, "who-accuses-whom", actor="dan coats")
    assert set(column(by_coats, "claimer")) == {"Dan Coats"}
    denials = run_on(store_path, "who-denies-what")
    assert claim_ids(denials) == {c.id for c in claims if c.claim.stance is Stance.DENY}
    assert {"Russia", "Dmitry Peskov", "Sergei Lavrov"} <= set(column(denials, "denier"))


@pytest.mark.slow
def test_allegation_queries(examples_build: kg.pipeline.BuildResult, store_path: Path) -> None:
    claims = claims_of(examples_build)
    allegations = [a for d in examples_build.documents for a in d.allegations]
    deniers = run_on(store_path, "deniers-of-an-allegation")
    disputing = {c.id for c in claims if c.allegation and c.claim.stance is Stance.DENY}
    assert len(deniers.rows) == len(disputing) > 0
    assert all("social media" in s for s in column(deniers, "summary"))
    none = run_on(store_path, "deniers-of-an-allegation", allegation="no such allegation")
    assert none.rows == ()
    assert len(allegations) == examples_build.report.allegations
    # disputed-allegations lists the allegations merged across the corpus
    merged = corpus_allegations(examples_build.documents).allegations
    disputed = run_on(store_path, "disputed-allegations")
    assert len(disputed.rows) == len(merged) == examples_build.report.corpus_allegations
    top = dict(zip(disputed.variables, disputed.rows[0], strict=True))
    biggest = max(merged, key=lambda a: len(a.claims))
    assert int(top["claims"].value) == len(biggest.claims)  # type: ignore[union-attr]
    assert set(top["deniers"].value.split("; ")) == set(  # type: ignore[union-attr]
        names_of(examples_build)[d] for d in biggest.deniers
    )
    assert "Russia" in top["accused"].value and "United States" in top["accusers"].value  # type: ignore[union-attr]


@pytest.mark.slow
def test_anonymous_sources_and_hedges(
    examples_build: kg.pipeline.BuildResult, store_path: Path
) -> None:
    claims = claims_of(examples_build)
    kinds = actor_kinds(examples_build)
    anonymous = run_on(store_path, "claims-reported-via-anonymous-sources")
    expected = {
        c.id
        for c in claims
        if kinds[c.claimer] is ActorKind.ANONYMOUS
        or (c.cites and kinds[c.cites] is ActorKind.ANONYMOUS)
    }
    assert claim_ids(anonymous) == expected and len(expected) >= 3
    hedged = run_on(store_path, "hedged-claims-by-outlet")
    expected = {c.id for c in claims if c.claim.hedges or c.claim.insertions}
    assert claim_ids(hedged) == expected and len(expected) >= 3
    assert "so-called" in column(hedged, "hedges")
    assert "[alleged]" in "; ".join(column(hedged, "insertions"))
    sputnik = run_on(store_path, "hedged-claims-by-outlet", outlet="sputnik")
    assert set(column(sputnik, "outlet")) == {"Sputnik"}
    assert len(sputnik.rows) < len(hedged.rows)


@pytest.mark.slow
def test_actor_document_and_relation_queries(
    examples_build: kg.pipeline.BuildResult, store_path: Path
) -> None:
    report = examples_build.report
    actors = run_on(store_path, "actors")
    assert len(actors.rows) == report.actors
    made = dict(zip(column(actors, "name"), column(actors, "claimsMade"), strict=True))
    names = names_of(examples_build)
    assert int(made["Russia"]) == sum(
        names[c.claimer] == "Russia" for c in claims_of(examples_build)
    )
    documents = run_on(store_path, "documents")
    assert len(documents.rows) == report.documents
    assert sum(int(n) for n in column(documents, "claims")) == report.claims
    assert "Sputnik" in column(documents, "outlet")
    relations = run_on(store_path, "relations")
    assert len(relations.rows) == report.relations
    trump = run_on(store_path, "relations", actor="Trump")  # an alias of Donald Trump
    assert 0 < len(trump.rows) < len(relations.rows)


#: A value for each canned query parameter that finds something in the examples.
FINDING = {"actor": "Russia", "stance": "deny", "allegation": "social media", "outlet": "sputnik"}


@pytest.mark.slow
def test_every_canned_query_answers_the_same_on_both_provenance_profiles(
    examples_build: kg.pipeline.BuildResult, store_path: Path, tmp_path: Path
) -> None:
    """The lean profile (the examples build) drops only derivable triples: no canned query
    may lose a row against a build of the same examples in the full profile."""
    full = kg.build([EXAMPLES], out=tmp_path, html=False, provenance="full")
    assert full.report.claims == examples_build.report.claims
    stores = {"lean": store_path, "full": tmp_path / "store"}
    sizes = {}
    for provenance, path in stores.items():
        with EmbeddedStore(path, read_only=True) as store:
            sizes[provenance] = len(store)
    assert sizes["lean"] < 0.5 * sizes["full"]
    found: set[str] = set()
    for name, query in canned_queries().items():
        required = {p.name: FINDING.get(p.name, "") for p in query.parameters if not p.optional}
        every = {p.name: FINDING.get(p.name, "") for p in query.parameters}
        for params in (required, every):
            sparql = query.bind(params)
            rows = {}
            for provenance, path in stores.items():
                with EmbeddedStore(path, read_only=True) as store:
                    results = query_store(store, sparql)
                rows[provenance] = (results.variables, sorted(map(str, results.rows)))
            assert rows["lean"] == rows["full"], (name, params)
            if rows["lean"][1]:
                found.add(name)
    # the examples hold no threat and no analyst's correction: every other query finds rows
    assert set(canned_queries()) - found <= {"who-threatens-whom", "corrections"}, found


@pytest.mark.slow
def test_who_threatens_whom(tmp_path: Path) -> None:
    # The examples hold no threat: a wire-style text that does (sentences of the kind
    # tests/test_extract_claims.py reads).
    article = tmp_path / "threats.txt"
    article.write_text(
        "Iran threatened the United States with severe retaliation on Sunday. "
        # (a warning against an act, with no harm named, is no threat: ``warned_off``)
        "North Korea threatened South Korea with retaliation over further military drills.\n",
        encoding="utf-8",
    )
    build = kg.build([article], out=tmp_path / "out", html=False)
    threats = {
        (c.claimer, t)
        for d in build.documents
        for c in d.claims
        if c.claim.stance is Stance.THREATEN
        for t in c.targets
    }
    assert threats == {("iran", "united-states"), ("north-korea", "south-korea")}
    rows = run_on(tmp_path / "out" / "store", "who-threatens-whom")
    pairs = set(zip(column(rows, "claimer"), column(rows, "threatened"), strict=True))
    assert pairs == {("Iran", "United States"), ("North Korea", "South Korea")}
    only_iran = run_on(tmp_path / "out" / "store", "who-threatens-whom", actor="iran")
    assert set(column(only_iran, "claimer")) == {"Iran"}


@pytest.mark.slow
def test_canned_queries_give_the_same_rows_on_a_pushed_server(
    examples_build: kg.pipeline.BuildResult, store_path: Path, oxigraph: OxigraphServer
) -> None:
    with EmbeddedStore(store_path, read_only=True) as store:
        assert not push_graphs(store_graphs(store), oxigraph.store_url).failed
    for name, query in canned_queries().items():
        params = {p.name: "Russia" for p in query.parameters if not p.optional}
        sparql = query.bind(params)
        with EmbeddedStore(store_path, read_only=True) as store:
            local = query_store(store, sparql)
        remote = query_endpoint(oxigraph.query_url, sparql)
        assert remote.variables == local.variables, name
        assert sorted(map(str, remote.rows)) == sorted(map(str, local.rows)), name
    # an injection through the endpoint: no error, no row, nothing dropped
    before = oxigraph.count()
    evil = load_query("claims-by-actor").bind({"actor": INJECTION})
    assert query_endpoint(oxigraph.query_url, evil).rows == ()
    assert oxigraph.count() == before > 0


@pytest.mark.slow
def test_cli_query(
    examples_build: kg.pipeline.BuildResult,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["query", "--list"]) == 0
    listing = capsys.readouterr().out
    assert all(name in listing for name in canned_queries())
    assert "--param actor=" in listing
    code = main(
        ["query", "claims-by-actor", "-p", "actor=Russia", "--store", str(store_path), "-f", "csv"]
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["claimer"] for r in rows} == {"Russia"}
    assert main(["query", "claims-by-actor", "--store", str(store_path)]) == 1
    assert "needs --param actor=VALUE" in capsys.readouterr().err
    assert main(["query", "no-such-query", "--store", str(store_path)]) == 1
    assert "kg query --list" in capsys.readouterr().err
    assert main(["query", "-e", "SELECT * WHERE {", "--store", str(store_path)]) == 1
    assert "SPARQL syntax error" in capsys.readouterr().err
    code = main(["query", "claims-by-actor", "-p", f"actor={INJECTION}", "--show"])
    assert code == 0 and '"\\"} ; DROP ALL ; #"' in capsys.readouterr().out
