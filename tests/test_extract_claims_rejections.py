"""Rejection, non-acceptance and charges carried by acts (round 23, issue 12, branch
``convention23``; the claims guide's points 44 and 45): the families ``unaccepted_offer`` and
``suspected_charge`` (:mod:`kg.extract.claims.rejections`) and the switch
``speech_deny.OWNERLESS_REJECTION``.

Every sentence is quoted from public-domain or openly licensed copy in ``corpus/`` that is in
no gold part of ``benchmarks/claims`` or ``benchmarks/allegations`` and in no agreement file
(checked by tests/test_tests_sources.py); the source is named beside each.  No such sentence
with a named owner of a rejected offer or a measure "on suspicion of" was found in ``corpus/``
or the pool, so the positive shapes are measured on the development gold only
(``benchmarks/claims/RESULTS.md``); these tests pin what the rules must leave alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims, speech_deny
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance

ON = (RULES - OPTIONAL) | {"suspected_charge"}


def claims_of(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), ON)


@pytest.fixture
def ownerless() -> Iterator[None]:
    kept = speech_deny.OWNERLESS_REJECTION
    speech_deny.OWNERLESS_REJECTION = True
    yield
    speech_deny.OWNERLESS_REJECTION = kept


def test_families_are_registered() -> None:
    assert "unaccepted_offer" in RULES and "unaccepted_offer" not in OPTIONAL
    assert "suspected_charge" in RULES and "suspected_charge" in OPTIONAL  # held-out loss
    assert speech_deny.OWNERLESS_REJECTION is False  # lost on development parts: off


#: https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/20/statement-by-national-security-advisor-jake-sullivan-on-houthi-attack-against-saudi-arabia-2/
#: (corpus/white-house-yemen.jsonl; U.S. government work, public domain)
HOUTHIS = (
    "The Houthis have rejected these calls, responding instead with new offensives in Yemen "
    "and terrorist acts, such as those launched against Saudi Arabia last night."
)


def test_ownerless_rejection_is_no_claim_by_default(nlp: Language) -> None:
    assert not [c for c in claims_of(nlp, HOUTHIS) if c.stance is Stance.CRITICIZE]


def test_ownerless_rejection_criticizes_with_no_target(nlp: Language, ownerless: None) -> None:
    found = [c for c in claims_of(nlp, HOUTHIS) if c.stance is Stance.CRITICIZE]
    assert [c.claimer.span.text for c in found] == ["Houthis"]
    assert found[0].targets == ()
    assert found[0].content is not None and found[0].content.text == "these calls"


#: https://www.president.gov.ua/en/news/vid-efektivnosti-instrumentiv-vplivu-na-rosiyu-zalezhit-skil-74349
#: (corpus/president-of-ukraine-russia-ukraine.jsonl; president.gov.ua, CC BY 4.0)
NOT_ACCEPTED = (
    "Russia's problem is that the entire Ukrainian people does not accept it and will never "
    "accept it again."
)


def test_not_accepting_a_pronoun_is_no_criticism(nlp: Language) -> None:
    assert not [c for c in claims_of(nlp, NOT_ACCEPTED) if c.rule == "unaccepted_offer"]


#: https://www.state.gov/targeting-russias-financial-defense-and-marine-sectors-and-promoting-accountability-for-russian-and-belarusian-military-officials/
#: (corpus/state-department-belarus.jsonl; U.S. government work, public domain)
HELD_TO_ACCOUNT = (
    "We also will hold to account those involved in his war of choice, including those "
    "suspected of taking part in atrocities and human rights abuses against civilians."
)


def test_suspects_of_no_measure_carry_no_charge(nlp: Language) -> None:
    # "those suspected of" hangs on "including", not on a measure taken against them
    assert not [c for c in claims_of(nlp, HELD_TO_ACCOUNT) if c.rule == "suspected_charge"]
