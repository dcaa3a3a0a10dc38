"""Round 33 (content34, issue 12): a readout's verb of stating whose subject is a speaker of
its own ("The Secretary highlighted Russia's brutal war of aggression against Ukraine")
makes the charge its object tells that speaker's claim, not the issuer's own voice
(``voice.STATED_CHARGES``, a module switch; the ``stating_verb`` rows of
``kg/data/content_lexicon.tsv``).  Off, the charge stays the issuer's (publisher voice),
which the claims benchmark leaves out.

The sentences are written for these tests in the register of the corpus's readouts, and
checked to be in no gold part of either benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.claims import voice
from kg.model import Stance, Voice
from tests.claim_helpers import assert_in_no_gold_part, official_graph

STATE = "U.S. Department of State"
MEETING = "Secretary Blinken met with the Foreign Minister of Estonia in Brussels today. "
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
        # the issuer's own first person keeps the issuer's voice
        "We note Russia's continued shelling of residential areas in Kharkiv.",
        # no verb of stating: the text's own narration
        "Russia's forces continued to shell residential areas in Kharkiv overnight.",
        # a modal: asked for, not stated
        "The Secretary should highlight Russia's continued shelling of residential areas.",
    ],
)
def test_no_speaker_of_its_own_keeps_the_issuers_voice(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    monkeypatch.setattr(voice, "STATED_CHARGES", True)
    assert all(v == Voice.PUBLISHER.value for _, v, _, _ in _charges(nlp, sentence))


def test_a_stated_matter_that_charges_no_one_makes_no_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice, "STATED_CHARGES", True)
    assert (
        _charges(nlp, "The Secretary highlighted the importance of energy security in Europe.")
        == []
    )


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=7)
    allegations = ALLEGATIONS_GOLD.read_text(encoding="utf-8")
    for text in (
        "Moscow's brutal war of aggression against its neighbor",
        "Russia's repeated attacks on the power grid of Ukraine",
        "Russia's continued shelling of residential areas",
        "continued attacks on the ports of Odesa",
        "energy security in Europe",
    ):
        assert text not in allegations, text
