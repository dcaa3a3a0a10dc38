"""A single speaker's address read sentence by sentence (round 35, issue 12, branch address36):
``kg.extract.claims.address_speech`` (ADDRESS_SENTENCES, PRAISE), and in ``kg.resolve.voice``
ADDRESS_TITLE_TAIL, HEAD_BY_DATE and OFFICE_LABELS.  The claims guide's round-35 ruling: each
sentence of one speaker's address is the speaker's claim, stance by its own words; salutations,
congratulations, the speaker's own acts and the issuer's narration are no claim.

Sentences are real, verbatim from two corpus texts in no part of either benchmark's gold, its
agreement files or the pool (CC BY 4.0): "Address by the President of Ukraine on the occasion
of the Day of Dignity and Freedom" (corpus/president-of-ukraine-russia-ukraine.jsonl) and the
Kremlin's "Meeting with Russian Paralympic team" (corpus/kremlin-olympics.jsonl).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import address_speech
from kg.model import Article, Voice
from kg.resolve import voice as voice_module
from kg.resolve.voice import dated_holder, is_address, speech_only

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

# https://www.president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-z-nagodi-dnya-gidnosti-ta-svo-71637
SALUTATION = "Fellow Ukrainians!"
PEOPLES = "There are about five thousand peoples on our planet."
PRICE = "We have paid and continue to pay a high price for freedom."
DIGNITY = "Today we celebrate the Day of Dignity and Freedom."
DIGNITY_TEXT = " ".join((SALUTATION, PEOPLES, PRICE, DIGNITY))
DIGNITY_TITLE = (
    "Address by the President of Ukraine on the occasion of the Day of Dignity and Freedom"
)
UKRAINE = "President of Ukraine"

# http://en.kremlin.ru/events/president/news/67823
LEAD = (
    "Vladimir Putin had a meeting, via videoconference, with the Russian Paralympic team ahead "
    "of the XIII Paralympic Winter Games."
)
LABEL = "President of Russia Vladimir Putin: Good afternoon, my friends."
GAMES = (
    "The games ended yesterday, and we have begun the countdown to the next landmark sports "
    "festival, the Paralympic Winter Games."
)
PINNACLE = (
    "Representing one's country at these competitions is a pinnacle and a coveted dream for "
    "any athlete."
)
CONGRATULATE = (
    "Also, I would like to congratulate you on being chosen for the Russian Paralympic team."
)
PARALYMPIC_TEXT = "\n\n".join((LEAD, " ".join((LABEL, GAMES, CONGRATULATE, PINNACLE))))
RUSSIA = "President of Russia"


def _speech(graph_text: str, nlp: Language, outlet: str, title: str, published: str) -> dict:
    graph = official_graph(nlp, graph_text, outlet, title=title, published=published)
    names = {actor.id: actor.name for actor in graph.actors}
    found: dict[str, list[tuple[str, str, Voice]]] = {}
    for c in graph.claims:
        if speech_only(c.claim.rule):
            sentence = graph.sentences[c.claim.sentence].text
            found.setdefault(sentence, []).append(
                (names[c.claimer], c.claim.stance.value, c.claim.voice)
            )
    return found


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)


def test_an_address_s_assertion_is_its_speaker_s_named_by_the_date(nlp: Language) -> None:
    """The title names only the office: the holder on the text's date speaks every sentence."""
    found = _speech(DIGNITY_TEXT, nlp, UKRAINE, DIGNITY_TITLE, "2021-11-21")
    assert found[PEOPLES] == [("Volodymyr Zelenskyy", "assert", Voice.ATTRIBUTED)]
    assert found[PRICE] == [("Volodymyr Zelenskyy", "assert", Voice.ATTRIBUTED)]
    # a salutation and the speaker's own celebration are no claim (the ruling)
    assert SALUTATION not in found and DIGNITY not in found


def test_not_in_a_readout(nlp: Language) -> None:
    """The same sentences in a text that is no address are the issuer's narration: the family's
    claims go (resolution keeps them inside a speech only)."""
    title = "The President of Ukraine held a meeting on the celebration of the Day of Dignity"
    assert _speech(DIGNITY_TEXT, nlp, UKRAINE, title, "2021-11-21") == {}


def test_switched_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(address_speech, "ADDRESS_SENTENCES", False)
    assert _speech(DIGNITY_TEXT, nlp, UKRAINE, DIGNITY_TITLE, "2021-11-21") == {}


def test_no_holder_without_the_date_table(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """HEAD_BY_DATE off: an address whose title names only the office has no speaker."""
    monkeypatch.setattr(voice_module, "HEAD_BY_DATE", False)
    assert _speech(DIGNITY_TEXT, nlp, UKRAINE, DIGNITY_TITLE, "2021-11-21") == {}


def test_a_transcript_s_labelled_speech(nlp: Language) -> None:
    """After the label "President of Russia Vladimir Putin:" the speech is Putin's; the lead
    before it is the issuer's narration, a congratulation is no claim."""
    title = "Meeting with Russian Paralympic team"
    found = _speech(PARALYMPIC_TEXT, nlp, RUSSIA, title, "2022-02-21")
    assert found[GAMES] == [("Vladimir Putin", "assert", Voice.ATTRIBUTED)]
    assert found[PINNACLE] == [("Vladimir Putin", "assert", Voice.ATTRIBUTED)]
    assert LEAD not in found and CONGRATULATE not in found


def test_a_headline_then_address_by_title() -> None:
    # constructed (a body of first-person words and a title of the President of Ukraine's
    # "<headline> - address by ..." form): only the title is read here
    text = "We are not victims, we are not oppressed. Our people are free."
    title = "We are free - address by President Volodymyr Zelenskyy"
    page = Article("a", text, "-", title=title, outlet=UKRAINE, published="2022-05-10")
    assert is_address(page)
    old = voice_module.ADDRESS_TITLE_TAIL
    try:
        voice_module.ADDRESS_TITLE_TAIL = False
        assert not is_address(page)
    finally:
        voice_module.ADDRESS_TITLE_TAIL = old


def test_office_holders_by_date() -> None:
    assert dated_holder(UKRAINE, "2021-11-21") == "Volodymyr Zelenskyy"
    assert dated_holder(UKRAINE, "2016-01-01") == "Petro Poroshenko"
    assert dated_holder(RUSSIA, "2010-06-01") == "Dmitry Medvedev"
    assert dated_holder("President of France", "2021-11-21") is None
