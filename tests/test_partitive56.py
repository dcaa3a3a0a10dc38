"""Round 44 (branch ``deny56``, issue 12, test43's class (T)): a denial aimed at some members
of a group told before answers the group's side.

:data:`kg.resolve.targets.PARTITIVE_ACCUSERS`: a ``deny`` target written "Two of the
officials" (a quantifier of ``kg/data/partitive_quantifiers.tsv``, "of the", a plural noun)
resolves to the actor of the nearest earlier mention ending in that noun ("U.S. officials"),
and so to the state those sources speak for, not to an actor "two-of-the-officials" of its own.
Claimers and other stances' targets keep the partitive as written (the gold does).

No real news sentence of this shape that is in no gold part was found (a search of the stored
pages for a partitive accuser followed by a denial), so the texts below are CONSTRUCTED (marked
so).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, ResolvedClaim, Stance
from kg.resolve import ActorRegistry, resolve, targets
from tests.claim_helpers import assert_in_no_gold_part

#: CONSTRUCTED: the group named, some of its members accuse, the accused side denies.
BRIEFED = (
    "U.S. officials briefed reporters on Tuesday. "
    "Two of the officials said Russian hackers were behind the attack on the election systems. "
    "A Kremlin spokesman said the charges were complete nonsense."
)

#: CONSTRUCTED: the partitive with no group named before it: nothing to take up.
NO_GROUP = (
    "Two of the officials said Russian hackers were behind the attack on the election systems. "
    "A Kremlin spokesman said the charges were complete nonsense."
)


def _claims(nlp: Language, text: str) -> list[ResolvedClaim]:
    article = Article(id="partitive", text=text, source="test", outlet="VOA")
    return list(resolve(extract(nlp(text), article), ActorRegistry()).claims)


def _denial(claims: list[ResolvedClaim]) -> ResolvedClaim:
    denials = [c for c in claims if c.claim.stance is Stance.DENY]
    assert len(denials) == 1, claims
    return denials[0]


def test_the_denial_answers_the_group_s_state(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(targets, "PARTITIVE_ACCUSERS", True)
    denial = _denial(_claims(nlp, BRIEFED))
    assert denial.targets == ("united-states",), denial.targets


def test_without_the_switch_the_members_are_an_actor_of_their_own(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(targets, "PARTITIVE_ACCUSERS", False)
    denial = _denial(_claims(nlp, BRIEFED))
    assert len(denial.targets) == 1, denial.targets
    assert denial.targets[0].startswith("two-of-the-officials"), denial.targets


def test_the_accusation_s_claimer_is_left_as_written(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(targets, "PARTITIVE_ACCUSERS", True)
    accusations = [c for c in _claims(nlp, BRIEFED) if c.claim.stance is Stance.ACCUSE]
    assert [c.claimer.split("-")[:4] for c in accusations] == [["two", "of", "the", "officials"]]


def test_no_group_before_keeps_the_target(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(targets, "PARTITIVE_ACCUSERS", True)
    denial = _denial(_claims(nlp, NO_GROUP))
    assert len(denial.targets) == 1, denial.targets
    assert denial.targets[0].startswith("two-of-the-officials"), denial.targets


def test_the_quantifiers_are_data() -> None:
    assert {"two", "some", "several"} <= targets._PARTITIVE_QUANTIFIERS
    assert targets._PARTITIVE.match("Two of the officials")
    assert targets._PARTITIVE.match("some of those senior diplomats")
    assert not targets._PARTITIVE.match("the officials")


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=2)
