"""Denials told without a denying verb of their own (round 13): a negated statement said
in the same breath as the speaker's denial, a negated statement in the sentence after
it, and "what X said is not true".

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from kg.resolve.voice import OFFICIAL_ONLY

#: The default families with the optional negated denials switched on.
WITH_NEGATED = (RULES - OFFICIAL_ONLY - OPTIONAL) | {"negated_denial"}


def claims_of(nlp: Language, text: str, negated: bool = True) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), WITH_NEGATED if negated else None)


def stance_of(claims: tuple[Claim, ...], content_start: str) -> Stance | None:
    return next(
        (c.stance for c in claims if c.content and c.content.text.startswith(content_start)),
        None,
    )


def test_negated_statement_beside_a_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The rebel leader denied ordering the attack and said his fighters had not "
        "entered the town.",
    )
    assert stance_of(claims, "his fighters had not entered") is Stance.DENY


def test_negated_denials_are_off_by_default(nlp: Language) -> None:
    text = (
        "The rebel leader denied ordering the attack and said his fighters had not "
        "entered the town."
    )
    # round 16's own_negation (on by default) reads this own-side deed as a denial too
    doc = nlp(text)
    rules = RULES - OFFICIAL_ONLY - OPTIONAL - {"own_negation"}
    claims = extract_claims(doc, extract_mentions(doc), rules)
    assert stance_of(claims, "his fighters had not entered") is Stance.ASSERT


def test_negated_statement_beside_a_denial_takes_its_accuser(nlp: Language) -> None:
    claims = claims_of(nlp, "Rebels denied the army's claims and said they are not in retreat.")
    claim = next(c for c in claims if c.content and c.content.text.startswith("they are not"))
    assert claim.stance is Stance.DENY
    assert claim.targets


def test_modal_beside_a_denial_is_no_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The government rejected the proposal and said it would not negotiate with the rebels.",
    )
    assert stance_of(claims, "it would not negotiate") is Stance.ASSERT


def test_negated_statement_without_a_denial_stays_assert(nlp: Language) -> None:
    claims = claims_of(nlp, "The president said his troops had not entered the town.")
    assert stance_of(claims, "his troops had not entered") is Stance.ASSERT


def test_continued_denial_in_the_next_sentence(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "A spokesman for the rebel movement, Joseph Kamara, denied the group is being "
        "armed by Rwanda. Mr. Kamara said the rebels have not received any weapons from "
        "abroad.",
    )
    assert stance_of(claims, "the rebels have not received") is Stance.DENY


def test_no_continued_denial_by_another_speaker(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The Foreign Ministry rejected the accusations by Kenya. The police chief said "
        "the suspects have not been found.",
    )
    assert stance_of(claims, "the suspects have not been found") is Stance.ASSERT


def test_no_continued_denial_without_a_denial_before(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The rebels said the talks had stalled. Mr. Kamara said the rebels have not "
        "received any weapons from abroad.",
    )
    assert stance_of(claims, "the rebels have not received") is Stance.ASSERT


def test_what_they_said_is_not_true(nlp: Language) -> None:
    claims = claims_of(nlp, '"What they said is not true," the spokesman said.')
    assert stance_of(claims, "What they said") is Stance.DENY


def test_what_a_state_claims_is_baseless_targets_it(nlp: Language) -> None:
    claims = claims_of(nlp, "The spokesman said what Kenya claims is baseless.")
    claim = next(c for c in claims if c.stance is Stance.DENY)
    assert [t.span.text for t in claim.targets] == ["Kenya"]


def test_what_was_said_was_important_is_no_denial(nlp: Language) -> None:
    claims = claims_of(nlp, "The minister said what the president said was important.")
    assert all(c.stance is Stance.ASSERT for c in claims)


def test_nothing_further_from_the_truth(nlp: Language) -> None:
    claims = claims_of(
        nlp, '"Nothing could be further from the truth," the ambassador told reporters.'
    )
    assert stance_of(claims, "Nothing could be further") is Stance.DENY


def test_nothing_further_from_his_mind_is_no_denial(nlp: Language) -> None:
    claims = claims_of(nlp, "The minister said nothing was further from his mind than war.")
    assert stance_of(claims, "nothing was further") is Stance.ASSERT


def test_claims_do_not_correspond_to_reality(nlp: Language) -> None:
    claims = claims_of(nlp, '"These claims do not correspond to reality," the spokesman said.')
    assert stance_of(claims, "These claims do not") is Stance.DENY


def test_growth_not_reflecting_reality_is_no_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The minister said the economy's growth did not reflect the reality of poverty in "
        "the regions.",
    )
    assert stance_of(claims, "the economy's growth") is Stance.ASSERT
