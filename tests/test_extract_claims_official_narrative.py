"""An official text's own narrative of the other side's acts, read by structure (round 20,
issue 13, family ``official_narrative``, :mod:`kg.extract.claims.narrative`): a past or
present-perfect main clause whose doer is the adversary (an epithet, a state's forces, or
"they" after one) and whose object is a person, a place or the speaker's own side is the
publisher's accusation of the adversary, whatever the verb; a claim that follows the
allegation it matches.  Where, not whom ("lived in Mariupol"), a verb of moving or leaving
("entered 3,620 settlements"), a "they" with no adversary before it, a present need, and a
news report keep no such claim.

Sentences are real, from President of Ukraine and President of Russia texts of
``corpus/`` (sources beside each) that are in no gold part of
``benchmarks/allegations/gold.jsonl`` nor of ``benchmarks/claims/gold.jsonl``, each after
the sentences before it in its text (or an opening naming the other side), except HELL, its
two context sentences and DROVE's second context sentence: in a gold part, with no real
replacement the family claims (listed in ``tests/data/gold_quotes_known.tsv``; round 20,
``fixquotes20``, in benchmarks/claims/RESULTS.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import kg.resolve
from kg.extract.claims import OPTIONAL, RULES
from kg.model import DocumentGraph, Stance
from tests.claim_helpers import assert_in_no_gold_part, official_graph

UKRAINE = "President of Ukraine"
KREMLIN = "President of Russia"
FAMILY = "official_narrative"
GOLD = Path(__file__).resolve().parents[1] / "benchmarks"
ACCUSE = Stance.ACCUSE.value


@pytest.fixture(scope="module")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()


def narrated(graph: DocumentGraph, sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of the family's claims in ``sentence``."""
    return [
        (c.claimer, c.claim.stance.value, c.targets)
        for c in graph.claims
        if FAMILY in c.claim.rule.split("+")
        and sentence[:40] in graph.sentences[c.claim.sentence].text
    ]


def build(nlp: Language, text: str, outlet: str) -> DocumentGraph:
    """``text`` resolved as an official document with the family on (it ships in
    ``OPTIONAL``: see ``kg.extract.claims``)."""
    return official_graph(nlp, text, outlet, family=FAMILY)


# https://www.president.gov.ua/en/news/promova-prezidenta-volodimira-zelenskogo-u-parlamenti-malti-74961
HELL_BEFORE = (
    "Russian planes are constantly dropping air bombs and phosphorous bombs on buildings where "
    "the occupiers know for sure that there are no military there. "
    "Since the beginning of the full-scale invasion, the Russian army has been trying to block "
    "our cities. "
)
HELL = "The occupiers organized a real hell on our land in the city of Mariupol."
# https://www.president.gov.ua/en/news/yaksho-nashi-partneri-mayut-potribnu-ukrayini-zbroyu-yihnij-74417
DROVE_BEFORE = (
    "The 55th day of our defense against Russia's full-scale aggression is coming to an end. "
    "At present, virtually the entire combat-ready part of the invaders' army is concentrated on "
    "the territory of our state and in the border areas of Russia. "
)
DROVE = "They drove against Ukraine almost everyone and almost everything that can fight us."
# https://www.president.gov.ua/en/news/zmistovni-peregovori-pro-mir-i-bezpeku-dlya-ukrayini-yedinij-73661
#: (from the text's sentence after the one that is in a gold part)
THROWN_BEFORE = (
    "Thanks to the courage and professional training of the Ukrainian Armed Forces, the "
    "occupation forces were stopped in almost all directions. "
    "Heavy fighting in the Kharkiv region - especially heavy near Izyum. "
)
THROWN = "Russian troops have already thrown people from training centers there."
# http://en.kremlin.ru/events/president/news/68254 (corpus/kremlin-russia-ukraine.jsonl; the
# two sentences between these are left out: one of them is in a gold part)
EMPLACEMENTS_BEFORE = (
    "In 2014, the Kiev regime declared the city the temporary capital of the Donetsk Region, "
    "and during the subsequent eight years it has been turned into a powerful stronghold and "
    "the base of far-right Ukrainian nationalists. "
)
EMPLACEMENTS = (
    "In their resistance efforts, the nationalists used almost all residential buildings as "
    "fortified emplacements."
)


def test_off_by_default(nlp: Language) -> None:
    assert FAMILY in RULES and FAMILY in OPTIONAL
    assert narrated(official_graph(nlp, HELL_BEFORE + HELL, UKRAINE), HELL) == []


@pytest.mark.parametrize(
    ("before", "sentence", "outlet", "target"),
    [
        (HELL_BEFORE, HELL, UKRAINE, "russia"),  # an epithet; "our land"
        (DROVE_BEFORE, DROVE, UKRAINE, "russia"),  # "they" after "the invaders' army"
        (THROWN_BEFORE, THROWN, UKRAINE, "russia"),  # a state's forces; people
        (EMPLACEMENTS_BEFORE, EMPLACEMENTS, KREMLIN, "ukraine"),  # an outlaw label; buildings
    ],
)
def test_the_adversary_s_act_is_charged(
    nlp: Language, before: str, sentence: str, outlet: str, target: str
) -> None:
    found = narrated(build(nlp, before + sentence, outlet), sentence)
    assert [(stance, targets) for _, stance, targets in found] == [(ACCUSE, (target,))]


def test_a_news_report_keeps_none(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    graph = official_graph(nlp, HELL_BEFORE + HELL, "Reuters", family=FAMILY)
    assert narrated(graph, HELL) == []


# https://www.president.gov.ua/en/news/vistup-kerivnika-ofisu-prezidenta-ukrayini-andriya-yermaka-n-75497
BONO = (
    "If suddenly not - you can ask Bono and Edge of U2 about it. "
    "They played in the Kyiv metro while an air alarm sounded on the surface."
)
# the same text: "Russia showed ... Russian troops entered 3,620 settlements in Ukraine."
ENTERED = (
    "But on February 24, Russia showed that it was not a scale at all for it. "
    "It showed that its cruelty is much greater. "
    "Russian troops entered 3,620 settlements in Ukraine."
)


# https://www.president.gov.ua/en/news/zhenit-okupantiv-zhenit-cih-rabiv-zvernennya-prezidenta-volo-73713
CHUMAKS = (
    "We've seen who you are. We have all felt how you want to regain your freedom. "
    "On land, where, watching the Milky Way, the Chumaks went for salt, the enemies felt "
    "terrible."
)
# https://www.state.gov/u-s-response-to-the-al-shabab-attack-in-somalia/
# (corpus/state-department-somalia.jsonl; from the text's second sentence: its first is in a
# gold part)
BURUNDI = (
    "Our heartfelt condolences go out to the families of the fallen, wounded, and missing. "
    "Burundi's courageous armed forces have for years held the line against transnational "
    "terrorism in Somalia."
)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (BONO, UKRAINE),  # "they" are musicians; the metro is where they played
        (ENTERED, UKRAINE),  # a verb of moving: no charge by itself
        (CHUMAKS, UKRAINE),  # a fronted "On land" sets the scene; the enemies felt
        (BURUNDI, "U.S. Department of State"),  # held the line: no act on a place
    ],
)
def test_no_charge(nlp: Language, text: str, outlet: str) -> None:
    last = text.rsplit(". ", 1)[-1]
    assert narrated(build(nlp, text, outlet), last) == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
    allegations = (GOLD / "allegations" / "gold.jsonl").read_text(encoding="utf-8")
    for sentence in (HELL, DROVE, THROWN, EMPLACEMENTS):
        assert sentence[:50] not in allegations, sentence
