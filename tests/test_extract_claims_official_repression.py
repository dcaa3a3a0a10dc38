"""An official's own prose, round 17, second wave (issue 13): acts of repression a
statement narrates in its own voice are its charge when they hit the press, speech or those
who voice it ("the authorities have jailed hundreds of protesters", "the regulator has
shut down the last independent radio station"), and so are people who face charges or jail
for their speech ("journalists who report on the war face criminal charges")
(:mod:`kg.extract.claims.prose`: ``_represses``, ``_faces``, ``_involved``).  Sanctions,
entry bans and arrests of suspects charge no one, nor does the speaker's own side.

Most sentences were written for these tests, in the register of a statement or a fact sheet
(marked ``constructed`` where they stand: the corpus's own sentences of these shapes are nearly
all in the allegations gold); those with a source beside them are real (round 20,
``realtests20``).  None is in a gold part of ``benchmarks/``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import DocumentGraph, Stance
from kg.nlp import load_pipeline
from tests.claim_helpers import assert_in_no_gold_part, official_graph
from tests.claim_helpers import official_prose as prose

STATE = "U.S. Department of State"
ACCUSE = Stance.ACCUSE.value
#: An opening that names the state the statement is about (the adversary).
#: (state.gov/deputy-secretary-shermans-participation-in-strategic-stability-dialogue-with-
#: russian-deputy-foreign-minister-sergey-ryabkov/)
OPENING = "Russian Deputy Foreign Minister Sergey Ryabkov led the Russian delegation. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def build(nlp: Language, text: str, outlet: str) -> DocumentGraph:
    """``text`` resolved as an official document with the optional family
    ``official_repression`` on (off by default: see ``kg.extract.claims.OPTIONAL``)."""
    return official_graph(nlp, text, outlet, family="official_repression")


def test_off_by_default(nlp: Language) -> None:
    sentence = "The authorities arrested thousands of peaceful demonstrators in Moscow last week."
    assert prose(official_graph(nlp, OPENING + sentence, STATE), sentence[:-1]) == []
    assert prose(build(nlp, OPENING + sentence, STATE), sentence[:-1]) == [
        ("united-states", ACCUSE, ("russia",))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed: no public-domain example found outside the gold parts for the sentences
        # of this list without a source (searched: corpus/*.jsonl and the VOA pool for jailed,
        # detained, arrested, sentenced, imprisoned, shut down, shuttered, banned, harassed,
        # persecuted, crushed, political prisoners, prisoners of conscience, behind bars,
        # languish, fabricated charges; nearly every such corpus sentence is in the
        # allegations gold)
        "Russia's media regulator has shut down the last independent radio station in the country.",
        # state.gov/marking-one-year-of-hong-kongs-national-security-law/
        "Journalists have been arrested simply for doing their jobs in reporting on the"
        " government’s activities and repressive efforts against protesters.",
        "They have banned independent newspapers from reporting on the fighting.",
        "The regime has shuttered dozens of independent media outlets since March.",
        "The government has persecuted religious minorities and surveilled dissidents abroad.",
        "The authorities arrested thousands of peaceful demonstrators in Moscow last week.",
        "The regime continues to detain more than 1,000 political prisoners.",
        "Russia's security services have harassed and intimidated journalists and their families.",
        "The government continues to hold the two lawyers in pre-trial detention.",
        "Over 300 political prisoners are unjustly detained.",
        "The regime wrongfully detained the aid worker in 2019.",
        "The regime continues to crush the pro-democracy movement.",
        "This year the government has closed independent schools, placed pressure on the courts,"
        " and stifled press freedoms.",
        # round 19, second wave: sentencing, threatening, opponents, political prisoners
        # held, an act on charges the text calls false
        "Last month the courts sentenced dozens of peaceful demonstrators to long prison terms.",
        "The security services have threatened independent reporters and their relatives.",
        # state.gov/hong-kong-25-years-after-handover/
        "Authorities have jailed the opposition, with many imprisoned for more than a year.",
        "The government still holds more than 400 political prisoners in harsh conditions.",
        "The regime keeps hundreds of prisoners of conscience in remote penal colonies.",
        "The police detained the former mayor on fabricated charges of treason.",
        "More than 300 peaceful protesters still remain behind bars.",
        "Dozens of independent journalists languish in prison for their reporting.",
    ],
)
def test_acts_of_repression_are_the_statements_charge(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, STATE)
    assert prose(graph, sentence[:-1]) == [("united-states", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters who cover the war face criminal charges and up to fifteen years in prison.",
        "Those who speak out against the war face up to 15 years in prison.",
        "Independent journalists face harassment and arrest every day.",
        "Dozens of reporters have faced various forms of repression since the vote.",
    ],
)
def test_people_facing_charges_for_speech(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, STATE)
    assert prose(graph, sentence[:-1]) == [("united-states", ACCUSE, ("russia",))]


def test_those_involved_in_repression(nlp: Language) -> None:
    sentence = "Today we imposed visa restrictions on officials responsible for jailing reporters."
    graph = build(nlp, OPENING + sentence, STATE)
    assert prose(graph, sentence[:-1]) == [("united-states", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed (as above) unless a source is given
        # whitehouse.gov/briefing-room/statements-releases/2022/05/08/fact-sheet-united-states-
        # and-g7-partners-impose-severe-costs-for-putins-war-against-ukraine/
        "The United States has already banned the import of Russian oil, gas, and coal.",
        "We barred entry to officials of the regime.",
        "The authorities closed the border crossing on Tuesday.",
        "Police arrested two suspects in the killing of the journalist.",
        "We have jailed the hackers who attacked our newspapers.",
        "Journalists could face criminal charges under the proposed law.",
        "Officials who accepted bribes from the company face charges of corruption.",
        "The authorities did not detain the protesters at the rally.",
        "The court held the hearing in the detention centre.",
        "Police arrested the suspect after a chase.",
        "The court sentenced the smugglers to ten years in prison.",
        "The authorities hold the suspects on charges of armed robbery.",
        "The camp holds more than 400 prisoners of war.",
        "The two suspects remain in custody pending trial.",
    ],
)
def test_measures_that_repress_no_one(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, STATE)
    assert prose(graph, sentence[:-1]) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=20)
