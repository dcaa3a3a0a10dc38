"""A "who" clause with no comma right after a personal name restricts the noun the name's
"of" hangs on: "a confidant of the former prime minister X who said P" is the confidant's
claim (round 14, ``devclaims14``)."""

from __future__ import annotations

from spacy.language import Language

from tests.claim_helpers import stances_of


def test_the_confidant_speaks_not_the_named_leader(nlp: Language) -> None:
    found = stances_of(
        nlp,
        "The charge follows a disclosure by a confidant of former Prime Minister John Smith "
        "who said there were plans to invade the island.",
    )
    assert [who for who, _, _ in found] == ["a confidant of former Prime Minister John Smith"]


def test_a_clause_set_off_by_a_comma_is_left_alone(nlp: Language) -> None:
    found = stances_of(
        nlp,
        "The claim came from a cousin of King Abdullah, who said the army had shelled the village.",
    )
    assert [who for who, _, _ in found] == ["Abdullah"]
