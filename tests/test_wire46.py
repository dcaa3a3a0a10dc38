"""Round 40 (branch ``wire46``, issue 12, class (W) "intent to respond"): a promised response to
a named deed is the responding side's threat, aimed at the deed's doer.

- :data:`kg.extract.claims.content_threat.ANSWERED_DEEDS`: "the minister said Britain will
  respond to the hacking" threatens whoever did the hacking -- the deed's owner in the sentence
  ("the Russian expulsion order"), else the doer an earlier sentence of the document names.

The positive texts are constructed, and say so: the corpus texts in no gold file
(``corpus/*.jsonl`` less the URLs of the claims gold, its agreement and pool files and the
allegations gold) hold no promised response to another side's deed (searched with regular
expressions for "will/would/to respond/retaliate to/for/against" followed by an attack, hack,
move, expulsion, sanction, provocation, aggression, intrusion, incursion, strike or shelling:
the one hit, below, answers no deed of a named side); the corpus sentences below are negatives.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_threat
from kg.extract.claims.content_threat import _answered_deed, _deed_doers
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: a response promised to another side's measure, its owner named.
OWNED = "Officials said Britain will retaliate for the Russian expulsion order."
#: Constructed: a response to a definite deed whose doer an earlier sentence names (a laying
#: verb's "on" object in a relative clause, as ``dev6``'s "the cyberattack ... that the FBI has
#: blamed on North Korea").
BLAMED = (
    "The cyberattack that investigators have blamed on Iran shut down the bank's systems for two "
    "days. The minister said Britain will respond to the hacking in a manner of its choosing."
)
#: Constructed: the doer is the subject of the verb that holds the deed.
DONE = (
    "Officials say Iran carried out the cyberattack on the bank. The minister said Britain will "
    "respond to the hacking."
)
#: Constructed: a response refused.
REFUSED = "The minister said Britain will not respond to the hacking."
#: Constructed: a promise that answers no deed (``dev``'s "we will take the steps necessary to
#: defend our interests" is gold ``assert``).
NO_DEED = "Officials said Washington will take the steps necessary to defend its interests."
#: https://www.state.gov/deputy-secretary-shermans-meeting-with-nato-deputy-secretary-general-geoana/
#: (State Department; a readiness to respond to no side's deed).
LANDSCAPE = (
    "Deputy Secretary Sherman shared U.S. priorities for the revision of NATO’s Strategic Concept, "
    "which will ensure that NATO remains ready to respond to the rapidly evolving 21st century "
    "security landscape."
)
#: https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/29/fact-sheet-the-2022-nato-summit-in-madrid/
#: (White House; a capability to respond to an indefinite cyber-attack: no threat).
CAPABILITY = (
    "Building on lessons learned from the conflict in Ukraine, Allies will decide at the Summit "
    "to use NATO as a coordination platform for offering national assets to build and exercise "
    "a virtual rapid response cyber capability to respond to a serious cyber-attack."
)


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def _threats(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(c, t) for c, s, t in stances_of(nlp, text) if s is Stance.THREATEN]


def test_a_response_to_an_owned_measure_threatens_its_owner(nlp: Language) -> None:
    assert _threats(nlp, OWNED) == [("Officials", ["Russian"])]


def test_a_response_to_a_deed_threatens_the_doer_an_earlier_sentence_names(
    nlp: Language,
) -> None:
    assert _threats(nlp, BLAMED) == [("The minister", ["Iran"])]
    assert _threats(nlp, DONE) == [("The minister", ["Iran"])]


def test_a_refused_or_deedless_response_threatens_nobody(nlp: Language) -> None:
    for text in (REFUSED, NO_DEED, LANDSCAPE, CAPABILITY):
        assert _threats(nlp, text) == [], text


def test_the_answered_deed_and_its_doers(nlp: Language) -> None:
    doc = nlp(DONE)
    respond = next(t for t in doc if t.lemma_ == "respond")
    deed = _answered_deed(respond)
    assert deed is not None and deed.text == "hacking"
    assert [t.text for t in _deed_doers(deed)] == ["Iran"]
    doc = nlp(NO_DEED)
    assert all(_answered_deed(t) is None for t in doc)


def test_answered_deeds_off_leaves_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_threat, "ANSWERED_DEEDS", False)
    for text in (OWNED, BLAMED, DONE):
        assert _threats(nlp, text) == [], text
