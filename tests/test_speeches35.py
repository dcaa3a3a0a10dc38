"""A single speaker's address or speech on a head of state's site (round 34, issue 12, branch
speeches35; :data:`kg.resolve.voice.SPEECH_VOICE`, off by default, on here): the text's own
sentences are the speaker's claims, attributed, not the publisher's; a readout's narration
stays the publisher's.

Sentences are real, verbatim from "Speech by President of Ukraine Volodymyr Zelenskyy in the
Norwegian Storting" (``corpus/president-of-ukraine-russia-ukraine.jsonl``; CC BY 4.0, President
of Ukraine, president.gov.ua), a text in no part of either benchmark's gold, its agreement
files or the pool.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Article, Voice
from kg.resolve import voice as voice_module
from kg.resolve.voice import is_address

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

# https://www.president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-v-parlamen-73961
OPENING = "It is a great honor for me to address you on behalf of the Ukrainian people."
WAR = "Today is the 35th day of Russia's full-scale invasion of Ukraine."
PORTS = (
    "Ukrainian ports in the Black Sea and the Sea of Azov have been blocked by Russia since "
    "the first day of their invasion."
)
TANKS = (
    "Although we have already destroyed more Russian tanks and other combat vehicles than "
    "Moscow has lost in any war in the last 50 years."
)
TEXT = " ".join((OPENING, WAR, PORTS, TANKS))
SPEECH = "Speech by President of Ukraine Volodymyr Zelenskyy in the Norwegian Storting"
OUTLET = "President of Ukraine"


def _charges(nlp: Language, title: str) -> list[tuple[str, str, tuple[str, ...], Voice]]:
    graph = official_graph(nlp, TEXT, OUTLET, title=title)
    names = {actor.id: actor.name for actor in graph.actors}
    return [
        (
            names[c.claimer],
            c.claim.stance.value,
            tuple(names.get(t, t) for t in c.targets),
            c.claim.voice,
        )
        for c in graph.claims
        if PORTS in graph.sentences[c.claim.sentence].text
    ]


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=3)


def test_address_recognised_by_title_and_first_person() -> None:
    page = Article("doc", TEXT, "-", title=SPEECH, outlet=OUTLET)
    assert is_address(page)
    # a news outlet's text, a readout's title, a body with no first person: no address
    assert not is_address(Article("doc", TEXT, "-", title=SPEECH, outlet="Reuters"))
    readout = "Telephone conversation with President of France Emmanuel Macron"
    assert not is_address(Article("doc", TEXT, "-", title=readout, outlet=OUTLET))
    assert not is_address(Article("doc", PORTS, "-", title=SPEECH, outlet=OUTLET))


def test_speech_charge_is_the_speakers(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice_module, "SPEECH_VOICE", True)
    found = _charges(nlp, SPEECH)
    assert ("Volodymyr Zelenskyy", "accuse", ("Russia",), Voice.ATTRIBUTED) in found


def test_switch_off_keeps_the_publishers_voice(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "SPEECH_VOICE", False)
    found = _charges(nlp, SPEECH)
    assert found and all(voice is Voice.PUBLISHER for *_, voice in found)


def test_statement_narration_stays_the_publishers(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "SPEECH_VOICE", True)
    statement = "Statement by President of Ukraine Volodymyr Zelenskyy on the blockade of ports"
    found = _charges(nlp, statement)
    assert found and all(voice is Voice.PUBLISHER for *_, voice in found)
