"""Whose voice a claim is in (round 31, issue 12: the lead's ruling): an official text's own
narration is a claim of the graph, marked :attr:`kg.model.Voice.PUBLISHER`
(:mod:`kg.extract.claims.publisher`); a stance cue with the issuer as its subject stays
attributed.  The mark goes through the RDF (``kg:voice``, its SHACL shape, read back), the
claims table, the pages' details panel and the packed extraction; the claims benchmark's
scorer leaves publisher-voice claims out unless asked
(:data:`kg.evaluate.claims.PUBLISHER_VOICE`).

Sentences are real, from two State Department statements of
``corpus/state-department-navalny.jsonl`` ("Russia's Continuing Repression of Members of
Religious Minority Groups", 2021-07-09) and ``corpus/state-department-russia-ukraine.jsonl``
("Honoring the Legacies of Natalya Estemirova and Paul Klebnikov"), in no part of either
benchmark's gold.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal
from spacy.language import Language

from kg.evaluate import claims as scorer
from kg.evaluate.claims import claims_from
from kg.extract.claims.publisher import voice_of
from kg.model import (
    Article,
    DocumentGraph,
    Extraction,
    Stance,
    Voice,
    pack_extraction,
    unpack_extraction,
)
from kg.network import actor_graph
from kg.pipeline import claims_table
from kg.rdf import KG, build_dataset, document_quads, validate
from kg.rdf.read import documents_from_quads
from kg.render.html import edge_tooltip
from kg.store.query import load_query, query_store

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

STATE = "U.S. Department of State"
# state.gov/russias-continuing-repression-of-members-of-religious-minority-groups/
NARRATION = (
    "Russian authorities harass, fine, and imprison Falun Gong practitioners for such simple "
    "acts as meditating and possessing spiritual texts."
)
# state.gov/honoring-the-legacies-of-natalya-estemirova-and-paul-klebnikov/
CONDEMNATION = (
    "The United States condemns the Russian government’s ongoing crackdown on independent "
    "media and stands in solidarity with independent Russian journalists and human rights "
    "defenders."
)
BASE = "https://data.example.net/kg/"


@pytest.fixture(scope="module")
def narration(nlp: Language) -> DocumentGraph:
    return official_graph(nlp, NARRATION, STATE)


@pytest.fixture(scope="module")
def condemnation(nlp: Language) -> DocumentGraph:
    return official_graph(nlp, CONDEMNATION, STATE)


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=2)
    allegations = Path(__file__).parents[1] / "benchmarks" / "allegations" / "gold.jsonl"
    gold = allegations.read_text(encoding="utf-8")
    for text in (NARRATION, CONDEMNATION):
        assert json.dumps(text[:60], ensure_ascii=False)[1:-1] not in gold
        assert json.dumps(text[:60])[1:-1] not in gold


def test_an_official_text_s_own_narration_is_the_publisher_s_voice(
    narration: DocumentGraph,
) -> None:
    [claim] = narration.claims
    assert claim.claimer == "united-states"
    assert claim.claim.stance is Stance.ACCUSE
    assert "russia" in claim.targets
    assert claim.claim.voice is Voice.PUBLISHER


def test_a_cue_with_the_issuer_as_subject_stays_attributed(condemnation: DocumentGraph) -> None:
    criticisms = [c for c in condemnation.claims if c.claim.stance is Stance.CRITICIZE]
    assert criticisms
    assert all(c.claimer == "united-states" for c in criticisms)
    assert all(c.claim.voice is Voice.ATTRIBUTED for c in condemnation.claims)


def test_the_mark_follows_the_claimer_mention(narration: DocumentGraph) -> None:
    [claim] = narration.claims
    assert voice_of(claim.claim) is Voice.PUBLISHER
    named = replace(claim.claim.claimer, label="GPE")
    assert voice_of(replace(claim.claim, claimer=named)) is Voice.ATTRIBUTED


def test_the_claims_scorer_leaves_the_publisher_s_voice_out(
    narration: DocumentGraph, condemnation: DocumentGraph
) -> None:
    assert scorer.PUBLISHER_VOICE is False
    assert claims_from(narration, 0) == ()
    [kept] = claims_from(narration, 0, publisher=True)
    assert (kept.claimer, kept.stance) == ("United States", Stance.ACCUSE)
    # an attributed claim is scored either way
    assert claims_from(condemnation, 0) == claims_from(condemnation, 0, publisher=True) != ()


def test_the_scorer_switch_scores_the_old_way(
    narration: DocumentGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scorer, "PUBLISHER_VOICE", True)
    assert len(claims_from(narration, 0)) == 1


@pytest.mark.parametrize("provenance", ["lean", "full"])
def test_the_rdf_says_it_and_reads_it_back(
    narration: DocumentGraph, condemnation: DocumentGraph, provenance: str
) -> None:
    for document, voice in ((narration, Voice.PUBLISHER), (condemnation, Voice.ATTRIBUTED)):
        [read] = documents_from_quads(document_quads(document, provenance=provenance))
        assert {c.claim.voice for c in read.claims} == {voice}
    for document, term in ((narration, KG.PublisherVoice), (condemnation, KG.AttributedVoice)):
        dataset = build_dataset([document], base=BASE, provenance=provenance)
        assert {o for g in dataset.graphs() for o in g.objects(None, KG.voice)} == {term}


def test_the_shacl_shape_accepts_the_two_voices_and_nothing_else(
    narration: DocumentGraph, condemnation: DocumentGraph
) -> None:
    for document in (narration, condemnation):  # two one-sentence texts, both "doc"
        result = validate(build_dataset([document], base=BASE))
        assert result.conforms, result.report
    dataset = build_dataset([narration], base=BASE)
    broken = Dataset()
    for graph in dataset.graphs():
        target = broken.graph(graph.identifier)
        for s, p, o in graph:
            target.add((s, p, Literal("publisher") if p == KG.voice else o))
    assert not validate(broken).conforms


def test_an_older_graph_without_the_mark_reads_as_attributed(narration: DocumentGraph) -> None:
    quads = [q for q in document_quads(narration) if "ontology#voice" not in str(q[1])]
    [read] = documents_from_quads(quads)
    assert {c.claim.voice for c in read.claims} == {Voice.ATTRIBUTED}


def test_the_claims_table_has_a_voice_column(
    narration: DocumentGraph, condemnation: DocumentGraph
) -> None:
    rows = list(csv.DictReader(io.StringIO(claims_table([narration, condemnation]))))
    assert [r["voice"] for r in rows if r["rule"].startswith("author_voice")] == ["publisher"]
    assert {r["voice"] for r in rows if r["rule"] == "reported_speech"} == {"attributed"}


def test_the_details_panel_shows_the_publisher_s_voice(
    narration: DocumentGraph, condemnation: DocumentGraph
) -> None:
    for document, shown in ((narration, True), (condemnation, False)):
        graph = actor_graph([document])
        texts = [edge_tooltip(graph, u, v, d) for u, v, d in graph.edges(data=True)]
        assert texts
        assert all(("the publisher's own" in t) is shown for t in texts)


def test_the_mark_survives_packing_and_an_older_pack_reads_as_attributed(nlp: Language) -> None:
    from kg.extract import extract

    article = Article("doc", NARRATION, "-", outlet=STATE)
    found: Extraction = extract(nlp(NARRATION), article, gate=False)
    assert Voice.PUBLISHER in {c.voice for c in found.claims}
    packed = pack_extraction(found)
    assert unpack_extraction(article, packed) == found
    older = unpack_extraction(article, packed[:7])
    assert {c.voice for c in older.claims} == {Voice.ATTRIBUTED}


def test_the_claims_query_tells_the_two_voices_apart(
    narration: DocumentGraph, condemnation: DocumentGraph
) -> None:
    for document, voice in ((narration, "publisher"), (condemnation, "attributed")):
        store = ox.Store()
        store.extend(document_quads(document))
        every = query_store(store, load_query("claims").bind({}))  # type: ignore[arg-type]
        at = every.variables.index("voice")
        assert {str(row[at].value) for row in every.rows} == {voice}  # type: ignore[union-attr]
        chosen = load_query("claims").bind({"voice": voice})
        assert len(query_store(store, chosen).rows) == len(every.rows)  # type: ignore[arg-type]
        other = "attributed" if voice == "publisher" else "publisher"
        none = load_query("claims").bind({"voice": other})
        assert query_store(store, none).rows == ()  # type: ignore[arg-type]
