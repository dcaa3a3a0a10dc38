"""Threats without "threaten" held out by the speaker's side (round 17,
:mod:`kg.extract.claims.content_held_out`): force made to hang on another side's doing
(``conditional_force``: "Japan would strike first if North Korea prepared an attack") and a
cutoff of aid or supplies held out as possible or readied (``held_out_cutoff``: "Russia is
ready to halt gas deliveries to Ukraine").

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each construction has negative cases beside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from kg.resolve.voice import OFFICIAL_ONLY
from tests.claim_helpers import assert_in_no_gold_part

DEFAULT = RULES - OFFICIAL_ONLY - OPTIONAL
WITHOUT = DEFAULT - {"conditional_force", "held_out_cutoff", "withheld_cooperation"}


def claims_of(nlp: Language, text: str, rules: frozenset[str] = DEFAULT) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules=rules)


def first(nlp: Language, text: str, rules: frozenset[str] = DEFAULT) -> tuple[str, list[str]]:
    claim = next(c for c in claims_of(nlp, text, rules) if c.content is not None)
    return claim.stance.value, [t.span.text for t in claim.targets]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Japanese Defence Minister Ishiba said Japan would strike first if North Korea "
            "prepared a missile attack.",
            ["North Korea"],
        ),
        (
            "Japanese Defence Minister Ishiba said Japan might strike first if it believed "
            "North Korea was preparing a missile attack.",
            ["North Korea"],
        ),
        (
            "Japanese Defence Minister Ishiba said Japan could strike the launch sites if "
            "North Korea fired a missile.",
            ["North Korea"],
        ),
    ],
)
def test_force_held_out_on_a_condition_threatens(
    nlp: Language, text: str, targets: list[str]
) -> None:
    assert first(nlp, text) == ("threaten", targets)
    assert first(nlp, text, WITHOUT)[0] != "threaten"  # the rule is what reads it


@pytest.mark.parametrize(
    "text",
    [
        # no other side's doing is the condition
        "Japanese Defence Minister Ishiba said the army would strike if the government ordered it.",
        # no force: a deal struck, a letter answered
        "Japanese Trade Minister Seko said Japan would strike a deal with Seoul if the "
        "tariffs were lifted.",
        "Japanese Defence Minister Ishiba said Japan would respond to the letter if "
        "Pyongyang sent one.",
    ],
)
def test_no_force_or_no_pressed_side_is_no_threat(nlp: Language, text: str) -> None:
    assert all(c.stance is not Stance.THREATEN for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Chinese Commerce Minister Wang said China could suspend rare earth exports to Japan.",
            ["Japan"],
        ),
        (
            "Russian Energy Minister Novak said Russia is ready to halt gas deliveries to Ukraine.",
            ["Ukraine"],
        ),
        (
            "Russian Energy Minister Novak said Russia could cut gas supplies to Moldova.",
            ["Moldova"],
        ),
    ],
)
def test_cutoff_held_out_threatens_its_recipient(
    nlp: Language, text: str, targets: list[str]
) -> None:
    assert first(nlp, text) == ("threaten", targets)
    assert first(nlp, text, WITHOUT)[0] != "threaten"


@pytest.mark.parametrize(
    "text",
    [
        # nobody named to receive what is cut
        "Russian Energy Minister Novak said Russia could cut gas supplies.",
        # a commentator's forecast
        "Analysts said Russia could cut gas supplies to Moldova.",
        # another side's cutoff, told by the speaker
        "Russian Energy Minister Novak said Ukraine might stop gas deliveries to Europe.",
    ],
)
def test_cutoff_of_nobody_or_by_another_side_is_no_threat(nlp: Language, text: str) -> None:
    assert all(c.stance is not Stance.THREATEN for c in claims_of(nlp, text))


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=15)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Israeli Defence Minister Gantz said Israel would not let Iran weaken its security.",
            ["Iran"],
        ),
        (
            "Indian Foreign Minister Jaishankar said India will not allow China to threaten its "
            "borders.",
            ["China"],
        ),
    ],
)
def test_not_letting_a_rival_weaken_the_side_threatens_it(
    nlp: Language, text: str, targets: list[str]
) -> None:
    assert first(nlp, text) == ("threaten", targets)


def test_not_letting_a_currency_weaken_is_no_threat(nlp: Language) -> None:
    text = (
        "Indian Foreign Minister Jaishankar said India will not allow the rupee to weaken further."
    )
    assert all(c.stance is not Stance.THREATEN for c in claims_of(nlp, text))
