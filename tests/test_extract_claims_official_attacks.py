"""Attacks an official's prose names as nouns (issue 13, :mod:`kg.extract.claims.prose`):
"Russian missile strikes", "a deliberate attack by the Russian military" in an address of
the President of Ukraine or a State Department text charge their owner; an attack with no
owner charges the text's adversary when the sentence says it goes on or did harm
("shelling ... continues"); an attack the sentence only supposes
("if they have been damaged by shelling", "can prevent attacks") charges no one, and a
news report keeps none of these claims.

Sentences are real, from President of Ukraine, State Department and White House texts of
``corpus/`` that are in no gold part of ``benchmarks/allegations/gold.jsonl`` (nor in
``benchmarks/claims/gold.jsonl``), each after a passage of an address naming the other
side (:data:`OPENING`).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.resolve import ActorRegistry, resolve

UKRAINE = "President of Ukraine"
STATE = "U.S. Department of State"
WHITE_HOUSE = "The White House"

# a passage that names the other side (address of the President of Ukraine, 2022-04-13,
# in no gold part), put before each sentence below
OPENING = (
    "Combat reports for today do not differ significantly from previous ones. Russian troops "
    "are stepping up activity in the eastern and southern directions. They are trying to "
    "retaliate for their defeats. "
)


def charged(nlp: Language, sentence: str, outlet: str, opening: str = OPENING) -> set[str]:
    """The targets of the accusations made in ``sentence`` (after ``opening``)."""
    text = opening + sentence
    article = Article("doc", text, "-", title="Address", outlet=outlet, published="2022-05-24")
    graph: DocumentGraph = resolve(extract(nlp(text), article), ActorRegistry())
    return {
        target
        for claim in graph.claims
        if claim.claim.stance is Stance.ACCUSE
        and sentence.strip() in graph.sentences[claim.claim.sentence].text
        for target in claim.targets
    }


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        # address of the President of Ukraine, "We must use all our influence and leadership to
        # protect freedom" (https://www.president.gov.ua/en/news/mayemo-vikoristati-ves-nash-
        # vpliv-i-liderstvo-shob-zahistiti-75693, corpus/president-of-ukraine-russia-ukraine.jsonl)
        ("The list of children killed by Russian strikes since February 24 already includes "
         "more than two hundred and sixty names.", UKRAINE),
        # address of the President of Ukraine, 2022-03-14
        ("It was a deliberate attack by the Russian military.", UKRAINE),
        # White House, "U.S.-Singapore Joint Leaders' Statement", 2022-03-29
        # (https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/29/u-s-singapore-
        # joint-leaders-statement/, corpus/white-house-burma.jsonl): an owner's possessive
        ("The United States and Singapore recognize that threats to the UN Charter and "
         "rules-based international order anywhere, including Russia’s unprovoked attack on "
         "Ukraine, place peace and prosperity everywhere at risk.", WHITE_HOUSE),
        # State Department, "Japan’s Financial Sanctions Against Russia", 2022-02-27
        ("We stand resolutely together against Russia’s premeditated, unprovoked, and "
         "unjustified attack.", STATE),
    ],
)  # fmt: skip
def test_an_attack_charges_its_owner(nlp: Language, sentence: str, outlet: str) -> None:
    assert charged(nlp, sentence, outlet) == {"russia"}


def test_an_unowned_attack_that_goes_on_charges_the_adversary(nlp: Language) -> None:
    # address of the President of Ukraine, "We have already started working on new sanctions
    # packages against Russia" (https://www.president.gov.ua/en/news/mi-vzhe-pochali-pracyuvati-
    # nad-novimi-sankcijnimi-paketami-p-75569, corpus/president-of-ukraine-russia-ukraine.jsonl)
    sentence = (
        "Absolutely senseless shelling of our border northern regions, in particular Chernihiv, "
        "continues from the Russian territory."
    )
    assert charged(nlp, sentence, UKRAINE) == {"russia"}


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        # President of Ukraine page, 2022-04-17 (an appeal for compensation)
        ("Be sure to apply if you have lost an apartment, house or if they have been damaged "
         "by shelling.", UKRAINE),
        # White House, "Statement by President Biden on our Nation’s Cybersecurity"
        ("We need everyone to do their part to meet one of the defining threats of our time — "
         "your vigilance and urgency today can prevent or mitigate attacks tomorrow.",
         WHITE_HOUSE),
    ],
)  # fmt: skip
def test_a_supposed_attack_charges_no_one(nlp: Language, sentence: str, outlet: str) -> None:
    assert charged(nlp, sentence, outlet) == set()


def test_a_news_report_keeps_no_such_claim(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    # the address of test_an_attack_charges_its_owner
    sentence = (
        "The list of children killed by Russian strikes since February 24 already includes "
        "more than two hundred and sixty names."
    )
    assert charged(nlp, sentence, "Reuters") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # addresses of the President of Ukraine, 2022-06-04 and 2022-03-10
        "Mass killings, torture of people.",
        "About the torture of our cities, our people.",
        # address of the President of Ukraine, 2022-03-24: doers named by what they did
        "Those who gave the order to kill and those who killed must face the Tribunal.",
    ],
)
def test_atrocities_in_an_addresss_fragments_charge_the_adversary(
    nlp: Language, sentence: str
) -> None:
    assert charged(nlp, sentence, UKRAINE) == {"russia"}


def test_atrocities_charge_their_owner(nlp: Language) -> None:
    # State Department, 2022-04-06 ("$100 Million in Additional U.S. Security Assistance")
    sentence = (
        "The world has been shocked and appalled by the atrocities committed by Russia’s "
        "forces in Bucha and across Ukraine."
    )
    assert charged(nlp, sentence, STATE) == {"russia"}


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        # addresses of the President of Ukraine, 2022-03-23 (a call to sanction) and
        # 2022-06-10: a strike called for, a siren's "air-raid"
        ("Strike at their real estate, accounts and yachts.", UKRAINE),
        ("On a chair with three legs, under the roar of an air-raid siren.", UKRAINE),
        # State Department, 2022-04-27: atrocities to deter, in a sentence the colon of a
        # heading leaves verbless
        ("Urgent Needs: The EDRI will prioritize support for immediate human rights "
         "priorities in Ukraine and its surrounding region, including by promoting "
         "accountability as a deterrent to further atrocities, and addressing risks to "
         "vulnerable and at-risk groups fleeing Ukraine and repression across Eurasia.",
         STATE),
    ],
)  # fmt: skip
def test_no_charge_without_an_act_done(nlp: Language, sentence: str, outlet: str) -> None:
    assert charged(nlp, sentence, outlet) == set()


def test_the_lemmatizer_reads_the_verbs_of_the_lexicons(nlp: Language) -> None:
    # White House, 2022-05-03 (World Press Freedom Day): "raped" is "rape", not "rap"
    doc = nlp("And for this, too often, they are killed, jailed, raped, threatened, and harassed.")
    assert {t.lemma_ for t in doc if t.lower_ == "raped"} == {"rape"}
    assert [t.lemma_ for t in nlp("The wages rose.")][1] == "wage"  # the noun as it was


def test_waging_a_war_is_charged(nlp: Language) -> None:
    # address of the President of Ukraine, 2022-05-02 ("waging" was lemmatized "wag")
    sentence = (
        "It is no coincidence that they are waging a so-called total war to destroy all "
        "living things, after which only the burned ruins of entire cities and villages "
        "remain."
    )
    # "they": the Russian troops of the opening, or Russia (the text's adversary)
    assert charged(nlp, sentence, UKRAINE) in ({"russia"}, {"russian-troops"})
