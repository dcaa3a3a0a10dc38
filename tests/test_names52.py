"""Round 42 (claimers52): a person's name the tagger cut before its first word is read whole
(``names.LED_NAMES``), and an honorific the guide keeps in a name is read back before it
(``names.HONORIFIC_NAMES``).  Sentences from corpus texts in no gold part."""

from __future__ import annotations

import pytest

from kg.resolve import names
from kg.resolve.names import led_name, name_actors

# https://www.state.gov/targeting-elites-of-the-russian-federation/
TIMCHENKO = (
    "OOO Transoil is being designated for being owned or controlled by, or having acted or "
    "purported to act for or on behalf of, directly or indirectly, Gennady Nikolayevich "
    "Timchenko, pursuant to section 1(a)(vii) of E.O."
)
# https://www.president.gov.ua/en/news/ukrayina-zahishayetsya-vid-napadu-tiraniyi-i-cya-borotba-za-74865
MAZURENKO = (
    "Deputy Commander-in-Chief of the Armed Forces of Ukraine, Lieutenant General Yevhen "
    "Moysiuk, combat medic of the 72nd separate mechanized brigade, Sergeant Dariya Mazurenko,"
)
# https://www.state.gov/secretary-blinkens-call-with-uae-foreign-minister-sheikh-bin-zayed/
ZAYED = "Blinken spoke today with UAE Foreign Minister Sheikh Abdullah bin Zayed."
# https://www.state.gov/secretary-blinkens-call-with-somali-president-hassan-sheikh/
MOHAMUD = "Blinken spoke today with Somali President Hassan Sheikh Mohamud."


def _end(text: str, name: str) -> int:
    return text.index(name) + len(name)


def test_cut_name_after_a_comma_is_read_whole() -> None:
    cut = "Nikolayevich Timchenko"
    assert led_name(cut, cut, TIMCHENKO, _end(TIMCHENKO, cut)) == "Gennady Nikolayevich Timchenko"


def test_cut_name_drafts_the_whole_person() -> None:
    cut = "Nikolayevich Timchenko"
    drafts = name_actors([("PERSON", cut, _end(TIMCHENKO, cut))], TIMCHENKO)
    assert drafts[0] is not None and drafts[0].name == "Gennady Nikolayevich Timchenko"


def test_cut_name_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "LED_NAMES", False)
    cut = "Nikolayevich Timchenko"
    assert led_name(cut, cut, TIMCHENKO, _end(TIMCHENKO, cut)) == cut


def test_rank_before_a_name_is_no_part_of_it() -> None:
    name = "Dariya Mazurenko"
    assert led_name(name, name, MAZURENKO, _end(MAZURENKO, name)) == name


def test_title_without_a_boundary_before_it_is_left() -> None:
    name = "Yevhen Moysiuk"  # "Lieutenant General" before it: no sentence start or comma
    assert led_name(name, name, MAZURENKO, _end(MAZURENKO, name)) == name


def test_honorific_is_read_back() -> None:
    name = "Abdullah bin Zayed"
    assert led_name(name, name, ZAYED, _end(ZAYED, name)) == "Sheikh Abdullah bin Zayed"


def test_honorific_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "HONORIFIC_NAMES", False)
    name = "Abdullah bin Zayed"
    assert led_name(name, name, ZAYED, _end(ZAYED, name)) == name


def test_whole_name_with_an_inner_honorific_is_left() -> None:
    name = "Hassan Sheikh Mohamud"
    assert led_name(name, name, MOHAMUD, _end(MOHAMUD, name)) == name
