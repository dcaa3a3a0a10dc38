"""A charge told as fact in an official's labelled turn of a remarks transcript is the turn's
speaker's attributed claim (round 44, second wave, official57, issue 12: test44's classes (B4)
and (R)): ``kg.resolve.voice.TURN_CHARGES``.

Sentences are real, verbatim from a text in the dispute corpus (public domain), in no part of
either benchmark's gold: https://www.state.gov/secretary-antony-j-blinken-and-ambassador-at-
large-for-international-religious-freedom-rashad-hussain-on-the-2021-report-on-international-
religious-freedom/ (corpus/state-department-afghanistan.jsonl), 2022-06-02: the Secretary's
first two sentences and three sentences of the Ambassador's turn, in the text's order.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Voice
from kg.resolve import voice as voice_module

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

TITLE = (
    "Secretary Antony J. Blinken And Ambassador at Large for International Religious Freedom "
    "Rashad Hussain on the 2021 Report on International Religious Freedom"
)
RELEASING = (
    "Today, the State Department is releasing the 2021 International Religious Freedom Report."
)
DOUBLED = (
    "Following its designation as a Country of Particular Concern for the first time last year, "
    "Russia has doubled down on its violations of religious freedom rather than reverse course."
)
RAIDS = (
    "Russian courts regularly reach new milestones for excessive prison sentences against "
    "individuals exercising their religious freedom, and Russian authorities carry out hundreds "
    "of home raids against suspected extremists that frequently include violence."
)
PRETEXT = (
    "President Putin sought to justify the unprovoked and unjustified invasion of Ukraine "
    "through the blatantly false pretext of de-Nazification."
)
TRANSCRIPT = "\n\n".join(
    (
        f"SECRETARY BLINKEN: Good morning, everyone. {RELEASING}",
        "AMBASSADOR HUSSAIN: Thank you so much, Mr. Secretary.",
        f"{DOUBLED} {RAIDS} {PRETEXT}",
    )
)
STATE = "U.S. Department of State"


@pytest.fixture(autouse=True)
def remarks_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """REMARKS_SPEECH on (the default since round 43: GUIDE point 55)."""
    monkeypatch.setattr(voice_module, "REMARKS_SPEECH", True)


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def _raids(nlp: Language) -> list[tuple[str, str, tuple[str, ...], Voice]]:
    """The claims of the RAIDS sentence: (claimer, stance, targets, voice)."""
    graph = official_graph(nlp, TRANSCRIPT, STATE, title=TITLE, published="2022-06-02")
    names = {actor.id: actor.name for actor in graph.actors}
    return [
        (
            names[c.claimer],
            c.claim.stance.value,
            tuple(names[t] for t in c.targets),
            c.claim.voice,
        )
        for c in graph.claims
        if graph.sentences[c.claim.sentence].text.strip() == RAIDS
    ]


def test_a_charge_told_as_fact_in_a_turn_is_the_speakers(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "TURN_CHARGES", True)
    found = _raids(nlp)
    assert [c for c in found if c[1] == "accuse" and c[3] is Voice.ATTRIBUTED]
    assert all("Hussain" in claimer for claimer, *_ in found)


def test_off_the_charge_keeps_the_publishers_voice(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "TURN_CHARGES", False)
    found = _raids(nlp)
    assert found
    assert all(c[3] is Voice.PUBLISHER for c in found if c[1] == "accuse")
    assert not [c for c in found if c[1] == "accuse" and c[3] is Voice.ATTRIBUTED]
