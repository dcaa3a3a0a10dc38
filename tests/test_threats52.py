"""Round 42 (branch ``threats52``, issue 12, test41's class (R)): point-48 threats a readout
words with a pointing word or a condition told by inversion.

:data:`kg.extract.claims.commitments.COUNTERED_ANTECEDENT`: a committed course that counters
"it" / "these threats" threatens the doer named before it in the sentence ("the crisis,
orchestrated by Minsk"); with no doer named, the course stays as before.

:data:`kg.extract.claims.readouts.INVERTED_CONDITIONS`: "They discussed their efforts to impose
... costs on Russia should it further invade Ukraine", which spaCy parses with "invade" as the
root, is read as the readout it is.

The corpus texts outside the gold parts, agreement files, pool files and the allegations gold
hold no committed "counter it" after a named doer (the two corpus sentences of the shape are in
the development gold) and no readout verb before an uncommaed "should it V" condition: those
sentences are constructed, and marked so. The one corpus sentence is the State Department's
readout named above it (its address is in no gold part, agreement, pool or allegations file).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import commitments, readouts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, official_graph

#: Constructed: a crisis whose doer a participle's agent names, countered by a committed course.
COUNTER_IT = (
    "The Republic of Lithuania and the Republic of Poland expressed their solidarity in the face "
    "of the hybrid attack, orchestrated by Minsk on their borders, and stated their resolve to "
    "join efforts to counter it."
)
#: Constructed: the same course after a crisis whose doer is not named.
NO_DOER = (
    "The Republic of Lithuania and the Republic of Poland expressed their solidarity in the face "
    "of the hybrid attack on their borders, and stated their resolve to join efforts to counter "
    "it."
)

#: corpus/state-department-russia-ukraine.jsonl,
#: https://www.state.gov/secretary-blinkens-call-with-nato-secretary-general-stoltenberg-13/
CALL = (
    "Secretary of State Antony J. Blinken spoke today with NATO Secretary General Jens "
    "Stoltenberg about continued coordination of the Transatlantic response to ongoing Russian "
    "threats against Ukraine."
)
#: the same readout, its next sentence but one (a condition after a comma)
UNDERSCORED = (
    "He underscored the U.S. readiness to impose swift, severe costs on Russia, should it pursue "
    "further military aggression against Ukraine."
)
#: Constructed: the condition told by inversion with no comma, after a readout verb.
DISCUSSED = (
    "They discussed their efforts to impose swift and severe economic costs on Russia should it "
    "further invade Ukraine."
)
TITLE = "Secretary Blinken’s Call with NATO Secretary General Stoltenberg"
STATE = "U.S. Department of State"
UKRAINE = "President of Ukraine"


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def _threats(nlp: Language, text: str, outlet: str, title: str) -> set[tuple[str, tuple[str, ...]]]:
    graph = official_graph(nlp, text, outlet, title=title)
    names = {a.id: a.name for a in graph.actors}
    return {
        (names.get(c.claimer, c.claimer), tuple(names.get(t, t) for t in c.targets))
        for c in graph.claims
        if c.claim.stance is Stance.THREATEN
    }


def test_countering_it_threatens_the_doer_named_before(nlp: Language) -> None:
    found = _threats(nlp, COUNTER_IT, UKRAINE, "Joint Statement")
    assert found == {("Lithuania", ("Belarus",)), ("Poland", ("Belarus",))}


def test_countering_it_with_no_doer_named_is_no_threat(nlp: Language) -> None:
    assert _threats(nlp, NO_DOER, UKRAINE, "Joint Statement") == set()


def test_countered_antecedent_off_reads_no_threat(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commitments, "COUNTERED_ANTECEDENT", False)
    assert _threats(nlp, COUNTER_IT, UKRAINE, "Joint Statement") == set()


def test_a_readout_before_an_inverted_condition_threatens(nlp: Language) -> None:
    found = _threats(nlp, f"{CALL} {DISCUSSED}", STATE, TITLE)
    assert ("Antony J. Blinken", ("Russia",)) in found
    assert ("Jens Stoltenberg", ("Russia",)) in found


def test_inverted_conditions_off_reads_no_readout_threat(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readouts, "INVERTED_CONDITIONS", False)
    assert _threats(nlp, f"{CALL} {DISCUSSED}", STATE, TITLE) == set()


@pytest.mark.parametrize("on", [True, False])
def test_a_condition_after_a_comma_is_read_either_way(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    monkeypatch.setattr(readouts, "INVERTED_CONDITIONS", on)
    found = _threats(nlp, f"{CALL} {UNDERSCORED}", STATE, TITLE)
    assert {targets for _, targets in found} == {("Russia",)}
