"""Two parties speaking at once (round 12, branch twosided): "both sides", "each side",
"neither side", "the two countries" stand for the two parties named in the sentence or
just before it, and give one claim per party, aimed at the other only when the claim is
aimed at "the other" / "each other" or at nobody named.  Wire-style sentences written for
these tests, none of them in the gold set."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import claims_of, resolved

_CLASHES = "Fighting broke out again between Ethiopia and Eritrea along their border on Monday. "


def _by_stance(nlp: Language, text: str, stance: Stance) -> set[tuple[str, tuple[str, ...]]]:
    return {(c, tuple(t)) for c, s, t in resolved(nlp, text) if s is stance}


def test_each_side_blaming_the_other_is_one_accusation_per_side(nlp: Language) -> None:
    text = _CLASHES + "Each side blamed the other for starting the clashes."
    assert _by_stance(nlp, text, Stance.ACCUSE) == {
        ("Ethiopia", ("Eritrea",)),
        ("Eritrea", ("Ethiopia",)),
    }


def test_both_sides_claiming_victory_is_one_assertion_per_side(nlp: Language) -> None:
    text = _CLASHES + "Both sides claimed victory in the battle for the town."
    assert _by_stance(nlp, text, Stance.ASSERT) == {("Ethiopia", ()), ("Eritrea", ())}


def test_the_two_countries_accusing_each_other_cross_their_targets(nlp: Language) -> None:
    text = _CLASHES + "The two countries have accused each other of violating the truce."
    assert _by_stance(nlp, text, Stance.ACCUSE) == {
        ("Ethiopia", ("Eritrea",)),
        ("Eritrea", ("Ethiopia",)),
    }


def test_neither_side_giving_figures_declines_for_each_side(nlp: Language) -> None:
    text = _CLASHES + "Neither side gave details of the casualties."
    assert _by_stance(nlp, text, Stance.DECLINE_COMMENT) == {("Ethiopia", ()), ("Eritrea", ())}


def test_neither_side_specifying_the_number_of_dead_declines(nlp: Language) -> None:
    text = _CLASHES + "Neither side specified the number of soldiers killed."
    stances = [c.stance for c in claims_of(nlp, text)]
    assert Stance.DECLINE_COMMENT in stances


def test_neither_government_commenting_declines(nlp: Language) -> None:
    text = _CLASHES + "Neither government commented on the report."
    claimers = {c for c, _ in _by_stance(nlp, text, Stance.DECLINE_COMMENT)}
    assert claimers == {"Ethiopia", "Eritrea"}


def test_a_side_with_one_party_named_is_no_split(nlp: Language) -> None:
    text = "Ethiopia said on Monday that both sides had suffered heavy losses."
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert "Eritrea" not in claimers


def test_both_countries_denying_keep_their_own_target(nlp: Language) -> None:
    text = (
        "Sudan and Chad signed a peace deal last year. Both countries have denied a rebel "
        "group's claim that they armed fighters in Darfur."
    )
    denials = _by_stance(nlp, text, Stance.DENY)
    assert {c for c, _ in denials} == {"Sudan", "Chad"}
    assert all(targets != ("Chad",) for c, targets in denials if c == "Sudan")


def test_both_sides_condemning_an_attack_is_not_aimed_at_each_other(nlp: Language) -> None:
    text = (
        "Talks between Armenia and Azerbaijan resumed in Geneva on Friday. Both sides "
        "condemned the bombing of the market."
    )
    for claimer, stance, targets in resolved(nlp, text):
        if claimer in ("Armenia", "Azerbaijan"):
            assert not set(targets) & {"Armenia", "Azerbaijan"}, (claimer, stance, targets)


def test_the_two_sides_of_a_readout_are_the_pair_not_states_named_in_passing(
    nlp: Language,
) -> None:
    text = (
        "The foreign ministers of Japan and Australia met in Tokyo on Monday to discuss "
        "Russia's war in Ukraine. The two sides reaffirmed their commitment to a free and "
        "open Indo-Pacific."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert {"Japan", "Australia"} <= claimers
    assert not {"Russia", "Ukraine"} & claimers


def test_two_organisations_tagged_as_one_name_speak_each(nlp: Language) -> None:
    text = (
        "Amnesty International and Human Rights Watch said they had documented the "
        "torture of detainees by Syrian security forces."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert claimers == {"Amnesty International", "Human Rights Watch"}


def test_one_name_with_and_in_it_stays_one_speaker(nlp: Language) -> None:
    text = (
        "The Organization for Security and Cooperation in Europe said the vote fell short "
        "of democratic standards."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert "Cooperation in Europe" not in claimers
    assert "Organization for Security" not in claimers


def test_the_two_sides_are_the_pair_that_spoke_not_the_pair_spoken_of(nlp: Language) -> None:
    text = (
        "Canada and Norway voiced concern about the arrests of journalists in Iran and "
        "Belarus. Both sides reaffirmed their support for press freedom."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert {"Canada", "Norway"} <= claimers
    assert not {"Iran", "Belarus"} & claimers
