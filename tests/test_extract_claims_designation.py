"""Sanctions in an official voice (issue 13, :mod:`kg.extract.claims.designation`): a
designation, a sanction or a visa restriction the issuer's own government imposes on a party
for an act is the issuer's accusation against that party; a bare designation with no act
named is an assertion; a news report, a measure of another government, a modal or negated
measure charge no one.

Sentences are written for these tests, in the register of a department statement; none is in
a gold part of ``benchmarks/``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import designation, readouts
from kg.model import Article, DocumentGraph
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve

STATE = "U.S. Department of State"
UKRAINE = "President of Ukraine"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(autouse=True)
def _publisher_designations(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the designation family's own charge; with round 36's joint38
    ``ANNOUNCED_MEASURES`` on, a present-tense measure whose subject is "we" or the issuer is
    the speaker's attributed claim instead (tests/test_joint38.py)."""
    monkeypatch.setattr(designation, "ANNOUNCED_MEASURES", False)


def build(nlp: Language, text: str, outlet: str) -> DocumentGraph:
    article = Article("doc", text, "-", title="Statement", outlet=outlet, published="2022-05-02")
    return resolve(extract(nlp(text), article), ActorRegistry())


def designations(graph: DocumentGraph) -> list[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of the designation claims."""
    return [
        (c.claimer, c.claim.stance.value, c.targets)
        for c in graph.claims
        if "designation" in c.claim.rule.split("+")
    ]


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        (
            "The United States is imposing sanctions on Russian officials over the crackdown.",
            "russia",
        ),
        (
            "Today the Department of the Treasury designated a network of Iranian front "
            "companies for evading oil sanctions.",
            "iran",
        ),
        (
            "We are imposing visa restrictions on Belarusian officials responsible for the "
            "crackdown.",
            "belarus",
        ),
        (
            "Three Iranian shipping firms were designated for facilitating the sale of petroleum.",
            "iran",
        ),
    ],
)
def test_a_measure_for_an_act_accuses_the_party(nlp: Language, sentence: str, accused: str) -> None:
    graph = build(nlp, sentence, STATE)
    assert [(stance, targets) for _, stance, targets in designations(graph)] == [
        ("accuse", (accused,))
    ]


def test_a_named_person_designated_for_his_role_is_accused(nlp: Language) -> None:
    sentence = (
        "Treasury sanctioned Viktor Petrov, a Belarusian official, for his role in the election."
    )
    assert designations(build(nlp, sentence, STATE)) == [("treasury", "accuse", ("viktor-petrov",))]


def test_a_bare_designation_asserts_unless_the_text_names_the_act(nlp: Language) -> None:
    bare = "The United States is designating three Iran-based entities."
    assert designations(build(nlp, bare, STATE)) == [("united-states", "assert", ("iran",))]
    named = "The network helped the regime evade oil sanctions. " + bare
    assert designations(build(nlp, named, STATE)) == [("united-states", "accuse", ("iran",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Treasury could sanction Iranian shipping firms if they continue to ship oil.",
        "Iranian officials were not designated.",
    ],
)
def test_a_possible_or_denied_measure_is_no_charge(nlp: Language, sentence: str) -> None:
    assert designations(build(nlp, sentence, STATE)) == []


def test_a_news_report_keeps_no_designation(nlp: Language) -> None:
    sentence = "The United States imposed sanctions on Russian officials over the crackdown."
    assert designations(build(nlp, sentence, "Reuters")) == []


def test_another_governments_measure_is_not_the_issuers(nlp: Language) -> None:
    graph = build(
        nlp, "The European Union imposed sanctions on Russian banks over the war.", UKRAINE
    )
    assert designations(graph) == []
    graph = build(nlp, "We imposed sanctions on Russian banks over the war.", UKRAINE)
    assert designations(graph) == [("ukraine", "accuse", ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Viktor Petrov is being designated for being a spouse of Ivan Sokolov.",
        "Maria Petrova is being designated for her role as an official of the government.",
    ],
)
def test_a_measure_for_who_the_party_is_asserts(nlp: Language, sentence: str) -> None:
    found = designations(build(nlp, "They fund the war. " + sentence, STATE))
    assert [stance for _, stance, _ in found] == ["assert"]


@pytest.mark.parametrize(
    "sentence",
    [
        "First, it is necessary to impose full blocking sanctions on the largest Russian banks.",
        "You will have to impose really strong sanctions against Russia.",
    ],
)
def test_an_appeal_to_impose_is_no_designation(nlp: Language, sentence: str) -> None:
    assert designations(build(nlp, sentence, UKRAINE)) == []


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        (
            "Today the United States is designating an oil smuggling network led by the "
            "Iranian regime.",
            "iran",
        ),
        (
            "Today, OFAC designated five Russian companies for helping the army evade sanctions.",
            "russia",
        ),
        (
            "The Treasury Department announced new sanctions designations against Iran's "
            "missile procurement network for its role in proliferation.",
            "iran",
        ),
    ],
)
def test_a_network_is_charged_to_the_actor_it_serves(
    nlp: Language, sentence: str, accused: str
) -> None:
    found = designations(build(nlp, sentence, STATE))
    assert [(stance, targets) for _, stance, targets in found] == [("accuse", (accused,))]


@pytest.mark.parametrize(
    ("sentence", "claimer"),
    [
        (
            "Today, OFAC designated five Russian companies for helping the army evade sanctions.",
            "ofac",
        ),
        (
            "The Treasury Department is designating Russian state channels for spreading lies.",
            "treasury",
        ),
        (
            "We are imposing visa restrictions on Russian officials over the crackdown.",
            "united-states",
        ),
        (
            "The United States is imposing sanctions on Russian officials over the crackdown.",
            "united-states",
        ),
    ],
)
def test_the_office_that_designates_is_the_claimer(
    nlp: Language, sentence: str, claimer: str
) -> None:
    found = designations(build(nlp, sentence, STATE))
    assert len(found) == 1 and claimer in found[0][0]


def test_a_list_of_designated_names_is_no_charge(nlp: Language) -> None:
    sentence = (
        "They fund the war. Today, the Department has designated Ivan Sokolov, Pavel Orlov, "
        "Oleg Zaitsev, Boris Volkov, Anton Lebedev and Yuri Morozov."
    )
    assert designations(build(nlp, sentence, STATE)) == []


def test_a_named_entity_in_apposition_is_the_party_not_its_base(nlp: Language) -> None:
    sentence = (
        "The network helped the regime evade oil sanctions. The State Department is also "
        "designating one Malaysia-based entity, Ocean Star Shipping Sdn. Bhd., which has "
        "engaged in the transport of Iranian oil."
    )
    found = designations(build(nlp, sentence, STATE))
    assert [(stance, targets) for _, stance, targets in found] == [
        ("accuse", ("ocean-star-shipping-sdn",))
    ]


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        (
            "We will impose sanctions on Russian officials responsible for the crackdown.",
            "russia",
        ),
        (
            "The United States is going to impose additional sanctions on Iranian officials "
            "over the abuses.",
            "iran",
        ),
        ("We stand ready to impose additional sanctions on Belarusian officials.", "belarus"),
        (
            "We will not hesitate to impose further sanctions on the Burmese military regime "
            "for its violence against protesters.",
            "myanmar",
        ),
        ("We will continue to impose costs on the Kremlin for its aggression.", "russia"),
        (
            "The United States will hold Russia accountable for its war crimes in Ukraine.",
            "russia",
        ),
        (
            "The minister reaffirmed the readiness of the United States to impose swift and "
            "severe costs on Russia should it pursue further aggression.",
            "russia",
        ),
        (
            "The United States will continue to coordinate closely with our allies to impose "
            "severe consequences on Russia.",
            "russia",
        ),
    ],
)
def test_a_pledged_measure_threatens_the_party(nlp: Language, sentence: str, accused: str) -> None:
    # a pledge is read by this family only where the text's own voice reads nothing else
    # (a content stance may read it as the threat first)
    graph = build(nlp, sentence, STATE)
    found = [(c.claim.stance.value, c.targets) for c in graph.claims]
    assert found == [("threaten", (accused,))]


def test_a_pledge_gives_way_to_the_prose_charge_of_the_act(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = (
        "The Secretary and the Foreign Minister discussed joint efforts to hold Russia "
        "accountable for its unprovoked and unjustified war against Ukraine."
    )
    # without round 40's readouts.DISCUSSED_COSTS only the label's charge is read
    monkeypatch.setattr(readouts, "DISCUSSED_COSTS", False)
    graph = build(nlp, sentence, STATE)
    assert designations(graph) == []
    assert [(c.claim.stance.value, c.targets) for c in graph.claims] == [("accuse", ("russia",))]
    # with it, the discussed efforts are each participant's threat (GUIDE point 48), which
    # takes the sentence's cue from the label's charge
    monkeypatch.setattr(readouts, "DISCUSSED_COSTS", True)
    graph = build(nlp, sentence, STATE)
    assert designations(graph) == []
    found = [(c.claim.stance.value, c.targets) for c in graph.claims]
    assert found == [("threaten", ("russia",))] * 2


def test_costs_imposed_for_an_act_accuse(nlp: Language) -> None:
    sentence = "We have imposed severe costs on Russia for its unprovoked war against Ukraine."
    found = designations(build(nlp, sentence, STATE))
    assert [(stance, targets) for _, stance, targets in found] == [("accuse", ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus must be sanctioned and isolated by the international community for its role "
        "in the war.",
        "Russia must be recognized as a state sponsor of terrorism and blacklisted by the "
        "financial watchdog.",
        "We will not impose sanctions on Iranian humanitarian trade.",
    ],
)
def test_a_measure_demanded_or_ruled_out_is_no_designation(nlp: Language, sentence: str) -> None:
    assert designations(build(nlp, sentence, UKRAINE)) == []


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        (  # a real State Department sentence of corpus/, in no gold part
            "The United States and over 30 allies and partners across the world have levied"
            " the most impactful, coordinated, and wide-ranging economic restrictions in history"
            " in response to the Russian government’s war against Ukraine.",
            "russia",
        ),
        (  # constructed: no public-domain example found outside the gold parts (searched:
            # corpus/*.jsonl and the VOA pool for sanctions, visa restrictions or measures "in
            # response to" or "in connection with" an act; the nearest, "This announcement of
            # visa restrictions comes in response to the actions of Cuban government officials
            # ...", state.gov, gives no designation: see benchmarks/claims/RESULTS.md, round 20)
            "We are imposing sanctions on Belarusian security leaders and units in response"
            " to the crackdown.",
            "belarus",
        ),
    ],
)
def test_round19_a_measure_answering_an_owned_act(
    nlp: Language, sentence: str, accused: str
) -> None:
    """Round 19, second wave: with no party named, a measure "in response to" or "in
    connection with" an owned act charges the owner; "leaders" and "units" of a
    nationality are its state's."""
    assert designations(build(nlp, sentence, STATE)) == [("united-states", "accuse", (accused,))]


def test_round19_a_measure_answering_an_unowned_act_charges_no_one(nlp: Language) -> None:
    # state.gov/rewards-for-justice-reward-offer-for-information-on-iranian-cyber-actors-
    # interference-with-2020-u-s-presidential-election/ (the act's owners name no party)
    sentence = (
        "Both individuals face sanctions and federal criminal charges in connection with their"
        " activities."
    )
    assert designations(build(nlp, sentence, STATE)) == []
