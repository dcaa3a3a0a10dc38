"""The guide's points settled in round 14 (issue 12, branch ``points15``): a negated act is a
denial only against a charge stated in the sentence or the one before (point 21,
``denials._charge_stated``); a secession imputed to a named party is an accusation (point 33,
``content_accuse._independence_seekers``); withholding figures is a refusal only when a
refusal is reported (point 38, ``refusals._refused``, optional ``reported_refusal``); a
denial noun with its author and no content is the author's denial of the accuser (point
39, ``denial_nouns``, optional); readiness after a charge in the sentence before threatens
the charged (point 35, ``context_adversary``, optional); only peaceful means against a
stated charge deny (point 36, ``denials._only_peaceful_means``); a because-clause charging a
named party accuses it (point 37, ``measures.reason_charges``); the reason of an appeal is
asserted (point 40, ``demands._appeal_reason_claims``, optional); ties cut off until the other side
complies threaten it (point 41, ``content_ultimatum._until_pressed``).

The sentences are written for these tests in the register of wire copy about international
disputes; none is in a gold part of ``benchmarks/claims/gold.jsonl``."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OFFICIAL_ONLY, OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from tests.claim_helpers import stances_of


def with_rule(nlp: Language, text: str, rule: str) -> list[tuple[str, Stance, list[str]]]:
    doc = nlp(text)
    rules = (RULES - OFFICIAL_ONLY - OPTIONAL) | {rule}
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), rules)
    ]


# --- point 21: a counter-statement is a denial only against a stated charge ----------


def test_a_negated_act_with_no_charge_stated_is_an_assertion(nlp: Language) -> None:
    text = "The rebel command said it does not keep any prisoners."
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.ASSERT]


def test_a_negated_act_after_a_charge_in_the_sentence_before_is_a_denial(nlp: Language) -> None:
    text = (
        "Kiev accused the separatists of holding dozens of soldiers captive."
        " The separatists said they do not keep any prisoners."
    )
    # the accuser comes from the sentence before (point 43, ``context_accuser``)
    assert ("The separatists", Stance.DENY, ["Kiev"]) in stances_of(nlp, text)


def test_a_negated_act_beside_a_charge_named_in_its_sentence_is_a_denial(nlp: Language) -> None:
    text = "The ministry said its troops have never shelled the villages, rejecting the claims."
    assert Stance.DENY in {s for _, s, _ in stances_of(nlp, text)}


# --- point 33: seeking independence is an accusation ---------------------------------


def test_angling_to_declare_independence_accuses_the_named_party(nlp: Language) -> None:
    text = "Beijing said Taiwan's ruling party is angling to declare formal independence."
    assert ("Beijing", Stance.ACCUSE, ["Taiwan"]) in stances_of(nlp, text)


def test_a_step_toward_independence_accuses_the_doer(nlp: Language) -> None:
    text = "Belgrade said the vote by Kosovo's assembly was a step toward independence."
    assert ("Belgrade", Stance.ACCUSE, ["Kosovo"]) in stances_of(nlp, text)


def test_a_secession_told_as_done_or_disavowed_is_no_accusation(nlp: Language) -> None:
    for text in (
        "The minister said Kosovo declared independence in 2008.",
        "Taiwan's president said the island does not seek formal independence.",
    ):
        assert Stance.ACCUSE not in {s for _, s, _ in stances_of(nlp, text)}


# --- point 38: withholding figures is a refusal only when a refusal is reported -------


def test_not_releasing_figures_is_no_claim(nlp: Language) -> None:
    text = "The defence ministry did not release casualty figures."
    assert with_rule(nlp, text, "reported_refusal") == []
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.DECLINE_COMMENT]  # off: as before


def test_declining_to_give_figures_is_a_refusal(nlp: Language) -> None:
    text = "The army declined to give figures on its losses in the border clashes."
    found = with_rule(nlp, text, "reported_refusal")
    assert [s for _, s, _ in found] == [Stance.DECLINE_COMMENT]


def test_would_not_disclose_figures_is_a_refusal(nlp: Language) -> None:
    text = "The ministry would not disclose casualty figures from the fighting."
    found = with_rule(nlp, text, "reported_refusal")
    assert [s for _, s, _ in found] == [Stance.DECLINE_COMMENT]


# --- point 39: a denial noun with its author and no content --------------------------


def test_a_denial_noun_answering_a_named_accuser_is_a_denial(nlp: Language) -> None:
    text = "Kigali's denial follows accusations by Kinshasa that Rwandan troops crossed the border."
    assert ("Kigali", Stance.DENY, ["Kinshasa"]) in with_rule(nlp, text, "denial_noun")


def test_a_denial_noun_after_a_charge_in_the_sentence_before(nlp: Language) -> None:
    text = (
        "Kinshasa accused Rwanda of sending troops across the border."
        " The denial by Kigali came within hours."
    )
    assert ("Kigali", Stance.DENY, ["Kinshasa"]) in with_rule(nlp, text, "denial_noun")


def test_a_denial_noun_with_no_charge_named_is_no_claim(nlp: Language) -> None:
    text = "The government's denial was broadcast by state television."
    assert with_rule(nlp, text, "denial_noun") == []


def test_the_denial_noun_rule_is_off_by_default(nlp: Language) -> None:
    text = "Kigali's denial follows accusations by Kinshasa that Rwandan troops crossed the border."
    assert Stance.DENY not in {s for _, s, _ in stances_of(nlp, text)}


# --- point 35: readiness after a charge in the sentence before (optional) -------------


def test_readiness_after_an_attack_charged_before_threatens_the_attacker(nlp: Language) -> None:
    text = (
        "Armenia said Azerbaijani forces had begun to shell its positions."
        " Yerevan said it was ready to defend itself."
    )
    found = with_rule(nlp, text, "context_adversary")
    assert ("Yerevan", Stance.THREATEN, ["Azerbaijani"]) in found


def test_readiness_with_no_party_named_before_stays_an_assertion(nlp: Language) -> None:
    text = "Yerevan said it was ready to defend itself."
    assert with_rule(nlp, text, "context_adversary") == [("Yerevan", Stance.ASSERT, [])]


# --- point 36: an indirect reassurance that entails the act did not happen ------------


def test_only_peaceful_means_against_a_stated_charge_is_a_denial(nlp: Language) -> None:
    text = (
        "Baku accused Armenia of sponsoring terror attacks. Armenia said it restores its rights"
        " exclusively through political and diplomatic means."
    )
    # the accuser comes from the sentence before (point 43, ``context_accuser``)
    assert ("Armenia", Stance.DENY, ["Baku"]) in stances_of(nlp, text)


def test_a_reassurance_that_leaves_the_charge_standing_is_an_assertion(nlp: Language) -> None:
    for text in (
        "Baku accused Armenia of sponsoring terror attacks. Armenia said it favors a peaceful"
        " settlement of the conflict.",
        "Armenia said it restores its rights exclusively through political and diplomatic means.",
    ):
        assert ("Armenia", Stance.ASSERT, []) in stances_of(nlp, text), text


# --- point 37: a because-clause charging a named party --------------------------------


def test_a_because_clause_charging_a_named_party_is_an_accusation(nlp: Language) -> None:
    text = "The minister said the talks collapsed because Pakistan continued to shelter militants."
    found = stances_of(nlp, text)
    assert ("The minister", Stance.ACCUSE, ["Pakistan"]) in found
    assert ("The minister", Stance.ASSERT, []) in found


def test_a_because_clause_blaming_nobody_adds_nothing(nlp: Language) -> None:
    text = "The spokesman said the ceasefire failed because the weather was bad."
    assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.ASSERT]


# --- point 40: the reason of an appeal is an assertion --------------------------------


def test_the_reason_of_an_appeal_is_an_assertion(nlp: Language) -> None:
    text = (
        "Baghdad urged the Security Council to lift the sanctions, since Iraq had already"
        " destroyed its missiles."
    )
    assert with_rule(nlp, text, "appeal_reason") == [("Baghdad", Stance.ASSERT, [])]
    assert stances_of(nlp, text) == []  # off by default


def test_a_reason_of_an_appeal_that_charges_a_named_party_accuses_it(nlp: Language) -> None:
    text = (
        "Pakistan appealed to the United Nations to intervene, because Indian troops had shelled"
        " villages along the frontier."
    )
    assert with_rule(nlp, text, "appeal_reason") == [("Pakistan", Stance.ACCUSE, ["Indian"])]


def test_an_appeal_with_no_reason_is_no_claim(nlp: Language) -> None:
    assert with_rule(nlp, "The ministry urged citizens to stay indoors.", "appeal_reason") == []


# --- point 41: ties cut off until the other side complies -----------------------------


def test_ties_frozen_until_the_other_side_complies_threaten_it(nlp: Language) -> None:
    text = (
        "Ankara said it froze ties with Vienna until the Austrian government reverses its decision."
    )
    assert stances_of(nlp, text) == [("Ankara", Stance.THREATEN, ["Vienna"])]


def test_ties_frozen_with_no_condition_or_a_shared_one_are_asserted(nlp: Language) -> None:
    for text in (
        "Ankara said it froze ties with Vienna.",
        "The ministry said it suspended talks with Tokyo until the two governments agree on an"
        " agenda.",
    ):
        assert [s for _, s, _ in stances_of(nlp, text)] == [Stance.ASSERT], text


def test_a_because_clause_foreseeing_an_act_adds_no_accusation(nlp: Language) -> None:
    text = (
        "The minister said there would be no summit, because Moscow will try to seize more"
        " territory."
    )
    assert Stance.ACCUSE not in {s for _, s, _ in stances_of(nlp, text) if s}
