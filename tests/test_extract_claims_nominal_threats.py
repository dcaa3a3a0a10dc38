"""Nominal threats whose owner is a "by" phrase or a nationality word (round 15, branch
``coverage15``, ``threats.NOMINAL_THREAT_OWNERS``, on by default since round 22, branch
``threat22``: a development part holds the shape): "a threat by X to end
the truce with Y" is X's threat against Y; "renewed its threat" stays the verb family's,
and a threat by no actor is none.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import threats
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of


@pytest.fixture
def owners_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threats, "NOMINAL_THREAT_OWNERS", True)


@pytest.mark.usefixtures("owners_on")
@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "Talks collapsed after a threat by Pyongyang to walk out of the armistice with Seoul.",
            "Pyongyang",
            "Seoul",
        ),
        (
            "The North Korean threat to scrap the armistice with Seoul alarmed Washington.",
            "North Korean",
            "Seoul",
        ),
    ],
)
def test_threat_owner_from_by_phrase_or_nationality(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    found = stances_of(nlp, text)
    assert (claimer, Stance.THREATEN, [target]) in found, found


@pytest.mark.usefixtures("owners_on")
def test_threat_by_no_actor_is_none(nlp: Language) -> None:
    found = stances_of(nlp, "The threat by rising seas to the coastal towns is growing fast.")
    assert not any(s is Stance.THREATEN for _, s, _ in found), found


@pytest.mark.usefixtures("owners_on")
def test_renewed_own_threat_is_one_claim(nlp: Language) -> None:
    found = stances_of(nlp, "Pyongyang renewed its threat to scrap the armistice with Seoul.")
    assert [s for _, s, _ in found].count(Stance.THREATEN) == 1, found


def test_off_reads_no_threat(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert threats.NOMINAL_THREAT_OWNERS is True  # on since round 22 (reopt22)
    monkeypatch.setattr(threats, "NOMINAL_THREAT_OWNERS", False)
    text = "Talks collapsed after a threat by Pyongyang to walk out of the armistice with Seoul."
    assert not any(s is Stance.THREATEN for _, s, _ in stances_of(nlp, text))


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
