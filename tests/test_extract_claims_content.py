"""Stance carried by the content of plain speech ("said Chad was backing rebels"): hostile
acts of another side accuse, exculpations deny, critical evaluations criticize, harm
promised by the speaker's own side threatens (:mod:`kg.extract.claims.content` with
``kg/data/content_lexicon.tsv``).  Wire sentences of the dispute register that are in no
gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.claims.content_lexicon import HOSTILE_ACTS, SUPPORT_VERBS
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance


def claim_by(nlp: Language, text: str, claimer: str) -> Claim:
    doc = nlp(text)
    found = [
        c for c in extract_claims(doc, extract_mentions(doc)) if c.claimer.span.text == claimer
    ]
    assert len(found) == 1, found
    return found[0]


def targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


def test_the_lexicon_is_data_derived_from_cameo() -> None:
    assert {"shell", "invade", "kidnap", "massacre", "sabotage"} <= HOSTILE_ACTS
    # ambiguous synonyms; and coercion (CAMEO 17x: arrest, seize, expel), which a state does
    # lawfully too and which round 8 measured as no gain and a false charge of one's own forces
    assert not {"beat", "match", "hold", "die", "arrest", "seize", "expel"} & HOSTILE_ACTS
    assert "aid" in SUPPORT_VERBS


@pytest.mark.parametrize(
    ("text", "claimer", "accused"),
    [
        # support of a hostile actor
        (
            "Sudanese President Omar al-Bashir said Chad was backing rebels in Darfur.",
            "Omar al-Bashir",
            "Chad",
        ),
        # arming: a weapon handed to a hostile actor
        (
            "A Ukrainian military spokesman said Russia is supplying weapons to separatists in "
            "eastern Ukraine.",
            "A Ukrainian military spokesman",
            "Russia",
        ),
        # a cleft: the focused actor did the hostile act
        (
            "Iraqi Foreign Minister Tariq Aziz told reporters it was Iran that started the war "
            "in 1980.",
            "Tariq Aziz",
            "Iran",
        ),
        # bringing a conflict about, through an effort
        (
            "The Somali president said Ethiopia was trying to foment instability in the region.",
            "The Somali president",
            "Ethiopia",
        ),
        # a hostile act said to be proven
        (
            "The Lebanese health minister said the casualties were evidence of Israeli atrocities.",
            "The Lebanese health minister",
            "Israeli",
        ),
        # a hostile doing named as a noun, with its agent
        (
            "Ukrainian Foreign Minister Dmytro Kuleba said the attacks by Russia had destroyed "
            "the city's power plant.",
            "Dmytro Kuleba",
            "Russia",
        ),
        # pursuing weapons of mass destruction
        (
            "Israeli Prime Minister Benjamin Netanyahu said Iran was secretly developing a "
            "nuclear weapon.",
            "Benjamin Netanyahu",
            "Iran",
        ),
        # a commitment not kept
        (
            "Ukrainian President Petro Poroshenko said Russia had not honored its commitments "
            "under the Minsk agreements.",
            "Petro Poroshenko",
            "Russia",
        ),
        # force posture at a border
        (
            "Georgian President Mikheil Saakashvili said Russia was concentrating troops near "
            "the border.",
            "Mikheil Saakashvili",
            "Russia",
        ),
    ],
)
def test_a_hostile_act_of_another_side_accuses(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == [accused]
    assert "content_stance" in claim.rule


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (
            "Kenyan army spokesman Emmanuel Chirchir said Kenya had attacked al-Shabab camps.",
            "Emmanuel Chirchir",
        ),
        (
            "Israeli army spokesman Avichay Adraee said Israel had deployed additional troops "
            "along the border with Lebanon.",
            "Avichay Adraee",
        ),
    ],
)
def test_the_speakers_own_side_is_not_accused(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is not Stance.ACCUSE


@pytest.mark.parametrize(
    ("text", "claimer", "accusers"),
    [
        # a claim called false as the subject of the content
        (
            "Venezuelan Foreign Minister Jorge Arreaza said the baseless accusations only served "
            "to justify new sanctions.",
            "Jorge Arreaza",
            ["the baseless accusations"],
        ),
        # a denial restated
        (
            "Iranian Foreign Ministry spokesman Hamid Reza Asefi said Iran reiterated its firm "
            "rejection of any role in the attack.",
            "Hamid Reza Asefi",
            [],
        ),
    ],
)
def test_a_discredited_claim_denies(
    nlp: Language, text: str, claimer: str, accusers: list[str]
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.DENY
    assert targets(claim) == accusers


def test_spreading_false_claims_is_no_denial(nlp: Language) -> None:
    text = "Georgian President Mikheil Saakashvili said Russia was spreading false claims."
    assert claim_by(nlp, text, "Mikheil Saakashvili").stance is not Stance.DENY


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (
            "Pakistani Foreign Ministry spokesman Tasnim Aslam said Islamabad was not to blame "
            "for the violence in Afghanistan.",
            "Tasnim Aslam",
        ),
        (
            "A Pakistani military spokesman said such a meeting did not take place.",
            "A Pakistani military spokesman",
        ),
        (
            "Kremlin spokesman Dmitry Peskov said the allegations were without foundation.",
            "Dmitry Peskov",
        ),
        (
            "Israeli Prime Minister Benjamin Netanyahu said the report was part of a propaganda "
            "campaign against Israel.",
            "Benjamin Netanyahu",
        ),
        (
            "Syria's information minister said the accusations were far from reality.",
            "Syria's information minister",
        ),
    ],
)
def test_an_exculpation_denies(nlp: Language, text: str, claimer: str) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.DENY


@pytest.mark.parametrize(
    ("text", "claimer", "criticized"),
    [
        (
            "Chinese Foreign Ministry spokeswoman Hua Chunying said Washington's policy was "
            "hypocritical.",
            "Hua Chunying",
            ["Washington"],
        ),
        (
            "Russian Foreign Ministry spokeswoman Maria Zakharova said the sanctions constitute "
            "interference in Russia's internal affairs.",
            "Maria Zakharova",
            [],
        ),
    ],
)
def test_a_critical_evaluation_criticizes(
    nlp: Language, text: str, claimer: str, criticized: list[str]
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.CRITICIZE
    assert targets(claim) == criticized


@pytest.mark.parametrize(
    ("text", "claimer", "threatened"),
    [
        (
            "A North Korean military spokesman said that if the South does not halt the drills, "
            "the army will be forced to act against it.",
            "A North Korean military spokesman",
            ["South"],
        ),
        (
            "Iran's Revolutionary Guards said they would hit back if attacked.",
            "Iran's Revolutionary Guards",  # its owner state kept (mentions.ORG_OWNER_STATE)
            [],
        ),
        (
            "Kremlin spokesman Dmitry Peskov said Moscow would respond to any British sanctions.",
            "Dmitry Peskov",
            ["British"],
        ),
        (
            "Turkish Prime Minister Recep Tayyip Erdogan said the army would respond if Syria "
            "attacked Turkish soil.",
            "Recep Tayyip Erdogan",
            ["Syria"],
        ),
    ],
)
def test_harm_promised_by_the_speakers_side_threatens(
    nlp: Language, text: str, claimer: str, threatened: list[str]
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.THREATEN
    assert targets(claim) == threatened


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (
            "The foreign ministry said the talks would resume in Geneva next week.",
            "The foreign ministry",
        ),
        (
            "Kremlin spokesman Dmitry Peskov said Moscow would respond to any questions from "
            "reporters.",
            "Dmitry Peskov",
        ),
        ("The Israeli army said its aircraft struck rocket launchers in Gaza.", "The Israeli army"),
        ("The central bank said it will target inflation of two percent.", "The central bank"),
        ("The army said it will destroy the weapons stockpile next year.", "The army"),
        (
            "A government spokesman said it is not clear that the rebels attacked the convoy.",
            "A government spokesman",
        ),
    ],
)
def test_plain_assertions_stay_assertions(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.ASSERT


def test_a_demand_is_no_threat(nlp: Language) -> None:
    doc = nlp(
        "Egyptian Foreign Minister Ahmed Aboul Gheit demanded that Israel stop the air strikes."
    )
    assert all(c.stance is not Stance.THREATEN for c in extract_claims(doc, extract_mentions(doc)))


@pytest.mark.parametrize(
    ("text", "claimer", "threatened"),
    [
        (
            "Hezbollah leader Hassan Nasrallah vowed to retaliate if Israel attacked Lebanon.",
            "Hassan Nasrallah",
            ["Israel"],
        ),
        (
            "North Korea threatened to boycott the talks unless Washington dropped its demands.",
            "North Korea",
            ["Washington"],
        ),
    ],
)
def test_a_threat_targets_the_actor_of_its_condition(
    nlp: Language, text: str, claimer: str, threatened: list[str]
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.THREATEN
    assert targets(claim) == threatened
