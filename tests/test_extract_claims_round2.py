"""Round-2 claim rules for the held-out register (VOA and State Department copy): hostile
acts charged by their object (planting a bomb, imprisoning journalists), the group named in
"Taliban insurgents", and concern noted with a light phrase ("notes with concern X").
Sentences are wire and report sentences (State Department human rights reports and wire
copy, public domain) that are in no gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.claims.content_lexicon import EMPLACE_VERBS, REPRESS_VERBS, REPRESSED_NOUNS
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance


def claims_by(nlp: Language, text: str, claimer: str) -> list[Claim]:
    doc = nlp(text)
    return [c for c in extract_claims(doc, extract_mentions(doc)) if c.claimer.span.text == claimer]


def targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


def test_the_new_classes_are_data() -> None:
    assert {"plant", "detonate"} <= EMPLACE_VERBS
    assert {"imprison", "jail", "harass"} <= REPRESS_VERBS
    assert {"journalist", "journalists", "activists"} <= REPRESSED_NOUNS


@pytest.mark.parametrize(
    ("text", "claimer", "accused"),
    [
        (
            "Afghan officials said Taliban militants planted a roadside bomb that killed four "
            "police officers.",
            "Afghan officials",
            "Taliban",
        ),
        (
            "Human Rights Watch said Taliban authorities detained journalists covering women's "
            "protests.",
            "Human Rights Watch",
            "Taliban",
        ),
        (
            "The group said Iran imprisons more journalists than any other country in the region.",
            "The group",
            "Iran",
        ),
    ],
)
def test_a_hostile_act_known_by_its_object_accuses(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    (claim,) = claims_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == [accused]


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("The minister said farmers planted wheat on land cleared of mines.", "The minister"),
        ("The ministry said police arrested the suspect after a chase.", "The ministry"),
        ("The governor said the bomb had been planted in a parked car.", "The governor"),
    ],
)
def test_planting_crops_or_arresting_a_suspect_is_no_charge(
    nlp: Language, text: str, claimer: str
) -> None:
    (claim,) = claims_by(nlp, text, claimer)
    assert claim.stance is Stance.ASSERT


def test_noting_with_concern_criticizes_the_object(nlp: Language) -> None:
    text = (
        "The European Union notes with concern the continued detention of opposition leaders "
        "in Belarus."
    )
    (claim,) = claims_by(nlp, text, "European Union")
    assert claim.stance is Stance.CRITICIZE
    assert targets(claim) == ["Belarus"]
    assert claim.content is not None
    assert claim.content.text == "the continued detention of opposition leaders in Belarus"


def test_noting_with_satisfaction_is_no_criticism(nlp: Language) -> None:
    text = "The committee noted with satisfaction the release of the prisoners."
    assert not [c for c in claims_by(nlp, text, "The committee") if c.stance is Stance.CRITICIZE]


def test_countering_with_charges_keeps_the_accused_of_the_charge(nlp: Language) -> None:
    text = (
        "Kyiv countered the Russian accusation with charges that Moscow-backed fighters had "
        "shelled the town."
    )
    accusations = [c for c in claims_by(nlp, text, "Kyiv") if c.stance is Stance.ACCUSE]
    assert [targets(c) for c in accusations] == [["Moscow", "Moscow-backed fighters"]]


def test_national_armed_forces_speak_for_their_state() -> None:
    from kg.resolve.gazetteer import lookup

    for alias, state in (("IDF", "israel"), ("PLA", "china"), ("IRGC", "iran")):
        entry = lookup(alias)
        assert entry is not None and entry.state == state, alias


def test_an_army_reporting_its_own_strike_accuses_nobody(nlp: Language) -> None:
    text = "The IDF said Israeli aircraft struck weapons depots in southern Lebanon overnight."
    (claim,) = claims_by(nlp, text, "IDF")
    assert claim.stance is Stance.ASSERT


def test_an_army_reporting_the_other_side_s_fire_accuses_it(nlp: Language) -> None:
    text = "The IDF said Hezbollah fired rockets into northern Israel overnight."
    (claim,) = claims_by(nlp, text, "IDF")
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == ["Hezbollah"]


@pytest.mark.parametrize(
    ("text", "claimer", "stance", "accused"),
    [
        (
            "Dozens of villagers were killed in what local officials called reprisal attacks "
            "by rebels.",
            "local officials",
            Stance.ACCUSE,
            ["rebels"],
        ),
    ],
)
def test_a_free_relative_label_is_the_labelled_thing_not_a_target(
    nlp: Language, text: str, claimer: str, stance: Stance, accused: list[str]
) -> None:
    (claim,) = claims_by(nlp, text, claimer)
    assert claim.stance is stance
    assert targets(claim) == accused  # never "what"


@pytest.mark.parametrize(
    ("text", "claimer", "content"),
    [
        (
            "The army spokesman told reporters that the strikes hit all their targets but did "
            "not immediately provide evidence.",
            "The army spokesman",
            "the strikes hit all their targets",
        ),
        (
            "Police said the attackers fled but gave no details.",
            "Police",
            "the attackers fled",
        ),
        (
            "The minister said the talks had made progress but did not elaborate.",
            "The minister",
            "the talks had made progress",
        ),
    ],
)
def test_what_the_speaker_withheld_is_the_reporter_s_remark(
    nlp: Language, text: str, claimer: str, content: str
) -> None:
    (claim,) = [c for c in claims_by(nlp, text, claimer) if c.stance is Stance.ASSERT]
    assert claim.content is not None and claim.content.text == content
    assert not [c for c in claims_by(nlp, text, claimer) if c.stance is Stance.DENY]


def test_declining_to_elaborate_is_the_speaker_s_not_the_content_subject_s(
    nlp: Language,
) -> None:
    text = "The minister said the talks had made progress but declined to elaborate."
    declined = [c for c in claims_by(nlp, text, "The minister")]
    assert {c.stance for c in declined} == {Stance.ASSERT, Stance.DECLINE_COMMENT}
    assert not claims_by(nlp, text, "the talks")


def test_a_conjoined_content_verb_stays_in_the_content(nlp: Language) -> None:
    text = "The ministry said the shipment was delayed and did not reach the port."
    (claim,) = claims_by(nlp, text, "The ministry")
    assert claim.content is not None
    assert claim.content.text == "the shipment was delayed and did not reach the port"


@pytest.mark.parametrize(
    ("text", "claimer", "content"),
    [
        (
            "While the governor says the cause of the fire is still not clear, he credits local "
            "volunteers for saving dozens of homes.",
            "the governor",
            "the cause of the fire is still not clear",
        ),
        (
            "While officials say the border is calm, they warned that troops remain on alert.",
            "officials",
            "the border is calm",
        ),
    ],
)
def test_a_concessive_speech_clause_keeps_its_content(
    nlp: Language, text: str, claimer: str, content: str
) -> None:
    (claim,) = claims_by(nlp, text, claimer)
    assert claim.stance is Stance.ASSERT
    assert claim.content is not None and claim.content.text == content


def test_a_concessive_clause_without_speech_makes_no_claim(nlp: Language) -> None:
    text = "While the cause of the fire is still not clear, volunteers saved dozens of homes."
    doc = nlp(text)
    assert not extract_claims(doc, extract_mentions(doc))


@pytest.mark.parametrize(
    ("text", "claimer", "content"),
    [
        (
            "The ministry responded to the report by saying the figures were exaggerated.",
            "The ministry",
            "the figures were exaggerated",
        ),
        (
            "The embassy ended the briefing after saying the ambassador had been recalled.",
            "The embassy",
            "the ambassador had been recalled",
        ),
    ],
)
def test_a_gerund_of_speech_after_by_speaks_for_the_verb_s_subject(
    nlp: Language, text: str, claimer: str, content: str
) -> None:
    (claim,) = claims_by(nlp, text, claimer)
    assert claim.content is not None and claim.content.text == content


def test_a_gerund_of_speech_after_without_has_no_speaker(nlp: Language) -> None:
    text = "The ministry published the figures without saying how they were collected."
    assert not claims_by(nlp, text, "The ministry")


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "Germany has made clear its concern about Russia's troop buildup near the border.",
            "Germany",
            "Russia",
        ),
        ("Japan made known its displeasure with the Chinese incursions.", "Japan", "Chinese"),
    ],
)
def test_making_a_concern_plain_criticizes(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    (claim,) = claims_by(nlp, text, claimer)
    assert claim.stance is Stance.CRITICIZE
    assert targets(claim) == [target]


@pytest.mark.parametrize(
    "text",
    [
        "The company made clear its plans for the new plant.",
        "Officials made an attack on the rebels.",
    ],
)
def test_making_plain_anything_else_is_no_criticism(nlp: Language, text: str) -> None:
    doc = nlp(text)
    found = extract_claims(doc, extract_mentions(doc))
    assert not [c for c in found if c.stance is Stance.CRITICIZE]
