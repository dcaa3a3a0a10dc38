"""Critical labels in a free relative ("urged X to stop what it calls unacceptable
provocations"): the doer of the act so labelled is the criticism's target (round 16,
issue 12). Wire-copy sentences about disputes, in no gold part."""

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
