"""Demands that presuppose a wrong criticize their addressee (family ``demand``,
:mod:`kg.extract.claims.demands`), and the repression nouns of the content lexicon in an
official text's own voice (CAMEO 17x/18x in ``kg/data/content_lexicon.tsv``).  Sentences
from the State Department and Kremlin texts of ``corpus/`` that are in no gold part of
``benchmarks/claims/gold.jsonl`` or ``benchmarks/allegations/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.address_speech import ADDRESS_RULE
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance


def claims(
    nlp: Language, text: str, rules: frozenset[str] | None = RULES - {ADDRESS_RULE}
) -> list[Claim]:
    doc = nlp(text)
    return list(extract_claims(doc, extract_mentions(doc), rules))


def demands(nlp: Language, text: str) -> list[Claim]:
    return [c for c in claims(nlp, text) if c.rule.startswith("demand")]


@pytest.mark.parametrize(
    ("text", "claimer", "target", "content_starts"),
    [
        (
            "Further, we urge Russia to withdraw completely its military forces and equipment"
            " from the entire territory of Ukraine within its internationally recognized borders.",
            "we",
            "Russia",
            "withdraw completely its military forces",
        ),
        (
            "They called on Russia to cease its unprovoked war immediately and fully withdraw"
            " from Ukraine.",
            "They",
            "Russia",
            "cease its unprovoked war",
        ),
        (
            "She underscored U.S. support for Ukraine’s sovereignty and territorial integrity"
            " and called on Putin to end his war of choice.",
            "She",
            "Putin",
            "end his war of choice",
        ),
        (
            "We again call on the PRC government to cease its acts of transnational"
            " repression, including attempting to silence Uyghur American activists.",
            "We",
            "PRC",
            "cease its acts of transnational repression",
        ),
        (
            "We call on the PRC to release those who have been detained or imprisoned in"
            " connection with the 709 crackdown.",
            "We",
            "PRC",
            "release those who have been detained",
        ),
    ],
)
def test_demand_to_stop_criticizes_the_addressee(
    nlp: Language, text: str, claimer: str, target: str, content_starts: str
) -> None:
    (claim,) = demands(nlp, text)
    assert claim.claimer.span.text == claimer
    assert claim.stance is Stance.CRITICIZE
    assert [t.span.text for t in claim.targets] == [target]
    assert claim.content is not None and claim.content.text.startswith(content_starts)


def test_continued_demand_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "The United States will continue to stand together with the community of nations"
        " backing the people of Ukraine as they defend their country and will continue to"
        " urge President Putin to stop the violence, de-escalate, and choose the path of"
        " diplomacy."
    )
    (claim,) = demands(nlp, text)
    assert claim.claimer.span.text == "United States"
    assert [t.span.text for t in claim.targets] == ["Putin"]


@pytest.mark.parametrize(
    "text",
    [
        # an appeal to act, not to stop a wrong
        "We remain committed to diplomacy with the DPRK and call on the DPRK to engage in"
        " dialogue.",
        "I also called on Estonia to join the project of Ukraine's reconstruction after the war.",
        "He urged the President of France to join the efforts to ensure the safe evacuation of"
        " foreign nationals from Ukraine.",
        # nothing hostile named: tests and launches the resolutions bar
        # (state.gov/ministerial-statement-of-the-french-republic-the-united-kingdom-of-great-
        # britain-and-northern-ireland-and-the-united-states-of-america/)
        "We remain committed to complete, verifiable, and irreversible dismantlement by the DPRK"
        " of all its nuclear weapons and call on the DPRK to cease all nuclear tests and launches"
        " that use ballistic missile technology and related activities as required under"
        " multiple UN Security Council resolutions.",
        # "the parties to the conflict" is nobody in particular (state.gov/united-states-
        # announces-additional-humanitarian-assistance-for-the-people-of-yemen-3/)
        "Humanitarian assistance alone cannot address the roots of this crisis; we urge the"
        " parties to the conflict to halt hostilities to make way for a durable, inclusive"
        " political solution to this conflict for the sake of the people.",
        # not a demand the speaker makes: reported as a demand of others
        "Hundreds of European companies and banks have not only not yet refused to operate in"
        " the Russian market, but are also showing outright contempt in response to demands"
        " to stop financing Russia's military machine through their taxes and excise taxes.",
    ],
)
def test_appeals_that_charge_nobody(nlp: Language, text: str) -> None:
    assert demands(nlp, text) == []


def test_a_demand_is_no_threat(nlp: Language) -> None:
    text = (
        "We call on the Russian Federation to withdraw immediately all its military forces"
        " and equipment from within the internationally recognized borders of Ukraine and"
        " return to a path of dialogue and diplomacy."
    )
    found = claims(nlp, text)
    assert [c.stance for c in found if c.rule.startswith("demand")] == [Stance.CRITICIZE]
    assert all(c.stance is not Stance.THREATEN for c in found)


def test_demand_family_is_selectable(nlp: Language) -> None:
    text = "They called on Russia to cease its unprovoked war immediately."
    assert "demand" in RULES
    assert any(c.rule.startswith("demand") for c in claims(nlp, text))
    # Without the family no demand is read; the text's own voice may still charge the war.
    assert not any(c.rule.startswith("demand") for c in claims(nlp, text, RULES - {"demand"}))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Likewise, the Lukashenka regime continues its brutal crackdown on peaceful"
            " activists while it intensifies its support to the invasion of Ukraine.",
            "Lukashenka",
        ),
    ],
)
def test_author_voice_charges_who_pursues_a_crackdown(
    nlp: Language, text: str, target: str
) -> None:
    found = [c for c in claims(nlp, text, RULES) if c.rule.startswith("author_voice")]
    assert [(c.stance, [t.span.text for t in c.targets]) for c in found] == [
        (Stance.ACCUSE, [target])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the victims of repression, not its agent
        "Some 400 journalists and workers in the media in Belarus have faced various forms of"
        " repression in the course of the August 9 election and its aftermath.",
        "We lend our support to those who have fallen victim to repression.",
    ],
)
def test_author_voice_no_charge_for_victims(nlp: Language, text: str) -> None:
    # the default families (the optional official_repression charges the state instead)
    found = claims(nlp, text, RULES - OPTIONAL)
    assert [c for c in found if c.rule.startswith("author_voice")] == []


def test_release_of_those_detained_presupposes_the_detention(nlp: Language) -> None:
    """Round 19, second wave: "release (all) those (unjustly) detained", a participle after
    "those", presupposes the detention as "those who have been detained" does.  (Its
    addressee here, "the regime", names no actor by itself: resolution is not tested.)"""
    from kg.extract.claims.demands import _presupposes

    # state.gov/joint-statement-on-execution-of-pro-democracy-and-opposition-leaders-in-myanmar/
    doc = nlp(
        "We urge the regime to release all those unjustly detained, grant full and"
        " independent access to prisons and fulfill its obligations under the Association"
        " of Southeast Asian Nations’ (ASEAN) Five-Point Consensus to seek"
        " peace through dialogue, not further violence."
    )
    release = next(t for t in doc if t.lower_ == "release")
    assert _presupposes(release)
    # state.gov/outcomes-of-the-50th-session-of-the-un-human-rights-council/
    released = nlp("The FFM will release its final report in March 2023.")
    report = next(t for t in released if t.lower_ == "release")
    assert not _presupposes(report)
