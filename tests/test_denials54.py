"""Round 43 (branch ``dev54``, issue 12's ``dev`` target): a denied charge and the denial its
saying participle makes are one claim.

- :data:`kg.extract.claims.said_denials.ONE_SAID_DENIAL` (off by its bar): "X denied the
  claims, saying there are no such plans" is one denial (its content the participle's
  statement), not a denial of "the claims" beside a second denial of the same speaker; a
  participle read an assertion ("denied the accusations, saying he was only trying to ...")
  is left alone.

The corpus texts in no gold file (``corpus/*.jsonl`` less the URLs of the claims gold, its
agreement and pool files and the allegations gold) hold no sentence of this shape (the one
corpus sentence "firmly rejected the accusations, saying ..." is in a text of the allegations
gold), so the sentences below are constructed, and say so.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import said_denials
from kg.model import Stance
from tests.claim_helpers import claims_of

#: Constructed: a denied charge, the participle's statement itself a denial.
DOUBLED = (
    "Opposition leader Maria Santos denied the government's claims, saying there are no "
    "such plans to attack the capital."
)
#: Constructed: the participle's statement an assertion (the gold reads that shape both ways).
ASSERTED = "The minister rejected the accusations, saying he was only trying to promote dialogue."


def _denials(nlp: Language, text: str) -> list[str]:
    return [
        c.content.text if c.content else "" for c in claims_of(nlp, text) if c.stance is Stance.DENY
    ]


def test_a_denied_charge_and_its_said_denial_are_one_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(said_denials, "ONE_SAID_DENIAL", True)
    denials = _denials(nlp, DOUBLED)
    assert len(denials) == 1
    assert denials[0].startswith("there are no such plans")


def test_without_the_switch_both_denials_are_kept(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(said_denials, "ONE_SAID_DENIAL", False)
    assert len(_denials(nlp, DOUBLED)) == 2


def test_an_asserting_participle_is_left_alone(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(said_denials, "ONE_SAID_DENIAL", True)
    on = [(c.stance, c.content.text if c.content else "") for c in claims_of(nlp, ASSERTED)]
    monkeypatch.setattr(said_denials, "ONE_SAID_DENIAL", False)
    off = [(c.stance, c.content.text if c.content else "") for c in claims_of(nlp, ASSERTED)]
    assert on == off
    assert any(s is Stance.DENY for s, _ in on)
