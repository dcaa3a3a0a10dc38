"""Round 43 (issue 12, branch ``readouts54``; test42's class (J)): a joint statement's or a
readout's verbs listed as a semicolon series.

- ``base.SEMICOLON_SERIES``: "They reiterated their commitment to X; confirmed their clear
  commitment to Y" is parsed with "confirmed" as the sentence's root and the first clause as
  its clausal complement; the root had no subject and made no claim.  With the switch, a verb
  with no subject of its own after a semicolon shares the subject of the series' first clause
  (a verb of saying or stance whose subject can speak), and that first clause is no content
  of it.

Each test sets the switch on and off to show both readings.  The sentences are constructed and
marked so: every corpus text with such a series (the Lublin Triangle's joint statement, the
Afghanistan envoys' communique) is in a gold part or repeats a gold part's sentences; the
constructed ones keep the shape the parser misreads (a long first clause, a semicolon, a
subjectless verb).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import base
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

# Constructed (see the module docstring): a pronoun subject, as a joint statement's later
# sentences have it.
THEY = (
    "They reiterated their commitment to further deepening the ties between Chile, Peru and "
    "Colombia based on shared values and common goals; confirmed their commitment to widening "
    "their cooperation in a number of fields such as energy, transport and others."
)
# Constructed: the later verb's object is no stated object, so it makes no claim; the series'
# first clause is not its content either (before the switch's guard in the content finders,
# "confirmed" took "They reiterated ..." for what it confirmed).
INTENTION = (
    "They reiterated their commitment to further deepening the ties between Chile, Peru and "
    "Colombia based on shared values and common goals; confirmed their firm intention to widen "
    "their cooperation in a number of fields such as energy, transport and others."
)
# Constructed: a plural description of the signatories.
MINISTERS = (
    "The ministers reiterated their commitment to the partnership between Chile and Peru based "
    "on shared interests; confirmed their commitment to expanding their cooperation in energy, "
    "trade and others."
)
# Constructed: a second clause with a subject of its own keeps it.
OWN_SUBJECT = "The minister rejected the allegations; the ambassador said the claims were false."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = base.SEMICOLON_SERIES
    yield
    base.SEMICOLON_SERIES = saved


def _by_cue(nlp: Language, text: str, cue: str) -> list[tuple[str, Stance, str]]:
    """(claimer, stance, content) of the claims whose cue is ``cue``."""
    return [
        (c.claimer.span.text, c.stance, c.content.text if c.content else "")
        for c in claims_of(nlp, text)
        if c.cue.text.split()[0] == cue
    ]


def test_a_later_verb_of_the_series_shares_the_first_clauses_subject(
    nlp: Language, restore: None
) -> None:
    base.SEMICOLON_SERIES = True
    [(claimer, stance, content)] = _by_cue(nlp, THEY, "confirmed")
    assert (claimer, stance) == ("They", Stance.ASSERT)
    assert content.startswith("their commitment to widening their cooperation")
    assert "reiterated" not in content  # the series' first clause is no content of it
    [(claimer, _, content)] = _by_cue(nlp, MINISTERS, "confirmed")
    assert claimer == "The ministers"
    assert content.startswith("their commitment to expanding their cooperation")
    # the first verb keeps its own claim
    assert [c for c, _, _ in _by_cue(nlp, THEY, "reiterated")] == ["They"]
    base.SEMICOLON_SERIES = False
    assert _by_cue(nlp, THEY, "confirmed") == []
    assert _by_cue(nlp, MINISTERS, "confirmed") == []
    assert [c for c, _, _ in _by_cue(nlp, THEY, "reiterated")] == ["They"]


def test_the_first_clause_is_no_content_of_a_later_verb(nlp: Language, restore: None) -> None:
    base.SEMICOLON_SERIES = True
    assert _by_cue(nlp, INTENTION, "confirmed") == []
    assert [c for c, _, _ in _by_cue(nlp, INTENTION, "reiterated")] == ["They"]


def test_a_clause_with_its_own_subject_keeps_it(nlp: Language, restore: None) -> None:
    base.SEMICOLON_SERIES = True
    said = _by_cue(nlp, OWN_SUBJECT, "said")
    assert [c for c, _, _ in said] == ["the ambassador"]
    assert [c for c, _, _ in _by_cue(nlp, OWN_SUBJECT, "rejected")] == ["The minister"]


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)
