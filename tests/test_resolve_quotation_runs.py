"""Speakers of quotation runs (kg.resolve.speakers.run_speaker): a "he said" or "she went
on" after a quotation that ran over several sentences, or paragraphs, is the speaker of the
run, not nobody; and a "he" or "she" skips a speaker the text marks as of the other sex
(``other_sex``: "Mr.", "Ms.", "spokeswoman").  The texts are written for these tests in the
register of wire copy about international disputes; none is in a gold part."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import ActorRegistry, resolve, speakers


@pytest.fixture(autouse=True)
def _switched_on(monkeypatch) -> None:
    """Both rules ship off (they changed no gold claim in round 14); tested switched on."""
    monkeypatch.setattr(speakers, "RUN_SPEAKER", True)
    monkeypatch.setattr(speakers, "SEX_AGREEMENT", True)


def build(nlp, text: str) -> DocumentGraph:
    article = Article("doc", text, "-", outlet="Reuters", published="2024-03-02")
    return resolve(extract(nlp(text), article), ActorRegistry())


def claimers_in(graph: DocumentGraph, words: str) -> set[str]:
    """The claimers of the claims whose sentence holds ``words``."""
    text = graph.article.text
    found = set()
    for claim in graph.claims:
        span = graph.sentences[claim.claim.sentence]
        if words in text[span.start : span.end]:
            found.add(claim.claimer)
    return found


AFTER_A_PARAGRAPH = (
    "The interior minister, Karim Aziz, blamed the militants for the bombing. "
    '"These criminals have no religion. They attacked a market full of women and children.\n'
    '"We will hunt them down," he said.'
)

WENT_ON = (
    "Foreign Minister Anna Berg met her Turkish counterpart in Ankara on Monday. "
    "Berg said the shelling of the border town was unacceptable. "
    '"This must stop. Civilians are dying every day."\n'
    "She went on to accuse the rebels of using schools as bases."
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (AFTER_A_PARAGRAPH, "hunt them down", "karim-aziz"),
        (WENT_ON, "schools as bases", "anna-berg"),
    ],
)
def test_a_pronoun_after_a_quotation_run_is_the_runs_speaker(nlp, text, words, speaker) -> None:
    assert claimers_in(build(nlp, text), words) == {speaker}


def test_without_the_run_speaker_the_pronoun_names_nobody(nlp, monkeypatch) -> None:
    monkeypatch.setattr(speakers, "RUN_SPEAKER", False)
    assert claimers_in(build(nlp, AFTER_A_PARAGRAPH), "hunt them down") == set()


def test_an_organisation_run_gives_no_he(nlp) -> None:
    """A run continued by a ministry is not what "he" stands for."""
    text = (
        "The Defence Ministry accused the rebels of shelling the town. "
        '"They fired on homes. They fired on a school.\n'
        '"We have the evidence," he said.'
    )
    assert claimers_in(build(nlp, text), "have the evidence") == set()


HONORIFICS = (
    "Mr. Patrick Oduya, the foreign minister, met Ms. Grace Kamau in Nairobi. "
    "Mr. Oduya accused the rebels of attacking the convoy. "
    "Ms. Kamau said the attack was a crime. "
    "He added that the rebels would be punished."
)

SPOKESWOMAN = (
    "A government spokeswoman, Lina Haddad, rejected the report on Monday. "
    "Mr. Omar Said, the army chief, said the report was false. "
    "She added that the authors had never visited the camps."
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (HONORIFICS, "would be punished", "patrick-oduya"),
        (SPOKESWOMAN, "never visited the camps", "lina-haddad"),
    ],
)
def test_he_or_she_skips_a_speaker_marked_of_the_other_sex(nlp, text, words, speaker) -> None:
    assert claimers_in(build(nlp, text), words) == {speaker}


def test_without_marks_the_nearest_speaker_stays(nlp, monkeypatch) -> None:
    monkeypatch.setattr(speakers, "SEX_AGREEMENT", False)
    assert claimers_in(build(nlp, HONORIFICS), "would be punished") == {"grace-kamau"}
