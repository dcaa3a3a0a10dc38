"""Round 17, issue 12 (claims missed outright): a that-clause the parser hung on the occasion
a speaker spoke at ("told a news briefing that P", "saying in a statement that there is P"),
a speech act under a verb of going on ("continues to accuse X of P"), and "claim" with a
title asserted as its object ("claimed the right to P", "claims sovereignty over X"; the
optional ``claimed_title`` family, off by default). Wire-copy sentences about disputes, in no
gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from kg.resolve.voice import OFFICIAL_ONLY
from tests.claim_helpers import claims_of

#: The default families and the optional claimed titles.
WITH_TITLES = RULES - OFFICIAL_ONLY - OPTIONAL | {"claimed_title"}


def _titled(nlp: Language, text: str) -> list[tuple[str, Stance, str]]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, c.stance, c.content.text if c.content else "")
        for c in extract_claims(doc, extract_mentions(doc), WITH_TITLES)
    ]


def _found(nlp: Language, text: str) -> list[tuple[str, Stance, str]]:
    return [
        (c.claimer.span.text, c.stance, c.content.text if c.content else "")
        for c in claims_of(nlp, text)
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'He told an extraordinary cabinet meeting that "if the situation does not improve" '
            "ties with Khartoum may be cut.",
            "He",
            "ties with Khartoum may be cut",
        ),
        (
            "A foreign ministry spokeswoman told a regular news briefing that Chinese vessels "
            '"always abide by international law."',
            "spokeswoman",
            'Chinese vessels "always abide by international law',
        ),
        (
            "The Greek foreign minister urged both sides to show restraint, saying in a "
            "statement that there is no alternative to dialogue over the island.",
            "foreign minister",
            "there is no alternative to dialogue",
        ),
    ],
)
def test_that_clause_hung_on_the_occasion_is_the_content(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert any(speaker in who and content in what for who, _, what in _found(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman told reporters about a meeting that the two ministers held on Monday.",
        "The minister said in a statement that was posted online that talks would resume.",
    ],
)
def test_relative_clause_on_an_occasion_is_not_the_content(nlp: Language, text: str) -> None:
    contents = [what for _, _, what in _found(nlp, text)]
    assert not any(what.startswith(("the two ministers held", "was posted")) for what in contents)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Seoul continues to accuse Pyongyang of jamming satellite signals near the border.",
            Stance.ACCUSE,
        ),
        ("Caracas kept denying that its troops had crossed into Guyana.", Stance.DENY),
        ("The rebels began to blame the army for the bombing of the market.", Stance.ACCUSE),
    ],
)
def test_speech_act_under_a_verb_of_going_on_is_a_claim(
    nlp: Language, text: str, stance: Stance
) -> None:
    assert any(s is stance for _, s, _ in _found(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Tehran continued to support the militia with weapons and money.",
        "Each country began backing rival rebel factions in the civil war.",
        "The rebels stopped blaming the army after the ceasefire.",
    ],
)
def test_acts_under_aspectual_verbs_stay_acts(nlp: Language, text: str) -> None:
    assert not any(s in (Stance.APPROVE, Stance.ACCUSE) for _, s, _ in _found(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Moscow is claiming the right to station more troops along the disputed border, "
            "where it has set up new checkpoints.",
            "Moscow",
            "the right to station more troops along the disputed border",
        ),
        (
            "Manila rejected the ruling, claiming its historic rights to the shoal.",
            "Manila",
            "its historic rights to the shoal",
        ),
        ("Beijing claims sovereignty over the reef.", "Beijing", "sovereignty over the reef"),
    ],
)
def test_claimed_title_is_an_assertion(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, Stance.ASSERT, content) in _titled(nlp, text)
    assert (speaker, Stance.ASSERT, content) in _found(nlp, text)  # on by default (round 24)


def test_a_title_one_could_claim_is_no_claim(nlp: Language) -> None:
    text = "No member state can claim exclusive rights over the shared waters."
    assert not any(what.startswith("exclusive rights") for _, _, what in _titled(nlp, text))
