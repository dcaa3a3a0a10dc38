"""Round 37, second wave (branch ``wire40``, issue 12, test37's class (1)): another state's
ships told as intruding after "say" (:data:`kg.extract.claims.content_acts.CRAFT_INCURSIONS`) and
a weapon or its radar aimed at someone (:data:`kg.extract.claims.content_acts.AIMED_WEAPONS`) are
hostile acts the speaker charges, aimed at the craft's state.

The positive texts are constructed, and say so: the corpus outside the gold holds no sentence of
these shapes (its ships "enter" ports, and its only "aimed" is a support aimed at supplying
weapons, quoted verbatim below as a text that must stay no charge).  The wording is the
construction, not any gold sentence (``assert_in_no_gold_part``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_acts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: another state's ships entering the speaker's waters ("waters": lemma "water").
SHIPS = "Tokyo says four Chinese coast guard ships entered its territorial waters on Friday."
#: Constructed: the same with "intruded into" (charged with the switch off too: "intrude" is
#: a hostile act of the lexicon).
INTRUDED = "The ministry said that two Russian vessels had intruded into Norwegian waters."
#: Constructed: a radar aimed at the speaker's craft.
RADAR = "Seoul said a Japanese destroyer aimed its fire-control radar at a Korean patrol plane."
#: Constructed: the speaker's own ships: no charge.
OWN = "Japan says Japanese coast guard ships entered the waters near the islands."
#: Real (President of Ukraine, after the meeting with the President of the European Commission):
#: https://www.president.gov.ua/en/news/volodimir-zelenskij-pislya-zustrichi-z-prezidentom-yevrokomi-74201
#: a support "aimed at" supplying weapons is no weapon aimed at anyone.
SUPPORT = (
    "Volodymyr Zelenskyy expressed gratitude for the support aimed at supplying weapons to "
    "Ukraine, as well as for the EU's sanctions policy against Russia."
)


def _by(nlp: Language, text: str, word: str) -> list[tuple[Stance, list[str]]]:
    return [(s, t) for c, s, t in stances_of(nlp, text) if word in c]


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def test_another_states_ships_entering_its_waters_are_charged(nlp: Language) -> None:
    assert _by(nlp, SHIPS, "Tokyo") == [(Stance.ACCUSE, ["Chinese"])]


def test_vessels_intruding_are_charged(nlp: Language) -> None:
    assert _by(nlp, INTRUDED, "ministry") == [(Stance.ACCUSE, ["Russian"])]


def test_craft_incursions_off_leave_assertions(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_acts, "CRAFT_INCURSIONS", False)
    assert [s for s, _ in _by(nlp, SHIPS, "Tokyo")] == [Stance.ASSERT]


def test_the_speakers_own_ships_are_no_charge(nlp: Language) -> None:
    assert [s for s, _ in _by(nlp, OWN, "Japan")] == [Stance.ASSERT]


def test_a_radar_aimed_at_a_craft_is_charged(nlp: Language) -> None:
    assert _by(nlp, RADAR, "Seoul") == [(Stance.ACCUSE, ["Japanese"])]


def test_aimed_weapons_off_leaves_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_acts, "AIMED_WEAPONS", False)
    assert [s for s, _ in _by(nlp, RADAR, "Seoul")] == [Stance.ASSERT]


def test_support_aimed_at_supplying_weapons_is_no_charge(nlp: Language) -> None:
    assert all(s is not Stance.ACCUSE for _, s, _ in stances_of(nlp, SUPPORT))
