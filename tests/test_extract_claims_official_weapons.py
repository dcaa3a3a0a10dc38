"""Weapons that struck, mines laid and the own side's denials in an official's prose
(round 19, issue 13, :mod:`kg.extract.claims.prose`): "a Russian shell hit the yard" and
"the mines planted by Russian forces" in an address of the President of Ukraine charge the
weapon's owner or the text's adversary; mines the other side laid, on the Kremlin's site,
charge Ukraine; a news report keeps none of these claims.  The optional
``official_denial`` reads "We did not seize foreign territories" as the issuer's denial.

Sentences are real, from President of Ukraine and President of Russia texts of ``corpus/``
that are in no gold part of ``benchmarks/allegations/gold.jsonl`` (nor in
``benchmarks/claims/gold.jsonl`` or an agreement file), each after a real sentence naming
the other side; one (the Kremlin's mines) is constructed, marked where it stands.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.extract.claims import OPTIONAL
from kg.extract.claims.prose import own_denial
from kg.model import Stance
from tests.claim_helpers import official_graph

UKRAINE = "President of Ukraine"
KREMLIN = "President of Russia"
# president.gov.ua/en/news/atakuyuchi-ukrayinu-rosiya-znishit-use-chogo-dosyagla-za-min-73657
OPENING = (
    "If Russia is not stopped now, if Russia is not punished now, other aggressors in the world "
    "will start other wars. "
)
# en.kremlin.ru/events/president/news/68548
KREMLIN_OPENING = (
    "Many were wounded and many, to our great regret, perished in the war unleashed by the Kiev "
    "regime against Donbass. "
)


def claims_in(
    nlp: Language, sentence: str, outlet: str, opening: str = OPENING, family: str | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    """(stance, targets) of the claims made in ``sentence`` (after ``opening``)."""
    graph = official_graph(nlp, opening + sentence, outlet, family=family)
    return [
        (c.claim.stance.value, c.targets)
        for c in graph.claims
        if sentence[:40] in graph.sentences[c.claim.sentence].text
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # president.gov.ua/en/news/kozhna-lyudina-maye-znachennya-ce-golovne-sho-vidriznyaye-na-
        # 75517 (an owned weapon: charged without _weapon_struck too)
        "He was less than three years old when a Russian shell hit the yard.",
        # president.gov.ua/en/news/kozhen-den-sprotivu-stvoryuye-dlya-ukrayini-krashi-umovi-na-73417
        # (a hostile act of "they": charged without _MINES too)
        "They even mined the road, which was agreed to transport food and medicine for people and"
        " children in Mariupol.",
        # address of the President of Ukraine, 2022-04-24
        "Five more missiles hit a peaceful city.",
        # address of the President of Ukraine on the Day of Remembrance, 2022-05-08
        "And they saw missiles hit Kharkiv.",
        # speech of the President of Ukraine, 2022-03-30
        "And now the mines planted by Russian forces are drifting at sea.",
    ],
)
def test_a_weapon_that_struck_or_mines_laid_charge_the_other_side(
    nlp: Language, sentence: str
) -> None:
    assert (Stance.ACCUSE.value, ("russia",)) in claims_in(nlp, sentence, UKRAINE)


def test_mines_laid_by_the_other_side_on_the_kremlin_site(nlp: Language) -> None:
    # constructed: no public-domain example found (searched: corpus/kremlin-*.jsonl for
    # mine, mined, laid, planted, shell, missile; the pages corpus for Kremlin statements on
    # mines); the Kremlin's own sentence of this construction is in a held-out agreement part
    sentence = "At one time, Ukrainian troops laid mines around the city."
    assert (Stance.ACCUSE.value, ("ukraine",)) in claims_in(nlp, sentence, KREMLIN, KREMLIN_OPENING)


def test_a_news_report_keeps_none(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # the official reading, none in a news report; with kg.resolve.NEWS_PUBLISHER on, a
    # known outlet's own charge is its claim (tests/test_resolve_news_publisher.py)
    monkeypatch.setattr(kg.resolve, "NEWS_PUBLISHER", None)
    # president.gov.ua/en/news/ce-lishe-pitannya-chasu-koli-vsi-rosijski-vbivci-otrimayut-s-74521
    assert claims_in(nlp, "Five more missiles hit a peaceful city.", "Reuters") == []


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        # speech of the Head of the Office of the President of Ukraine, 2022-05-20
        ("We did not seize foreign territories.", True),
        # speech of the President of Ukraine in the Althing, 2022-05-06: a passive, no act
        ("We are not threatened by ocean storms and volcanic eruptions.", False),
    ],
)
def test_the_own_sides_denial(nlp: Language, sentence: str, denied: bool) -> None:
    doc = nlp(sentence)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert own_denial(doc[:], root) is denied


def test_the_own_sides_denial_is_optional() -> None:
    assert "official_denial" in OPTIONAL
