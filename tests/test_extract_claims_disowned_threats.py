"""Denials told as negated facts and threats told as plans (issue 12): a negated content
that names the claim it answers ("has not been defeated, as the president claims"), a
harm named by the object of a doing verb ("will launch strikes on", "would give a
befitting response to"); each with negative cases beside it.

News sentences in the register of wire copy about disputes, in no gold part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Claim, Stance
from tests.claim_helpers import claims_of, targets


def _first(nlp: Language, text: str) -> Claim:
    return claims_of(nlp, text)[0]


# --- a negated content that names the claim it answers -------------------------------------


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        (
            "A rebel commander said the insurgency has not been crushed, as the president claims.",
            "the president",
        ),
        (
            "The minister said the government has not sent troops across the border, "
            "as reported by a news agency on Monday.",
            "a news agency",
        ),
    ],
)
def test_a_negated_content_answering_a_named_claim_denies_it(
    nlp: Language, text: str, accuser: str
) -> None:
    claim = _first(nlp, text)
    assert claim.stance is Stance.DENY
    assert accuser in targets(claim)


@pytest.mark.parametrize(
    "text",
    [
        # the report agrees with the negated fact about another side
        "The envoy said Tehran has not complied with the deal, as inspectors reported.",
        # not negated: the claim is agreed with
        "The commander said the town has fallen, as the army claims.",
    ],
)
def test_a_report_agreed_with_is_no_denial(nlp: Language, text: str) -> None:
    claim = _first(nlp, text)
    assert claim.stance is not Stance.DENY


# --- a harm named by the object of a doing verb --------------------------------------------


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        ("Pakistan's army chief said Pakistan will give a befitting reply to India.", ["India"]),
        (
            "North Korea's army said it would launch merciless strikes on South Korea.",
            ["South Korea"],
        ),
        (
            "The Israeli prime minister said Israel would take military action against "
            "Hezbollah if the rocket fire continued.",
            ["Hezbollah"],
        ),
        (
            "Iran's Revolutionary Guards said they would deliver a crushing response to the enemy.",
            [],
        ),
        (
            "The Turkish president said Turkey will launch a new military operation against "
            "the militants.",
            [],
        ),
    ],
)
def test_a_harm_named_by_its_noun_and_promised_threatens(
    nlp: Language, text: str, aimed: list[str]
) -> None:
    claim = _first(nlp, text)
    assert claim.stance is Stance.THREATEN
    assert targets(claim) == aimed


@pytest.mark.parametrize(
    "text",
    [
        # an answer to words, an operation that harms nobody, an act reported
        "The minister said the government will give a response to the proposal next week.",
        "The army said it will launch an operation to rescue the hostages.",
        "Officials said the rebels launched an attack on the town on Monday.",
        # another side's plan, told by an observer
        "A Western diplomat said the militia would launch an attack on the capital.",
    ],
)
def test_an_answer_to_words_or_a_reported_act_is_no_threat(nlp: Language, text: str) -> None:
    claim = _first(nlp, text)
    assert claim.stance is not Stance.THREATEN


# --- nobody as the agent of a hostile act -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army said not a single soldier crossed the border.",
        "The defense ministry said no Eritrean unit attacked the border post.",
    ],
)
def test_nobody_as_the_agent_of_a_hostile_act_denies(nlp: Language, text: str) -> None:
    claim = _first(nlp, text)
    assert claim.stance is Stance.DENY


@pytest.mark.parametrize(
    "text",
    [
        # a victim said to be nobody reports
        "Police said no one was killed in the blast.",
    ],
)
def test_a_victim_said_to_be_nobody_is_no_denial(nlp: Language, text: str) -> None:
    claim = _first(nlp, text)
    assert claim.stance is not Stance.DENY


# --- standing warnings: whoever does it punished, refusing to stand by, ruin promised -------


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        ('"Anyone who crosses the border will be shot," the commander said.', []),
        ("Those responsible will be punished, the interior minister said.", []),
        ("The Eritrean government said it would not stand by while its land is occupied.", []),
        ('"We will not hesitate to defend our sovereignty," the defense minister said.', []),
        ("North Korea's military said it would turn Seoul into a sea of fire.", ["Seoul"]),
    ],
)
def test_standing_warnings_and_ruin_threaten(nlp: Language, text: str, aimed: list[str]) -> None:
    claim = _first(nlp, text)
    assert claim.stance is Stance.THREATEN
    assert targets(claim) == aimed


@pytest.mark.parametrize(
    "text",
    [
        "The minister said those responsible were arrested on Monday.",
        "The prosecutor said the suspects will be tried next month.",
        "The minister said the country would not stand by its earlier offer.",
        '"We will not hesitate to use our influence," the minister said.',
        "The spokesman said the government would turn the camp into a school.",
    ],
)
def test_past_punishment_named_suspects_or_benign_change_is_no_threat(
    nlp: Language, text: str
) -> None:
    claim = _first(nlp, text)
    assert claim.stance is not Stance.THREATEN


# --- "no evidence": the accused side denies, a third party doubts -------------------------


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "A State Department spokesman said there was no evidence that Syria was "
            "involved in the bombing.",
            Stance.ASSERT,
        ),
        (
            "Iran's foreign minister said there is no evidence that Iran was involved in "
            "the attacks.",
            Stance.DENY,
        ),
        (
            '"There is no evidence that we supplied the weapons," the Russian minister said.',
            Stance.DENY,
        ),
    ],
)
def test_no_evidence_denies_for_the_accused_and_asserts_for_a_third_party(
    nlp: Language, text: str, stance: Stance
) -> None:
    assert _first(nlp, text).stance is stance
