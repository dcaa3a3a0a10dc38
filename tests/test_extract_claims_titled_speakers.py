"""Round 25 (issue 12, branch ``speakers25``): family ``titled_person``
(:mod:`kg.extract.claims.titled_speakers`) and ``OPEN_RUN_ENDS``
(:mod:`kg.extract.claims.speech_quotes`).

A body or party claimer whose subject goes on to name the person who spoke is that person;
what may stand between is a title or an office, never a joining word.  The checks read the
helpers on the words between a body and a name (fragments, not news sentences: no sentence
here is in a gold part, ``tests/test_tests_sources.py``).
"""

from __future__ import annotations

from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.titled_speakers import _bridges


def test_titles_and_offices_bridge_a_body_and_a_name() -> None:
    assert _bridges(" senior fellow ")
    assert _bridges(" professor ")
    assert _bridges(" to the Secretary General, ")
    assert _bridges(" on the Senate Foreign Relations Committee, Senator ")


def test_joining_words_clauses_and_quotes_do_not_bridge() -> None:
    assert not _bridges(" and ")  # two speakers
    assert not _bridges(", such as the analyst ")  # an example of a group
    assert not _bridges(" said on Monday that ")
    assert not _bridges(' "strong protest" by ')
    assert not _bridges(", a, b, c, ")  # more than two commas


def test_the_family_is_on_by_default() -> None:
    assert "titled_person" in RULES and "titled_person" not in OPTIONAL
