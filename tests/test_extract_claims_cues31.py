"""Round 30 (branch ``cues31``, issue 12): claims never made though the claimer is named.
Every switch ships off (the second half and the held-out parts did not gain: RESULTS).

- ``spans.QUOTED_AS_CUE``: "quoted X as alleging / confirming that P" is the outlet's report, as
  "quoted X as saying that P" is;
- ``cues.CLAIMED_GAINS``: "claiming battlefield successes", "claimed the upper hand" assert, as
  "claimed victory" does;
- ``cues.ADMITTED_DEEDS``: "admitted responsibility for X" asserts, as "claimed responsibility"
  does;
- ``spans.OCCASION_PREPS``: "told journalists at a weekly briefing that P", the that-clause hung
  on the occasion after "in"/"at" as a relative clause, is what was said;
- ``speech_shapes.SAID_OBJECT_PHRASES``: "Mr. Osei says Mr. Kofi's reckless effort to get
  re-elected gambles with ...", parsed with the clause's subject as the object of "say" and its
  verb as a noun, is a claim;
- measured and left off besides: ``base.REPROACHED_SPEAKERS`` (built here as
  ``JUDGED_SPEAKERS``) ("was criticized for saying P": the one judged says P) and
  ``labels.OBJECT_LABELS`` ("called X's moves a threat", the label parsed as the object noun's
  own object).

No public-domain sentence of these shapes was found outside the claims gold (searched with
regular expressions in ``corpus/`` but ``voa5.jsonl``: "quoted ... as alleging/confirming",
"claimed gains/successes/the upper hand", "admitted responsibility", "told reporters in/at a
briefing that"): the texts are constructed, in the register of the development parts' wire copy.
Round 35 (``realtests35``) searched ``corpus/`` and ``benchmarks/claims/pool/`` again, in
documents whose address is in no gold part, agreement file or blind part's texts: one sentence
is real now ("claimed the lives of", a VOA story of the pool, its address beside it); the rest
stay constructed (none of their shapes is there), each marked so beside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import cues
from kg.extract.claims import base, labels, spans, speech_shapes
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: constructed: an outlet quoting a speaker "as alleging that P".
QUOTED_ALLEGING = (
    "The state news agency quoted Defence Minister Arman Dzhaksybekov as alleging that "
    "foreign instructors had trained the rioters."
)
#: constructed: "as confirming that P".
QUOTED_CONFIRMING = (
    "Interfax quoted Deputy Foreign Minister Pavel Orlov as confirming that the two delegations "
    "would meet again in Vienna next month."
)
#: constructed: gains claimed in a fight, no clause.
CLAIMED_SUCCESSES = (
    "Government troops and the rebels are claiming battlefield successes as fighting spreads "
    "across the northern province."
)
CLAIMED_UPPER_HAND = (
    "Both armies claimed the upper hand after three days of clashes along the frontier."
)
#: "claim" with an object that is no claim of anything said (real, round 35: a VOA story of
#: benchmarks/claims/pool/voa_pool.jsonl, public domain, in no gold part;
#: https://www.globalsecurity.org/military/library/news/1999/12/991217-eritrea.htm).
CLAIMED_LIVES = (
    "The 19-month border war has claimed the lives of an estimated 40-thousand soldiers, and has "
    "dragged down the economies of both countries."
)
#: constructed: owning up with no clause.
ADMITTED = (
    "The navy only admitted responsibility for the sinking after satellite images of the "
    "wreck were published."
)
ADMITTED_ENTRY = "The border guards admitted the journalists to the closed zone on Tuesday."
#: constructed: the that-clause hung on "briefing" after "at".
BRIEFING = (
    "The spokesman told journalists at a weekly briefing that the two governments can only "
    "sit down and talk after the troops withdraw."
)
#: constructed: a real relative clause on the occasion noun.
MEETING_HELD = "The envoy told diplomats at a meeting that the ministry held in Geneva last week."
#: constructed: the clause's subject parsed as the object of "say".
SAID_PHRASE = (
    "Mr. Osei says Mr. Kofi's reckless effort to get re-elected gambles with the future of "
    "the north."
)
SAID_PRAYER = "The imam said a prayer for the villagers who died in the landslide on Sunday."


def _of(nlp: Language, text: str, stance: Stance) -> list[str]:
    return [claimer for claimer, found, _ in stances_of(nlp, text) if found is stance]


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=13)


@pytest.mark.parametrize("text", [QUOTED_ALLEGING, QUOTED_CONFIRMING])
def test_quoted_as_a_cue_is_the_outlets_report(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    outlet = text.split(" quoted")[0]
    monkeypatch.setattr(spans, "QUOTED_AS_CUE", False)  # round 38 (wire41) measured it again
    assert _of(nlp, text, Stance.REPORT) == []
    monkeypatch.setattr(spans, "QUOTED_AS_CUE", True)
    assert _of(nlp, text, Stance.REPORT) == [outlet]


def test_claimed_gains_assert(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _of(nlp, CLAIMED_SUCCESSES, Stance.ASSERT) == []  # off by default
    assert _of(nlp, CLAIMED_UPPER_HAND, Stance.ASSERT) == []
    monkeypatch.setattr(cues, "CLAIMED_GAINS", True)
    assert _of(nlp, CLAIMED_SUCCESSES, Stance.ASSERT) == ["Government troops", "the rebels"]
    assert _of(nlp, CLAIMED_UPPER_HAND, Stance.ASSERT) == ["Both armies"]
    assert stances_of(nlp, CLAIMED_LIVES) == []


def test_admitted_responsibility_asserts(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _of(nlp, ADMITTED, Stance.ASSERT) == []  # off by default
    monkeypatch.setattr(cues, "ADMITTED_DEEDS", True)
    assert _of(nlp, ADMITTED, Stance.ASSERT) == ["navy"]
    assert stances_of(nlp, ADMITTED_ENTRY) == []


def test_that_clause_on_the_occasion_after_in(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _of(nlp, BRIEFING, Stance.ASSERT) == []  # off by default
    monkeypatch.setattr(spans, "OCCASION_PREPS", True)
    assert _of(nlp, BRIEFING, Stance.ASSERT) == ["The spokesman"]
    assert stances_of(nlp, MEETING_HELD) == []


def test_said_object_phrase_is_the_clause(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _of(nlp, SAID_PHRASE, Stance.ASSERT) == []  # off by default
    monkeypatch.setattr(speech_shapes, "SAID_OBJECT_PHRASES", True)
    assert _of(nlp, SAID_PHRASE, Stance.ASSERT) == ["Osei"]
    assert stances_of(nlp, SAID_PRAYER) == []


#: constructed: a speech gerund told as the reason one is judged (``base.REPROACHED_SPEAKERS``, off:
#: cues31 built it as ``JUDGED_SPEAKERS`` beside nested31; merged into one switch by the lead).
JUDGED = "The general has been widely criticized for saying the army had already won the war."
#: constructed: the label hung on the object noun (``labels.OBJECT_LABELS``, off).
OBJECT_LABEL = "Moscow has called Warsaw's military moves a threat to stability in the region."


def test_judged_speaker_switch(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _of(nlp, JUDGED, Stance.ASSERT) == []
    monkeypatch.setattr(base, "REPROACHED_SPEAKERS", True)
    assert _of(nlp, JUDGED, Stance.ASSERT) == ["The general"]


def test_object_label_switch(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [c for c, _, _ in stances_of(nlp, OBJECT_LABEL)] == []
    monkeypatch.setattr(labels, "OBJECT_LABELS", True)
    assert [(c, t) for c, _, t in stances_of(nlp, OBJECT_LABEL)] == [("Moscow", ["Warsaw"])]
