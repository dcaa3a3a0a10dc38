"""``kg.resolve.official.OWN_DEEDS`` (round 30, voice31; off): an official text's own
sentence that tells what the issuer's own side did ("U.S. forces shot down ...") charges
nobody, though the content reading takes its doer, the subject before the verb, for the
accused; an own side named after the verb (the side the deed was done to) keeps the claim.

The sentences are from the dispute corpus, in no gold or agreement part:
``corpus/white-house-russia-ukraine.jsonl`` (a White House fact sheet on sanctions),
``corpus/white-house-central-america.jsonl`` (a White House fact sheet on vaccine
doses) and ``corpus/president-of-ukraine-russia-ukraine.jsonl`` (a President of Ukraine
readout)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.extract
import kg.resolve.official
from kg.extract import extract
from kg.model import Article, ResolvedClaim, Stance
from kg.resolve import ActorRegistry, resolve

# corpus/white-house-russia-ukraine.jsonl
TARGETING = (
    "The Department of State is targeting additional Russian oligarchs and elites close to Putin."
)
# corpus/white-house-central-america.jsonl
DOSES = (
    "For these 80 million doses, the U.S. will share 75% through COVAX and 25% will be "
    "targeted to help deal with surges around the world."
)
# corpus/president-of-ukraine-russia-ukraine.jsonl
INFORMED = (
    "He informed Boris Johnson about the intensification of provocative shelling of "
    "Ukrainian positions and a large-scale disinformation campaign by the Russian Federation "
    "to justify further escalation and aggression."
)


def _accusations(nlp: Language, text: str, outlet: str) -> list[ResolvedClaim]:
    article = Article(id="t", text=text, source="test", outlet=outlet)
    # gate=False: the build path, whose extractor sees the text alone and reads every family
    graph = resolve(extract(nlp(text), article, gate=False), ActorRegistry())
    return [c for c in graph.claims if c.claim.stance is Stance.ACCUSE]


@pytest.mark.parametrize("text", [TARGETING, DOSES])
def test_the_own_sides_deed_is_no_accusation(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(kg.resolve.official, "OWN_DEEDS", False)
    assert _accusations(nlp, text, "The White House")  # the content read the doer as accused
    monkeypatch.setattr(kg.resolve.official, "OWN_DEEDS", True)
    assert _accusations(nlp, text, "The White House") == []


def test_the_own_side_the_deed_was_done_to_keeps_the_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # since round 32 ``readout_cue`` reads "He informed X about ..." as his assertion (the
    # guide's readouts), and the issuer's own-voice charge of the sentence is then not read;
    # the switch under test is about that own voice, so the readout family is set aside here
    monkeypatch.setattr(kg.extract, "OPTIONAL", kg.extract.OPTIONAL | {"readout_cue"})
    monkeypatch.setattr(kg.resolve.official, "OWN_DEEDS", False)
    before = _accusations(nlp, INFORMED, "President of Ukraine")
    monkeypatch.setattr(kg.resolve.official, "OWN_DEEDS", True)
    after = _accusations(nlp, INFORMED, "President of Ukraine")
    assert before
    assert [(c.claimer, c.targets) for c in after] == [(c.claimer, c.targets) for c in before]


def test_off_by_default() -> None:
    assert kg.resolve.official.OWN_DEEDS is False
