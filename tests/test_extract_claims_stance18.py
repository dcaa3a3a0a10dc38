"""Round 18 (stance18): the stance of found claims read as assertions, by what carries it.

A vessel sunk and a line crossed are hostile acts (and denied when negated); a cleft
focusing a breach or a refusal on its doer blames it; a mission of hostile acts charges who
sent, recruited or paid for it; a good foretold lost on another side's doing threatens
(``conditional_loss``, optional); a word not kept is a commitment broken.
Sentences written for these tests (wire copy), in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import NEWS_RULES, assert_in_no_gold_part, stance_pairs, stances_of

#: The news families with the optional conditional_loss.
_WITH_LOSS = NEWS_RULES | {"conditional_loss"}


def _stances(nlp: Language, text: str) -> list[Stance]:
    return [stance for _, stance, _ in stances_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Russian spokesman said Russia did not sink the patrol boat.",
        '"Our soldiers never cross the line," the ministry spokesman said.',
    ],
)
def test_a_sinking_or_a_crossing_denied(nlp: Language, text: str) -> None:
    assert Stance.DENY in _stances(nlp, text)


def test_a_vessel_that_sank_charges_nobody(nlp: Language) -> None:
    text = "A Georgian patrol boat sank off the coast overnight, the ministry said."
    assert Stance.ACCUSE not in _stances(nlp, text)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The Georgian spokesman said Russia sank the patrol boat.", "Russia"),
        ("He said it was Ethiopia that broke the ceasefire.", "Ethiopia"),
        ("He said it was Washington that rejected the proposal.", "Washington"),
        (
            "He said Eritrea is the one that rejected the ruling of the boundary commission.",
            "Eritrea",
        ),
        ("The envoy said Moscow was not living up to its word on the withdrawal.", "Moscow"),
        ("The army said Indian troops crossed the line near the lake overnight.", "Indian"),
        (
            "Police said the suspects had been recruited by a Syrian intelligence officer to "
            "carry out the bombings.",
            "a Syrian intelligence officer",
        ),
        (
            "Police said the gunmen had been paid by Pakistani handlers to attack the hotel.",
            "Pakistani handlers",
        ),
    ],
)
def test_charges(nlp: Language, text: str, accused: str) -> None:
    found = stances_of(nlp, text)
    assert any(s is Stance.ACCUSE and accused in targets for _, s, targets in found), found


@pytest.mark.parametrize(
    "text",
    [
        "He said it was China that first proposed the talks.",
        "The residents said they live in fear of another war.",
    ],
)
def test_no_charge(nlp: Language, text: str) -> None:
    assert Stance.ACCUSE not in _stances(nlp, text)


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        (
            "The vice president said that if sanctions are imposed, not a single tanker will "
            "leave the Gulf.",
            [],
        ),
        (
            "The spokesman said that if the North launched a nuclear strike, its regime would "
            "cease to exist.",
            ["North"],
        ),
        (
            "The office said that if independence is declared, there will be no peace in the "
            "strait.",
            [],
        ),
        ("The minister said the resolution will fail unless Belgrade agrees to it.", []),
    ],
)
def test_conditional_loss_threatens(nlp: Language, text: str, aimed: list[str]) -> None:
    found = stance_pairs(nlp, text, Stance.THREATEN, _WITH_LOSS)
    assert [targets for _, targets in found] == [aimed], found


def test_conditional_loss_is_optional(nlp: Language) -> None:
    text = "The office said that if independence is declared, there will be no peace in the strait."
    assert stance_pairs(nlp, text, Stance.THREATEN, _WITH_LOSS)
    assert not stance_pairs(nlp, text, Stance.THREATEN)  # off by default (round 18)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said that if the talks succeed, there will be no need for new sanctions.",
        "The agency warned that if funding does not arrive, aid will not reach the refugees.",
        "The adviser said that if the general had been in charge, the army would not have "
        "lost the port.",
        "The president said the peace cannot be secured unless the old treaty is strictly "
        "observed.",
    ],
)
def test_conditional_loss_needs_a_side_doing(nlp: Language, text: str) -> None:
    assert not stance_pairs(nlp, text, Stance.THREATEN, _WITH_LOSS)


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=14)
