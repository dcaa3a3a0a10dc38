"""An official's own prose charging an act its doer wants, tries or seeks to do
(kg.extract.claims.prose): "Russia is deliberately trying to destroy everyone who is there
in Mariupol" accuses Russia as "Russia destroyed ..." would.

The sentences are from "We are fighting for a free future and the development of our
country" (president.gov.ua, news/mi-boremosya-zaradi-vilnogo-majbutnogo-ta-rozvitku-nashoyi-k-74393,
2022-04-16), a corpus document that holds no sentence of the allegation gold set; the
negative cases are the same sentence with a modal, a condition or "we" put in.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article, Stance
from kg.resolve import ActorRegistry, resolve

UKRAINE = "President of Ukraine"
TRYING = "Russia is deliberately trying to destroy everyone who is there in Mariupol."
RESTORE = "In the second stage, we restore what the occupiers tried to destroy."
SANCTIONS = "On toughening the sanctions policy against Russia. "


def charges(nlp, sentence: str, before: str = "") -> list[tuple[str, Stance, tuple[str, ...]]]:
    """The claims made in ``sentence`` of an address, after the sentences ``before``."""
    text = before + sentence
    article = Article("doc", text, "-", title="Address", outlet=UKRAINE, published="2022-04-16")
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    start = len(before)
    return [
        (c.claimer, c.claim.stance, c.targets)
        for c in graph.claims
        if graph.sentences[c.claim.sentence].start >= start
    ]


@pytest.mark.parametrize(
    ("sentence", "before"), [(TRYING, ""), (RESTORE, SANCTIONS + TRYING + " ")]
)
def test_an_act_tried_is_charged(nlp, sentence: str, before: str) -> None:
    # "the occupiers" are the address's adversary: the state it names (twice) not its own
    found = charges(nlp, sentence, before)
    assert ("volodymyr-zelenskyy", Stance.ACCUSE, ("russia",)) in found or (
        "ukraine",
        Stance.ACCUSE,
        ("russia",),
    ) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia would try to destroy everyone who is there in Mariupol.",
        "If Russia tries to destroy everyone who is there in Mariupol, we will respond.",
        "We are deliberately trying to destroy everyone who is there in Mariupol.",
        "Russia is not trying to destroy everyone who is there in Mariupol.",
    ],
)
def test_an_act_only_supposed_or_our_own_is_no_charge(nlp, sentence: str) -> None:
    assert not [c for c in charges(nlp, sentence) if c[1] is Stance.ACCUSE]


def test_a_plural_demonym_is_its_state(nlp) -> None:
    # "Address by the Head of the Office of the President of Ukraine Andriy Yermak to the
    # Ministers of Foreign Affairs of the Gulf Cooperation Council" (president.gov.ua,
    # 2022-06-02): a sentence of it the gold set does not hold
    sentence = "The Russians are trying to destroy the Ukrainians and conquer our country."
    # (the publisher's government speaks: no earlier document titled its president)
    assert ("ukraine", Stance.ACCUSE, ("russia",)) in charges(nlp, sentence)
