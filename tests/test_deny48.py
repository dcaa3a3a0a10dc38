"""A negated deed of the accused side that matches the charge in reach is a denial of its
accusers (round 40, third wave, issue 12, branch ``deny48``; benchmarks/claims/RESULTS.md,
"Round 40 (third wave, after the blind scoring), deny48"): ``denials.MATCHED_DEEDS``.

The switch overlaps ``counter_statement``, which already reads these sentences in a full run
(the RESULTS section's measurement: no triple of any part moves), so the tests run the news
families without ``counter_statement`` to show the switch's own reading.

Every sentence here is constructed, in the register of wire copy, and marked so: the corpus
(``corpus/*.jsonl``) was searched for "<is|are|was|were> not <arming|supporting|sending|
backing|helping|funding|training|attacking|...>" and "<does|do|did> not <arm|support|send|
back|help|fund|...>"; no hit follows a charge of the same deed in its sentence or the one
before.  No sentence here is in a gold part (tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import denials, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES

#: The news families without the counter-statement rule that also reads these sentences.
RULES = NEWS_RULES - {"counter_statement"}

# constructed: a charge of arming, then the accused side's negated arming
ARMING = (
    "Ethiopia has accused Eritrea of arming the rebels. "
    "Eritrea's government said it does not arm any group in Somalia."
)
# constructed: the same answer to a charge of another deed
OTHER_DEED = (
    "Ethiopia has accused Eritrea of harboring the rebels. "
    "Eritrea's government said it does not arm any group in Somalia."
)


def _claims(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), RULES)
    ]


def test_the_switch_ships_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 40 (third wave, after the blind scoring), deny48"
    assert denials.MATCHED_DEEDS is False


def test_a_negated_deed_matching_the_charge_denies_its_accuser(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "MATCHED_DEEDS", True)
    assert ("Eritrea's government", Stance.DENY, ["Ethiopia"]) in _claims(nlp, ARMING)


def test_off_the_negated_deed_stays_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "MATCHED_DEEDS", False)
    assert ("Eritrea's government", Stance.ASSERT, []) in _claims(nlp, ARMING)


def test_a_charge_of_another_deed_is_not_answered(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "MATCHED_DEEDS", True)
    made = _claims(nlp, OTHER_DEED)
    assert ("Eritrea's government", Stance.ASSERT, []) in made
    assert not any(s is Stance.DENY for _, s, _ in made)
