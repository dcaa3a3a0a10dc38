"""An official's own prose, round 10 (issue 13): acts the earlier ``official_prose`` reading
left out (:mod:`kg.extract.claims.prose`).

* a hostage-taking passive with no agent ("are being held hostage") charges the text's
  adversary, as other passives of harm do;
* "it" is the doer of a harm the way "they" is ("It has destroyed dozens of schools");
* a verbless fragment naming what a participle of harm hit ("Destroyed bridges.");
* a gerund of manner charges its clause's doer ("is encircling the town, shelling ...");
* a hostile act named as a noun (the content lexicon's CAMEO-derived nouns) that the
  sentence says did harm ("died as a result of the Russian invasion");
* a wrong named as its owner's (definite or possessive: "the crimes of the Russian
  occupiers") as the main clause's subject or object of the text's own sentence
  ("Russia's war has driven millions ..."), or anywhere when a word condemns it
  ("Russia's brutal and unprovoked war"; "its brutal war": the text's adversary), not in
  a readout's reported assertion;
* none of it in a news report, nor for a wrong supposed ("if ... an invasion") or the
  speaker's own ("our strikes").

The sentences are written for these tests in the register of the corpus's addresses and
statements; none is in a gold part.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.extract import extract
from kg.model import Article, DocumentGraph, Stance
from kg.nlp import load_pipeline
from kg.resolve import ActorRegistry, resolve

UKRAINE = "President of Ukraine"
STATE = "U.S. Department of State"
ACCUSE = Stance.ACCUSE.value


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def build(nlp: Language, text: str, outlet: str, title: str = "Address") -> DocumentGraph:
    article = Article("doc", text, "-", title=title, outlet=outlet, published="2022-04-02")
    return resolve(extract(nlp(text), article), ActorRegistry())


def charges(graph: DocumentGraph, sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of the prose claims made in ``sentence``."""
    found = []
    for claim in graph.claims:
        text = graph.sentences[claim.claim.sentence].text
        rules = set(claim.claim.rule.split("+"))
        if rules & {"official_prose", "reported_prose"} and sentence in text:
            found.append((claim.claimer, claim.claim.stance.value, claim.targets))
    return found


# two sentences naming Russia make it the address's adversary
OPENING = (
    "Russia keeps sending new battalion groups to our south. The sanctions against Russia "
    "must be stronger. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "More than three hundred residents of the village are being held hostage.",
        "It has already destroyed dozens of schools and clinics in the region.",
        "Destroyed bridges, farms, clinics.",
    ],
)
def test_unnamed_harms_of_an_address_charge_its_adversary(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert charges(graph, sentence) == [("ukraine", ACCUSE, ("russia",))]


def test_a_hostile_noun_that_did_harm_charges_its_owner(nlp: Language) -> None:
    sentence = "At least forty civilians died in the region as a result of the Russian invasion."
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert charges(graph, sentence) == [("ukraine", ACCUSE, ("russia",))]


def test_a_gerund_of_manner_charges_the_clause_doer(nlp: Language) -> None:
    sentence = "Russian troops are encircling the port, shelling its outskirts every night."
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert charges(graph, sentence) == [("ukraine", ACCUSE, ("russia",))]


def test_a_wrong_of_the_occupiers(nlp: Language) -> None:
    sentence = "The crimes of the Russian occupiers in the region have shocked the world."
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert charges(graph, sentence) == [("ukraine", ACCUSE, ("russia",))]


def test_a_readouts_mention_of_a_wrong_stays_an_assertion(nlp: Language) -> None:
    # the claims gold labels these assertions (benchmarks/claims/GUIDE.md)
    sentence = (
        "The Secretary emphasized the resolve of the allies to hold the Russian government "
        "accountable for its war of choice."
    )
    graph = build(nlp, sentence, STATE, title="Secretary Blinken's Call")
    assert charges(graph, sentence) == []
    assert [c.claim.stance.value for c in graph.claims] == [Stance.ASSERT.value]


def test_an_owned_wrong_as_the_main_clause_object(nlp: Language) -> None:
    sentence = "Russia's war has driven millions of people from their homes."
    graph = build(nlp, sentence, STATE, title="Press Statement")
    assert charges(graph, sentence) == [("united-states", ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        # a wrong supposed, not done
        "If Russia launches an invasion, the costs will be severe.",
        # the speaker's own side
        "Our strikes on the bridges slowed the Russian columns near the river.",
        # the other side's losses
        "Several Russian helicopters were destroyed near the airfield.",
    ],
)
def test_no_charge(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert charges(graph, sentence) == []


def test_a_news_report_keeps_none(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    sentence = "More than three hundred residents of the village are being held hostage."
    graph = build(nlp, OPENING + sentence, "Reuters")
    assert charges(graph, sentence) == []


def test_a_condemned_wrong_charges_its_owner_anywhere(nlp: Language) -> None:
    # the wrong is mentioned in passing, but a condemning word makes the mention a charge
    sentence = (
        "The ministers discussed aid to the families displaced by Russia's brutal and "
        "unprovoked war."
    )
    graph = build(nlp, sentence, STATE, title="Readout")
    assert charges(graph, sentence) == [("united-states", ACCUSE, ("russia",))]


def test_a_wrong_mentioned_in_passing_is_no_charge(nlp: Language) -> None:
    sentence = "Since Russia's invasion, the United States has provided aid to the families."
    graph = build(nlp, sentence, STATE, title="Readout")
    assert charges(graph, sentence) == []


def test_its_condemned_wrong_charges_the_adversary(nlp: Language) -> None:
    sentence = (
        "The ministers agreed to keep up the pressure until it ends its brutal and unprovoked war."
    )
    graph = build(nlp, OPENING + sentence, STATE, title="Readout")
    assert charges(graph, sentence) == [("united-states", ACCUSE, ("russia",))]


def test_its_condemned_wrong_points_back_to_the_actor_named_before(nlp: Language) -> None:
    # the adversary of a text about Ukraine's defence can be Ukraine, the state it names most
    sentence = (
        "They discussed support for Ukraine and new sanctions on the Russian government for "
        "its unprovoked and unjustifiable war against Ukraine."
    )
    text = "Ukraine needs air defense. Ukraine's cities are under fire. " + sentence
    graph = build(nlp, text, STATE, title="Readout")
    assert charges(graph, sentence) == [("united-states", ACCUSE, ("russia",))]
