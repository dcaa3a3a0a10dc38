"""A speech's assertions joined to its charge, kept out of the merge's wide groups (round 36,
speech37: :data:`kg.resolve.allegations.SPEECH_ASSERTIONS` ``"narrow"``, on;
:data:`kg.resolve.corpus.SPEECH_WIDE`).

``"narrow"`` joins a speech's assertions in its document as ``"nearest"`` does (each to the
speech's charge before it), marks them (:attr:`kg.model.ClaimNote.spoken`; ``nearby`` when
joined by their place, not by words overlapping the charge's), and the corpus merge lets a
``nearby`` one go with its charge only into a corpus allegation of at most ``SPEECH_WIDE``
documents: in a wider one, the speech's assertions on that charge are a corpus allegation of
their own.

The sentences are a President of Ukraine address of 2022-03-22 in the corpus
(``corpus/president-of-ukraine-russia-ukraine.jsonl``, "It was another day that brought us
all closer to victory"), its first 21 sentences; the text is in no part of the claims gold
nor of the allegations gold.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

import kg.resolve.allegations as allegations
import kg.resolve.corpus as corpus
from kg.model import AllegationSummary, ClaimNote, DocumentGraph, Stance
from kg.resolve.allegations import OVERLAP, content_words, jaccard
from kg.resolve.summaries import allegation_summaries

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

URL = "https://www.president.gov.ua/en/news/ce-buv-ishe-odin-den-yakij-nablizhaye-nas-usih-do-peremogi-z-73717"
TITLE = (
    "It was another day that brought us all closer to victory"
    " - address by President Volodymyr Zelenskyy"
)
CHARGE = "Borys Romanchenko, a former prisoner of Nazi concentration camps, was killed in Kharkiv."
AGE = "He was 96 years old."
SURVIVED = (
    "He survived in Buchenwald, Dora-Mittelbau, Peenemünde and Bergen-Belsen"
    " - the death conveyors created by the Nazis."
)
TEXT = " ".join(
    (
        "Free people of a free country!",
        "Our 26th day of full-scale war is over.",
        "After 8 years of aggression in the east of our state.",
        "The enemy is slowly trying to move.",
        "To go on the offensive somewhere.",
        "To capture our road somewhere.",
        "To cross the river somewhere.",
        "The Ukrainian army - well done - repels these attempts.",
        "And holds back the occupiers.",
        "Today, Russian troops hit the Zhytomyr region with Grads.",
        "They got a decent answer.",
        "Another enemy aircraft was shot down in the Kharkiv region near Chuhuiv.",
        "Our military has already shot down so many Russian planes and helicopters that one can"
        " only wonder: what do their pilots have instead of mind?",
        "Is it also emptiness?",
        'I said "also" not by accident, because they definitely have emptiness instead of heart.',
        "Instead of soul.",
        "Instead of everything that makes a human human.",
        CHARGE,
        AGE,
        "Think about it - he went through so much!",
        SURVIVED,
        "And he was killed by a Russian projectile that hit an ordinary Kharkiv high-rise"
        " building...",
    )
)
ROOT = Path(__file__).resolve().parents[1]


def speech(nlp: Language, monkeypatch: pytest.MonkeyPatch, mode: str | None) -> DocumentGraph:
    monkeypatch.setattr(allegations, "SPEECH_ASSERTIONS", mode)
    return official_graph(nlp, TEXT, "President of Ukraine", title=TITLE, published="2022-03-22")


def joined(graph: DocumentGraph) -> dict[str, str | None]:
    return {graph.sentences[c.claim.sentence].text: c.allegation for c in graph.claims}


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=3)
    gold = (ROOT / "benchmarks" / "allegations" / "gold.jsonl").read_text(encoding="utf-8")
    docs = {json.loads(line)["doc"] for line in gold.splitlines() if line.strip()}
    assert URL not in docs and URL not in gold
    for sentence in (CHARGE, AGE, SURVIVED):
        assert sentence not in gold and json.dumps(sentence)[1:-1] not in gold


def test_off_and_nearest_mark_no_claim(nlp: Language, monkeypatch) -> None:
    for mode in (None, "nearest"):
        notes = [n for s in allegation_summaries(speech(nlp, monkeypatch, mode)) for n in s.claims]
        assert not any(n.spoken or n.nearby for n in notes)
    assert joined(speech(nlp, monkeypatch, None))[AGE] is None


def test_narrow_joins_as_nearest_does(nlp: Language, monkeypatch) -> None:
    nearest = joined(speech(nlp, monkeypatch, "nearest"))
    narrow = joined(speech(nlp, monkeypatch, "narrow"))
    assert narrow == nearest
    assert narrow[AGE] == narrow[SURVIVED] == narrow[CHARGE] is not None


def test_narrow_marks_the_joined_assertions(nlp: Language, monkeypatch) -> None:
    graph = speech(nlp, monkeypatch, "narrow")
    claims = {c.id: c for c in graph.claims}
    summaries = allegation_summaries(graph)
    for summary in summaries:
        said = {n.id for n in summary.claims if claims[n.id].claim.stance is Stance.ASSERT}
        assert {n.id for n in summary.claims if n.spoken} == said
        words = set().union(
            *(
                content_words(claims[n.id].claim.content.text)
                for n in summary.claims
                if n.id not in said and claims[n.id].claim.content
            )
        )
        for note in summary.claims:
            content = claims[note.id].claim.content
            overlaps = (
                content is not None and jaccard(content_words(content.text), words) >= OVERLAP
            )
            assert note.nearby == (note.spoken and not overlaps)
    # joined, they add no words: the merge reads the allegations as with the switch off
    off = allegation_summaries(speech(nlp, monkeypatch, None))
    assert [s.terms for s in off] == [s.terms for s in summaries]


def _copies(charge: AllegationSummary, count: int) -> list[AllegationSummary]:
    """``count`` other documents' accusations in the charge's own terms, the same days."""
    return [
        replace(
            charge,
            id=f"other{n}-a0",
            document=f"other{n}",
            claims=(ClaimNote(f"other{n}-c0", Stance.ACCUSE, "ukraine", "ukraine"),),
        )
        for n in range(count)
    ]


def _merged(nlp: Language, monkeypatch, count: int) -> tuple[corpus.CorpusMerge, set[str], str]:
    graph = speech(nlp, monkeypatch, "narrow")
    summaries = list(allegation_summaries(graph))
    by_sentence = {graph.sentences[c.claim.sentence].text: c for c in graph.claims}
    charge = next(s for s in summaries if by_sentence[CHARGE].id in {n.id for n in s.claims})
    nearby = {n.id for n in charge.claims if n.nearby}
    assert {by_sentence[AGE].id, by_sentence[SURVIVED].id} <= nearby
    merge = corpus.merge_allegations([*summaries, *_copies(charge, count)])
    return merge, nearby, by_sentence[CHARGE].id


def test_a_wide_group_sets_the_speech_apart(nlp: Language, monkeypatch) -> None:
    merge, nearby, charge = _merged(nlp, monkeypatch, corpus.SPEECH_WIDE + 1)
    wide = merge.of_claim[charge]
    (group,) = [a for a in merge.allegations if a.id == wide]
    assert len(group.members) > corpus.SPEECH_WIDE and not nearby & set(group.claims)
    (apart,) = {merge.of_claim[i] for i in nearby}
    (own,) = [a for a in merge.allegations if a.id == apart]
    assert set(own.claims) == nearby and own.members[0].endswith(corpus.SPEECH_APART)
    # read back from a build's grouping (its RDF), the same corpus allegations
    summaries = [*allegation_summaries(speech(nlp, monkeypatch, "narrow"))]
    charge_summary = next(s for s in summaries if s.id == group.members[0] or s.id in group.members)
    again = corpus.regroup(
        [*summaries, *_copies(charge_summary, corpus.SPEECH_WIDE + 1)],
        {a.id: (a.summary, a.members) for a in merge.allegations},
    )
    assert again.of_claim == merge.of_claim


def test_a_narrow_group_keeps_the_speech(nlp: Language, monkeypatch) -> None:
    merge, nearby, charge = _merged(nlp, monkeypatch, corpus.SPEECH_WIDE - 2)
    assert {merge.of_claim[i] for i in nearby} == {merge.of_claim[charge]}
    monkeypatch.setattr(corpus, "SPEECH_WIDE", 30)
    merge, nearby, charge = _merged(nlp, monkeypatch, 12)
    assert {merge.of_claim[i] for i in nearby} == {merge.of_claim[charge]}


def test_the_rdf_names_the_speech_part_by_its_document_allegation(
    nlp: Language, monkeypatch
) -> None:
    """The set-apart allegation's part is its document's allegation (an IRI a document graph
    types), flagged ``kg:speechAssertions``; read back, the grouping is the merge's."""
    import pyoxigraph as ox

    from kg.rdf.allegations import corpus_groups, corpus_triples
    from kg.rdf.iri import DEFAULT_BASE
    from kg.rdf.serialize import OXIGRAPH_TERMS

    merge, nearby, _ = _merged(nlp, monkeypatch, corpus.SPEECH_WIDE + 1)
    (apart,) = {merge.of_claim[i] for i in nearby}
    triples = list(corpus_triples(merge.allegations, OXIGRAPH_TERMS, DEFAULT_BASE))
    has_part = "http://purl.org/dc/terms/hasPart"
    parts = {o.value.rsplit("/", 1)[-1] for _, p, o in triples if p.value == has_part}
    members = {m for a in merge.allegations for m in a.members}
    assert parts == {m.removesuffix(corpus.SPEECH_APART) for m in members}
    assert not any(p.endswith(corpus.SPEECH_APART) for p in parts)
    flagged = {
        s.value.rsplit("/", 1)[-1] for s, p, _ in triples if p.value.endswith("#speechAssertions")
    }
    assert flagged == {apart}
    quads = [ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in triples]
    groups = corpus_groups(quads)
    assert {key: sorted(a.members) for key, a in ((a.id, a) for a in merge.allegations)} == {
        key: members for key, (_, members) in groups.items()
    }
