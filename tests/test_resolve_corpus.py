"""Corpus allegations: one allegation across documents, outlets and months.

The corpus of ``tests/data/corpus/disputes.jsonl``: two disputes with Russia as the
accused, six years apart.  In 2018 Britain accuses Russia of poisoning Sergei Skripal,
Russia denies "any involvement in the poisoning", the Kremlin rejects "the accusations";
in 2024 Germany accuses Russia of interfering in its election, the Kremlin's spokesman
calls it "absurd", Russia rejects "the allegations", German officials repeat the charge.
Each article is parsed by the real pipeline.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.model import AllegationSummary, ClaimNote, CorpusAllegation, Stance
from kg.rdf.allegations import corpus_graph_iri
from kg.rdf.iri import DEFAULT_BASE
from kg.rdf.validate import validate
from kg.resolve.corpus import (
    allegation_summaries,
    corpus_allegations,
    merge_allegations,
    proposition_terms,
    side,
)
from kg.store import EmbeddedStore, Results, load_query, query_store

CORPUS = Path(__file__).parent / "data" / "corpus" / "disputes.jsonl"
KG = "https://w3id.org/kg-claims/ontology#"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> kg.pipeline.BuildResult:
    out = tmp_path_factory.mktemp("corpus")
    return kg.build([CORPUS], out=out, formats=("turtle", "trig"))


def by_topic(allegations: tuple[CorpusAllegation, ...], word: str) -> CorpusAllegation:
    found = [a for a in allegations if word in a.summary]
    assert len(found) == 1, [a.summary for a in allegations]
    return found[0]


def documents_with(build: kg.pipeline.BuildResult, word: str) -> set[str]:
    return {d.article.id for d in build.documents if word in (d.article.url or "")}


def test_one_dispute_across_four_documents_is_one_allegation_against_the_state(
    built: kg.pipeline.BuildResult,
) -> None:
    merged = corpus_allegations(built.documents)
    election = by_topic(merged.allegations, "election")
    # every document of the dispute has a part in it, the spokesman's "absurd" included
    parts = {m.rsplit("-a", 1)[0] for m in election.members}
    assert parts == documents_with(built, "election")
    assert election.accused == ("russia",)  # the state, not its spokesman
    assert "germany" in election.accusers
    assert {"dmitry-peskov", "russia"} <= set(election.deniers)
    assert election.status == "disputed"
    assert (election.first_alleged, election.first_denied) == ("2024-03-01", "2024-03-02")
    assert dict(((m, s), n) for m, s, n in election.counts)[("2024-03", "accuse")] >= 2
    assert election.outlets == ("Gazette", "State Daily", "Wire One")
    assert built.report.corpus_allegations == len(merged.allegations)


def test_another_proposition_against_the_same_accused_stays_apart(
    built: kg.pipeline.BuildResult,
) -> None:
    merged = corpus_allegations(built.documents)
    poisoning = by_topic(merged.allegations, "Skripal")
    election = by_topic(merged.allegations, "election")
    assert poisoning.id != election.id
    assert not set(poisoning.claims) & set(election.claims)
    # Russia's denial "of any involvement in the poisoning" joins by its words
    assert {m.rsplit("-a", 1)[0] for m in poisoning.members} == documents_with(built, "skripal")


def test_a_denial_that_points_back_joins_the_allegation_of_its_time(
    built: kg.pipeline.BuildResult,
) -> None:
    """ "The Kremlin rejected the accusations" (2018) answers the poisoning, not the election
    allegation (2024), though both accuse Russia and the latter has more claims."""
    merged = corpus_allegations(built.documents)
    rejecting = next(d for d in built.documents if "skripal-3" in (d.article.url or ""))
    summary = allegation_summaries(rejecting)[0]
    assert summary.points_back
    poisoning = by_topic(merged.allegations, "Skripal")
    assert merged.of_member[summary.id] == poisoning.id
    assert len(poisoning.claims) < len(by_topic(merged.allegations, "election").claims)


def test_every_claim_of_an_allegation_is_in_exactly_one_corpus_allegation(
    built: kg.pipeline.BuildResult,
) -> None:
    merged = corpus_allegations(built.documents)
    grouped = [c.id for d in built.documents for c in d.claims if c.allegation]
    in_corpus = [c for a in merged.allegations for c in a.claims]
    assert sorted(in_corpus) == sorted(grouped)
    members = [m for a in merged.allegations for m in a.members]
    assert sorted(members) == sorted(a.id for d in built.documents for a in d.allegations)


def note(claim: str, stance: Stance, claimer: str) -> ClaimNote:
    return ClaimNote(claim, stance, claimer, claimer)


def summary(key: str, day: str | None, terms: list[str], stance: Stance = Stance.ACCUSE,
            claimer: str = "germany", back: bool = False) -> AllegationSummary:  # fmt: skip
    return AllegationSummary(
        key, f"doc-{key}", day, "Wire", key, ("russia",), ("russia",), (), tuple(sorted(terms)),
        back, (note(f"{key}-c", stance, claimer),),
    )  # fmt: skip


def test_the_merge_does_not_depend_on_the_order_of_its_input(
    built: kg.pipeline.BuildResult,
) -> None:
    summaries = [s for d in built.documents for s in allegation_summaries(d)]
    expected = merge_allegations(summaries)
    for seed in range(3):
        shuffled = list(summaries)
        random.Random(seed).shuffle(shuffled)
        assert merge_allegations(shuffled) == expected


def test_a_denial_long_after_any_allegation_stays_alone() -> None:
    merged = merge_allegations(
        [
            summary("a", "2018-03-12", ["poison", "@salisbury", "agent"]),
            summary("b", "2019-06-01", [], Stance.DENY, "russia", back=True),
        ]
    )
    assert [a.members for a in merged.allegations] == [("a",), ("b",)]
    assert merged.allegations[1].status == "disputed" and not merged.allegations[1].accusers


def test_allegations_years_apart_are_not_merged_by_their_words() -> None:
    words = ["interfer", "election", "federal", "campaign"]
    near = merge_allegations([summary("a", "2016-01-01", words), summary("b", "2017-06-01", words)])
    far = merge_allegations([summary("a", "2016-01-01", words), summary("b", "2021-06-01", words)])
    assert len(near.allegations) == 1 and len(far.allegations) == 2


def test_an_undated_allegation_is_compared_with_every_year() -> None:
    words = ["interfer", "election", "federal", "campaign"]
    merged = merge_allegations(
        [summary("a", "2016-01-01", words), summary("b", None, words),
         summary("c", "2019-06-01", ["poison", "agent", "spy"])]
    )  # fmt: skip
    assert sorted(a.members for a in merged.allegations) == [("a", "b"), ("c",)]


def test_two_bare_denials_are_not_one_allegation_for_saying_the_same_word() -> None:
    merged = merge_allegations(
        [
            summary("a", "2018-01-01", ["absurd"], Stance.DENY, "russia"),
            summary("b", "2018-01-02", ["absurd"], Stance.DENY, "russia"),
        ]
    )
    assert len(merged.allegations) == 2


def test_ids_are_stable_and_name_the_first_allegation() -> None:
    first = merge_allegations([summary("a", "2018-03-12", ["poison", "agent", "spy"])])
    again = merge_allegations(
        [
            summary("b", "2018-03-20", ["poison", "agent", "spy"]),
            summary("a", "2018-03-12", ["poison", "agent", "spy"]),
        ]
    )
    assert first.allegations[0].id == again.allegations[0].id


def test_terms_fold_the_event_words() -> None:
    assert proposition_terms("meddling in the vote") == proposition_terms("interfered in elections")
    assert "poison" in proposition_terms("a Novichok nerve agent attack")


def test_a_ministry_speaks_for_its_state(built: kg.pipeline.BuildResult) -> None:
    actors = {a.id: a for d in built.documents for a in d.actors}
    assert side("russian-foreign-ministry", actors) == "russia"
    assert side("dmitry-peskov", actors) == "russia"


# --- RDF and queries ----------------------------------------------------------------------


def test_the_corpus_graph_links_parts_and_claims_and_validates(
    built: kg.pipeline.BuildResult,
) -> None:
    folder = built.report.files[0].parent
    quads = list(ox.parse(path=str(folder / "graph.trig"), format=ox.RdfFormat.TRIG))
    corpus = [q for q in quads if q.graph_name == ox.NamedNode(corpus_graph_iri(DEFAULT_BASE))]
    merged = corpus_allegations(built.documents)
    typed = {q.subject.value for q in corpus if q.object == ox.NamedNode(KG + "CorpusAllegation")}
    assert typed == {f"{DEFAULT_BASE}allegation/{a.id}" for a in merged.allegations}
    included = [q.object.value for q in corpus if q.predicate.value == KG + "includesClaim"]
    assert sorted(included) == sorted(
        f"{DEFAULT_BASE}claim/{c}" for a in merged.allegations for c in a.claims
    )
    parts = {q.object.value for q in corpus if q.predicate.value.endswith("/terms/hasPart")}
    assert parts == {
        f"{DEFAULT_BASE}allegation/{a.id}" for d in built.documents for a in d.allegations
    }
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(folder / "graph.trig", format="trig")
    assert validate(dataset).conforms
    # a claim's document graph is left as it was: no corpus link written into it
    assert not [q for q in quads if q.predicate.value == KG + "accuser" and q not in corpus]


def run(folder: Path, name: str, **params: str) -> list[dict[str, str]]:
    with EmbeddedStore(folder / "store", read_only=True) as store:
        results: Results = query_store(store, load_query(name).bind(params))
    return [
        {v: (t.value if t is not None else "") for v, t in zip(results.variables, row, strict=True)}  # type: ignore[union-attr]
        for row in results.rows
    ]


def test_canned_queries_follow_an_allegation(built: kg.pipeline.BuildResult) -> None:
    folder = built.report.files[0].parent
    merged = corpus_allegations(built.documents)
    election = by_topic(merged.allegations, "election")
    disputed = run(folder, "disputed-allegations")
    assert len(disputed) == len(merged.allegations)
    top = next(row for row in disputed if "election" in row["summary"])
    assert top["accused"] == "Russia" and "Germany" in top["accusers"]
    assert {"Dmitry Peskov", "Russia"} <= set(top["deniers"].split("; "))
    assert int(top["claims"]) == len(election.claims)

    timeline = run(folder, "allegation-timeline", allegation="federal election")
    assert len(timeline) == len(election.claims)
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)
    # the first day holds Germany's accusation (and its minister's assertion on the charge,
    # kg.resolve.allegations.NEWS_ASSERTIONS, of the same day)
    first_day = [r for r in timeline if r["date"] == timeline[0]["date"]]
    assert ("accuse", "Germany") in {(r["stance"], r["claimer"]) for r in first_day}
    assert {r["outlet"] for r in timeline} == set(election.outlets)

    first = run(folder, "first-accuser", allegation="Skripal")
    assert [(r["firstAccuser"], r["date"]) for r in first] == [("United Kingdom", "2018-03-12")]

    repeated = run(folder, "who-repeated-allegation", allegation="federal election")
    assert "Germany" in {r["accuser"] for r in repeated}
    assert sum(int(r["accusations"]) for r in repeated) == sum(
        n for _, s, n in election.counts if s == "accuse"
    )

    against = run(folder, "allegations-against-actor", actor="moscow")  # an alias of Russia
    assert {r["allegation"].rsplit("/", 1)[1] for r in against} == {
        a.id for a in merged.allegations if "russia" in a.accused
    }
    assert run(folder, "allegations-against-actor", actor="Germany") == []


def test_the_pages_redrawn_from_the_rdf_are_the_built_ones(
    built: kg.pipeline.BuildResult, tmp_path: Path
) -> None:
    from kg.cli import main

    folder = built.report.files[0].parent
    assert main(["render", str(folder / "graph.trig"), "--out", str(tmp_path)]) == 0
    for page in sorted((folder / "allegations").iterdir()):
        assert (tmp_path / "allegations" / page.name).read_bytes() == page.read_bytes()
    assert (tmp_path / "disputes.html").read_bytes() == (folder / "disputes.html").read_bytes()


@pytest.mark.slow
def test_the_dask_engine_merges_the_same_allegations(
    built: kg.pipeline.BuildResult, tmp_path: Path
) -> None:
    folder = built.report.files[0].parent
    result = kg.build(
        [CORPUS], out=tmp_path, formats=("turtle", "trig"), engine="dask", jobs=2,
        partition_size=2, keep_documents=False,
    )  # fmt: skip
    assert result.report.corpus_allegations == built.report.corpus_allegations
    for name in ("graph.trig", "graph.ttl", "disputes.html"):
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name
    pages = sorted(p.name for p in (folder / "allegations").iterdir())
    assert pages == sorted(p.name for p in (tmp_path / "allegations").iterdir())


def test_summaries_survive_a_round_trip_as_plain_data(built: kg.pipeline.BuildResult) -> None:
    import pickle

    summaries = [s for d in built.documents for s in allegation_summaries(d)]
    assert pickle.loads(pickle.dumps(summaries)) == summaries
    assert all(replace(s) == s for s in summaries)
