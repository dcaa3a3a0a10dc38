"""Plural claimers that stand for two named parties (round 15, branch collective15): a
located group whose place is two states ("Officials in Armenia and Azerbaijan accuse one
another ...") speaks for each state, "the sides" for the two parties of the dispute, and
"both men" / "the two leaders" for the two people named just before.  Wire-style
sentences written for these tests, none of them in the gold set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Stance
from kg.resolve import plurals
from tests.claim_helpers import resolved


def _by_stance(nlp: Language, text: str, stance: Stance) -> set[tuple[str, tuple[str, ...]]]:
    return {(c, tuple(t)) for c, s, t in resolved(nlp, text) if s is stance}


def test_officials_in_two_states_accusing_one_another_cross(nlp: Language) -> None:
    text = "Officials in Armenia and Azerbaijan accuse one another of shelling border villages."
    assert _by_stance(nlp, text, Stance.ACCUSE) == {
        ("Armenia", ("Azerbaijan",)),
        ("Azerbaijan", ("Armenia",)),
    }


def test_authorities_in_two_states_accusing_each_other_cross(nlp: Language) -> None:
    text = (
        "Authorities in Sudan and South Sudan accused each other of backing rebel groups "
        "along the frontier."
    )
    assert _by_stance(nlp, text, Stance.ACCUSE) == {
        ("Sudan", ("South Sudan",)),
        ("South Sudan", ("Sudan",)),
    }


def test_officials_in_two_capitals_speak_for_each_state(nlp: Language) -> None:
    text = "Officials in Washington and Seoul said the joint drills would go ahead as planned."
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.ASSERT)}
    assert claimers == {"United States", "South Korea"}


def test_officials_in_one_capital_naming_two_states_is_no_split(nlp: Language) -> None:
    text = "Officials in Kiev said Russia and Belarus were massing troops near the border."
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert "Russia" not in claimers and "Belarus" not in claimers


def test_the_switch_turns_the_located_pair_off(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plurals, "LOCATED_PAIRS", False)
    text = "Officials in Armenia and Azerbaijan accuse one another of shelling border villages."
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.ACCUSE)}
    assert "Azerbaijan" not in claimers


def test_the_sides_are_the_two_parties_just_named(nlp: Language) -> None:
    text = (
        "Kenya and Somalia have traded charges over the maritime border. "
        "The sides say talks will resume next month."
    )
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.ASSERT)}
    assert claimers == {"Kenya", "Somalia"}


def test_both_men_are_the_two_people_named_before(nlp: Language) -> None:
    text = (
        "Indian Prime Minister Rajan Mehta met Pakistani Prime Minister Tariq Aziz in Lahore "
        "on Friday. Both men denied that their armies had violated the ceasefire."
    )
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.DENY)}
    assert claimers == {"Rajan Mehta", "Tariq Aziz"}


def test_the_two_leaders_are_the_pair_named_before(nlp: Language) -> None:
    text = (
        "Serbian President Milan Petrovic and Kosovo's Prime Minister Arben Krasniqi met in "
        "Brussels. The two leaders said the talks had been constructive."
    )
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.ASSERT)}
    assert claimers == {"Milan Petrovic", "Arben Krasniqi"}


def test_the_two_men_with_nobody_named_is_no_split(nlp: Language) -> None:
    text = "The two men shook hands. The two men said the talks had been constructive."
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.ASSERT)}
    assert len(claimers) <= 1


def test_a_speaker_praising_the_governments_of_two_states_is_no_split(nlp: Language) -> None:
    text = (
        "We commend the governments of Peru and Chile for leading the adoption of the "
        "resolution against the annexation."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert "Peru" not in claimers and "Chile" not in claimers


def test_representatives_from_both_countries_are_each_state(nlp: Language) -> None:
    text = (
        "Ethiopia and Eritrea sent delegations to Algiers. Representatives from both "
        "countries dismissed reports that the talks had collapsed."
    )
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.DENY)}
    assert claimers == {"Ethiopia", "Eritrea"}


def test_the_two_are_the_two_people_named_before(nlp: Language) -> None:
    text = (
        "Indian Prime Minister Rajan Mehta met Pakistani Prime Minister Tariq Aziz in Lahore "
        "on Friday. The two said they had agreed to reopen the border crossing."
    )
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.ASSERT)}
    assert claimers == {"Rajan Mehta", "Tariq Aziz"}


def test_a_name_modifying_a_noun_is_not_one_of_the_two(nlp: Language) -> None:
    text = (
        "Prime Minister Tariq Aziz spoke with Foreign Minister Lena Holm about new sanctions "
        "on the Kovac government. The two condemned the attacks on civilians."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert "Kovac" not in claimers


def test_both_alone_are_the_two_people_named_before(nlp: Language) -> None:
    text = (
        "Indian Prime Minister Rajan Mehta met Pakistani Prime Minister Tariq Aziz in Lahore "
        "on Friday. Both denied that their armies had violated the ceasefire."
    )
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.DENY)}
    assert claimers == {"Rajan Mehta", "Tariq Aziz"}


def test_both_of_you_in_a_question_is_no_split(nlp: Language) -> None:
    text = (
        "A reporter asked Prime Minister Tariq Aziz and Foreign Minister Lena Holm about the "
        "deal. Both of you have denied that the border will be closed."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert not {"Tariq Aziz", "Lena Holm"} <= claimers
