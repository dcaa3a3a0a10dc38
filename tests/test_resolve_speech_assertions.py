"""A speech's assertions join its charge (round 36, alleg37:
:data:`kg.resolve.allegations.SPEECH_ASSERTIONS`, off; :data:`SPEECH_OWN_VOICE`, off).

A single speaker's address is read sentence by sentence (``address_speech``): its charges
told as plain statements ("Residential buildings and a school were hit.") are the speaker's
assertions, which joined no allegation in an official text.  With ``"nearest"`` each joins
the speech's allegation its words overlap, else the one whose charge comes last before it;
joined, it adds no words to the allegation's proposition.

The text is made up for the test (no line of either benchmark's gold).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve.allegations as allegations
from kg.model import DocumentGraph, Stance
from kg.resolve.summaries import allegation_summaries

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

CHARGE = "Today Russian troops shelled our Kharkiv again and killed eleven civilians."
HIT = "Residential buildings and a school were hit."
OWN = "We will restore everything, and we will not forget."
TEXT = " ".join(
    (
        "Good evening, fellow Ukrainians!",
        CHARGE,
        HIT,
        OWN,
        "I am grateful to our rescuers, who worked all night.",
    )
)
TITLE = "Address by the President of Ukraine on the shelling of Kharkiv"


def speech(nlp: Language, monkeypatch: pytest.MonkeyPatch, mode: str | None) -> DocumentGraph:
    monkeypatch.setattr(allegations, "SPEECH_ASSERTIONS", mode)
    return official_graph(nlp, TEXT, "President of Ukraine", title=TITLE, published="2022-05-10")


def by_sentence(graph: DocumentGraph) -> dict[str, tuple[str, str | None]]:
    return {
        graph.sentences[c.claim.sentence].text: (c.claim.stance.value, c.allegation)
        for c in graph.claims
    }


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=3)


def test_off_a_speech_assertion_joins_nothing(nlp: Language, monkeypatch) -> None:
    found = by_sentence(speech(nlp, monkeypatch, None))
    assert found[CHARGE][0] == "accuse" and found[CHARGE][1] is not None
    assert found[HIT] == ("assert", None)


def test_nearest_joins_the_charge_before_it(nlp: Language, monkeypatch) -> None:
    found = by_sentence(speech(nlp, monkeypatch, "nearest"))
    charge = found[CHARGE][1]
    assert charge is not None and found[HIT] == ("assert", charge)
    assert found[OWN] == ("assert", charge)  # the speaker's own voice too, by default


def test_the_speakers_own_voice_joins_none(nlp: Language, monkeypatch) -> None:
    monkeypatch.setattr(allegations, "SPEECH_OWN_VOICE", True)
    found = by_sentence(speech(nlp, monkeypatch, "nearest"))
    assert found[HIT][1] == found[CHARGE][1] and found[OWN][1] is None


def test_the_joined_assertion_adds_no_words(nlp: Language, monkeypatch) -> None:
    graph = speech(nlp, monkeypatch, "nearest")
    (summary,) = allegation_summaries(graph)
    assert Stance.ASSERT in {c.stance for c in summary.claims}
    assert not {"school", "residenti", "residential", "build"} & set(summary.terms)
    off = allegation_summaries(speech(nlp, monkeypatch, None))
    assert [s.terms for s in off] == [summary.terms]
