"""Parties named together or at length (round 16, issue 12): coordinated state adjectives
before "officials", the coordinated authors of a charge noun, coordinated targets, and a
name closing an office holder's description without a comma.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OFFICIAL_ONLY, OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim

#: The default families plus the optional coordinated targets.
WITH_COORDINATED = RULES - OFFICIAL_ONLY - OPTIONAL | {"coordinated_target"}


def claims_of(nlp: Language, text: str, rules: frozenset[str] | None = None) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules)


def triples(claims: tuple[Claim, ...]) -> list[tuple[str, str, list[str]]]:
    return [(c.claimer.span.text, c.stance.value, [t.span.text for t in c.targets]) for c in claims]


# --- coordinated state adjectives before a plural of officials ---------------------------


def test_two_states_officials_split(nlp: Language) -> None:
    claims = claims_of(
        nlp, "U.S. and British officials accused Iran of supplying weapons to the militias."
    )
    assert ("U.S.", "accuse", ["Iran"]) in triples(claims)
    assert ("British", "accuse", ["Iran"]) in triples(claims)


def test_reciprocal_officials_split(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Afghan and Pakistani officials blamed each other for the cross-border raid."
    )
    speakers = {c.claimer.span.text for c in claims}
    assert speakers == {"Afghan", "Pakistani"}


def test_one_state_officials_stay_whole(nlp: Language) -> None:
    claims = claims_of(nlp, "Iranian officials denied the charges.")
    assert [c.claimer.span.text for c in claims] == ["Iranian officials"]


# --- a charge noun's coordinated authors -------------------------------------------------


def test_charge_by_two_states_has_two_authors(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Khartoum dismissed allegations from Chad and the African Union that it backs the rebels.",
    )
    accusers = {c.claimer.span.text for c in claims if c.stance.value == "accuse"}
    assert accusers == {"Chad", "African Union"}
    [denial] = [c for c in claims if c.stance.value == "deny"]
    assert {"Chad", "African Union"} <= {t.span.text for t in denial.targets}


def test_charge_by_coordinated_officials_names_both_states(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Iran rejected charges by U.S. and British officials that it was arming Shiite militias.",
    )
    accusers = {c.claimer.span.text for c in claims if c.stance.value == "accuse"}
    assert accusers == {"U.S.", "British"}
    [denial] = [c for c in claims if c.stance.value == "deny"]
    assert {"U.S.", "British"} <= {t.span.text for t in denial.targets}


def test_charge_by_one_state_has_one_author(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Pyongyang rejected accusations by Seoul that its submarine sank the warship."
    )
    accusers = [c.claimer.span.text for c in claims if c.stance.value == "accuse"]
    assert accusers == ["Seoul"]


# --- coordinated targets (the optional family) -------------------------------------------


def test_coordinated_nationalities_both_targets(nlp: Language) -> None:
    text = "Activists said Syrian and Russian warplanes have attacked a rebel-held town."
    [claim] = claims_of(nlp, text, WITH_COORDINATED)
    assert claim.stance.value == "accuse"
    assert [t.span.text for t in claim.targets] == ["Syrian", "Russian"]
    [default] = claims_of(nlp, text)  # on by default since round 24: both adjectives
    assert [t.span.text for t in default.targets] == ["Syrian", "Russian"]


def test_state_before_nationality_adjective_both_targets(nlp: Language) -> None:
    text = "Tehran denounced U.S. and British warships for violating its territorial waters."
    claims = claims_of(nlp, text, WITH_COORDINATED)
    targets = {t.span.text for c in claims for t in c.targets}
    assert {"U.S.", "British"} <= targets


def test_state_and_possession_not_two_targets(nlp: Language) -> None:
    text = "Israel accused Iran and its nuclear program of threatening the region."
    claims = claims_of(nlp, text, WITH_COORDINATED)
    [claim] = [c for c in claims if c.claimer.span.text == "Israel"]
    assert "Iran" in [t.span.text for t in claim.targets]
    assert "coordinated_target" not in claim.rule  # a common noun is no named conjunct


# --- a name closing an office holder's description ---------------------------------------


def test_ambassador_to_body_then_name(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        '"We will not accept this," said Iranian Ambassador to the United Nations Reza Farahani.',
    )
    assert [c.claimer.span.text for c in claims] == ["Reza Farahani"]


def test_untagged_name_after_place(nlp: Language) -> None:
    claims = claims_of(
        nlp, '"The attacks must stop," said Chinese Ambassador to Washington Li Wenming.'
    )
    assert [c.claimer.span.text for c in claims] == ["Li Wenming"]


def test_chairman_of_commission_then_name(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The chairman of the African Union Commission Jean Mbeki accused the rebels of "
        "violating the truce.",
    )
    assert [c.claimer.span.text for c in claims] == ["Jean Mbeki"]


def test_office_without_name_stays_description(nlp: Language) -> None:
    claims = claims_of(
        nlp, "The head of the U.N. mission in Sudan said the militias had attacked the camp."
    )
    assert [c.claimer.span.text for c in claims] == ["The head of the U.N. mission in Sudan"]


def test_spokesman_for_titled_person_is_not_that_person(nlp: Language) -> None:
    claims = claims_of(
        nlp, "A spokesman for President Ali Rahimi said foreign agents were behind the bombing."
    )
    assert all(c.claimer.span.text != "Ali Rahimi" for c in claims)
