"""Claimers in wire copy's titles and time phrases: offices conjoined before a name in
apposition describe that one person; a place before "and" that opens a title ("Trinidad
and Tobago Prime Minister NAME") is part of the title; a date never speaks nor writes;
whoever saw or obtained a report did not write it.

Sentences are wire-style news copy in no part of the claims gold set.
"""

from __future__ import annotations

from spacy.language import Language

from tests.claim_helpers import claims_of, resolved


def claimers(nlp: Language, text: str) -> list[str]:
    return [name for name, _, _ in resolved(nlp, text)]


def test_offices_conjoined_before_a_name_are_one_speaker(nlp: Language) -> None:
    text = (
        "Former interior minister and leader of the opposition bloc, Ahmed Karimov, said "
        "the election commission had rigged the count."
    )
    assert claimers(nlp, text) == ["Ahmed Karimov"]
    text = "Opposition leader and former army chief Ravi Perera said troops had shot prisoners."
    assert claimers(nlp, text) == ["Ravi Perera"]
    # two people conjoined still give one claim each
    text = "The minister and the army chief said the rebels had attacked the convoy."
    assert len(claims_of(nlp, text)) == 2


def test_a_place_pair_opening_a_title_is_no_speaker(nlp: Language) -> None:
    text = (
        "Trinidad and Tobago Prime Minister Keith Rowley said Venezuelan patrol boats had "
        "entered its waters."
    )
    assert claimers(nlp, text) == ["Keith Rowley"]
    text = (
        "Jammu and Kashmir Chief Minister Ali Mir said soldiers had fired on protesters "
        "in the town."
    )
    assert claimers(nlp, text) == ["Ali Mir"]


def test_a_time_phrase_is_no_part_of_the_speaker(nlp: Language) -> None:
    text = "Press reports on Thursday said the army had shelled two villages near the border."
    assert [c.claimer.span.text for c in claims_of(nlp, text)] == ["Press reports"]
    # a place after the speaker still is: "officials in Kyiv"
    text = "Diplomats in Geneva said Tehran had enriched uranium beyond the agreed limit."
    assert claims_of(nlp, text)[0].claimer.span.text == "Diplomats in Geneva"


def test_a_date_does_not_write_a_statement(nlp: Language) -> None:
    text = "Tuesday's statement accused Seoul of staging provocations along the border."
    assert "Tuesday" not in claimers(nlp, text)


def test_whoever_saw_a_report_did_not_write_it(nlp: Language) -> None:
    text = "The report, seen by Reuters, accuses Rwanda of arming the rebels in North Kivu."
    assert claimers(nlp, text) == ["report"]
    # a report issued by a body is that body's
    text = "A report issued by the ministry accused Rwanda of arming the rebels in North Kivu."
    assert claimers(nlp, text) != ["report"]


def test_an_outlet_that_carried_a_statement_did_not_make_it(nlp: Language) -> None:
    text = (
        "The foreign ministry said in a statement carried by the official news agency that "
        "Seoul was preparing an invasion."
    )
    assert claimers(nlp, text) == ["foreign ministry"]
    # a statement the outlet carried, named as the subject, still speaks through it
    text = "A statement carried by the KCNA news agency accused Seoul of preparing an invasion."
    assert len(claimers(nlp, text)) == 1


def test_two_titled_names_conjoined_are_two_speakers(nlp: Language) -> None:
    text = (
        "Deputy Foreign Minister Viktor Orlov and Defense Minister Pavel Grachev said the "
        "alliance was escalating the conflict."
    )
    assert sorted(claimers(nlp, text)) == ["Pavel Grachev", "Viktor Orlov"]
    # a name inside another's phrase with no "and" is no second speaker
    text = (
        "A meeting between Orlov and Chinese Vice President Han Zheng ended Tuesday, "
        "foreign ministry spokesman Pavel Grachev said."
    )
    assert claimers(nlp, text) == ["Pavel Grachev"]


def test_according_to_a_report_is_its_authors(nlp: Language) -> None:
    text = (
        "Rwandan troops fought alongside the rebels, according to a confidential report by "
        "U.N. experts that was leaked to the French newspaper Le Monde."
    )
    assert claimers(nlp, text) == ["U.N. experts"]
    # reports of unnamed outlets speak as themselves
    text = "According to media reports, the jets were delivered to the army in August."
    assert claimers(nlp, text) == ["media reports"]


def test_a_group_speaks_through_the_organisations_it_names(nlp: Language) -> None:
    text = (
        "International organizations such as Human Rights Watch have accused the army of "
        "torturing detainees."
    )
    assert claimers(nlp, text) == ["Human Rights Watch"]
    text = "Countries like China and Russia have accused Washington of hypocrisy."
    assert sorted(claimers(nlp, text)) == ["China", "Russia"]
    # cities named as examples do not make a group of states speak
    text = "Residents of cities like Odesa said the strikes had hit apartment blocks."
    assert "Odesa" not in claimers(nlp, text)
