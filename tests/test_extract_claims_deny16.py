"""Denials on unseen copy (round 16, issue 12): a negated deed of the speaker's own side
beside its denial or after a stated charge (``own_negation``), a charge called false as
the object of its making ("is making groundless charges"), and a party told it is wrong to
claim something ("X is wrong to claim that P").

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


def stances(claims: tuple[Claim, ...]) -> list[tuple[str, str, list[str], str]]:
    return [
        (c.claimer.span.text, c.stance.value, [t.span.text for t in c.targets], c.rule)
        for c in claims
    ]


# --- own_negation: a negated deed of the speaker's own side ------------------------------


def test_negated_own_deed_beside_denial_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The rebel commander denies attacking the convoy and says his fighters did not "
        "enter the town.",
    )
    found = [s for s in stances(claims) if "own_negation" in s[3]]
    assert found and found[0][1] == "deny"


def test_negated_own_deed_after_stated_charge_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Kenya has accused the militia of recruiting children in the refugee camps. "
        "A militia spokesman, Ali Hassan, said his group has never recruited minors.",
    )
    found = [s for s in stances(claims) if s[0] == "Ali Hassan"]
    assert [s[1] for s in found] == ["deny"] and "own_negation" in found[0][3]


def test_what_the_side_has_not_seen_stays_an_assertion(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The rebels deny receiving weapons from abroad. "
        "A U.N. spokesman, Jean Dupont, said his team has not seen any foreign troops.",
    )
    assert all("own_negation" not in s[3] for s in stances(claims))


def test_third_person_in_a_quotation_is_not_the_speaker(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The minister denied the charge. "
        '"He did not attack anyone," said Defense Minister Amir Khan.',
    )
    assert all("own_negation" not in s[3] for s in stances(claims))


def test_negated_deed_with_no_charge_or_denial_stays_an_assertion(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The trade minister said the government did not raise fuel prices this month.",
    )
    assert all(s[1] != "deny" for s in stances(claims))


# --- charges called false as the object of their making ---------------------------------


def test_making_groundless_charges_is_denial_aimed_at_the_maker(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "A ministry spokesman said Pyongyang is making groundless charges that "
        "defectors are plotting attacks.",
    )
    found = [s for s in stances(claims) if s[0] == "A ministry spokesman"]
    assert found and found[0][1] == "deny" and found[0][2] == ["Pyongyang"]


def test_report_consisting_of_unfounded_accusations_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "An intelligence official, Ivan Petrov, said the British report consists of "
        "unfounded accusations.",
    )
    found = [s for s in stances(claims) if s[0] == "Ivan Petrov"]
    assert found and found[0][1] == "deny"


def test_false_claims_a_party_could_spread_is_no_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The official, Maria Lopez, said hackers could seek to spread false claims of fraud.",
    )
    assert all(s[1] != "deny" for s in stances(claims))


# --- "X is wrong to claim that P" ---------------------------------------------------------


def test_wrong_to_claim_is_denial_aimed_at_the_claimant(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The foreign minister said Tehran is wrong to claim that British agents organized "
        "the protests.",
    )
    found = [s for s in stances(claims) if s[1] == "deny"]
    assert found and found[0][2] == ["Tehran"]


def test_mistaken_in_its_belief_is_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "A government spokesman says Washington is mistaken in its belief that his "
        "country is arming the militias.",
    )
    found = [s for s in stances(claims) if s[1] == "deny"]
    assert found and found[0][2] == ["Washington"]


def test_wrong_to_act_is_no_denial(nlp: Language) -> None:
    claims = claims_of(nlp, "The envoy said the council was wrong to impose the sanctions.")
    assert all(s[1] != "deny" for s in stances(claims))


# --- context_accuser: a family name written first, taken up as "Mr. X" -------------------


def test_denial_goes_on_under_a_family_name_written_first(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Chinese Premier Wen Jiabao has rejected Japanese accusations of spying. "
        "Speaking to reporters on Sunday, Mr. Wen said China itself is a victim of "
        "espionage and does not support such activities.",
    )
    later = [s for s in stances(claims) if s[0] == "Wen"]
    assert later and later[0][1] == "deny" and later[0][2] == ["Japanese"]


def test_a_different_given_name_is_another_speaker(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Foreign Minister Ana Silva rejected Venezuelan accusations of spying. "
        "Mr. Torres said the country is a victim of espionage and does not support "
        "such activities.",
    )
    later = [s for s in stances(claims) if s[0] == "Torres"]
    assert all("Venezuelan" not in s[2] for s in later)


def test_a_habit_after_a_charge_further_back_stays_an_assertion(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Russia accused Kyiv of shelling the power plant. The power company resumed "
        "deliveries on Monday. The president said our state does not leave anyone behind.",
    )
    assert all("own_negation" not in s[3] for s in stances(claims))
