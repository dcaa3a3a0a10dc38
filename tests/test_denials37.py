"""Round 36, second wave (branch ``wire38``, issue 12, test36's class (1): short quoted denials
of wire copy): a content that calls the charge's maker a liar ("He is lying") or says the charge
was made up ("He made that up") is a denial (:data:`kg.extract.claims.content_deny.LIAR_DENIALS`),
and so is a falsity evaluation of a clause of claiming ("To accuse our forces of ... is absurd";
:data:`kg.extract.claims.content_deny.CLAUSAL_CHARGES`).

The texts are constructed, and say so: the corpus outside the gold holds no such sentence (its
"They are lying" and "Someone is lying" are in President of Ukraine items that are gold
documents, its VOA stories are gold documents, and the pool is excluded by the project's rule).
The wording is the construction, not any gold sentence (``assert_in_no_gold_part``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_deny
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: a charge, then the accused side's minister calling its maker a liar.
LYING = (
    "Ethiopia accused Eritrea of arming the rebels. "
    '"He is lying," the Eritrean information minister said.'
)
#: Constructed: the same answer told as a fabrication of the maker.
MADE_UP = (
    "Ethiopia accused Eritrea of arming the rebels. "
    '"He made that up," the Eritrean information minister said.'
)
#: Constructed: "lie" of place is no denial.
LIE_OF_PLACE = "The minister said the disputed islands lie in the middle of the Gulf."
#: Constructed: a falsity evaluation whose subject is a clause of claiming.
CLAUSAL = (
    '"To accuse our soldiers of burning the villages is simply absurd," the army spokesman said.'
)
#: Constructed: a clause of another verb judged absurd is no denial of a charge.
CLAUSAL_OTHER = '"To wait another year for the talks is simply absurd," the army spokesman said.'


def _minister(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(s, t) for c, s, t in stances_of(nlp, text) if "minister" in c]


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def test_he_is_lying_is_a_denial_aimed_at_him(nlp: Language) -> None:
    found = _minister(nlp, LYING)
    assert any(s is Stance.DENY and "He" in t for s, t in found), found


def test_lying_off_leaves_an_assertion(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_deny, "LIAR_DENIALS", False)
    found = _minister(nlp, LYING)
    assert not any(s is Stance.DENY for s, _ in found), found


def test_made_that_up_is_a_denial(nlp: Language) -> None:
    found = _minister(nlp, MADE_UP)
    assert any(s is Stance.DENY for s, _ in found), found


def test_made_that_up_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_deny, "LIAR_DENIALS", False)
    found = _minister(nlp, MADE_UP)
    assert not any(s is Stance.DENY for s, _ in found), found


def test_lie_of_place_is_no_denial(nlp: Language) -> None:
    assert not any(s is Stance.DENY for _, s, _ in stances_of(nlp, LIE_OF_PLACE))


def test_a_charge_judged_absurd_in_a_clause_is_a_denial(nlp: Language) -> None:
    found = stances_of(nlp, CLAUSAL)
    assert any(s is Stance.DENY and not t for _, s, t in found), found


def test_clausal_charges_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_deny, "CLAUSAL_CHARGES", False)
    assert not any(s is Stance.DENY for _, s, _ in stances_of(nlp, CLAUSAL))


def test_another_clause_judged_absurd_is_no_denial(nlp: Language) -> None:
    assert not any(s is Stance.DENY for _, s, _ in stances_of(nlp, CLAUSAL_OTHER))
