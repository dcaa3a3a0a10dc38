"""Round 31 (speakers32, issue 12): who speaks, where the claimer was lost.

- ``speech_shapes.TOLD_CLAUSE``: "told VOA there should be continued pressure on X", the
  clause told parsed as a second object of "tell", is a claim of the teller;
- ``speakers.LEAD_INTRODUCTION``: a lead's "A rebel spokesman says P." followed at once by
  "NAME says Q." introduces NAME as that spokesman, so a later "The rebel spokesman adds ..."
  and the "He" after it are NAME;
- ``speech_quotes.MIN_RUN``: a two-sentence quotation closed by its attribution ('"A. B," X
  told reporters.') is split into its sentences, each X's claim.

No public-domain sentence of the first two shapes was found outside the claims gold (the
corpus texts were not searched: the blind claims part is drawn from them), so the texts are
constructed, in the register of the development parts' wire copy.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import speech_quotes, speech_shapes
from kg.model import Stance
from kg.resolve import speakers
from tests.claim_helpers import assert_in_no_gold_part, claims_of, resolved

#: constructed: the clause told parsed as a second object of "told", with "there" inside it.
TOLD_THERE = (
    "A senior opposition lawmaker, Representative Ann Kola, told VOA there should be "
    "continued international pressure on the junta before the vote."
)
#: constructed: a real second object ("told reporters the details"), no clause.
TOLD_DETAILS = "The envoy told reporters the details of the new plan."

#: constructed: a lead's indefinite spokesman, named in the next sentence, then described
#: again three sentences later and followed by "He".
LEAD = (
    "Rebels say their positions near the border are being bombed. "
    "A rebel spokesman says positions near two towns have been bombed in recent days. "
    "John Mbeko says these attacks show the government's bad faith in the talks. "
    "The government did not comment. "
    "The attacks follow new rebel activity in the north. "
    "The rebel spokesman adds the international community should act. "
    "He warns the conflict could spread."
)
#: constructed: a narrative sentence between the lead's spokesman and the name, so the name
#: is not introduced as that spokesman.
LEAD_INTERRUPTED = (
    "Rebels say their positions near the border are being bombed. "
    "A rebel spokesman says positions near two towns have been bombed in recent days. "
    "The towns lie on the main road to the capital. "
    "John Mbeko says these attacks show the government's bad faith in the talks. "
    "The government did not comment. "
    "The attacks follow new rebel activity in the north. "
    "The rebel spokesman adds the international community should act."
)

#: constructed: a two-sentence quotation closed by its attribution, after a narrative
#: sentence.
TWO_SENTENCE_RUN = (
    "Fighting resumed on Sunday near the border town. "
    '"We will not withdraw from our positions. The army must leave first," a rebel '
    "commander told reporters."
)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def test_told_clause_switch(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [c for c in claims_of(nlp, TOLD_THERE) if c.cue.text == "told"] == []  # off
    monkeypatch.setattr(speech_shapes, "TOLD_CLAUSE", True)
    told = [c for c in claims_of(nlp, TOLD_THERE) if c.cue.text == "told"]
    assert [(c.claimer.span.text, c.stance) for c in told] == [("Ann Kola", Stance.ASSERT)]
    assert told[0].content is not None
    assert told[0].content.text.startswith("there should be")
    assert told[0].content.text.endswith("on the junta before the vote")
    assert claims_of(nlp, TOLD_DETAILS) == []


def _speakers_of(nlp: Language, text: str, words: tuple[str, ...]) -> list[str]:
    """The resolved claimer of each claim whose claimer mention is one of ``words``."""
    graph_claims = resolved(nlp, text)
    mentions = [c.claimer.span.text for c in claims_of(nlp, text)]
    assert len(mentions) == len(graph_claims)
    return [name for (name, _, _), m in zip(graph_claims, mentions, strict=True) if m in words]


def test_lead_introduction_switch(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    later = ("The rebel spokesman", "He")
    assert _speakers_of(nlp, LEAD, later) == ["rebel spokesman", "rebel spokesman"]  # off
    monkeypatch.setattr(speakers, "LEAD_INTRODUCTION", True)
    assert _speakers_of(nlp, LEAD, later) == ["John Mbeko", "John Mbeko"]
    assert _speakers_of(nlp, LEAD_INTERRUPTED, later) == ["rebel spokesman"]


def test_two_sentence_run_split(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech_quotes, "MIN_RUN", 3)
    assert len(claims_of(nlp, TWO_SENTENCE_RUN)) == 1
    monkeypatch.setattr(speech_quotes, "MIN_RUN", 2)
    claims = claims_of(nlp, TWO_SENTENCE_RUN)
    assert sorted(c.sentence for c in claims) == [1, 2]
    assert {c.claimer.span.text for c in claims} == {"a rebel commander"}
