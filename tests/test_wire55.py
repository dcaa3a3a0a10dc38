"""Round 43 (branch ``wire55``, issue 12's threat and charge recall on wire copy: a stance told
inside the speaker's own certainty or belief).

- :data:`kg.extract.claims.base.SPEAKERS_CERTAINTY`: a content whose main clause only frames
  the statement in its speaker's certainty or belief ("I am very confident that P", "we
  believe P") is read through the frame, so P's threat, charge or denial is the content's
  stance; a negated frame ("I don't think that P") is left alone, and a frame whose subject is
  not a personal pronoun frames nothing.

The corpus texts in no gold file (``corpus/*.jsonl`` less the URLs of the claims gold, its
agreement and pool files and the allegations gold) hold certainty frames around plain
statements (quoted below, real) but none around a threat told by a news story; the threats
are constructed, and say so.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import base
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: a threat told inside the speaker's certainty (the copula's adjective holds it).
CONFIDENT = (
    "Pompeo said he is confident that the Chinese Communist Party will pay a price for what "
    "they did."
)
#: Constructed: a threat quoted, the frame in the first person.
QUOTED = '"We are certain that the Chinese Communist Party will pay a price," the senator said.'
#: Constructed: a negated frame is left alone.
DOUBTED = "Pompeo said he is not sure that the Chinese Communist Party will pay a price."
#: Real: http://en.kremlin.ru/events/president/news/68246 (in no gold file): a frame around
#: a plain statement; its complement's verb is read through it.
PRODUCTIVE = "I am sure that our talks will be productive."
#: Real: the same text: the frame's complement heads a clause of its own.
DISCUSS = "I am sure that we will be able to discuss it today."


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


@pytest.mark.parametrize("text", [CONFIDENT, QUOTED])
def test_a_threat_inside_a_certainty_frame_threatens(nlp: Language, text: str) -> None:
    assert [(s, t) for _, s, t in stances_of(nlp, text)] == [
        (Stance.THREATEN, ["the Chinese Communist Party"])
    ]


def test_without_the_switch_the_framed_threat_is_only_said(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "SPEAKERS_CERTAINTY", False)
    for text in (CONFIDENT, QUOTED):
        assert all(s is not Stance.THREATEN for _, s, _ in stances_of(nlp, text)), text


def test_a_negated_frame_frames_nothing(nlp: Language) -> None:
    doc = nlp(DOUBTED)
    frame = next(t for t in doc if t.lower_ == "is")
    assert base.framed_complements(frame) == []


@pytest.mark.parametrize(("text", "verb"), [(PRODUCTIVE, "be"), (DISCUSS, "be")])
def test_a_real_frame_yields_its_complement(nlp: Language, text: str, verb: str) -> None:
    doc = nlp(text)
    frame = next(t for t in doc if t.lower_ == "am")
    assert [c.lemma_ for c in base.framed_complements(frame)] == [verb]


def test_a_named_subject_frames_nothing(nlp: Language) -> None:
    doc = nlp("Russia is sure that our talks will be productive.")
    frame = next(t for t in doc if t.lower_ == "is")
    assert base.framed_complements(frame) == []
