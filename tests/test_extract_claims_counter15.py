"""Rebuttals (round 15, issue 12): counter-statements after a charge, dismissed statements
that charge nobody, and a charge noun's appended denier.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc))


def by(claims: tuple[Claim, ...], claimer: str) -> list[tuple[str, list[str], str]]:
    return [
        (c.stance.value, [t.span.text for t in c.targets], c.rule)
        for c in claims
        if c.claimer.span.text == claimer
    ]


# --- counter_statement: an assertion contradicting a charge aimed at its speaker --------


def test_accident_after_deliberate_charge_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Ukraine accused Russia of deliberately shelling the hospital in Kherson. "
        "Moscow said the strike was an accident.",
    )
    [(stance, targets, rule)] = by(claims, "Moscow")
    assert stance == "deny" and targets == ["Ukraine"] and "counter_statement" in rule


def test_craft_returned_safely_after_shootdown_claim_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Pakistan said it shot down an Indian fighter jet over Kashmir on Tuesday. "
        "India said all its aircraft had returned safely.",
    )
    [(stance, targets, _)] = by(claims, "India")
    assert stance == "deny" and targets == ["Pakistan"]


def test_insists_it_has_no_such_weapons_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Washington accuses Iran of building nuclear weapons. "
        "Tehran insists it has no such weapons.",
    )
    [(stance, targets, _)] = by(claims, "Tehran")
    assert stance == "deny" and targets == ["Washington"]


def test_statement_with_no_charge_before_stays_assertion(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Ukraine said the talks would resume next week. Moscow said the strike was an accident.",
    )
    assert [s for s, _, _ in by(claims, "Moscow")] == ["assert"]


def test_negation_unrelated_to_the_charge_stays_assertion(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Washington accuses Iran of building nuclear weapons. "
        "Tehran said its foreign minister has not received an invitation to the talks.",
    )
    assert [s for s, _, _ in by(claims, "Tehran")] == ["assert"]


def test_accident_said_by_the_accuser_stays_assertion(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Ukraine accused Russia of deliberately shelling the hospital. "
        "Kyiv said the fire at the depot was an accident.",
    )
    assert [s for s, _, _ in by(claims, "Kyiv")] == ["assert"]


# --- dismissed_statement: dismissing what charges nobody criticizes its author ----------


def test_dismissed_statement_with_an_appeal_is_criticism(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Beijing dismissed the prime minister's statement in which he asked China to "
        "withdraw its ships.",
    )
    [(stance, targets, rule)] = by(claims, "Beijing")
    assert stance == "criticize" and targets == ["the prime minister"]
    assert "dismissed_statement" in rule


def test_dismissed_claims_against_a_third_party_are_criticism(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Turkey dismissed Greece's earlier claims that Libyan militias had seized the port."
    )
    [(stance, targets, _)] = by(claims, "Turkey")
    assert stance == "criticize" and targets == ["Greece"]


def test_dismissed_claims_against_the_speaker_stay_denial(nlp: Language) -> None:
    claims = claims_of(nlp, "China dismissed U.S. claims that it had hacked government computers.")
    assert [s for s, _, _ in by(claims, "China")] == ["deny"]


def test_dismissed_report_with_no_content_stays_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The U.N. released its annual report on the region on Monday. "
        "Israel dismissed the report as one-sided.",
    )
    assert [s for s, _, _ in by(claims, "Israel")] == ["deny"]


def test_exception_to_remarks_is_criticism_and_to_charges_denial(nlp: Language) -> None:
    remarks = claims_of(
        nlp,
        "Beijing took exception to the Japanese minister's remarks calling on China to "
        "open its fishing grounds.",
    )
    assert [s for s, _, _ in by(remarks, "Beijing")] == ["criticize"]
    charges = claims_of(
        nlp,
        "Iraq's government accused U.S. soldiers of killing civilians in Haditha. "
        "The Pentagon is taking strong exception to the charges.",
    )
    [(stance, targets, _)] = by(charges, "Pentagon")
    assert stance == "deny" and "Iraq's government" in targets


# --- appended_charge: ", an accusation Britain rejects" with the verb read as a noun ---


def test_appended_accusation_with_mistagged_verb_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Kenya accused Britain of abusing local workers, an accusation Britain rejects."
    )
    [(stance, targets, _)] = by(claims, "Britain")
    assert stance == "deny" and targets == ["Kenya"]


def test_plural_noun_rejects_is_no_denial(nlp: Language) -> None:
    claims = claims_of(nlp, "The factory sorts the rejects before the parts are shipped abroad.")
    assert not [c for c in claims if c.stance.value == "deny"]


def test_mistake_after_charge_against_described_forces_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The rebels accused government troops of deliberately killing civilians in the "
        "market. The army said the shelling was a mistake.",
    )
    [(stance, targets, _)] = by(claims, "The army")
    assert stance == "deny" and targets == ["The rebels"]


def test_mistake_with_no_charge_stays_criticism(nlp: Language) -> None:
    claims = claims_of(
        nlp, "The talks ended on Friday. The army said the invasion of its neighbor was a mistake."
    )
    assert [s for s, _, _ in by(claims, "The army")] != ["deny"]


def test_own_planes_did_not_fly_after_bombing_charge_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Georgia says Russian jets bombed its territory on Tuesday. "
        "Moscow says its planes did not fly over Georgia.",
    )
    [(stance, targets, _)] = by(claims, "Moscow")
    assert stance == "deny" and targets == ["Georgia"]


def test_own_side_a_victim_after_hacking_charge_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The United States has accused Chinese hackers of stealing data from federal "
        "agencies. Beijing says it is itself a victim of hacking.",
    )
    [(stance, _, _)] = by(claims, "Beijing")
    assert stance == "deny"


def test_denial_answers_accuser_of_the_deniers_state_by_adjective(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Azerbaijan accused Armenian forces of shelling the town of Tartar. "
        "Armenia's defense ministry said its forces had not opened fire.",
    )
    [(stance, targets, _)] = by(claims, "Armenia's defense ministry")
    assert stance == "deny" and targets == ["Azerbaijan"]
