"""Who speaks in an official text, continued: a statement signed in one's own name (its
byline) speaks in the signer's voice, and what a speaker of an official text asserts
charges the doers the official's own prose would (``reported_prose``).

The texts are excerpts of documents of the dispute corpus (``corpus/``) that hold no
sentence of the allegation gold set (``benchmarks/allegations/gold.jsonl``).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance, Voice
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve
from kg.resolve.voice import byline_person

STATE = "U.S. Department of State"
UKRAINE = "President of Ukraine"

# "On the 6th Anniversary of the 709 Crackdown in China", state.gov, 2021-07-09
CRACKDOWN = (
    "Six years later, the government continues to hold many of those initially arrested, "
    "such as Xu Zhiyong and Ding Jiaxi, in pre-trial detention. Chinese authorities "
    "disbarred, detained, and prosecuted others, including lawyers Li Yuhan and Yu Wensheng, "
    "when they came forward to represent these brave human rights defenders."
)

# "Volodymyr Zelenskyy after the shelling of Vinnytsia by the invaders: Close the sky over
# Ukraine, it is your humanitarian duty", president.gov.ua (https://www.president.gov.ua/en/news/
# volodimir-zelenskij-pislya-obstrilu-okupantami-vinnici-zakri-73385,
# corpus/president-of-ukraine-russia-ukraine.jsonl, a text with no gold sentence; its first
# sentence and its sixth)
VINNYTSIA = (
    "After the rocket attack by Russian troops on Vinnytsia, President of Ukraine Volodymyr "
    "Zelenskyy once again called on Western countries to close the airspace over our country "
    "for Russian aircraft and missiles. The President stressed that the invaders continue to "
    "destroy Ukrainian infrastructure and residential buildings."
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def build(nlp, text: str, outlet: str, title: str, byline: str | None = None) -> DocumentGraph:
    article = Article(
        "doc", text, "-", title=title, outlet=outlet, published="2022-06-01", byline=byline
    )
    return resolve(extract(nlp(text), article), ActorRegistry())


def names(graph: DocumentGraph) -> dict[str, str]:
    return {actor.id: actor.name for actor in graph.actors}


def test_a_byline_names_the_signer_not_a_spokesperson() -> None:
    assert byline_person("Antony J. Blinken, Secretary of State") == "Antony J. Blinken"
    assert byline_person("Wendy R. Sherman, Deputy Secretary of State") == "Wendy R. Sherman"
    assert byline_person("Ned Price, Department Spokesperson") is None
    assert byline_person("Office of the Spokesperson") is None
    assert byline_person("The White House") is None
    assert byline_person(None) is None


def test_a_signed_statements_own_sentence_is_the_signers(nlp) -> None:
    title = "On the 6th Anniversary of the 709 Crackdown in China"
    signed = build(nlp, CRACKDOWN, STATE, title, "Antony J. Blinken, Secretary of State")
    charges = [c for c in signed.claims if c.claim.stance is Stance.ACCUSE]
    assert charges and {names(signed)[c.claimer] for c in charges} == {"Antony J. Blinken"}
    assert all("china" in c.targets for c in charges)
    # a spokesperson's statement speaks for the government, as before
    spoken = build(nlp, CRACKDOWN, STATE, title, "Ned Price, Department Spokesperson")
    charges = [c for c in spoken.claims if c.claim.stance is Stance.ACCUSE]
    assert charges and {c.claimer for c in charges} == {"united-states"}


def test_an_official_speakers_assertion_of_an_atrocity_accuses(nlp) -> None:
    graph = build(nlp, VINNYTSIA, UKRAINE, "Volodymyr Zelenskyy after the shelling of Vinnytsia")
    stressed = [c for c in graph.claims if c.claim.cue.text == "stressed"]
    assert [(c.claim.stance, c.targets) for c in stressed] == [
        (Stance.ACCUSE, ("russia",))
    ]  # the assertion it replaces is gone
    assert "reported_prose" in stressed[0].claim.rule


def test_a_news_report_keeps_the_plain_assertion(nlp) -> None:
    graph = build(nlp, VINNYTSIA, "Reuters", "Zelenskyy on Vinnytsia")
    stressed = [c for c in graph.claims if c.claim.cue.text == "stressed"]
    assert [c.claim.stance for c in stressed] == [Stance.ASSERT]


# "Telephone conversation with ...", en.kremlin.ru (news/67427): the clause Putin noted,
# as the text's own sentence
MINSK = "Kiev still refuses to honour its commitments under the 2015 Minsk agreements."


def test_an_official_texts_own_charge_of_a_broken_commitment_is_a_claim(nlp) -> None:
    graph = build(nlp, MINSK, "President of Russia", "Telephone conversation")
    # no holder of the office is known to this one-document registry: the state speaks
    assert [(c.claimer, c.claim.stance, c.targets) for c in graph.claims] == [
        ("russia", Stance.ACCUSE, ("ukraine",))
    ]


def test_using_people_as_a_shield_is_a_hostile_act_of_official_prose(nlp) -> None:
    text = "Hamas is using civilians as human shields."
    graph = build(nlp, text, STATE, "Statement")
    assert [(c.claim.stance, c.targets) for c in graph.claims] == [(Stance.ACCUSE, ("hamas",))]
    # a plain use is no charge
    graph = build(nlp, "Hamas is using civilians as couriers.", STATE, "Statement")
    assert graph.claims == ()


def test_what_the_occupiers_did_named_a_crime_charges_them(nlp) -> None:
    # the frame of an address ("what ... did to ... is genocide"), in a sentence written
    # for this test: the corpus holds it only in gold sentences
    text = (
        "Russian troops left Borodyanka last week. What the Russian army did in Borodyanka "
        "is a war crime. Russia must answer for it."
    )
    graph = build(nlp, text, UKRAINE, "Address by the President of Ukraine")
    charged = [c for c in graph.claims if c.claim.cue.text == "is"]
    assert [(c.claim.stance, c.targets) for c in charged] == [(Stance.ACCUSE, ("russia",))]
    graph = build(nlp, "What the delegation did in Geneva is a success.", UKRAINE, "Address")
    assert graph.claims == ()


def test_an_official_texts_own_information_is_its_claim(nlp) -> None:
    # the frame of a readout ("according to available information, ..."), in a sentence
    # written for this test: the corpus's charging ones are gold sentences
    text = "According to preliminary information, Russian troops shelled a hospital in Kharkiv."
    graph = build(nlp, text, UKRAINE, "Address by the President of Ukraine")
    assert [(c.claimer, c.claim.stance, c.targets) for c in graph.claims] == [
        ("ukraine", Stance.ACCUSE, ("russia",))
    ]
    # a news report cites no one: the sentence is its outlet's own (kg.resolve.NEWS_PUBLISHER)
    assert [
        (c.claimer, c.claim.stance, c.targets, c.claim.voice)
        for c in build(nlp, text, "Reuters", "Kharkiv").claims
    ] == [("reuters", Stance.ACCUSE, ("russia",), Voice.PUBLISHER)]


@pytest.mark.parametrize(
    "sentence",
    [
        # frames of addresses, in sentences written for this test (the corpus's are gold)
        "Yesterday Russian bombs fell on a school in Chernihiv.",
        "Russian aircraft dropped two bombs on a school in Chernihiv.",
        "Last night, the occupiers took hostage four volunteers in Chernihiv.",
    ],
)
def test_bombs_dropped_and_hostages_taken_charge_the_doer(nlp, sentence: str) -> None:
    text = f"Russia continues its war. {sentence} Russia must answer for it."
    graph = build(nlp, text, UKRAINE, "Address by the President of Ukraine")
    # (the war that "continues" is a charge of its own since round 11: prose._wages)
    assert [(c.claim.stance, c.targets) for c in graph.claims if c.claim.sentence == 1] == [
        (Stance.ACCUSE, ("russia",))
    ]


def test_bombs_whose_owner_is_not_named_charge_no_one(nlp) -> None:
    graph = build(nlp, "Yesterday bombs fell on a school in Chernihiv.", STATE, "Statement")
    assert graph.claims == ()
