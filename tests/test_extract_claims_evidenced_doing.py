"""Charges stated as fact with no charge word (round 17, charge17,
:mod:`kg.extract.claims.content_imputed`): a record that shows another side's hostile act,
weapon or dealings with armed groups (``evidenced_doing``: "the footage shows Ethiopian
soldiers planting mines") and a hostile act against civilians whose doer is named only as
a force (``civilians_harmed``: "the army is targeting civilians") accuse the doer; an armed
group that readied the doers (``readied_by_hostile``: "they were assisted by a banned
militant group") is accused.  ``evidenced_doing`` and ``readied_by_hostile`` are optional
(off by default: see ``OPTIONAL``).

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each construction has negative cases beside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim
from kg.resolve.voice import OFFICIAL_ONLY

DEFAULT = RULES - OFFICIAL_ONLY - OPTIONAL
#: The default families with the optional evidenced doing and readied-by-hostile families.
WITH = DEFAULT | {"evidenced_doing", "readied_by_hostile"}


def claims_of(nlp: Language, text: str, rules: frozenset[str] = DEFAULT) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules=rules)


def stances_of(nlp: Language, text: str, rules: frozenset[str] = DEFAULT) -> set[str]:
    return {c.stance.value for c in claims_of(nlp, text, rules) if c.content is not None}


def targets_of(nlp: Language, text: str, rules: frozenset[str] = DEFAULT) -> list[str]:
    return [
        t.span.text
        for c in claims_of(nlp, text, rules)
        if c.stance.value == "accuse"
        for t in c.targets
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Investigators said the evidence proves that a Syrian warplane fired the missile "
            "that struck the convoy.",
            "Syrian",
        ),
        (
            "The minister said the documents show that Rwanda paid $30 million to the rebels.",
            "Rwanda",
        ),
        (
            "The general said the footage shows Ethiopian soldiers planting mines near the border.",
            "Ethiopian",
        ),
    ],
)
def test_evidenced_doing_accuses(nlp: Language, text: str, target: str) -> None:
    assert stances_of(nlp, text, WITH) == {"accuse"}
    assert target in targets_of(nlp, text, WITH)
    assert stances_of(nlp, text) == {"assert"}  # optional: off by default


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the data show that the country's economy grew by 5 percent.",
        "The army said the footage does not show Kenyan soldiers firing on the crowd.",
        "The ministry said the documents show that Rwanda paid its debts to the bank.",
        "Officials said the evidence could show that the convoy was attacked.",
    ],
)
def test_evidenced_doing_leaves_others(nlp: Language, text: str) -> None:
    assert stances_of(nlp, text, WITH) == stances_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rebel leaders said the army is targeting civilians in the north.", "army"),
        ("Aid workers said civilians are being targeted by government soldiers.", "soldiers"),
        (
            "Human rights groups said government troops killed dozens of protesters on Friday.",
            "troops",
        ),
        ("The monitors said the security forces had shelled residents fleeing the town.", "forces"),
    ],
)
def test_civilians_harmed_accuses(nlp: Language, text: str, target: str) -> None:
    assert stances_of(nlp, text) == {"accuse"}
    assert any(target in t for t in targets_of(nlp, text))
    assert stances_of(nlp, text, DEFAULT - {"civilians_harmed"}) == {"assert"}


@pytest.mark.parametrize(
    "text",
    [
        "The general said our troops are protecting civilians in the north.",
        "The minister said the army will not attack civilians.",
        "The minister said the army could attack civilians if the talks fail.",
        "Rebel leaders said they are bombing the civilians.",
        "The envoy said its fighters are killing villagers in the east.",
        "The spokesman said the army had attacked the rebels in the hills.",
        "Police said civilians were killed in the blast.",
        "The mayor said the constant shelling of the suburbs kills civilians every day.",
    ],
)
def test_civilians_harmed_leaves_others(nlp: Language, text: str) -> None:
    assert stances_of(nlp, text, DEFAULT) == stances_of(nlp, text, DEFAULT - {"civilians_harmed"})


def test_readied_by_hostile_accuses(nlp: Language) -> None:
    text = (
        "The police chief said they were assisted by a banned militant group, called the "
        "People's Front."
    )
    assert stances_of(nlp, text, WITH) == {"accuse"}
    assert targets_of(nlp, text, WITH) == ["the People's Front"]
    assert stances_of(nlp, text) == {"assert"}  # optional: off by default


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they were assisted by the United Nations.",
        "The minister said the army was trained by American instructors.",
        "The suspect admits he was trained by an extremist group.",
        "The police chief said they were not assisted by any militant group.",
    ],
)
def test_readied_by_hostile_leaves_others(nlp: Language, text: str) -> None:
    assert stances_of(nlp, text, WITH) == stances_of(nlp, text)
