"""An opinion piece printed in an outlet speaks for the outlet, also behind a participle of
publishing ("an editorial published Monday in the party daily"), and a commentary is a
document like an editorial (``according.PUBLISHED_PIECES``, off by default: switched on here).

Sentences are wire-style news copy in no part of the claims gold set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import according
from tests.claim_helpers import stances_of


@pytest.fixture(autouse=True)
def published_pieces(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(according, "PUBLISHED_PIECES", True)
    yield


def claimers(nlp: Language, text: str) -> set[str]:
    return {claimer for claimer, _, _ in stances_of(nlp, text)}


def test_a_commentary_published_in_a_paper_is_the_papers(nlp: Language) -> None:
    text = (
        "A commentary published in the People's Daily said Washington was meddling in "
        "China's internal affairs."
    )
    assert claimers(nlp, text) == {"People's Daily"}


def test_an_editorial_carried_in_a_named_daily_is_the_dailys(nlp: Language) -> None:
    text = (
        "An editorial carried on Sunday in the state-run Rodong Sinmun accused Seoul of "
        "plotting a war."
    )
    assert claimers(nlp, text) == {"Rodong Sinmun"}


def test_a_commentary_in_a_paper_is_the_papers(nlp: Language) -> None:
    text = (
        "A commentary in the Global Times said Washington was meddling in China's internal affairs."
    )
    assert claimers(nlp, text) == {"Global Times"}


def test_a_letter_published_in_a_paper_is_not_the_papers(nlp: Language) -> None:
    text = "A letter published in the Guardian said the sanctions had failed."
    assert claimers(nlp, text) == {"A letter"}


def test_the_outlets_name_in_apposition_speaks(nlp: Language) -> None:
    text = (
        "An editorial published Friday in the party's main newspaper, the Nhan Dan, accused "
        "foreign broadcasters of spreading lies."
    )
    assert claimers(nlp, text) == {"the Nhan Dan"}
    text = (
        "An editorial published Monday in the province's official newspaper, the Lhasa "
        "Evening News, warned of harsh measures against what it called splittist activities."
    )
    assert claimers(nlp, text) == {"the Lhasa Evening News"}


def test_off_by_default_the_piece_speaks(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(according, "PUBLISHED_PIECES", False)
    text = (
        "A commentary published in the People's Daily said Washington was meddling in "
        "China's internal affairs."
    )
    assert claimers(nlp, text) == {"A commentary"}
