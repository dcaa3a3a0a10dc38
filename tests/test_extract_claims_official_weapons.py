"""Weapons that struck, mines laid and the own side's denials in an official's prose
(round 19, issue 13, :mod:`kg.extract.claims.prose`): "The missile hit her house" and
"the mines planted by Russian forces" in an address of the President of Ukraine charge the
weapon's owner or the text's adversary; "Ukrainian troops laid three layers of mines" on the
Kremlin's site charges Ukraine; a news report keeps none of these claims.  The optional
``official_denial`` reads "We did not seize foreign territories" as the issuer's denial.

Sentences are real, from President of Ukraine and President of Russia texts of ``corpus/``
that are in no gold part of ``benchmarks/allegations/gold.jsonl`` (nor in
``benchmarks/claims/gold.jsonl``), each after a sentence naming the other side.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL
from kg.extract.claims.prose import own_denial
from kg.model import Stance
from tests.claim_helpers import official_graph

UKRAINE = "President of Ukraine"
KREMLIN = "President of Russia"
OPENING = "Russia has not stopped its attacks on Kharkiv. "
KREMLIN_OPENING = "The Kiev regime has not stopped its attacks on Donbass. "


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
        # speech by the President of Ukraine in the Parliament of Greece, 2022-05-03
        "The missile hit her house.",
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
    # interview of the President of Russia to Rossiya TV, 2022-06-03
    sentence = (
        "We are completing this work– at one time, Ukrainian troops laid three layers of mines."
    )
    assert (Stance.ACCUSE.value, ("ukraine",)) in claims_in(nlp, sentence, KREMLIN, KREMLIN_OPENING)


def test_a_news_report_keeps_none(nlp: Language) -> None:
    assert claims_in(nlp, "The missile hit her house.", "Reuters") == []


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
