"""Criticism by a diplomatic protest act (round 12, branch ``critic12``): an envoy summoned
over a grievance or to protest it, a protest made to a state, filed or raised as a concern,
a rebuke delivered; the target is whoever did what is protested, else the state the
protest is made to (the summoned envoy's state, "protested to China").  And the precision
checks: an envoy summoned with no grievance named, a passive or negated summons, a
thing that "raised concerns", an appeal to protest.

The sentences are wire-copy style reports written for these tests, in no gold part of
``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, targets


def _criticisms(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [
        (c.claimer.span.text, targets(c))
        for c in claims_of(nlp, text)
        if c.stance is Stance.CRITICIZE
    ]


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "South Korea called in the Japanese ambassador to protest Tokyo's territorial claim.",
            "South Korea",
            ["Tokyo"],
        ),
        (
            "Beijing summoned the U.S. ambassador on Sunday to protest the arms sale to Taiwan.",
            "Beijing",
            ["U.S."],
        ),
        (
            "Seoul summoned Tokyo's envoy over the textbook revisions.",
            "Seoul",
            ["Tokyo"],
        ),
        (
            "Turkey called in the German ambassador over the parliament's resolution.",
            "Turkey",
            ["German"],
        ),
        (
            "Japan protested to China over the intrusion of its ships into Japanese waters.",
            "Japan",
            ["China"],
        ),
    ],
)
def test_a_protest_act_criticizes_the_state_it_is_made_to(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, target) in _criticisms(nlp, text)


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "Manila filed a diplomatic protest over the Chinese vessels' harassment of its "
            "fishermen.",
            "Manila",
            ["Chinese"],
        ),
        (
            "Hanoi made a strong protest to Beijing over the sinking of the fishing boat.",
            "Hanoi",
            ["Beijing"],
        ),
        (
            "Washington has raised concerns about China's military buildup in the South China Sea.",
            "Washington",
            ["China"],
        ),
        (
            "The prime minister delivered a sharp rebuke to Moscow over its annexation plans.",
            "The prime minister",
            ["Moscow"],
        ),
        (
            "The foreign minister issued a stinging rebuke of the Chinese actions.",
            "The foreign minister",
            ["Chinese"],
        ),
    ],
)
def test_a_protest_or_rebuke_noun_criticizes(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, target) in _criticisms(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry summoned the ambassador for consultations.",
        "The ambassador was summoned over the remarks.",
        "Germany has not summoned the Russian ambassador over the hacking.",
        "The president called the ambassador about the visit.",
        "The U.N. called on Georgia to protest the missile firing.",
        "China summoned the Japanese ambassador over the weekend.",
        "The decision to prosecute him and his trial have raised serious concerns regarding "
        "the rule of law.",
    ],
)
def test_no_protest_made(nlp: Language, text: str) -> None:
    assert _criticisms(nlp, text) == []


# --- dismissing an offer or an act "as Y": criticism, not denial ----------------------------


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        ("Venezuela dismissed the U.S. offer as a trick.", "Venezuela", ["U.S."]),
        ("Moscow dismissed the Western sanctions as meaningless.", "Moscow", ["Western"]),
        (
            "The Kremlin dismissed the Ukrainian proposal as unrealistic.",
            "Kremlin",
            ["Ukrainian"],
        ),
        ("The foreign minister dismissed the election as a sham.", "The foreign minister", []),
    ],
)
def test_dismissing_an_offer_criticizes(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, target) in _criticisms(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "China dismissed the report as groundless.",
        "The ministry dismissed the allegations as propaganda.",
        "Beijing rejected the U.S. criticism as interference in its internal affairs.",
        "Russia rejected the resolution as biased.",
        "Officials issued their first response to the allegations, dismissing them as a witch "
        "hunt.",
    ],
)
def test_dismissing_something_said_stays_a_denial(nlp: Language, text: str) -> None:
    stances = {c.stance for c in claims_of(nlp, text)}
    assert Stance.CRITICIZE not in stances
    assert Stance.DENY in stances


def test_authorities_failing_to_act_are_criticized(nlp: Language) -> None:
    # spaCy lemmatizes "authorities" as "authority": the institution is still the one faulted
    text = "Human rights groups say the authorities have failed to investigate the killings."
    assert ("Human rights groups", ["the authorities"]) in _criticisms(nlp, text)


# --- an evaluation of another side's act in what is said (content lexicon rows) ------------


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        ("Moscow said the U.S. move was dangerous.", "Moscow", ["U.S."]),
        ("Iran said the European response was inadequate.", "Iran", ["European"]),
        (
            "The ministry said the U.S. sanctions were illogical and irrational.",
            "The ministry",
            ["U.S."],
        ),
        (
            "China said Washington's decision was a serious blow to bilateral relations.",
            "China",
            ["Washington"],
        ),
        ("Seoul said Tokyo's decision was a dangerous escalation.", "Seoul", ["Tokyo"]),
    ],
)
def test_an_act_evaluated_criticizes_its_doer(
    nlp: Language, text: str, claimer: str, target: list[str]
) -> None:
    assert (claimer, target) in _criticisms(nlp, text)


def test_a_dangerous_situation_judges_nobody(nlp: Language) -> None:
    text = "The spokesman said the situation in the region was dangerous."
    assert _criticisms(nlp, text) == []


def test_an_office_protesting_criticizes(nlp: Language) -> None:
    text = "The minister denied the charge and protested against China's new air defense zone."
    assert ("The minister", ["China"]) in _criticisms(nlp, text)


def test_a_crowd_protesting_with_no_grievance_is_no_claim(nlp: Language) -> None:
    text = "The president's supporters protested outside the embassy."
    assert _criticisms(nlp, text) == []


def test_a_crowd_protesting_against_an_act_criticizes(nlp: Language) -> None:
    """Street demonstrators protesting criticize (the claims guide, test11/test12 sections;
    round 13, evalcrit13): before, a crowd protesting was read as an act."""
    text = "Thousands of students protested against the Chinese government's decision."
    assert ("Thousands of students", ["Chinese"]) in _criticisms(nlp, text)


# --- a reaction an act draws from someone: "drew sharp criticism from X" --------------------


def test_a_drawn_criticism_is_its_sources(nlp: Language) -> None:
    text = "Japan's decision to release the water has drawn protests from China."
    assert ("China", ["Japan"]) in _criticisms(nlp, text)
    text = "The tests drew condemnation from the United Nations and South Korea."
    found = _criticisms(nlp, text)
    assert ("United Nations", []) in found
    assert ("South Korea", []) in found


def test_drawn_praise_approves(nlp: Language) -> None:
    claims = claims_of(nlp, "Seoul's proposal drew praise from Washington.")
    assert [(c.claimer.span.text, c.stance, targets(c)) for c in claims] == [
        ("Washington", Stance.APPROVE, ["Seoul"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The decision drew criticism at home.",
        "The move drew attention from the media.",
        "The strike drew a response from Israel.",
        "The plan has drawn criticism from human rights groups.",
    ],
)
def test_no_named_source_or_no_stance_drawn(nlp: Language, text: str) -> None:
    assert _criticisms(nlp, text) == []


def test_one_protest_per_summons(nlp: Language) -> None:
    text = (
        "Beijing summoned the U.S. ambassador over the weekend to protest the arms sale to Taiwan."
    )
    assert _criticisms(nlp, text) == [("Beijing", ["U.S."])]


def test_a_protest_to_a_forum_does_not_target_it(nlp: Language) -> None:
    text = "Pakistan protested to the United Nations over the shelling."
    assert _criticisms(nlp, text) == [("Pakistan", [])]
