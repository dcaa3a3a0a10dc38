"""An official remarks or briefing transcript's labelled turns are their speakers' speech (round 42,
remarks53, issue 12: test42's classes (T) and (O)).  In ``kg.resolve.voice``: REMARKS_SPEECH (the
``address_speech`` family is read in a transcript with official speakers' labels in capitals that
an official publisher issues, not only on a head of state's site) and LABEL_TITLE_NAMES (a label
"SECRETARY BLINKEN:" names the person the title names in full); in
``kg.extract.claims.address_speech``: TURN_FORMULAE (a turn's formulae are no claim),
NARRATED_SCHEDULE (a narrated third person's schedule is no claim) and TURN_PRAISE.

Sentences are real, verbatim from texts in the dispute corpus (public domain), in no part of
either benchmark's gold, its agreement files or the pool.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import address_speech
from kg.extract.claims.address_speech import _not_read
from kg.model import Article
from kg.resolve import voice as voice_module
from kg.resolve.voice import remarks_transcript, speech_only

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

# https://www.state.gov/secretary-antony-j-blinken-and-moldovan-prime-minister-natalia-gavrilita-
# before-their-meeting-2/ (corpus/state-department-georgia-moldova.jsonl), 2022-07-19: the
# transcript's paragraphs, the first three and the last five, in the text's order
TITLE = (
    "Secretary Antony J. Blinken And Moldovan Prime Minister Natalia Gavrilita Before Their Meeting"
)
WELCOME = (
    "It’s a real pleasure to welcome the prime minister of Moldova here to the State Department."
)
RETURN = (
    "The United States is, in fact, trying to return a little bit of the hospitality of the "
    "prime minister and the president showed me in Moldova last year."
)
SEEN = (
    "We’ve seen remarkable support from the Moldovan people for the many refugees from Ukraine "
    "as a result of Russian aggression in Ukraine."
)
REFUGEES = (
    "I think there’s something like 85,000, 86,000 Ukrainian refugees in Moldova, 90 percent of "
    "whom have been taken in by Moldovan families, which is remarkable."
)
AGENDA = (
    "And we see a government with a very strong agenda continuing to strengthen democracy, to "
    "fight corruption, to build energy security – all of which the United States strongly "
    "supports."
)
THANKS = "Thank you very much, Secretary Blinken."
WASHINGTON = (
    "It’s great to be in Washington and to discuss the many issues on our bilateral agenda."
)
PARTNERSHIP = (
    "We have a very strong partnership, and the U.S. is a strong supporter of Moldovan reforms."
)
CRISIS = (
    "We also recently had quite a logistics crisis that we are managing to support Ukrainian "
    "goods to go through the border, and we’re working very closely with our Romanian partners "
    "on this, and we are working on contingency plans for this winter."
)
CONCERNED = "We are concerned about evolutions of the energy market, the prices."
INFLATION = (
    "Inflation is hitting our citizens very hard, and under these difficult circumstances it is "
    "particularly important to have good friends and the support of our partners, first of all "
    "in the European Union, who is now the – our family of countries, and in the United States."
)
GOOD = "Good."
GREAT = "Great to have you here."
TRANSCRIPT = "\n\n".join(
    (
        f"SECRETARY BLINKEN: Good afternoon. {WELCOME} {RETURN}",
        f"{SEEN} {REFUGEES}",
        AGENDA,
        f"PRIME MINISTER GAVRILITA: {THANKS} {WASHINGTON} {PARTNERSHIP}",
        f"{CRISIS} {CONCERNED}",
        f"{INFLATION} So thank you.",
        f"SECRETARY BLINKEN: {GOOD} {GREAT} Thank you.",
        "PRIME MINISTER GAVRILITA: Thank you.",
    )
)
STATE = "U.S. Department of State"

# https://www.state.gov/special-presidential-envoy-for-climate-john-kerry-meetings-in-moscow-russia/
# (corpus/state-department-russia-ukraine.jsonl), 2021: a narrated official's travel
TRAVELED = (
    "Special Presidential Envoy for Climate John Kerry traveled to Moscow, Russia, July 12-15, "
    "2021."
)


@pytest.fixture(autouse=True)
def remarks_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """REMARKS_SPEECH on (the default since round 43: GUIDE point 55)."""
    monkeypatch.setattr(voice_module, "REMARKS_SPEECH", True)


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=8)


def _claims(nlp: Language) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """The kept claims of the transcript by sentence: (claimer, stance, targets)."""
    graph = official_graph(nlp, TRANSCRIPT, STATE, title=TITLE, published="2022-07-19")
    names = {actor.id: actor.name for actor in graph.actors}
    found: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for claim in graph.claims:
        sentence = graph.sentences[claim.claim.sentence].text.split(": ", 1)[-1].strip()
        found.setdefault(sentence, []).append(
            (
                names[claim.claimer],
                claim.claim.stance.value,
                tuple(names[t] for t in claim.targets),
            )
        )
    return found


def _speech(nlp: Language) -> set[str]:
    """The sentences with an ``address_speech`` claim kept."""
    graph = official_graph(nlp, TRANSCRIPT, STATE, title=TITLE, published="2022-07-19")
    return {
        graph.sentences[c.claim.sentence].text.split(": ", 1)[-1].strip()
        for c in graph.claims
        if speech_only(c.claim.rule)
    }


def test_a_remarks_transcript_of_an_official_publisher() -> None:
    article = Article("a", TRANSCRIPT, "s", outlet=STATE, title=TITLE)
    assert remarks_transcript(article)
    assert not remarks_transcript(Article("b", TRANSCRIPT, "s", outlet="Reuters", title=TITLE))
    # a signed statement stays out (round 42's point 54)
    signed = Article("c", TRANSCRIPT, "s", outlet=STATE, title="Statement by Secretary Blinken")
    assert not remarks_transcript(signed)
    assert not remarks_transcript(Article("d", f"{WELCOME} {RETURN}", "s", outlet=STATE))
    assert not remarks_transcript(article, on=False)
    assert remarks_transcript(article, on=True)


def test_the_turns_are_their_speakers_speech(nlp: Language) -> None:
    """Each labelled turn's cue-less sentences are its speaker's claims, the speaker named in
    full from the title; the thanks that opens a turn is no claim."""
    found = _claims(nlp)
    assert ("Natalia Gavrilita", "assert", ()) in found[INFLATION]
    assert ("Antony J. Blinken", "assert", ()) in found[AGENDA]
    assert [c[0] for c in found[REFUGEES]] == ["Antony J. Blinken"]
    assert THANKS not in found
    # the cue rules' claims speak as before, now under the full name
    assert ("Natalia Gavrilita", "criticize", ()) in found[CONCERNED]


def test_no_transcript_speech_without_the_switch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Off: a State Department transcript's turns read only the cue rules."""
    monkeypatch.setattr(voice_module, "REMARKS_SPEECH", False)
    assert _speech(nlp) == set()
    assert INFLATION not in _claims(nlp)


def test_the_label_s_surname_alone_without_the_title_names(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "LABEL_TITLE_NAMES", False)
    speakers = {c[0] for c in _claims(nlp).get(INFLATION, [])}
    assert speakers and "Natalia Gavrilita" not in speakers


def test_turn_formulae(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Good." and "Great to have you here." after a label are formulae: no claim; off, the
    family reads them as assertions."""
    spoken = _speech(nlp)
    assert GOOD not in spoken and GREAT not in spoken
    assert INFLATION in spoken
    monkeypatch.setattr(address_speech, "TURN_FORMULAE", False)
    spoken = _speech(nlp)
    assert GOOD in spoken or GREAT in spoken


def test_a_narrated_official_s_travel_is_no_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = next(iter(nlp(TRAVELED).sents))
    assert _not_read(sentence, TRAVELED)
    monkeypatch.setattr(address_speech, "NARRATED_SCHEDULE", False)
    assert not _not_read(sentence, TRAVELED)


def test_praise_of_a_supporter(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "the U.S. is a strong supporter of Moldovan reforms": the supporter is praised."""
    sentence = next(iter(nlp(PARTNERSHIP).sents))
    assert address_speech._praises(sentence)
    monkeypatch.setattr(address_speech, "TURN_PRAISE", False)
    assert not address_speech._praises(sentence)
