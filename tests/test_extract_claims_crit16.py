"""Round 16, issue 12 (criticism and threats): critical labels in a free relative ("urged X
to stop what it calls unacceptable provocations": the doer of the act so labelled is the
target), threats aimed at a side named by a compass word. Wire-copy sentences about
disputes, in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, targets


def _criticisms(nlp: Language, text: str) -> list[list[str]]:
    return [targets(c) for c in claims_of(nlp, text) if c.stance is Stance.CRITICIZE]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The ministry urged Moscow to stop what it calls unacceptable provocations.", "Moscow"),
        (
            "Beijing urged Washington to abandon what it described as irresponsible remarks.",
            "Washington",
        ),
        (
            "The defense ministry issued a statement calling on Pyongyang to stop making what "
            "it calls unacceptable threats.",
            "Pyongyang",
        ),
        ("The ministry said Tokyo should stop what it called provocative patrols.", "Tokyo"),
    ],
)
def test_free_relative_label_criticizes_the_doer(nlp: Language, text: str, target: str) -> None:
    assert any(target in found for found in _criticisms(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # the labeller's own act: no one else is criticised by the label
        "The State Department condemned what it called a brutal attack on civilians.",
        # no evaluation in the label
        "The envoy urged Kampala to join what he called a regional dialogue.",
    ],
)
def test_free_relative_label_without_another_doer(nlp: Language, text: str) -> None:
    for found in _criticisms(nlp, text):
        assert not any(name in found for name in ("State Department", "Kampala"))


# --- threats aimed at a side named by a compass word (round 16, issue 12) ----------------


def _threat_targets(nlp: Language, text: str) -> list[str] | None:
    return next((targets(c) for c in claims_of(nlp, text) if c.stance is Stance.THREATEN), None)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The ministry also warned Friday that the army is on high alert and will severely "
            "punish the North if it attacks again.",
            "North",
        ),
        ("Pyongyang warned it would retaliate against the South if the drills go ahead.", "South"),
    ],
)
def test_compass_side_is_a_threat_target(nlp: Language, text: str, target: str) -> None:
    found = _threat_targets(nlp, text)
    assert found is not None and target in found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels threatened to attack ships in the North Sea.",
        "Israel threatened to strike targets in the West Bank.",
        "Iran threatened to close the Strait of Hormuz.",
    ],
)
def test_compass_place_is_no_threat_target(nlp: Language, text: str) -> None:
    assert _threat_targets(nlp, text) == []


# --- "lashed out at X" with nothing more said (round 16, issue 12) ------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Hungary's prime minister lashed out at the European Commission on Friday.",
            "European Commission",
        ),
        (
            "The Rwandan president again lashed out at the United Nations after the report.",
            "United Nations",
        ),
    ],
)
def test_lashing_out_at_an_actor_is_criticism(nlp: Language, text: str, target: str) -> None:
    assert any(target in found for found in _criticisms(nlp, text))


def test_lashing_out_at_a_place_is_no_claim(nlp: Language) -> None:
    assert _criticisms(nlp, "The minister lashed out at a news conference in Kampala.") == []
