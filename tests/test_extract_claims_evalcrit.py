"""Criticism by evaluation and by description (round 13, branch ``evalcrit13``): an
evaluation reached through a raising verb ("the vote appeared to be a sham") or an equating
verb ("the runoff amounts to a farce"), a merit denied in a list ("was not free, fair or
credible"), a state organ as the owner judged ("a truce announced by the government is
insincere"), criticism told in narration ("railed against"), and street crowds protesting.
And the precision checks: an evaluation of a situation or of nobody named, a merit denied
to a thing, "not free to".

The sentences are wire-copy style reports written for these tests, in no gold part of
``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import resolved, stances_of


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "The minister said Pyongyang's latest move constitutes a mockery of the talks.",
            "The minister",
            ["Pyongyang"],
        ),
        (
            "Officials said the Iranian nuclear program represents a serious setback for "
            "diplomacy.",
            "Officials",
            ["Iranian"],
        ),
        (
            "The opposition said Moscow's referendum in the region appeared to be a farce.",
            "The opposition",
            ["Moscow"],
        ),
        (
            "The monitors said Zimbabwe's election process was not free, fair or credible.",
            "The monitors",
            ["Zimbabwe"],
        ),
        (
            "In Nepal, Maoist rebels say a ceasefire announced by the government is insincere.",
            "Maoist rebels",
            ["the government"],
        ),
        (
            "The opposition in Togo said the government's vote count was a farce.",
            "The opposition in Togo",
            ["the government"],
        ),
    ],
)
def test_evaluation_criticizes_the_owner_judged(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


def test_state_organ_resolves_to_the_state_named() -> None:
    """The organ judged is resolved to the state the sentence names."""
    from kg.nlp import load_pipeline

    found = resolved(
        load_pipeline(), "In Nepal, Maoist rebels say the government is irresponsible."
    )
    assert ("Maoist rebels", Stance.CRITICIZE, ["Nepal"]) in found


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "The senator railed against Beijing's trade practices in a speech on Tuesday.",
            "The senator",
            ["Beijing"],
        ),
        (
            "The cleric inveighed against the United States during Friday prayers.",
            "The cleric",
            ["United States"],
        ),
        (
            "Thousands of students protested against the Israeli air strike on the school.",
            "Thousands of students",
            ["Israeli"],
        ),
        (
            "Protesters in Seoul protested Japan's claim to the islands.",
            "Protesters in Seoul",  # a group keeps its whole description (claimer16)
            ["Japan"],
        ),
    ],
)
def test_narrated_criticism_and_crowd_protest(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the humanitarian situation is sad.",
        "The spokesman said the weather was not free of problems.",
        "Officials said the refugees were not free to leave the camp.",
        "The envoy said the situation in the camps appeared to be a catastrophe.",
    ],
)
def test_no_criticism_of_a_situation_or_a_thing(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.CRITICIZE for _, stance, _ in stances_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            'Protesters in Seoul chanted "Down with Japan" outside the embassy.',
            "Protesters in Seoul",
            ["Japan"],
        ),
        (
            'Students in Tehran chanted "Down with the U.S." outside the embassy.',
            "Students in Tehran",
            ["U.S."],
        ),
    ],
)
def test_chanted_slogan_criticizes_whom_it_names(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, Stance.CRITICIZE, target) in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'The crowd shouted slogans such as "Down with the dictator".',
        "Opposition lawmakers shouted down the minister with jeers.",
        "He shouted at the reporters and walked down the street with Hamas officials.",
    ],
)
def test_no_slogan_no_party_no_claim(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.CRITICIZE for _, stance, _ in stances_of(nlp, text))
