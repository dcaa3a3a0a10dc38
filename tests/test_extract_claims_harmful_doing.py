"""Charges without a verb of wrongdoing in the main clause (round 17,
:mod:`kg.extract.claims.content_imputed`): a doing a content calls a danger or a breach
(``harmful_doing``: "the drills pose a serious threat to the country", "the flights are a
violation of the resolution", "they illegally entered its waters") and a hostile act given
as a doing's purpose (``hostile_purpose``: "sent the ships in order to intimidate its
neighbours") charge the doing's owner, perhaps unnamed; help given to a hostile deed
(``aided_hostility``, optional: "is helping the militias attack U.S. bases") its helper.

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
#: The default families with the optional aided hostility (off by default: see OPTIONAL).
WITH_AID = DEFAULT | {"aided_hostility"}


def claims_of(nlp: Language, text: str, rules: frozenset[str] = DEFAULT) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules=rules)


def stance_of(nlp: Language, text: str, rules: frozenset[str] = DEFAULT) -> tuple[str, list[str]]:
    (claim,) = [c for c in claims_of(nlp, text, rules) if c.content is not None]
    return claim.stance.value, [t.span.text for t in claim.targets]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "The defense ministry said the missile launches pose a serious threat to regional "
            "security.",
            [],
        ),
        ("The foreign ministry said the naval drills posed a direct threat to the country.", []),
        (
            "Officials in Seoul said North Korea's nuclear program poses a grave threat to peace "
            "on the peninsula.",
            ["North Korea"],
        ),
        (
            "The ministry said the incursion was a flagrant violation of the ceasefire agreement.",
            [],
        ),
        ("Tehran said the strikes were a violation of international law.", []),
        ("The navy said they illegally entered the country's territorial waters.", []),
    ],
)
def test_harmful_doing_accuses(nlp: Language, text: str, targets: list[str]) -> None:
    assert stance_of(nlp, text) == ("accuse", targets)
    # without the family the content is a plain assertion
    assert stance_of(nlp, text, DEFAULT - {"harmful_doing"})[0] == "assert"


@pytest.mark.parametrize(
    "text",
    [
        # a condition, not a deed
        "The envoy said a recent surge of fighting in the north poses a threat to the "
        "region's security.",
        # a possibility
        "The minister said the dispute could pose a threat to regional stability.",
        # negated
        "The ministry said its exercises pose no threat to any country.",
        "Officials said the new rules are not a violation of the treaty.",
        # the speaker's own doing
        "The ministry said its patrols pose a threat to smugglers in the area.",
        # a passive "illegally detained" tells what was done, not who did it
        "The group said dozens of activists were illegally detained last month.",
    ],
)
def test_harmful_doing_leaves_assertions(nlp: Language, text: str) -> None:
    assert stance_of(nlp, text)[0] == "assert"


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "The ministry said Beijing sent the ships in order to intimidate its neighbours.",
            ["Beijing"],
        ),
        (
            "The opposition said the bombings were carried out by security services to "
            "intimidate voters.",
            [],
        ),
        (
            "The minister said the opposition is spreading these claims so it can later "
            "discredit the election.",
            [],
        ),
        (
            "The spokesman said the rebels shelled the villages to drive out civilians.",
            ["the rebels"],
        ),
    ],
)
def test_hostile_purpose_accuses(nlp: Language, text: str, targets: list[str]) -> None:
    assert stance_of(nlp, text) == ("accuse", targets)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own side, and purposes that are no hostile act
        "The ministry said it sent troops to the border to protect civilians.",
        "The army said it moved tanks to the border in order to deter an attack.",
        "Officials said the talks were held to avoid further clashes.",
    ],
)
def test_hostile_purpose_leaves_assertions(nlp: Language, text: str) -> None:
    assert stance_of(nlp, text)[0] == "assert"


def test_hostile_purpose_is_its_own_family(nlp: Language) -> None:
    text = "The ministry said Beijing sent the ships in order to intimidate its neighbours."
    assert stance_of(nlp, text, DEFAULT - {"hostile_purpose"})[0] == "assert"


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Officials said Iran is helping the militias attack U.S. bases.", ["Iran"]),
        ("They said Syria is encouraging insurgents to attack coalition forces.", ["Syria"]),
        ("Kinshasa said Kigali is helping the rebels fight the army in the east.", ["Kigali"]),
        ("The minister said Eritrea is giving support to armed groups in Somalia.", ["Eritrea"]),
    ],
)
def test_aided_hostility_accuses(nlp: Language, text: str, targets: list[str]) -> None:
    assert stance_of(nlp, text, WITH_AID) == ("accuse", targets)
    # round 19's armed_patronage reads "encouraging insurgents to attack" too: without both
    # families the sentence is a plain assertion
    assert stance_of(nlp, text, DEFAULT - {"aided_hostility", "armed_patronage"})[0] == "assert"


@pytest.mark.parametrize(
    "text",
    [
        # help against armed groups, help with no hostile deed, aid to civilians
        "Officials said the United States is helping Iraqi forces fight the militants.",
        "Officials said the United Nations is helping the government rebuild the port.",
        "The ministry said Turkey is providing humanitarian aid to refugees in the north.",
        "The ministry said Jordan is not giving support to armed groups.",
    ],
)
def test_aided_hostility_leaves_assertions(nlp: Language, text: str) -> None:
    assert stance_of(nlp, text, WITH_AID)[0] != "accuse"
