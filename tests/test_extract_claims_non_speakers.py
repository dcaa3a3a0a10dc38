"""Things read as speakers (round 21, branch ``nonactor21``, issue 12): a weapon, vehicle or
strike in a "backed by" phrase is no one approving the troops it backs; a real speaker in
the same story keeps its claims.

The sentences are quoted from a VOA year-ender in the unlabelled pool
(``benchmarks/claims/pool/voa_pool.jsonl``, "YEARENDER: ETHIOPIA / ERITREA", 1999-12-17,
https://www.globalsecurity.org/military/library/news/1999/12/991217-eritrea.htm, public
domain) and are in no gold part (checked below)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

# VOA pool, YEARENDER: ETHIOPIA / ERITREA (1999-12-17)
BACKED_BY_WEAPONS = (
    "Troops backed by jet fighters, tanks, and heavy artillery attacked Eritrean positions."
)
# VOA pool, the same story
SPEAKER = (
    "Ethiopian Prime Minister Meles Zenawi says his country wants peace, but accuses Eritrea "
    "of acting irrationally."
)


def test_the_filter_is_on_by_default() -> None:
    assert "non_speaker" in RULES
    assert "non_speaker" not in OPTIONAL


def test_weapons_in_a_backed_by_phrase_approve_of_nothing(nlp: Language) -> None:
    claims = claims_of(nlp, BACKED_BY_WEAPONS)
    assert [c.claimer.span.text for c in claims] == []


def test_a_speaker_in_the_same_story_keeps_its_charge(nlp: Language) -> None:
    claims = claims_of(nlp, SPEAKER)
    assert any(
        c.stance is Stance.ACCUSE and c.claimer.span.text.endswith("Meles Zenawi") for c in claims
    )


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=1)
