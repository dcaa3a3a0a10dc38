"""An illicit weapons programme charged to a state (round 18, charge18,
:mod:`kg.extract.claims.content_imputed`, ``illicit_arms``, on since round 22): a state said
to hold, run or hide a covert weapons programme, to hold fissile material for a bomb, or to be
coming close to building one is accused; its own programme, a negation, a condition, a question, a
programme it must not be allowed to have, and a thing rather than a state are not.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim
from kg.resolve.voice import OFFICIAL_ONLY

DEFAULT = RULES - OFFICIAL_ONLY - OPTIONAL
WITH_ARMS = DEFAULT | {"illicit_arms"}


def claims_of(nlp: Language, text: str, rules: frozenset[str]) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules=rules)


def first_content(nlp: Language, text: str, rules: frozenset[str]) -> tuple[str, list[str]]:
    claim = next(c for c in claims_of(nlp, text, rules) if c.content is not None)
    return claim.stance.value, [t.span.text for t in claim.targets]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Western diplomats said Iran has a covert uranium enrichment program.", "Iran"),
        (
            "The foreign minister said North Korea could already possess enough enriched "
            "uranium for a nuclear weapon.",
            "North Korea",
        ),
        (
            "A senior Israeli official said Iran is moving closer to being able to build a "
            "nuclear bomb.",
            "Iran",
        ),
        (
            "The envoy said information that Syria has been enriching uranium for a weapons "
            "program is conclusive.",
            "Syria",
        ),
        (
            "The United States believes Tehran is concealing efforts to develop nuclear weapons.",
            "Tehran",
        ),
        (
            "Officials in Seoul said Pyongyang runs a clandestine nuclear weapons program.",
            "Pyongyang",
        ),
    ],
)
def test_illicit_arms_accuses(nlp: Language, text: str, target: str) -> None:
    stance, targets = first_content(nlp, text, WITH_ARMS)
    assert stance == "accuse"
    assert target in targets


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it has never had a secret nuclear weapons program.",
        "The president said Iran must not be allowed to have a covert nuclear weapons program.",
        "If Iran has a secret nuclear program, the inspectors will find it, the envoy said.",
        "The minister said Israel has a nuclear arsenal.",
        "We have a covert nuclear program, the general said.",
        "The agency said the reactor could produce enough plutonium for several bombs.",
        "Tehran says its nuclear program is strictly for peaceful purposes.",
    ],
)
def test_illicit_arms_leaves(nlp: Language, text: str) -> None:
    assert all(c.stance.value != "accuse" for c in claims_of(nlp, text, WITH_ARMS))


def test_illicit_arms_on_by_default_and_read_only_by_it(nlp: Language) -> None:
    text = "Western diplomats said Iran has a covert uranium enrichment program."
    assert "illicit_arms" not in OPTIONAL  # on since round 22 (reopt22)
    assert first_content(nlp, text, DEFAULT - {"illicit_arms"})[0] == "assert"
