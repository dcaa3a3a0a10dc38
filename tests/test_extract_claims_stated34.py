"""Round 33 (content34, issue 12): a readout's verb of stating whose subject is a speaker of
its own ("The Secretary highlighted Russia's brutal war of aggression against Ukraine")
makes the charge its object tells that speaker's claim, not the issuer's own voice
(``voice.STATED_CHARGES``, a module switch; the ``stating_verb`` rows of
``kg/data/content_lexicon.tsv``).  Off, the charge stays the issuer's (publisher voice),
which the claims benchmark leaves out.

Sources (round 35, ``realtests35``): the readout's opening (``MEETING``) and the stated
matter that charges no one are real State Department copy, the call readout
https://www.state.gov/secretary-blinkens-call-with-armenian-prime-minister-pashinyan-2/ (public
domain); the narration with no verb of stating is real President of Ukraine copy (CC BY 4.0,
"President of Ukraine, president.gov.ua"), its address beside it.  Both documents are in
``corpus/`` and their addresses in no gold part, agreement file or blind part's texts.  The
three charges a named official states, the issuer's first person and the modal stay written
for these tests in the register of the corpus's readouts (constructed: no corpus sentence of
this shape outside the gold parts).  Every sentence is checked to be in no gold part of either
benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.claims import voice
from kg.model import Stance, Voice
from tests.claim_helpers import assert_in_no_gold_part, official_graph

STATE = "U.S. Department of State"
#: The readout's opening: https://www.state.gov/secretary-blinkens-call-with-armenian-prime-minister-pashinyan-2/
MEETING = "Secretary Antony J. Blinken spoke with Armenia’s Prime Minister Nikol Pashinyan today. "
ALLEGATIONS_GOLD = Path(__file__).parent.parent / "benchmarks" / "allegations" / "gold.jsonl"


def _charges(nlp: Language, sentence: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(claimer, voice, stance, targets) of the accusations and criticisms made in
    ``sentence``, read after the readout's opening."""
    graph = official_graph(nlp, MEETING + sentence, STATE)
    return [
        (c.claimer, c.claim.voice.value, c.claim.stance.value, c.targets)
        for c in graph.claims
        if c.claim.stance in (Stance.ACCUSE, Stance.CRITICIZE)
        and sentence.rstrip(".") in graph.sentences[c.claim.sentence].text
    ]


def test_the_switch_is_off_by_default() -> None:
    assert voice.STATED_CHARGES is False


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed: no corpus sentence of this shape outside the gold parts
        "The Secretary highlighted Moscow's brutal war of aggression against its neighbor.",
        "Secretary Blinken underscored Russia's repeated attacks on the power grid of Ukraine.",
        "The Secretary noted Russia's continued attacks on the ports of Odesa.",
    ],
)
def test_a_charge_a_named_official_states_is_the_officials(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    before = _charges(nlp, sentence)
    assert before and all(v == Voice.PUBLISHER.value for _, v, _, _ in before)
    monkeypatch.setattr(voice, "STATED_CHARGES", True)
    (claim,) = _charges(nlp, sentence)
    claimer, spoken, stance, targets = claim
    assert claimer == "antony-blinken" or "blinken" in claimer
    assert spoken == Voice.ATTRIBUTED.value
    assert stance == Stance.ACCUSE.value
    assert targets == ("russia",)


@pytest.mark.parametrize(
    "sentence",
    [
        # the issuer's own first person keeps the issuer's voice (constructed: no corpus
        # sentence of this shape outside the gold parts)
        "We note Russia's continued shelling of residential areas in Kharkiv.",
        # no verb of stating: the text's own narration; real, from
        # https://www.president.gov.ua/en/news/ukrayina-zahishayetsya-vid-napadu-tiraniyi-i-cya-borotba-za-74865
        "Russian troops continued the shelling of our territory, including missile and air "
        "strikes.",
        # a modal: asked for, not stated (constructed: no corpus sentence of this shape
        # outside the gold parts)
        "The Secretary should highlight Russia's continued shelling of residential areas.",
    ],
)
def test_no_speaker_of_its_own_keeps_the_issuers_voice(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    monkeypatch.setattr(voice, "STATED_CHARGES", True)
    assert all(v == Voice.PUBLISHER.value for _, v, _, _ in _charges(nlp, sentence))


UNDERSCORED_IMPORTANCE = (
    "The Secretary underscored the continuing importance of the U.S. – Armenia bilateral "
    "partnership and U.S. commitment to promoting a peaceful, democratic, and prosperous future "
    "for the South Caucasus."
)


def test_a_stated_matter_that_charges_no_one_makes_no_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice, "STATED_CHARGES", True)
    # the readout's own next sentence:
    # https://www.state.gov/secretary-blinkens-call-with-armenian-prime-minister-pashinyan-2/
    assert _charges(nlp, UNDERSCORED_IMPORTANCE) == []


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=7)
    allegations = ALLEGATIONS_GOLD.read_text(encoding="utf-8")
    for text in (
        "Moscow's brutal war of aggression against its neighbor",
        "Russia's repeated attacks on the power grid of Ukraine",
        "Russia's continued shelling of residential areas",
        "continued attacks on the ports of Odesa",
        "Russian troops continued the shelling of our territory",
        "continuing importance of the U.S. – Armenia bilateral partnership",
    ):
        assert text not in allegations, text
