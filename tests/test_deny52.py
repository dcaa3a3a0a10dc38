"""An accusation whose head verb negates the speaker's own side's deed is the speaker's denial
(``denials.NEGATED_OWN_CHARGES``), and a speaker whose own words name no side speaks for the
one side its apposition's head names (``content_base.NAMED_SPEAKER_SIDES``) (round 42, issue
12's deny recall on wire copy, branch ``deny52``; benchmarks/claims/RESULTS.md, "Round 42,
deny52").

Every text here is constructed, in the register of wire copy, and marked so: the corpus texts
in no gold part, agreement file or pool (``corpus/*.jsonl``) were searched for "<its|our|their>
<army|troops|forces|soldiers> <is|are|...> not|never" after "said/says/insists" and for
"<head>, General|Colonel <Name>, said ..."; no hit has either shape (one hit, "our army has not
yet liberated", is no answer to a charge). No sentence here is in a gold part
(tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_base, denials, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES

# constructed: a charge, then the accused side's answer whose content a cue family reads as an
# accusation ("villages ... claimed by Armenia") though its own army's deed is negated
ANSWERED = (
    "Armenia says Azerbaijan is destroying villages in the latest clashes. "
    "Azerbaijan says its army is not destroying villages in a district claimed by Armenia "
    "and occupied by Azerbaijan."
)
# constructed: the same answer's shape with the deed not negated and another side its doer
COUNTER = (
    "Armenia says Azerbaijan is destroying villages in the latest clashes. "
    "Azerbaijan says Armenian troops are destroying villages in a district claimed by Armenia "
    "and occupied by Azerbaijan."
)
# constructed: an officer named with his command in an apposition, a hostile plan disowned
COMMANDER = (
    "Chad has accused Sudan of planning to topple its government. "
    "The commander of the Sudanese forces, General Omar Hassan, said Sudan has no intention "
    "of overthrowing the government in N'Djamena."
)
# constructed: an apposition whose head names two sides (no one side to speak for)
PROFESSOR = (
    "A professor of Sudanese studies at Kenya's Nairobi University, Omar Hassan, said Sudan "
    "has no intention of overthrowing the government in N'Djamena."
)


def _claims(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    doc = nlp(text)
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc), NEWS_RULES)
    ]


def _of(made: list[tuple[str, Stance, list[str]]], claimer: str) -> list[tuple[Stance, list[str]]]:
    return [(s, t) for c, s, t in made if c == claimer]


def test_the_switches_ship_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 42, deny52"; NEGATED_OWN_CHARGES turned off at the
    # merge (tests/test_extract_claims_targets_origin.py and _official_waged.py: another side's
    # negated deed read as the speaker's own)
    assert denials.NEGATED_OWN_CHARGES is False
    assert content_base.NAMED_SPEAKER_SIDES is True


def test_an_accusation_negating_the_own_armys_deed_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "NEGATED_OWN_CHARGES", True)
    # the accuser is named in the sentence before: point 7's target
    assert _of(_claims(nlp, ANSWERED), "Azerbaijan") == [(Stance.DENY, ["Armenia"])]


def test_off_the_accusation_stays(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(denials, "NEGATED_OWN_CHARGES", False)
    assert [s for s, _ in _of(_claims(nlp, ANSWERED), "Azerbaijan")] == [Stance.ACCUSE]


def test_a_counter_charge_of_another_side_stays_an_accusation(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "NEGATED_OWN_CHARGES", True)
    assert [s for s, _ in _of(_claims(nlp, COUNTER), "Azerbaijan")] == [Stance.ACCUSE]


def test_an_apposition_head_gives_the_speaker_its_side(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_base, "NAMED_SPEAKER_SIDES", True)
    # OWNED_ARMS: the own side's hostile plan disowned, a denial of the accuser named in the
    # sentence before
    assert _of(_claims(nlp, COMMANDER), "Omar Hassan") == [(Stance.DENY, ["Chad"])]


def test_off_the_speaker_has_no_side(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_base, "NAMED_SPEAKER_SIDES", False)
    assert [s for s, _ in _of(_claims(nlp, COMMANDER), "Omar Hassan")] == [Stance.ASSERT]


def test_an_apposition_naming_two_sides_gives_none(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_base, "NAMED_SPEAKER_SIDES", True)
    assert [s for s, _ in _of(_claims(nlp, PROFESSOR), "Omar Hassan")] == [Stance.ASSERT]
