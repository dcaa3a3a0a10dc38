"""Official first-person texts that gave no claim (round 41, second wave, official50, issue 12:
test41's class (O)).  In ``kg.resolve.voice``: STATEMENT_SPEECH (a statement a named person signs
reads its sentences whose subject is "I" or "we" as the speaker's claims, through
``kg.extract.claims.address_speech``), BRIEFING_SPEAKERS (a briefing spokesperson's label
"MR X:" naming nobody known speaks as a person of that surname, not silenced) and BRIEFING_WE (a
spokesperson's "we" is the department's government).

Sentences are real, verbatim from texts in the dispute corpus (public domain), in no part of
either benchmark's gold, its agreement files or the pool.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims.address_speech import _speaker_mark
from kg.model import ActorKind, Article, Mention, Span
from kg.resolve import voice as voice_module
from kg.resolve.voice import Voice, signed_statement, speech_only

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

# https://www.whitehouse.gov/briefing-room/statements-releases/2022/04/13/statement-by-president-
# joe-biden-on-call-with-president-zelenskyy-and-additional-security-assistance-to-ukraine/
# (corpus/white-house-russia-ukraine.jsonl), 2022-04-13, an excerpt in the text's order
TITLE = (
    "Statement by President Joe Biden on Call with President Zelenskyy and Additional Security "
    "Assistance to Ukraine"
)
SPOKE = (
    "I just spoke with President Zelenskyy and shared with him that my Administration is "
    "authorizing an additional $800 million in weapons, ammunition, and other security "
    "assistance to Ukraine."
)
APPROVED = "I have also approved the transfer of additional helicopters."
FACILITATE = (
    "In addition, we continue to facilitate the transfer of significant capabilities from our "
    "Allies and partners around the world."
)
SUPPLY = (
    "The steady supply of weapons the United States and its Allies and partners have provided to "
    "Ukraine has been critical in sustaining its fight against the Russian invasion."
)
REST = "We cannot rest now."
STATEMENT = " ".join((SPOKE, APPROVED, FACILITATE, SUPPLY, REST))
WHITE_HOUSE = "The White House"

# https://www.state.gov/secretary-antony-j-blinken-meet-and-greet-with-embassy-jerusalem-staff/
# (corpus/state-department-israel-palestinians.jsonl), 2021-05-25: a transcript's two turns
SHRIER = (
    "And when I look at our staff, what I see is hope – hope because we have a wide diversity of "
    "people represented in our embassy staff."
)
THANKS = "Thank you."
TRANSCRIPT = f"MR SHRIER: {SHRIER}\n\nSECRETARY BLINKEN: {THANKS}"
STATE = "U.S. Department of State"


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def _spoken(nlp: Language, title: str = TITLE) -> dict[str, list[tuple[str, str]]]:
    """The kept ``address_speech`` claims of the statement by sentence: (speaker, stance)."""
    graph = official_graph(nlp, STATEMENT, WHITE_HOUSE, title=title, published="2022-04-13")
    names = {actor.id: actor.name for actor in graph.actors}
    found: dict[str, list[tuple[str, str]]] = {}
    for claim in graph.claims:
        if speech_only(claim.claim.rule):
            sentence = graph.sentences[claim.claim.sentence].text
            found.setdefault(sentence, []).append((names[claim.claimer], claim.claim.stance.value))
    return found


@pytest.fixture
def statement_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """STATEMENT_SPEECH on (it ships off: benchmarks/claims/RESULTS.md)."""
    monkeypatch.setattr(voice_module, "STATEMENT_SPEECH", True)


@pytest.mark.usefixtures("statement_speech")
def test_a_signed_statement_s_first_person_sentences(nlp: Language) -> None:
    """ "I" is the signer, "we" the publisher's government; the speaker's own act ("I just spoke
    with") and a sentence with no speaker as its subject stay no claim (round 31)."""
    found = _spoken(nlp)
    assert found.get(APPROVED) == [("Joe Biden", "assert")]
    assert found.get(FACILITATE) == [("United States", "assert")]
    assert found.get(REST) == [("United States", "assert")]
    assert SUPPLY not in found
    assert SPOKE not in found


def test_no_statement_speech_without_the_switch(nlp: Language) -> None:
    """Off (the default): the signed statement's sentences stay unread, as before the round."""
    assert _spoken(nlp) == {}
    assert not signed_statement(Article("a", STATEMENT, "s", outlet=WHITE_HOUSE, title=TITLE))


@pytest.mark.usefixtures("statement_speech")
def test_an_unsigned_text_keeps_no_first_person_sentence(nlp: Language) -> None:
    """The same sentences under a title that names no speaker (a readout's): no claim."""
    assert _spoken(nlp, title="Readout of President Biden's Call with President Zelenskyy") == {}


@pytest.mark.usefixtures("statement_speech")
def test_signed_statement_needs_an_official_publisher() -> None:
    assert signed_statement(Article("a", STATEMENT, "s", outlet=WHITE_HOUSE, title=TITLE))
    assert not signed_statement(Article("a", STATEMENT, "s", outlet="Reuters", title=TITLE))


@pytest.mark.parametrize(
    ("sentence", "mark"),
    [
        (REST, "speaker_we"),
        (APPROVED, "speaker_i"),
        (SPOKE, None),  # the speaker's own act
        (SUPPLY, None),  # no speaker as the subject
    ],
)
def test_speaker_marks(nlp: Language, sentence: str, mark: str | None) -> None:
    doc = nlp(sentence)
    assert _speaker_mark(next(iter(doc.sents))) == mark


def _voice(text: str) -> Voice:
    article = Article("t", text, "-", title="Meet and Greet with Embassy Staff", outlet=STATE)
    return Voice(
        article, [], lambda actor: ActorKind.PERSON, lambda draft: draft.id, lambda s: None
    )


def _we_at(text: str, sentence: str) -> Mention:
    start = text.index(sentence) + sentence.index("we have")
    return Mention(Span(start, start + 2, "we"), "PRON", 0, head="we")


def test_a_spokesperson_label_speaks_and_its_we_is_the_government() -> None:
    """ "MR SHRIER:" names nobody known: the turn speaks as Shrier (no silenced turn), and his
    "we" is the department's government."""
    voice = _voice(TRANSCRIPT)
    assert [turn.speaker for turn in voice.turns][:1] == ["shrier"]
    assert voice.speaker(_we_at(TRANSCRIPT, SHRIER)) == "united-states"


def test_briefing_switches_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice_module, "BRIEFING_WE", False)
    assert _voice(TRANSCRIPT).speaker(_we_at(TRANSCRIPT, SHRIER)) == "shrier"
    monkeypatch.setattr(voice_module, "BRIEFING_SPEAKERS", False)
    assert _voice(TRANSCRIPT).speaker(_we_at(TRANSCRIPT, SHRIER)) is None
