"""Criticism by directive (round 17, :mod:`kg.extract.claims.content_directive`,
family ``obliged_conduct``): a content that tells another named party what it must stop,
leave or do more of ("Tehran should stop meddling ...", "Syrian troops must withdraw from
Lebanon", "Islamabad could be doing more") criticizes that party.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each construction has negative cases beside it: both sides, the
speaker's own side, an expulsion, a call for talks, a negated demand, an ultimatum.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim
from kg.resolve.voice import OFFICIAL_ONLY

DEFAULT = RULES - OFFICIAL_ONLY - OPTIONAL
WITH = DEFAULT
#: Without the family, and without ``judged_act`` (round 21), which reads "its provocations"
#: as a disapproval owned by the target and so criticizes in some of these sentences too.
WITHOUT = DEFAULT - {"obliged_conduct", "judged_act"}


def claims_of(nlp: Language, text: str, rules: frozenset[str]) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules=rules)


def stance_of(nlp: Language, text: str, rules: frozenset[str]) -> tuple[str, list[str]]:
    (claim,) = [c for c in claims_of(nlp, text, rules) if c.content is not None]
    return claim.stance.value, [t.span.text for t in claim.targets]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The foreign minister said Syrian troops must withdraw from Lebanon without delay.",
            "Syrian",
        ),
        ("Officials in Kiev said Russian forces need to leave Crimea at once.", "Russian"),
        ('"Pyongyang must cease its provocations," the spokesman told reporters.', "Pyongyang"),
        ("The president said Belgrade has to end its crackdown in the province.", "Belgrade"),
        (
            "The minister said Islamabad could be doing more to rein in militant groups on its "
            "soil.",
            "Islamabad",
        ),
        (
            "A State Department spokesman said Beijing should do more to pressure its ally.",
            "Beijing",
        ),
        ("The ministry said Moscow must cease its military actions in the region.", "Moscow"),
        (
            "Ankara said Damascus must prevent further bloodshed by ceasing its shelling of "
            "border towns.",
            "Damascus",
        ),
    ],
)
def test_obliged_conduct_criticizes(nlp: Language, text: str, target: str) -> None:
    assert stance_of(nlp, text, WITH) == ("criticize", [target])
    assert stance_of(nlp, text, WITHOUT)[0] == "assert"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said both sides should stop fighting and return to the negotiating table.",
        "The envoy said Israel and the Palestinians must halt all violence.",
        "The president said we must stop the violence in the region.",
        "He said all foreign diplomats must leave the country within 48 hours.",
        "The spokesman said Iran should return to the talks.",
        "The general said the troops must not withdraw until the area is secure.",
        "The ministry said the international community must stop the killing in Darfur.",
        "The minister said Venezuela should hold free elections next year.",
        "The Indian foreign ministry said India must stop the infiltration across the border.",
        "The official said the two countries need to end the dispute through dialogue.",
        (
            '"The Syrian government must halt these attacks, and until it does, we will take all '
            'necessary measures to protect our citizens," the minister said.'
        ),
        '"Hanoi must stop these incursions or face the consequences," the spokesman said.',
        "Chinese officials said Washington should stop arming Taiwan.",
        "The minister said Israel must halt settlement construction.",
    ],
)
def test_obliged_conduct_leaves_appeals(nlp: Language, text: str) -> None:
    assert stance_of(nlp, text, WITH)[0] != "criticize"


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry called the raid totally unjustifiable.",
        "Seoul said the shelling of the island was inexcusable.",
        "The ministry said the detention of its citizens was intolerable.",
        "Officials described the sanctions as indefensible.",
    ],
)
def test_unjustifiable_criticizes(nlp: Language, text: str) -> None:
    """The critical evaluations in "-able" (``critical_adj``: unjustifiable, inexcusable,
    indefensible, intolerable, unconscionable) judge the act they are said of."""
    assert [c.stance.value for c in claims_of(nlp, text, DEFAULT)] == ["criticize"]


def test_intolerable_situation_judges_nobody(nlp: Language) -> None:
    text = "He said the situation in the camps was intolerable."
    assert stance_of(nlp, text, DEFAULT)[0] == "assert"
