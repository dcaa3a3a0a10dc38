"""Round 42 (branch ``accuse52``, issue 12, class (W): a party's charge told as a plain
statement).

- :data:`kg.extract.claims.content_accuse.HELD_INFORMATION`: information a side says it holds
  ("said his party has information that X wants to discredit the election process") puts the
  clause forward as proof does, so the clause's hostile doing charges its doer; "no
  information" and a negated verb put nothing forward.

The corpus texts in no gold file (``corpus/*.jsonl`` less the URLs of the claims gold, its
agreement and pool files and the allegations gold) hold "has information that P" three times,
two of them in gold documents; the third (quoted below, a real sentence) tells no hostile doing
of a named side, so the charged cases are constructed, and say so.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_accuse
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: a party's charge told as information it holds.
HELD = (
    "Mr. Mwale said his party has information that ZANU-PF wants to discredit the election process."
)
#: Constructed: information obtained, the clause a hostile doing of a named state.
OBTAINED = (
    "The minister said the ministry has obtained information that Zambia is arming the rebels."
)
#: Constructed: information denied puts nothing forward.
NO_INFORMATION = (
    "The minister said the ministry has no information that Zambia is arming the rebels."
)
#: Real: https://www.president.gov.ua/en/news/irina-vereshuk-zaklikayemo-rosijsku-storonu-dotrimuvatisya-p-73421
#: (in no gold file): information held, its clause no hostile doing the lexicon knows.
PLANNED_ROUTE = (
    "However, according to the Deputy Prime Minister, the Ukrainian party has information that "
    "the Russian side is planning manipulations with the route, not agreed upon and dangerous, "
    "to force people to go the other way."
)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def test_information_held_puts_its_charge_forward(nlp: Language) -> None:
    assert stances_of(nlp, HELD) == [("Mwale", Stance.ACCUSE, ["ZANU-PF"])]


def test_information_obtained_puts_its_charge_forward(nlp: Language) -> None:
    assert [(s, t) for _, s, t in stances_of(nlp, OBTAINED)] == [(Stance.ACCUSE, ["Zambia"])]


def test_without_the_switch_the_clause_is_only_said(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_accuse, "HELD_INFORMATION", False)
    assert [s for _, s, _ in stances_of(nlp, HELD)] == [Stance.ASSERT]


def test_no_information_puts_nothing_forward(nlp: Language) -> None:
    assert [s for _, s, _ in stances_of(nlp, NO_INFORMATION)] == [Stance.ASSERT]


def test_information_without_a_hostile_doing_charges_nobody(nlp: Language) -> None:
    assert Stance.ACCUSE not in [s for _, s, _ in stances_of(nlp, PLANNED_ROUTE)]
