"""A state's office holder described after being named with the title alone (round 15,
branch collective15): "Foreign Secretary Jack Morrow arrived ... Britain's foreign
secretary said ..." is Morrow, the one person of that title and of no known state named
before; two such people leave the description alone.  Wire-style sentences written for
these tests, none of them in the gold set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.model import Actor, ActorKind, Mention, Span
from kg.resolve import coref
from tests.claim_helpers import resolved

_ARRIVED = "Foreign Secretary Jack Morrow arrived in Nairobi on Monday. He met President Odhiambo. "
_SAID = "Britain's foreign secretary said Kenya must hold the officers accountable."


def _claimers(nlp: Language, text: str) -> set[str]:
    return {c for c, _, _ in resolved(nlp, text)}


def test_the_one_holder_of_the_title_is_the_states_holder(nlp: Language) -> None:
    assert "Jack Morrow" in _claimers(nlp, _ARRIVED + _SAID)


def test_two_holders_of_the_title_leave_the_description(nlp: Language) -> None:
    text = (
        "Foreign Minister Lin Wei met Foreign Minister Taro Kono in Beijing on Monday. "
        "They discussed the islands. Japan's foreign minister said China must stop its "
        "incursions."
    )
    claimers = _claimers(nlp, text)
    assert "Lin Wei" not in claimers


def test_the_switch_leaves_the_description(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coref, "UNAFFILIATED_HOLDER", False)
    assert "Jack Morrow" not in _claimers(nlp, _ARRIVED + _SAID)


def test_a_one_word_title_is_not_bound() -> None:
    diallo = Mention(Span(10, 22, "Amina Diallo"), "PERSON", 0, head="diallo")
    actor = Actor("amina-diallo", "Amina Diallo", ActorKind.PERSON, roles=("President",))
    described = Mention(
        Span(80, 100, "The Kenyan president"), "NOMINAL", 1, head="president", affiliation="Kenyan"
    )
    assert coref._unaffiliated_holder(described, [(diallo, actor)], 12) is None
    secretary = Mention(
        Span(80, 107, "Kenya's foreign secretary"), "NOMINAL", 1, head="secretary",
        affiliation="Kenya's",
    )  # fmt: skip
    holder = Actor("amina-diallo", "Amina Diallo", ActorKind.PERSON, roles=("Foreign Secretary",))
    assert coref._unaffiliated_holder(secretary, [(diallo, holder)], 12) == "amina-diallo"
