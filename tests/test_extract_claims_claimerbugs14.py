"""Claimer bugs (round 14): a second speech verb after ", and" returns to the speaker; a
person named between commas after a state's title speaks; a named analyst or expert in
apposition to a description with a place, or a name the tagger took for a body after a
description of one person, is the speaker a later "He says" refers to; a relative pronoun
beside the speaker is not the claimer.

Sentences are wire-style copy in no part of the claims gold set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.claims import base
from kg.model import Stance
from kg.resolve import chain
from tests.claim_helpers import resolved, stances_of


def test_comma_and_speech_verb_returns_to_the_speaker(nlp: Language) -> None:
    text = (
        "A senior European diplomat said Iran was enriching uranium beyond agreed limits, "
        "and accused Tehran of hiding a nuclear site."
    )
    found = stances_of(nlp, text)
    assert ("A senior European diplomat", Stance.ACCUSE, ["Tehran"]) in found
    assert all(claimer != "Iran" for claimer, _, _ in found)


def test_comma_and_label_verb_returns_to_the_speaker(nlp: Language) -> None:
    text = (
        "State television says the army had nothing to do with the bombing, and called "
        "Kabul's accusation a baseless claim."
    )
    assert {claimer for claimer, _, _ in stances_of(nlp, text)} == {"State television"}


def test_without_the_comma_the_reported_subject_keeps_the_verb(nlp: Language) -> None:
    text = (
        "The minister said rebels had attacked the town and accused the government of "
        "doing nothing."
    )
    assert ("rebels", Stance.ACCUSE, ["the government"]) in stances_of(nlp, text)


def test_the_rule_can_be_switched_off(nlp: Language) -> None:
    text = (
        "A senior European diplomat said Iran was enriching uranium beyond agreed limits, "
        "and accused Tehran of hiding a nuclear site."
    )
    base.COMMA_CONJ_SPEAKER = False
    try:
        assert "Iran" in {claimer for claimer, _, _ in stances_of(nlp, text)}
    finally:
        base.COMMA_CONJ_SPEAKER = True


def test_name_after_a_states_title_speaks(nlp: Language) -> None:
    text = (
        "In Washington, U-S Under Secretary of Defense, Walter Hollis,said that Iraq had "
        "moved troops toward the border."
    )
    assert [c for c, _, _ in stances_of(nlp, text)] == ["Walter Hollis"]
    text = "The U.S. Under Secretary of State, Mary Dalton, said that Iran must comply."
    assert [c for c, _, _ in stances_of(nlp, text)] == ["Mary Dalton"]


def test_named_analyst_with_a_place_is_the_speaker(nlp: Language) -> None:
    text = (
        "Defense Minister Rajan Mehta said on Monday that India would respond. Meanwhile, "
        "an analyst in Islamabad, Sara Qadir, says the strikes were a warning. She says "
        "India is testing Pakistan's resolve."
    )
    claimers = [c for c, _, _ in resolved(nlp, text)]
    assert claimers == ["Rajan Mehta", "Sara Qadir", "Sara Qadir"]
    text = (
        "An expert at the Institute of Strategic Studies in Islamabad, Imran Lodhi, says "
        "the strikes were a warning."
    )
    assert [c for c, _, _ in stances_of(nlp, text)] == ["Imran Lodhi"]


def test_comma_and_after_a_clause_inside_the_report(nlp: Language) -> None:
    text = (
        "Japanese officials responded there is no doubt that the North launched the "
        "missile, and dismissed its denial as typical of a regime that hides its "
        "provocations."
    )
    assert {claimer for claimer, _, _ in stances_of(nlp, text)} == {"Japanese officials"}


def test_he_after_a_described_name_tagged_as_a_body_is_that_person(nlp: Language) -> None:
    text = (
        "Russia's ambassador to the U.N., Vasily Petrov, said Secretary-General Guterres "
        "had ignored the evidence. He said the report was biased."
    )
    assert [c for c, _, _ in resolved(nlp, text)] == ["Vasily Petrov", "Vasily Petrov"]


def test_he_after_a_described_name_can_be_switched_off(nlp: Language) -> None:
    text = (
        "Russia's ambassador to the U.N., Vasily Petrov, said Secretary-General Guterres "
        "had ignored the evidence. He said the report was biased."
    )
    chain.DESCRIBED_PERSON = False
    try:
        assert [c for c, _, _ in resolved(nlp, text)][1] != "Vasily Petrov"
    finally:
        chain.DESCRIBED_PERSON = True


def test_relative_pronoun_beside_the_speaker_is_not_the_claimer() -> None:
    # "in what they believe is an effort ...", parsed with two subjects on "believe"
    words = ["in", "what", "they", "believe", "is", "an", "effort"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[0, 3, 3, 0, 0, 6, 4],
        deps=["ROOT", "nsubj", "nsubj", "pcomp", "pcomp", "det", "attr"],
        tags=["IN", "WP", "PRP", "VBP", "VBZ", "DT", "NN"],
    )
    assert base._subject_beside_relative(doc[3], doc[1]) == doc[2]
    assert base._subject_beside_relative(doc[3], doc[2]) is None
