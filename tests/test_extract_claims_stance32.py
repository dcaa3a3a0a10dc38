"""Round 31 (stance32, issue 12): the accused side's account read against a charge told
anywhere earlier in the text (:mod:`kg.extract.claims.answered_charge`'s switches
``OWN_DENIALS``, ``JUSTIFIED_ACCOUNTS`` and ``BENIGN_ACCOUNTS``, all off by default).

The sentences are wire-style copy of the kind the brief names ("<ministry> said its forces
were conducting routine exercises", "<spokesman> said the convoy carried only aid"), written
for these tests rather than taken from ``corpus/`` (whose texts may hold blind parts), and
checked to be in no gold part of either benchmark."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import answered_charge, content_deny
from kg.model import Article, Claim, Stance

DRILLS = (
    "Kyiv accused Moscow of massing troops. The Kremlin said Russian forces were holding "
    "scheduled drills on Russian territory."
)
TANKER = (
    "The United States accused Iran of seizing the tanker. Iran said the ship was carrying "
    "only oil."
)
ONLY_OIL = "Iran said the ship was carrying only oil."
OWN_DENIAL = "Syria has denied the reports. Syrian officials insist Syria has no chemical weapons."
MANDATE = (
    "Georgia accused Russia of shelling Georgian villages. Fighting continued overnight. The "
    "Russian Defense Ministry said Russian forces were acting in accordance with their mandate."
)


def _last(nlp: Language, text: str) -> Claim:
    """The claim of the text's last sentence."""
    claims = extract(nlp(text), Article(id="t", text=text, source="test")).claims
    last = max(c.sentence for c in claims)
    (claim,) = [c for c in claims if c.sentence == last]
    return claim


def test_the_switches_are_off_by_default() -> None:
    assert not answered_charge.OWN_DENIALS
    assert not answered_charge.JUSTIFIED_ACCOUNTS
    assert not answered_charge.BENIGN_ACCOUNTS


@pytest.mark.parametrize("text", [DRILLS, TANKER])
def test_a_benign_account_after_a_charge_is_a_denial_of_the_accuser(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    assert _last(nlp, text).stance is Stance.ASSERT
    monkeypatch.setattr(answered_charge, "BENIGN_ACCOUNTS", True)
    claim = _last(nlp, text)
    assert claim.stance is Stance.DENY
    assert "answered_charge" in claim.rule
    accuser = text.split(" accused ")[0]
    assert [t.span.text for t in claim.targets] == [accuser.removeprefix("The ")]


def test_a_benign_account_with_no_charge_stays_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answered_charge, "BENIGN_ACCOUNTS", True)
    assert _last(nlp, ONLY_OIL).stance is Stance.ASSERT


def test_the_own_sides_earlier_denial_makes_a_negated_holding_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no accuser is named: the reports' authors are nobody, so without either rule it stays
    # asserted (round 38's content_deny.OWNED_ARMS reads "has no chemical weapons" from the
    # accused side as a denial on its own, so it is pinned off here)
    monkeypatch.setattr(content_deny, "OWNED_ARMS", False)
    assert _last(nlp, OWN_DENIAL).stance is Stance.ASSERT
    monkeypatch.setattr(answered_charge, "OWN_DENIALS", True)
    claim = _last(nlp, OWN_DENIAL)
    assert claim.stance is Stance.DENY
    assert claim.targets == ()


def test_a_justified_account_two_sentences_after_the_charge_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # counter_statement reads the account only one sentence from the charge
    assert _last(nlp, MANDATE).stance is Stance.ASSERT
    monkeypatch.setattr(answered_charge, "JUSTIFIED_ACCOUNTS", True)
    claim = _last(nlp, MANDATE)
    assert claim.stance is Stance.DENY
    assert [t.span.text for t in claim.targets] == ["Georgia"]
