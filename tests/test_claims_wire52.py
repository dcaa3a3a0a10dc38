"""An act of another side foretold to bring its doer a doom or a penalty threatens the doer, and
a party vilified as something is criticized (round 42, issue 12, branch ``wire53``; the switches
``content_threat_plans.BROUGHT_DOOM_THREATS`` and ``labels.VILIFIED_LABELS``).

No sentence of the threatening shape ("X's move will lead to serious consequences", "X's
behavior would only herald its final destruction") was found in ``corpus/`` outside the gold
parts: the corpus's four "will lead to / would result in ... consequences" sentences are gold
lines (``dev6``, ``test42``) or come from texts whose URL is in a gold file.  The threatening
sentences below are therefore CONSTRUCTED (marked so beside each), built on the development
construction's words; the doom told "of" another party is a real sentence.  ``corpus/`` has no
"vilified X as Y" sentence at all (its two "vilify" sentences label nobody "as" anything, and
come from a text whose URL is in a gold file): the vilifying sentences are CONSTRUCTED too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import (
    OPTIONAL,
    RULES,
    content_threat_plans,
    content_threat_prevent,
    extract_claims,
    labels,
)
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance

ON = RULES - OPTIONAL


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), ON)


def _threats(text: str, claims: tuple[Claim, ...]) -> list[tuple[str, list[str]]]:
    return [
        (
            text[c.claimer.span.start : c.claimer.span.end] if c.claimer else "",
            [text[t.span.start : t.span.end] for t in c.targets],
        )
        for c in claims
        if c.stance is Stance.THREATEN
    ]


@pytest.fixture
def off() -> Iterator[None]:
    # threats53's RESULTING_CONSEQUENCES reads "will lead to consequences" too (merged beside it)
    kept = content_threat_plans.BROUGHT_DOOM_THREATS, content_threat_prevent.RESULTING_CONSEQUENCES
    content_threat_plans.BROUGHT_DOOM_THREATS = False
    content_threat_prevent.RESULTING_CONSEQUENCES = False
    yield
    content_threat_plans.BROUGHT_DOOM_THREATS, content_threat_prevent.RESULTING_CONSEQUENCES = kept


#: CONSTRUCTED (no corpus sentence outside the gold parts): a named side's act foretold to
#: lead to consequences, told by the other side.
LEAD_TO = "Beijing says the Philippine move will lead to serious consequences."
#: CONSTRUCTED: a downfall heralded for the act's doer, in a that-clause.
HERALD = (
    "Serbia's foreign minister predicted that Kosovo's latest decision would only herald its "
    "final downfall."
)
#: A real sentence (president.gov.ua, "Volodymyr Zelenskyy: I am ready to go for everything
#: if my step ...", corpus/president-of-ukraine-russia-ukraine.jsonl,
#: https://www.president.gov.ua/en/news/volodimir-zelenskij-ya-gotovij-piti-na-vse-yaksho-moya-hoda-73721):
#: the destruction told is "of" a people, not a doom the act brings its doer.
DESTRUCTION_OF = (
    "According to him, the fulfillment of the Russian ultimatum will actually lead to the "
    "destruction of the Ukrainian people, so it cannot be fulfilled physically."
)
#: CONSTRUCTED: the speaker's own side's act brings no threat of itself.
OWN_ACT = "Beijing says China's move will lead to serious consequences."


def test_switch_is_on() -> None:
    assert content_threat_plans.BROUGHT_DOOM_THREATS is True


def test_consequences_led_to_threaten_the_doer(nlp: Language) -> None:
    threats = _threats(LEAD_TO, claims_of(nlp, LEAD_TO))
    assert threats == [("Beijing", ["Philippine"])]


def test_a_heralded_downfall_threatens_the_doer(nlp: Language) -> None:
    threats = _threats(HERALD, claims_of(nlp, HERALD))
    assert [targets for _, targets in threats] == [["Kosovo"]]


def test_a_destruction_of_another_party_is_no_threat(nlp: Language) -> None:
    assert _threats(DESTRUCTION_OF, claims_of(nlp, DESTRUCTION_OF)) == []


def test_the_speakers_own_act_is_no_threat(nlp: Language) -> None:
    assert _threats(OWN_ACT, claims_of(nlp, OWN_ACT)) == []


def test_off_the_foretold_consequences_stay_an_assertion(nlp: Language, off: None) -> None:
    claims = claims_of(nlp, LEAD_TO)
    assert _threats(LEAD_TO, claims) == []
    assert [c.stance for c in claims] == [Stance.ASSERT]


#: CONSTRUCTED (no corpus sentence): a person vilified as something, the label a pejorative.
VILIFIED = (
    'Pyongyang\'s state media has vilified Japanese Prime Minister Shinzo Abe as a "war maniac".'
)
#: CONSTRUCTED: a thing vilified keeps the label family's reading (a denial of the report).
VILIFIED_REPORT = "State media vilified the report as a pack of lies."


@pytest.fixture
def unvilified() -> Iterator[None]:
    kept = labels.VILIFIED_LABELS
    labels.VILIFIED_LABELS = False
    yield
    labels.VILIFIED_LABELS = kept


def _stances(text: str, claims: tuple[Claim, ...]) -> list[tuple[Stance, str, list[str]]]:
    return [
        (
            c.stance,
            text[c.claimer.span.start : c.claimer.span.end] if c.claimer else "",
            [text[t.span.start : t.span.end] for t in c.targets],
        )
        for c in claims
        if c.claimer is not None
    ]


def test_vilified_switch_is_on() -> None:
    assert labels.VILIFIED_LABELS is True


def test_a_party_vilified_as_something_is_criticized(nlp: Language) -> None:
    found = _stances(VILIFIED, claims_of(nlp, VILIFIED))
    assert (Stance.CRITICIZE, "Pyongyang's state media", ["Shinzo Abe"]) in found
    assert all(stance is not Stance.ACCUSE for stance, _, _ in found)


def test_a_thing_vilified_keeps_the_label_reading(nlp: Language) -> None:
    found = _stances(VILIFIED_REPORT, claims_of(nlp, VILIFIED_REPORT))
    assert [stance for stance, _, _ in found] == [Stance.DENY]


def test_off_vilifying_makes_no_criticism(nlp: Language, unvilified: None) -> None:
    found = _stances(VILIFIED, claims_of(nlp, VILIFIED))
    assert all(stance is not Stance.CRITICIZE for stance, _, _ in found)
