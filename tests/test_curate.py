"""Analyst corrections: curation files read, checked, applied at resolve time, kept in RDF."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

import kg.resolve.allegations as allegations_module
from kg.curate import Curation, parse_line, read_csv, read_turtle
from kg.curate.vocabulary import CurationError
from kg.ingest import read_sources
from kg.model import Article, Correction, DocumentGraph, Extraction, Stance
from kg.pipeline import extract_articles
from kg.rdf import document_to_graph
from kg.resolve import ActorRegistry, resolve

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KG = "https://w3id.org/kg-claims/ontology#"
PROV = "http://www.w3.org/ns/prov#"

HEADER = "target,correction,value,analyst,date,note\n"


def ira_article() -> Article:
    """The VOA-style IRA story of the examples (public domain, see examples/SOURCES.md)."""
    items = [
        i for i in read_sources([EXAMPLES / "ira-cyber-operation.txt"]) if isinstance(i, Article)
    ]
    return items[0]


@pytest.fixture(scope="module")
def ira() -> Extraction:
    return next(extract_articles([ira_article()]))


def curated(extraction: Extraction, csv_text: str) -> tuple[DocumentGraph, Curation]:
    found, problems = read_csv(HEADER + csv_text, "curation.csv")
    assert problems == []
    curation = Curation(found, ["curation.csv"])
    return resolve(extraction, ActorRegistry(curation=curation)), curation


def claim_by(document: DocumentGraph, fragment: str) -> object:
    found = [c for c in document.claims if c.id.endswith(fragment)]
    assert len(found) == 1, [c.id for c in document.claims]
    return found[0]


def ids(document: DocumentGraph) -> list[str]:
    return [c.id for c in document.claims]


# ---------------------------------------------------------------- reading


def test_csv_and_turtle_forms_read_to_the_same_corrections() -> None:
    csv_text = (
        HEADER
        + "# comments and blank lines are skipped\n\n"
        + 'claim/doc-1-c10-0-20,stance,DENY,Jane Roe,2026-12-03,"says ""no"", twice"\n'
        + "claim/doc-1-c10-0-20,targets,russia; actor/united-states,Jane Roe,2026-12-03,\n"
        + "actor/peskov,same-as,https://www.wikidata.org/wiki/Q1234,Jane Roe,2026-12-03,\n"
        + "actor/сергей-лавров,role,Foreign Minister;spokesman,Jane Roe,2026-12-03T10:00:00,\n"
    )
    turtle = """@prefix data: <https://example.org/kg/> .
# one statement per correction; relative IRIs, any base
[] kg:corrects <claim/doc-1-c10-0-20> ; kg:correctStance stance:deny ;
   prov:wasAttributedTo "Jane Roe" ; dcterms:created "2026-12-03"^^xsd:date ;
   rdfs:comment "says \\"no\\", twice" .
[] kg:corrects <https://other.example/base/claim/doc-1-c10-0-20> ;
   kg:correctTargets ( <actor/russia> <actor/united-states> ) ;
   prov:wasAttributedTo "Jane Roe" ; dcterms:created "2026-12-03"^^xsd:date .

[ kg:corrects data:actor\\/peskov ; kg:sameActorAs wd:Q1234 ;
  prov:wasAttributedTo "Jane Roe" ; dcterms:created "2026-12-03" ] .
[] kg:corrects <actor/%D1%81%D0%B5%D1%80%D0%B3%D0%B5%D0%B9-%D0%BB%D0%B0%D0%B2%D1%80%D0%BE%D0%B2> ;
   kg:correctRole "Foreign Minister", "spokesman" ; prov:wasAttributedTo "Jane Roe" ;
   dcterms:created "2026-12-03T10:00:00"^^xsd:dateTime .
"""
    from_csv, csv_problems = read_csv(csv_text, "c.csv")
    from_turtle, turtle_problems = read_turtle(turtle, "c.ttl", base="file:///data/c.ttl")
    assert csv_problems == turtle_problems == []

    def content(found: Iterable[Correction]) -> list[tuple[str, ...]]:
        return [dataclasses.astuple(dataclasses.replace(c, where="")) for c in found]

    assert content(from_csv) == content(from_turtle)
    assert [c.where for c in from_csv] == ["c.csv:4", "c.csv:5", "c.csv:6", "c.csv:7"]
    assert [c.where for c in from_turtle] == ["c.ttl:3", "c.ttl:6", "c.ttl:10", "c.ttl:12"]
    stance, targets, same_as, roles = from_csv
    assert (stance.value, stance.note) == ("deny", 'says "no", twice')
    assert targets.value == "actor/russia; actor/united-states"
    assert same_as.value == "Q1234"
    assert (roles.target, roles.value) == ("actor/сергей-лавров", "Foreign Minister; spokesman")


def test_bad_corrections_are_named_by_line_and_the_good_ones_kept() -> None:
    found, problems = read_csv(
        HEADER
        + "claim/doc-1-c10-0-20,stance,shrug,J,2026-12-03,\n"
        + "claim/doc-1-c10-0-20,stance,deny,,2026-12-03,\n"
        + "actor/putin,stance,deny,J,2026-12-03,\n"
        + "actor/putin,kind,person,J,last week,\n"
        + "actor/putin,kind,person,J,2026-12-03,\n",
        "c.csv",
    )
    assert [c.where for c in found] == ["c.csv:6"]
    assert [where for where, _ in problems] == ["c.csv:2", "c.csv:3", "c.csv:4", "c.csv:5"]
    assert "unknown stance 'shrug'" in problems[0][1]
    assert "analyst" in problems[1][1] and "corrects a claim" in problems[2][1]
    assert "ISO 8601" in problems[3][1]

    found, problems = read_turtle(
        '[] kg:corrects <actor/putin> ; kg:correctKind "person" ;\n'
        '   prov:wasAttributedTo "J" ; dcterms:created "2026-12-03" .\n'
        "[] kg:corrects <actor/putin> ; kg:correctKind person .\n"
        '[] kg:corrects <actor/putin> ; kg:correctKind "person" ; kg:correctName "P" ;\n'
        '   prov:wasAttributedTo "J" ; dcterms:created "2026-12-03" .\n',
        "c.ttl",
    )
    assert [c.where for c in found] == ["c.ttl:1"]
    assert [where for where, _ in problems] == ["c.ttl:3", "c.ttl:4"]
    assert "not valid Turtle" in problems[0][1] and "says one thing" in problems[1][1]


def test_conflicting_corrections_are_an_error_naming_both_lines() -> None:
    first, _ = read_csv(
        HEADER
        + "claim/doc-1-c10-0-20,stance,deny,J,2026-12-03,\n"
        + "claim/doc-1-c10-0-20,stance,deny,K,2026-12-04,the same: not a conflict\n"
        + "claim/doc-1-c30-0-40,not-a-claim,,J,2026-12-03,\n"
        + "actor/a,same-as,actor/b,J,2026-12-03,\n"
        + "actor/b,same-as,actor/a,J,2026-12-03,\n"
        + "actor/c,kind,person,J,2026-12-03,\n",
        "c.csv",
    )
    second, _ = read_turtle(
        "[] kg:corrects <claim/doc-1-c10-0-20> ; kg:correctStance stance:accuse ;\n"
        '   prov:wasAttributedTo "K" ; dcterms:created "2026-12-03" .\n'
        "[] kg:corrects <claim/doc-1-c30-0-40> ; kg:correctStance stance:accuse ;\n"
        '   prov:wasAttributedTo "K" ; dcterms:created "2026-12-03" .\n',
        "c.ttl",
    )
    curation = Curation(first + second)
    messages = sorted(f"{p.source}: {p.message}" for p in curation.problems)
    assert messages == [
        'c.csv:2: conflicts with c.ttl:1: claim/doc-1-c10-0-20 stance "deny" against '
        '"accuse"; neither is applied',
        "c.csv:4: conflicts with c.ttl:3: claim/doc-1-c30-0-40 not-a-claim against stance; "
        "neither is applied",
        "c.csv:5: conflicts with c.csv:6: actor/a and actor/b are merged into each other; "
        "neither is applied",
    ]
    assert [c.where for c in curation.corrections] == ["c.csv:7"]


def test_an_analyst_iri_is_checked_where_the_curation_file_is_read() -> None:
    # the graph writes an analyst's IRI as given, and graph.ttl's parse is lenient
    found, problems = read_csv(
        HEADER
        + "actor/putin,kind,person,https://orcid.org/0000-0002-1825-0097,2026-12-03,\n"
        + "actor/putin,kind,person,https://example.org/<analyst>,2026-12-03,\n"
        + "actor/putin,kind,person,mailto:desk@example.org,2026-12-03,\n"
        + "actor/putin,kind,person,Jane Roe,2026-12-03,\n",
        "c.csv",
    )
    assert [c.analyst for c in found] == [
        "https://orcid.org/0000-0002-1825-0097",
        "mailto:desk@example.org",
        "Jane Roe",
    ]
    assert [where for where, _ in problems] == ["c.csv:3"]
    assert "analyst's IRI is not valid" in problems[0][1]


def test_parse_line_reads_either_form_and_refuses_anything_else() -> None:
    line = 'claim/doc-1-c10-0-20,content,"a, b",J,2026-12-03,'
    assert parse_line(line).value == "a, b"
    turtle = (
        '[] kg:corrects <claim/doc-1-c10-0-20> ; kg:correctContent "a, b" ; '
        'prov:wasAttributedTo "J" ; dcterms:created "2026-12-03"^^xsd:date .'
    )
    assert parse_line(turtle) == dataclasses.replace(parse_line(line), where="line:1")
    with pytest.raises(CurationError):
        parse_line("claim/doc-1-c10-0-20,stance")
    with pytest.raises(CurationError):
        parse_line("[] kg:corrects <claim/x> ; prov:wasAttributedTo <unclosed .")


# ---------------------------------------------------------------- applying (real parses)

LAVROV = "-c2097-2083-2112"  # Lavrov: "no proof to support the US' claims" (deny)
COATS = "-c1238-1228-1251"  # Coats claimed that Russia will seek to meddle (accuse)
COATS_AGAIN = "-c1340-1353-1358"  # According to Coats, Russia has "learned" (assert)
KREMLIN = "-c1915-1873-1682"  # "something that both the Kremlin and Trump ... denied"


def fix(document: DocumentGraph, suffix: str) -> str:
    return f"claim/{document.article.id}{suffix}"


def test_without_corrections_the_document_is_what_resolution_made(ira: Extraction) -> None:
    plain = resolve(ira, ActorRegistry())
    document, curation = curated(ira, f"claim/{ira.article.id}-c1-2-x,stance,deny,J,2026-12-03,\n")
    assert document == plain and document.corrections == ()
    assert "no longer has this claim" in curation.report().notices[0]


def test_claim_corrections_change_every_view_and_keep_the_machines_claim(ira: Extraction) -> None:
    plain = resolve(ira, ActorRegistry())
    doc = ira.article.id
    document, curation = curated(
        ira,
        f"claim/{doc}{COATS_AGAIN},stance,accuse,Jane Roe,2026-12-03,\n"
        f"claim/{doc}{LAVROV},not-a-claim,,Jane Roe,2026-12-03,\n"
        f"claim/{doc}{KREMLIN},targets,china,Jane Roe,2026-12-03,\n"
        f"claim/{doc}{COATS},claimer,actor/avril-haines,Jane Roe,2026-12-03,\n"
        f"claim/{doc}{COATS},content,Russia will seek to meddle,Jane Roe,2026-12-03,\n",
    )
    assert curation.report().notices == ()
    assert ids(document) == [i for i in ids(plain) if not i.endswith(LAVROV)]
    again = claim_by(document, COATS_AGAIN)
    assert again.claim.stance is Stance.ACCUSE  # type: ignore[attr-defined]
    assert claim_by(document, KREMLIN).targets == ("china",)  # type: ignore[attr-defined]
    coats = claim_by(document, COATS)
    assert coats.claimer == "avril-haines"  # type: ignore[attr-defined]
    content = coats.claim.content  # type: ignore[attr-defined]
    assert ira.article.text[content.start : content.end] == "Russia will seek to meddle"
    new = {a.id: a for a in document.actors}["avril-haines"]
    assert (new.name, new.kind.value) == ("Avril Haines", "other")  # named after its id
    # no relation is left pointing at the rejected claim
    assert not any(r.claim and r.claim.endswith(LAVROV) for r in document.relations)

    graph = document_to_graph(document)
    base = "https://example.org/kg/"
    rejected = URIRef(f"{base}claim/{doc}{LAVROV}")
    assert (rejected, None, None) not in graph
    kept = URIRef(f"{rejected}#extracted")
    assert (kept, URIRef(KG + "correctedBy"), None) in graph
    coats_node = URIRef(f"{base}claim/{doc}{COATS}")
    original = graph.value(coats_node, URIRef(PROV + "wasRevisionOf"))
    assert original == URIRef(f"{coats_node}#extracted")
    assert graph.value(original, URIRef(KG + "claimer")) == URIRef(f"{base}actor/dan-coats")
    assert graph.value(coats_node, URIRef(KG + "claimer")) == URIRef(f"{base}actor/avril-haines")
    who = {
        str(graph.value(agent, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
        for fix_node in graph.objects(coats_node, URIRef(KG + "correctedBy"))
        for agent in graph.objects(fix_node, URIRef(PROV + "wasAttributedTo"))
    }
    assert who == {"Jane Roe"}


def test_actor_merge_and_split(ira: Extraction) -> None:
    document, curation = curated(
        ira,
        "actor/white-house,same-as,actor/united-states,J,2026-12-03,\n"
        "actor/russia,not-same-as,the Kremlin,J,2026-12-03,\n"
        "actor/russia,same-as,Q159,J,2026-12-03,\n"
        "actor/nobody-here,kind,person,J,2026-12-03,\n",
    )
    actors = {a.id: a for a in document.actors}
    assert "white-house" not in actors and "White House" in actors["united-states"].aliases
    assert actors["united-states"].affiliation is None  # not its own, as the office was
    assert "kremlin" in actors and "Kremlin" not in actors["russia"].aliases
    assert actors["kremlin"].kind is actors["russia"].kind
    assert actors["russia"].wikidata == "Q159"
    assert claim_by(document, KREMLIN).claimer == "kremlin"  # type: ignore[attr-defined]
    everywhere = {a for _, a in document.mentions} | {c.claimer for c in document.claims}
    assert "white-house" not in everywhere
    assert {m.span.text for m, a in document.mentions if a == "kremlin"} == {"Kremlin"}
    (notice,) = curation.report().notices
    assert notice.startswith("curation.csv:5: actor/nobody-here kind matched nothing")


def test_a_merge_reaches_across_documents_and_the_registry() -> None:
    """The issue's own example: "Peskov" in one story, "Dmitry Peskov" in the next."""
    from kg.pipeline import analyse_articles

    articles = [
        Article("doc-a", "Kremlin spokesman Peskov denied the accusations on Tuesday.", "a.txt"),
        Article(
            "doc-b",
            "Dmitry Peskov, the Kremlin's press secretary, dismissed the report as baseless.",
            "b.txt",
        ),
    ]
    plain = ActorRegistry()
    before = list(analyse_articles(articles, registry=plain))
    assert before[0].claims[0].claimer == "peskov"  # the rules do not merge them
    found, _ = read_csv(HEADER + "actor/peskov,same-as,actor/dmitry-peskov,J,2026-12-03,\n", "c")
    curation = Curation(found)
    registry = ActorRegistry(curation=curation)
    after = list(analyse_articles(articles, registry=registry))
    assert [c.claimer for d in after for c in d.claims] == ["dmitry-peskov"] * len(
        [c for d in before for c in d.claims]
    )
    actors = {a.id: a for a in registry.actors()}
    assert "peskov" not in actors
    assert (actors["dmitry-peskov"].name, actors["dmitry-peskov"].kind.value) == (
        "Dmitry Peskov",
        "person",
    )
    assert "Peskov" in actors["dmitry-peskov"].aliases
    assert curation.report().notices == ()


def test_allegation_merge_and_split(ira: Extraction, monkeypatch: pytest.MonkeyPatch) -> None:
    # a story's assertion on its charge joins it by itself (NEWS_ASSERTIONS, the Coats
    # assertion below): off here, the analyst's join is what is tested
    monkeypatch.setattr(allegations_module, "NEWS_ASSERTIONS", False)
    plain = resolve(ira, ActorRegistry())
    doc = ira.article.id
    before = {c.id: c.allegation for c in plain.claims}
    lavrov, coats, again = (f"{doc}{s}" for s in (LAVROV, COATS, COATS_AGAIN))
    assert before[again] is None and before[lavrov] != before[coats]
    document, _ = curated(
        ira,
        f"claim/{again},same-allegation,claim/{coats},J,2026-12-03,\n"
        f"claim/{lavrov},own-allegation,,J,2026-12-03,\n",
    )
    after = {c.id: c.allegation for c in document.claims}
    assert after[again] == after[coats] == before[coats]
    assert after[lavrov] not in set(before.values()) | {None}
    allegations = {a.id: a for a in document.allegations}
    assert allegations[after[lavrov]].claims == (lavrov,)  # type: ignore[index]
    assert lavrov not in allegations[before[lavrov]].claims  # type: ignore[index]
    assert again in allegations[after[coats]].claims  # type: ignore[index]


def test_a_merge_across_documents_waits_for_corpus_allegations(ira: Extraction) -> None:
    doc = ira.article.id
    document, curation = curated(
        ira,
        f"claim/{doc}{COATS},same-allegation,claim/doc-elsewhere-c5-0-9,J,2026-12-03,\n"
        f"claim/{doc}{LAVROV},same-allegation,claim/{doc}-c1-1-x,J,2026-12-03,\n",
    )
    assert document.corrections == ()
    first, second = curation.report().notices
    assert "in different documents; allegations are grouped per document" in first
    assert f"{doc} no longer has the claim claim/{doc}-c1-1-x" in second


# ---------------------------------------------------------------- stable claim ids


def test_a_rules_change_that_leaves_a_claim_in_place_keeps_its_id(ira: Extraction) -> None:
    """Claim ids come from the document and the offsets of cue, claimer and content, never
    from the order or number of the rules: drop some claims (a rule removed) and reverse the
    rest (rules reordered), and every claim left keeps its id."""
    plain = resolve(ira, ActorRegistry())
    kept = tuple(reversed(ira.claims[::2]))
    changed = resolve(dataclasses.replace(ira, claims=kept), ActorRegistry())
    by_offsets = {(c.claim.cue.start, c.claim.claimer.span.start): c.id for c in plain.claims}
    assert len(changed.claims) == len(kept) > 3
    for claim in changed.claims:
        assert claim.id == by_offsets[(claim.claim.cue.start, claim.claim.claimer.span.start)]


def test_a_correction_follows_its_claim_when_a_rules_change_moves_the_content(
    ira: Extraction,
) -> None:
    target = next(c for c in ira.claims if c.content is not None and c.cue.start == 1340)
    content = target.content
    assert content is not None
    moved = dataclasses.replace(
        target,
        content=dataclasses.replace(content, start=content.start + 7, text=content.text[7:]),
    )
    changed = dataclasses.replace(
        ira, claims=tuple(moved if c is target else c for c in ira.claims)
    )
    document, curation = curated(
        changed, f"claim/{ira.article.id}{COATS_AGAIN},stance,accuse,J,2026-12-03,\n"
    )
    moved_id = f"{ira.article.id}-c1340-1353-{content.start + 7}"
    assert claim_by(document, moved_id[len(ira.article.id) :]).claim.stance is Stance.ACCUSE  # type: ignore[attr-defined]
    (notice,) = curation.report().notices
    assert f"is now claim/{moved_id}" in notice


# ---------------------------------------------------------------- end to end: kg build


IRA = "doc-828c99d9156f1fbf"  # the id of examples/ira-cyber-operation.txt (from its name)
CURATION = f"""target,correction,value,analyst,date,note
actor/white-house,same-as,actor/united-states,Jane Roe,2026-12-03,the office speaks for the state
actor/russia,not-same-as,the Kremlin,Jane Roe,2026-12-03,
claim/{IRA}{COATS_AGAIN},same-allegation,claim/{IRA}{COATS},Jane Roe,2026-12-03,one assessment
claim/{IRA}{LAVROV},own-allegation,,Jane Roe,2026-12-03,
claim/{IRA}{COATS_AGAIN},stance,accuse,Jane Roe,2026-12-03,"""
GONE = f"claim/{IRA}-c9999-9990-x,stance,deny,Jane Roe,2026-12-03,a sentence that is gone\n"
OUTPUTS = ("graph.ttl", "claims.csv", "actors.csv", "graph.html", "disputes.html", "index.html")


def run_cli(*argv: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from kg.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples, with a curation.csv beside them (picked up without --curation)."""
    import shutil

    # document ids come from the folder's name and the path in it: keep them as in examples/
    folder = tmp_path_factory.mktemp("curated") / "examples"
    shutil.copytree(EXAMPLES, folder)
    (folder / "curation.csv").write_text(CURATION + "\n" + GONE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def builds(corpus: Path) -> list[tuple[Path, int, str, str]]:
    made = []
    for name in ("first", "again"):
        out = corpus.parent / name
        made.append((out, *run_cli("build", str(corpus), "--out", str(out))))
    return made


def page_data(path: Path) -> dict[str, object]:
    import json
    import re

    page = path.read_text(encoding="utf-8")
    found = re.search(r'id="kg-data">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


def page_claims(path: Path) -> list[dict[str, Any]]:
    """The claims an explorer page ships (graph.html, disputes.html): claimer, target,
    stance and the ids its "correct this" form offers, per claim row of its data."""
    data: dict[str, Any] = page_data(path)
    actors = [actor[0] for actor in data["actors"]]
    prefixes, ids, stances = data["curation_prefixes"], data["curation"], data["stances"]
    return [
        {"from": actors[row[0]], "to": actors[row[1]], "stance": stances[row[2]],
         "curation": [{"claim": claim_id(prefixes, ids[row[6]])}] if row[6] >= 0 else []}
        for row in data["claims"]
    ]  # fmt: skip


def claim_id(prefixes: list[str], row: list[object]) -> str:
    """A claim id of an explorer page's ``curation`` table: [document prefix, rest, label]."""
    return (prefixes[row[0]] if row[0] >= 0 else "") + str(row[1])  # type: ignore[index,operator]


def rows(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


@pytest.mark.slow
def test_corrections_survive_a_rebuild_and_orphans_are_named(
    builds: list[tuple[Path, int, str, str]], corpus: Path
) -> None:
    (first, status, out, err), (again, *_) = builds
    assert status == 0, err
    assert "corrections: 5 of 6 applied" in out
    assert err.strip() == (
        f"kg: warning: {corpus / 'curation.csv'}:7: claim/{IRA}-c9999-9990-x stance matched "
        f"nothing: {IRA} no longer has this claim (its sentence changed, or the rules no longer "
        "find it)"
    )
    for name in OUTPUTS:  # the same corrections, the same bytes, build after build
        assert (first / name).read_bytes() == (again / name).read_bytes(), name


@pytest.mark.slow
def test_merge_and_split_reach_rdf_store_csv_and_html(
    builds: list[tuple[Path, int, str, str]], tmp_path: Path
) -> None:
    from kg.store import EmbeddedStore

    out = builds[0][0]
    claims = {row["claim"]: row for row in rows(out / "claims.csv")}
    actors = {row["actor"]: row for row in rows(out / "actors.csv")}
    # CSV: the merge and the split of actors, the merge and the split of allegations
    assert "white-house" not in actors and "kremlin" in actors
    assert "White House" in actors["united-states"]["aliases"]
    assert claims[f"{IRA}{KREMLIN}"]["claimer"] == "Kremlin"
    assert claims[f"{IRA}{COATS_AGAIN}"]["allegation"] == claims[f"{IRA}{COATS}"]["allegation"]
    lavrov = claims[f"{IRA}{LAVROV}"]["allegation"]
    assert [c for c, row in claims.items() if row["allegation"] == lavrov] == [f"{IRA}{LAVROV}"]
    # the store: corrected values, the machine's versions and the analyst, by SPARQL
    with EmbeddedStore(out / "store", read_only=True) as store:
        prefixes = """PREFIX kg: <https://w3id.org/kg-claims/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX data: <https://example.org/kg/>"""
        answer = store.query(
            prefixes
            + """SELECT ?claim ?machine ?now ?who WHERE {
                ?claim a kg:Claim ; kg:stance ?now ; prov:wasRevisionOf ?original ;
                       kg:correctedBy ?fix .
                ?original a kg:ExtractedClaim ; kg:stance ?machine .
                ?fix prov:wasAttributedTo/rdfs:label ?who .
                FILTER (?machine != ?now)
            }"""
        )
        found = {
            tuple(str(row[name].value).rsplit("/", 1)[-1] for name in ("claim", "machine", "now"))
            + (row["who"].value,)
            for row in answer  # type: ignore[attr-defined]
        }
        assert found == {(f"{IRA}{COATS_AGAIN}", "assert", "accuse", "Jane Roe")}
        split = store.query(
            prefixes
            + """ASK { data:actor\\/kremlin a kg:Actor ; kg:correctedBy ?fix ;
                          prov:wasRevisionOf ?russia .
                   ?russia a kg:ExtractedActor ; rdfs:label "Russia" .
                   ?fix kg:notSameActorAs "the Kremlin" }"""
        )
        assert bool(split)
        ask = store.query(
            "ASK { <https://example.org/kg/actor/white-house> a "
            "<https://w3id.org/kg-claims/ontology#Actor> }"
        )
        assert not bool(ask)
    # the curated graph still conforms to the shapes, kg:Correction's included
    from kg.rdf import validate

    assert validate(Graph().parse(out / "graph.ttl")).conforms
    # the canned query lists each applied correction once
    status, listed, _ = run_cli("query", "corrections", "--store", str(out / "store"), "-f", "csv")
    assert status == 0
    assert [line.split(",")[1] for line in listed.splitlines()[1:]] == [
        "notSameActorAs", "sameActorAs", "correctStance", "sameAllegationAs", "ownAllegation"
    ]  # fmt: skip
    # HTML: the graph's nodes and the disputes' allegations, as built and as redrawn from RDF
    status, _, err = run_cli("render", str(out / "graph.ttl"), "--out", str(tmp_path))
    assert status == 0, err
    for folder in (out, tmp_path):
        nodes = {a[0] for a in page_data(folder / "graph.html")["actors"]}  # type: ignore[attr-defined]
        assert "kremlin" in nodes and "white-house" not in nodes
        # disputes.html shows corpus allegations: the split claim is alone in its own
        edges = page_claims(folder / "disputes.html")
        node_of = {c["claim"]: e["to"] for e in edges for c in e["curation"]}
        alone = node_of[f"{IRA}{LAVROV}"]
        assert [c for c, node in node_of.items() if node == alone] == [f"{IRA}{LAVROV}"]
        assert node_of[f"{IRA}{COATS_AGAIN}"] == node_of[f"{IRA}{COATS}"] != alone


@pytest.mark.slow
def test_conflicting_corrections_make_the_build_partial(corpus: Path, tmp_path: Path) -> None:
    conflict = tmp_path / "more.csv"
    conflict.write_text(
        HEADER + f"claim/{IRA}{COATS_AGAIN},stance,deny,Jim Poe,2026-12-04,\n", encoding="utf-8"
    )
    status, _, err = run_cli(
        "build", str(corpus), "--out", str(tmp_path / "out"),
        "--curation", str(corpus / "curation.csv"), "--curation", str(conflict),
        "--no-store", "--no-html",
    )  # fmt: skip
    assert status == 3
    assert (
        f"kg: skipped {corpus / 'curation.csv'}:6: conflicts with {conflict}:2: "
        f'claim/{IRA}{COATS_AGAIN} stance "accuse" against "deny"; neither is applied'
    ) in err
    claims = {row["claim"]: row for row in rows(tmp_path / "out" / "claims.csv")}
    assert claims[f"{IRA}{COATS_AGAIN}"]["stance"] == "assert"  # the machine's, unchanged
    assert claims[f"{IRA}{KREMLIN}"]["claimer"] == "Kremlin"  # the other corrections hold


# ---------------------------------------------------------------- the "correct this" form

CHROMIUM = Path("/usr/bin/chromium")
HOSTILE_NOTE = (
    'a, "quoted" \\ note </textarea><script>alert(1)</script> <img src=x onerror=alert(2)>'
)


@pytest.fixture(scope="module")
def browser() -> Iterable[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()


@pytest.mark.slow
def test_the_form_writes_a_line_that_parses_as_curation_and_applies(
    browser: object, builds: list[tuple[Path, int, str, str]], corpus: Path, tmp_path: Path
) -> None:
    import time
    from datetime import date

    out = builds[0][0]
    context = browser.new_context()  # type: ignore[attr-defined]  # the page's own CSP holds
    page = context.new_page()
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: (problems.append(dialog.message), dialog.dismiss()))
    page.goto((out / "graph.html").as_uri())
    deadline = time.monotonic() + 30
    while not page.evaluate("Boolean(window.kgNetwork && window.kgNetwork.stabilized)"):
        assert time.monotonic() < deadline, "the layout never stabilised"
        page.wait_for_timeout(50)
    kremlin = f"{IRA}{KREMLIN}"
    edge = page.evaluate(
        "id => window.kgNetwork.edges.get().find(e => e.curation.some(c => c.claim === id)).id",
        kremlin,
    )
    assert edge
    page.evaluate("id => window.kgNetwork.showDetails('edge', id)", edge)
    page.click("#kg-correct summary")
    # the explorer bundles claims per claimer, target and stance: the form offers exactly
    # the ids of the claims in the Kremlin claim's bundle, as the page's data lists them
    shipped = {
        str(c["claim"]): (row["from"], row["to"], row["stance"])
        for row in page_claims(out / "graph.html")
        for c in row["curation"]
    }
    offered = page.eval_on_selector_all("#kg-correct-claim option", "os => os.map(o => o.value)")
    assert sorted(offered) == sorted(c for c, key in shipped.items() if key == shipped[kremlin])
    page.select_option("#kg-correct-claim", kremlin)
    page.select_option("#kg-correct-kind", "stance")
    page.select_option("#kg-correct-choice", "accuse")
    page.fill("#kg-correct-analyst", 'Jane "J." Roe, <b>OSINT</b>')
    page.fill("#kg-correct-note", HOSTILE_NOTE)
    expected = Correction(
        f"claim/{kremlin}",
        "stance",
        "accuse",
        'Jane "J." Roe, <b>OSINT</b>',
        date.today().isoformat(),
        HOSTILE_NOTE,
    )
    lines = {}
    for form in ("csv", "turtle"):
        page.select_option("#kg-correct-format", form)
        lines[form] = page.input_value("#kg-correct-line")
        assert "\n" not in lines[form]
        assert dataclasses.replace(parse_line(lines[form]), where="") == expected
    # an actor node, clicked on the canvas: a name with the characters a CSV and a Turtle
    # string must escape
    where = page.evaluate(
        """() => { const n = window.kgNetwork.network;
                   const p = n.canvasToDOM(n.getPositions(['kremlin']).kremlin);
                   const box = document.getElementById('kg-network').getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }"""
    )
    page.mouse.click(*where)
    assert page.text_content("#kg-correct-about") == "actor kremlin"
    assert page.locator("#kg-correct-claim").is_hidden()
    page.select_option("#kg-correct-kind", "name")
    page.fill("#kg-correct-value", 'the "Kremlin", Moscow \\ ')
    for form in ("csv", "turtle"):
        page.select_option("#kg-correct-format", form)
        parsed = parse_line(page.input_value("#kg-correct-line"))
        assert (parsed.target, parsed.kind, parsed.value) == (
            "actor/kremlin", "name", 'the "Kremlin", Moscow \\'
        )  # fmt: skip
    assert page.locator("#kg-correct script, #kg-correct img, #kg-correct b").count() == 0
    # an allegation of the disputes page: split one of its claims out
    page.goto((out / "disputes.html").as_uri())
    page.wait_for_function("Boolean(window.kgNetwork && window.kgNetwork.correction)")
    # its nodes are corpus allegations: the claims of one are those of the edges into it
    edges = page_claims(out / "disputes.html")
    node = next(e["to"] for e in edges if str(e["to"]).startswith("allegation:"))
    members = [c["claim"] for e in edges if e["to"] == node for c in e["curation"]]
    page.evaluate("id => window.kgNetwork.showDetails('node', id)", node)
    page.click("#kg-correct summary")
    page.select_option("#kg-correct-kind", "own-allegation")
    page.fill("#kg-correct-analyst", "Jane Roe")
    parsed = parse_line(page.input_value("#kg-correct-line"))
    assert parsed.kind == "own-allegation" and parsed.target[len("claim/") :] in members
    # a link to an actor from another page (graph.html#actor=ID, shown before the form
    # loads) opens its form
    page.goto((out / "graph.html").as_uri() + "#actor=united-states")
    page.wait_for_function("Boolean(window.kgNetwork && window.kgNetwork.correction)")
    assert page.text_content("#kg-correct-about") == "actor united-states"
    page.click("#kg-correct summary")
    page.select_option("#kg-correct-kind", "kind")
    page.select_option("#kg-correct-choice", "state")
    page.fill("#kg-correct-analyst", "Jane Roe")
    parsed = parse_line(page.input_value("#kg-correct-line"))
    assert (parsed.target, parsed.kind, parsed.value) == ("actor/united-states", "kind", "state")
    assert problems == [] and all(url.startswith("file://") for url in requests)
    context.close()

    # the line, pasted into the curation file, is applied by the next build
    curation = corpus / "curation.csv"
    text = curation.read_text(encoding="utf-8")
    curation.write_text(text + lines["csv"] + "\n", encoding="utf-8")
    try:
        status, _, err = run_cli(
            "build", str(corpus), "--out", str(tmp_path), "--no-store", "--no-html"
        )
    finally:
        curation.write_text(text, encoding="utf-8")
    assert status == 0, err
    claims = {row["claim"]: row for row in rows(tmp_path / "claims.csv")}
    assert claims[kremlin]["stance"] == "accuse"
    assert HOSTILE_NOTE in (tmp_path / "graph.ttl").read_text(encoding="utf-8").replace(
        '\\"', '"'
    ).replace("\\\\", "\\")
