"""An official's own prose, round 15 (issue 13): a wrong a readout puts forward, as what was
emphasised, raised, pointed out or drawn attention to, charged to its named owner
(:func:`kg.extract.claims.prose.attended_charges`), a ``named_wrong`` follower.

* the noun put forward (the verb's object, a passive's subject, what attention is drawn to,
  through a stance noun such as "rejection of" to the wrong) is a wrong of the charge
  lexicons, a doing a word condemns, or the use of a weapon, and names its owner;
* none for a matter that is no wrong, a wrong of the speaker's own side, a negated verb, or a
  news report.

The sentences are written for these tests in the register of the corpus's readouts; none is
in a gold part.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.model import DocumentGraph, Stance
from kg.resolve.summaries import following
from tests.claim_helpers import assert_in_no_gold_part, official_graph

KREMLIN = "President of Russia"
STATE = "U.S. Department of State"
ACCUSE = Stance.ACCUSE.value

CALL = (
    "Vladimir Putin had a telephone conversation with the Federal Chancellor of Germany. "
    "The situation around Ukraine was discussed. "
)
MEETING = (
    "Secretary Blinken met with the Foreign Minister of Japan. They discussed regional security. "
)


def attended(
    nlp: Language, opening: str, sentence: str, outlet: str, rule: str = "named_wrong"
) -> list[tuple[str, ...]]:
    """The targets of the ``rule`` claims made in ``sentence`` (``named_wrong``: each a
    follower)."""
    graph: DocumentGraph = official_graph(nlp, opening + sentence, outlet)
    found = [
        c
        for c in graph.claims
        if rule in c.claim.rule.split("+") and sentence in graph.sentences[c.claim.sentence].text
    ]
    assert all(c.claim.stance.value == ACCUSE for c in found)
    assert rule != "named_wrong" or all(following(c.claim.rule) for c in found)
    return [c.targets for c in found]


@pytest.mark.parametrize(
    ("opening", "sentence", "outlet", "accused", "rule"),
    [
        (
            CALL,
            "The President of Russia emphasised the brutal treatment of migrants by Lithuanian "
            "border guards.",
            KREMLIN,
            "lithuania",
            "named_wrong",
        ),
        (
            CALL,
            "Attention was drawn to the provocative statements by NATO officials and their "
            "neglect of the crimes of Georgian troops.",
            KREMLIN,
            "nato",
            "named_wrong",
        ),
        (
            CALL,
            "The use of tear gas and stun grenades by Latvian police was raised.",
            KREMLIN,
            "latvia",
            "named_wrong",
        ),
        (
            CALL,
            "The President of Russia spoke about the attempts by Georgian militants to disrupt "
            "the humanitarian convoys.",
            KREMLIN,
            "georgia",
            # an attempt by X to do a hostile act: the content-borne rules charge it first
            # (round 16, hostile16's effort owners), so no follower is needed
            "content_stance",
        ),
        (
            MEETING,
            "He underscored the United States' rejection of Iran's unlawful seizure of commercial "
            "tankers.",
            STATE,
            "iran",
            "named_wrong",
        ),
        (
            MEETING,
            "The Secretary highlighted Russia's use of cluster munitions against residential "
            "neighborhoods.",
            STATE,
            "russia",
            "named_wrong",
        ),
    ],
)
def test_a_wrong_put_forward_charges_its_owner(
    nlp: Language, opening: str, sentence: str, outlet: str, accused: str, rule: str
) -> None:
    assert attended(nlp, opening, sentence, outlet, rule) == [(accused,)]


@pytest.mark.parametrize(
    ("opening", "sentence", "outlet"),
    [
        (
            MEETING,
            "The Secretary stressed the importance of cooperation with Japan on climate change.",
            STATE,
        ),
        (
            MEETING,
            "The Deputy Secretary underscored U.S. support for Moldova's sovereignty.",
            STATE,
        ),
        (
            CALL,
            "Vladimir Putin did not raise the detention of Russian journalists in Latvia.",
            KREMLIN,
        ),
        (CALL, "The President of Russia spoke about the prospects for trade with Turkey.", KREMLIN),
        (CALL, "The President of Russia stressed the courage of the Russian servicemen.", KREMLIN),
    ],
)
def test_no_charge_without_an_owned_wrong_put_forward(
    nlp: Language, opening: str, sentence: str, outlet: str
) -> None:
    assert attended(nlp, opening, sentence, outlet) == []


def test_a_news_report_keeps_no_attended_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    sentence = "The use of tear gas and stun grenades by Latvian police was raised."
    assert attended(nlp, CALL, sentence, "Reuters") == []


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=8)
