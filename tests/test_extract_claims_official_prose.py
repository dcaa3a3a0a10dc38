"""An official's own prose (issue 13): in an address of the President of Ukraine or on the
Kremlin's site, a sentence narrating a hostile act by the other side, or naming a crime,
is the issuer's accusation (:mod:`kg.extract.claims.prose`, family ``official_prose``).

* a doer the sentence names ("Russian troops") is the accused; one it does not name
  ("the occupiers", "they") is the text's adversary (:meth:`kg.resolve.voice.Voice.adversary`);
* the other side's losses ("Russian planes were shot down again"), a doer on the speaker's
  side, and sanctions' "blocked persons ... are also blocked" charge no one;
* a news report keeps none of these claims.

Sentences are real, from President of Ukraine and State Department texts of ``corpus/``
that are in no gold part of ``benchmarks/allegations/gold.jsonl`` (nor in
``benchmarks/claims/gold.jsonl``), cut to a few consecutive sentences (two documents' far
apart sentences joined where noted).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.model import DocumentGraph, Stance
from kg.nlp import load_pipeline
from tests.claim_helpers import official_graph, official_prose

UKRAINE = "President of Ukraine"
STATE = "U.S. Department of State"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def build(nlp: Language, text: str, outlet: str, title: str = "Address") -> DocumentGraph:
    return official_graph(nlp, text, outlet, title=title, published="2022-03-20")


# "Russia's strategic defeat is obvious to everyone in the world", address by President
# Zelenskyy (https://www.president.gov.ua/en/news/rosijska-strategichna-porazka-ochevidna-vzhe-
# vsim-u-sviti-pr-75021, corpus/president-of-ukraine-russia-ukraine.jsonl): sentences naming
# Russia, then the narration
INVADERS = (
    "This is barbarism. This is the self-destruction of Russia as a state that at least "
    "someone in the world could look at as a cultural nation. Tonight they struck at the "
    "Chernihiv region, at schools. Of course, the Russian state is in such conditions that any "
    "education only hinders it. But what can be achieved by destroying Ukrainian schools? All "
    "Russian commanders who give such orders are just sick. Incurably. But all the hospitals "
    "that the occupiers destroyed, all the schools, all the universities that they bombed, all "
    "the houses, bridges, businesses - we will rebuild everything. The occupiers struck today "
    "at the Poltava region, at Kremenchuk."
)


def test_unnamed_doers_of_an_address_are_its_adversary(nlp: Language) -> None:
    graph = build(nlp, INVADERS, UKRAINE)
    assert official_prose(graph, "The occupiers struck today at the Poltava region") == [
        ("ukraine", Stance.ACCUSE.value, ("russia",))
    ]
    assert official_prose(graph, "Tonight they struck at the Chernihiv region") == [
        ("ukraine", Stance.ACCUSE.value, ("russia",))
    ]


def test_a_news_report_keeps_no_prose_claim(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    graph = build(nlp, INVADERS, "Reuters")
    assert not [c for c in graph.claims if "official_prose" in c.claim.rule]


# "The more Russia uses terror against Ukraine, the worse the consequences ...", 2022-03-20
CONVOY = (
    "Unfortunately, it was not possible to deliver the humanitarian cargo to the cities of the "
    "Kherson region. Russian troops blocked the movement of our convoy. Why?"
)


def test_a_named_doer_is_the_accused(nlp: Language) -> None:
    graph = build(nlp, CONVOY, UKRAINE)
    assert official_prose(graph, "Russian troops blocked the movement of our convoy.") == [
        ("ukraine", Stance.ACCUSE.value, ("russia",))
    ]


# "Every person matters, this is the main thing that distinguishes us from ...", 2022-06-02
DEPORTATIONS = (
    "Russia is also pursuing a consistent criminal policy of deporting our people. Forcibly "
    "deports both adults and children. This is one of Russia's most heinous war crimes."
)


def test_a_crime_named_by_a_copula_charges_its_owner(nlp: Language) -> None:
    graph = build(nlp, DEPORTATIONS, UKRAINE)
    assert official_prose(graph, "This is one of Russia's most heinous war crimes.") == [
        ("ukraine", Stance.ACCUSE.value, ("russia",))
    ]


# "The G7, NATO and EU summits, new sanctions packages ...", 2022-03-23; and "Resistance,
# resilience and courage of our defenders ...", 2022-03-16 (its last sentence)
LOSSES = (
    "Our Armed Forces pleased us today. Chornobaivka again - the defeat of the occupiers again. "
    "Russian planes were shot down again. Thanks to his actions, the division of the Russian "
    "Iskanders was destroyed."
)


def test_the_other_sides_losses_charge_no_one(nlp: Language) -> None:
    graph = build(nlp, LOSSES, UKRAINE)
    assert official_prose(graph, "Russian planes were shot down again.") == []
    assert official_prose(graph, "the division of the Russian Iskanders was destroyed") == []


# "Targeting Elites of the Russian Federation", State Department, 2022-03-24
BLOCKED = (
    "As a result of today’s action, all property and interests in property of the individuals "
    "and entities above that are in the United States or in the possession or control of U.S. "
    "persons are blocked and must be reported to OFAC. In addition, any entities that are "
    "owned, directly or indirectly, 50 percent or more, by one or more blocked persons are "
    "also blocked."
)


def test_sanctions_blocking_is_no_siege(nlp: Language) -> None:
    graph = build(nlp, BLOCKED, STATE, title="Targeting Elites of the Russian Federation")
    assert official_prose(graph, "are also blocked") == []
    assert official_prose(graph, "persons are blocked and must be reported") == []
