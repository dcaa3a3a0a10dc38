"""A briefing's courtesies, stage directions and replies are no claims, and each labelled turn is
its own speaker's (round 44, briefings57, issue 12: test44's classes (B1) and (B2)).  In
``kg.extract.claims.address_speech``: BRIEFING_FORMULAE (``kg/data/briefing_formulae.tsv``); in
``kg.resolve.voice``: BRIEFING_TURNS (a capital label after a stage direction or a dash opens a
turn; a journalist's label opens a journalist's turn).

Sentences are real, verbatim from the texts named above each (public domain), in no part of the
claims gold; the one joined transcript is marked as constructed.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import address_speech
from kg.extract.claims.address_speech import briefing_cut
from kg.resolve import voice as voice_module
from kg.resolve.voice import journalist_label

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

STATE = "U.S. Department of State"

# https://www.state.gov/secretary-antony-j-blinken-to-mission-moldova-staff (corpus/
# state-department-georgia-moldova.jsonl), 2022-03-06: a stage direction before a sentence
BIG_POINTS = "(Laughter.) So whoever came up with that gets big points in my book."
# the same transcript: a stage direction and a reply alone
APPLAUSE = "(Applause.)"
YES = "Yes."
# https://commons.wikimedia.org/wiki/TimedText:4-15-16-_White_House_Press_Briefing.webm.en.srt
# (Press Secretary Josh Earnest, 2016-04-15): a courtesy
HAPPY = "Happy Friday."
# https://obamawhitehouse.archives.gov/the-press-office/2015/07/06/press-briefing-press-
# secretary-josh-earnest-762015 (2015-07-06): the speaker's agenda
AT_THE_TOP = "Before I get to your questions let me do a little statement here at the top."
# https://librationfororomiya.blogspot.com/2016/02/state-department-briefing-on-situation.html
# (the State Department's daily press briefing of 2016-02-09, MR KIRBY): a journalist's question
# and the spokesperson's answer
TOPIC = "Different topic."
DEMONSTRATED = (
    "Yesterday several Ethiopian American groups demonstrated outside of the State Department."
)
CONCERNED = (
    "Here’s what I can tell you about that: that we remain, obviously, deeply concerned about "
    "the situation in Oromia, particularly following the recent widespread protests, many of "
    "which escalated into violent clashes between security forces and protesters."
)
# constructed: the journalist's turn, a stage direction and the spokesperson's turn run into one
# paragraph, as the benchmark's documents join a transcript's sentences
TRANSCRIPT = f"QUESTION: {TOPIC} {DEMONSTRATED} (Laughter.) MR KIRBY: {CONCERNED}"


@pytest.fixture(autouse=True)
def switches(monkeypatch: pytest.MonkeyPatch) -> None:
    """REMARKS_SPEECH and this round's two switches on."""
    monkeypatch.setattr(voice_module, "REMARKS_SPEECH", True)
    monkeypatch.setattr(voice_module, "BRIEFING_TURNS", True)
    monkeypatch.setattr(address_speech, "BRIEFING_FORMULAE", True)


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


@pytest.mark.parametrize("sentence", [APPLAUSE, YES, HAPPY, AT_THE_TOP, "MR KIRBY: Yes."])
def test_formulae_stage_directions_and_replies_are_no_claim(sentence: str) -> None:
    assert briefing_cut(sentence, 0, len(sentence)) is None


def test_a_stage_direction_is_cut_from_the_sentence_it_opens() -> None:
    cut = briefing_cut(BIG_POINTS, 0, len(BIG_POINTS))
    assert cut is not None
    assert BIG_POINTS[cut[0] : cut[1]] == "So whoever came up with that gets big points in my book"


def test_a_later_label_ends_the_content_and_an_interrupted_fragment_is_none() -> None:
    # constructed from the 2016-02-09 briefing's sentence and label
    line = f"{CONCERNED} MR KIRBY: We remain concerned."
    cut = briefing_cut(line, 0, len(line))
    assert cut is not None and line[cut[0] : cut[1]] == CONCERNED.rstrip(".")
    broken = "That we remain — QUESTION: Different topic."
    assert briefing_cut(broken, 0, len(broken)) is None


def test_a_sentence_with_a_claim_stays_one() -> None:
    assert briefing_cut(CONCERNED, 0, len(CONCERNED)) == (0, len(CONCERNED) - 1)


def test_journalist_labels() -> None:
    assert journalist_label("QUESTION") and journalist_label("Q") and journalist_label("Yes. Q")
    assert not journalist_label("MR KIRBY") and not journalist_label("SECRETARY BLINKEN")


def _claimers(nlp: Language) -> dict[str, set[str]]:
    """The kept claims' claimers by sentence."""
    graph = official_graph(nlp, TRANSCRIPT, STATE, title="Department Press Briefing")
    names = {actor.id: actor.name for actor in graph.actors}
    found: dict[str, set[str]] = {}
    for claim in graph.claims:
        text = graph.sentences[claim.claim.sentence].text
        found.setdefault(text, set()).add(names[claim.claimer])
    return found


def test_the_spokesperson_s_turn_after_a_stage_direction(nlp: Language) -> None:
    found = _claimers(nlp)
    kept = {w for text, who in found.items() if "Oromia" in text for w in who}
    assert "KIRBY" in kept and "QUESTION" not in kept, found
    # the journalist's own sentence is no official's speech
    assert not any("demonstrated" in text for text in found), found


def test_without_the_switch_the_spokesperson_s_words_are_the_journalist_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "BRIEFING_TURNS", False)
    found = _claimers(nlp)
    assert "QUESTION" in {w for text, who in found.items() if "Oromia" in text for w in who}
