"""An official's own prose, round 13 (issue 13): wrongs named as nouns and counts of
weapons the earlier ``official_prose`` reading left out (:mod:`kg.extract.claims.prose`).

* a wrong of conduct ("disregard", "contempt", "weaponization") named as its owner's, and
  a design a word condemns ("imperial ambitions"); an official's intensifiers ("flagrant",
  "systematic", "colonial") condemn a wrong the way "brutal" does;
* a sentence of the speaker's side ("we") that names the other side's wrong with the
  owner named ("we have seen Moscow's atrocities");
* a verbless fragment counting the other side's weapons ("Hundreds of Russian missiles.");
* none of it for a wrong that only dates the act, a pronoun's wrong in a "we" sentence, a
  design no word condemns, the speaker's own weapons, or a news report.

The sentences are written for these tests in the register of the corpus's addresses and
statements; none is in a gold part.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.model import DocumentGraph, Stance
from kg.resolve.summaries import following
from tests.claim_helpers import official_graph, official_prose

UKRAINE = "President of Ukraine"
ACCUSE = Stance.ACCUSE.value


def build(nlp: Language, text: str, outlet: str, title: str = "Address") -> DocumentGraph:
    return official_graph(nlp, text, outlet, title=title, published="2022-04-02")


charges = official_prose


# two sentences naming Russia make it the address's adversary
OPENING = (
    "Russia keeps sending new battalion groups to our south. The sanctions against Russia "
    "must be stronger. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow's imperial ambitions threaten the whole continent.",
        "Sanctions are the answer to the Kremlin's systematic violations of basic norms.",
        "From Kherson to Sumy, we have seen the Kremlin's brutalities laid bare.",
        "We will protect Europe from Moscow's weaponization of oil and gas.",
        "We raised the Kremlin's colonial war against our people with every partner.",
        "Hundreds of Russian cruise missiles.",
        "Over a thousand Russian drones.",
    ],
)
def test_named_wrongs_and_counted_weapons_charge_their_owner(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    # an address's first-person sentence is its speaker's (the claims guide's round-35 ruling:
    # kg.resolve.voice.HEAD_BY_DATE names the office's holder on the text's date)
    speaker = "volodymyr-zelenskyy" if " we " in f" {sentence.lower()}" else "ukraine"
    assert charges(graph, sentence) == [(speaker, ACCUSE, ("russia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow's ambitions in the region are no secret.",
        "We have helped thousands of families since Russia's invasion.",
        "We will hold the regime accountable for its atrocities.",
        "Our missiles.",
        "Thousands of Western weapons for our defenders.",
        "All kinds of weapons, including HIMARS.",
    ],
)
def test_no_charge_without_a_named_wrong(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert charges(graph, sentence) == []


def test_a_news_report_keeps_no_prose_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    sentence = "Hundreds of Russian cruise missiles."
    graph = build(nlp, OPENING + sentence, "Reuters", title="Ukraine latest")
    assert charges(graph, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We will never accept these acts in violation of Moldova's sovereignty.",
        "The launches are in blatant violation of Security Council resolutions on Korea.",
    ],
)
def test_what_a_violation_violated_is_not_charged(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    assert charges(graph, sentence) == []


def prose_rules(graph: DocumentGraph, sentence: str) -> list[str]:
    """The rules of the prose claims made in ``sentence``."""
    return [
        c.claim.rule
        for c in graph.claims
        if "official_prose" in c.claim.rule.split("+")
        and sentence in graph.sentences[c.claim.sentence].text
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow's imperial ambitions threaten the whole continent.",
        "Sanctions are the answer to the Kremlin's flagrant disregard for international law.",
        "We will protect Europe from Moscow's weaponization of oil and gas.",
        "Hundreds of Russian cruise missiles.",
    ],
)
def test_round_13_named_wrongs_only_follow(nlp: Language, sentence: str) -> None:
    # conduct wrongs, condemned designs, spoken charges and counted weapons restate what
    # others charge: they join the allegation they match (FOLLOWING), never start one
    graph = build(nlp, OPENING + sentence, UKRAINE)
    rules = prose_rules(graph, sentence)
    assert rules and all("named_wrong" in r.split("+") and following(r) for r in rules)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanctions are the answer to the Kremlin's systematic violations of basic norms.",
    ],
)
def test_other_prose_charges_still_lead(nlp: Language, sentence: str) -> None:
    graph = build(nlp, OPENING + sentence, UKRAINE)
    rules = prose_rules(graph, sentence)
    assert rules and not any(following(r) for r in rules)
