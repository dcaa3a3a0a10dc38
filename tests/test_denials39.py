"""Round 37 (branch ``wire39``, issue 12, test36's class (1) as wire38 left it): a negated deed
of the speaker's own side later in the denier's run (:data:`kg.extract.claims.denials.RUN_DENIALS`)
and under "would never" beside the denial (:data:`kg.extract.claims.denials.NEVER_MODALS`) is a
denial; a charge noun negated as a fact ("there was no fraud") denies
(:data:`kg.extract.claims.content_wrongs.NEGATED_WRONGS`), and the victim of a coup or a rigged
vote accuses (:data:`kg.extract.claims.content_wrongs.CLAIMED_WRONGS`).

The texts are constructed, and say so, but one: the corpus outside the gold holds no sentence of
these shapes (its negated fraud and coup and its victim of a coup are in VOA stories that are
gold documents of the allegations benchmark, and its VOA denial stories are gold documents); the
one real sentence
("no one said that the election was rigged") is quoted verbatim with its URL.  The wording
is the construction, not any gold sentence (``assert_in_no_gold_part``).  A charge noun negated
with no charge stated before it stays an assertion (the guide's point 21; the existing
``test_extract_claims_denials`` pins "there is no torture in the country's prisons").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_deny, content_wrongs, denials
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: a denial, a sentence of narration, then the same minister negating his side's
#: deed in the present tense (no charge told as done, so only the run reaches it).
RUN = (
    "The Eritrean information minister denied the accusation that his government arms the "
    "Somali insurgents. Ethiopia and Eritrea fought a border war from 1998 to 2000. "
    '"We are not arming any of the militias," the minister said.'
)
#: Constructed: the sentence after a rejection, "never" under a modal.
NEVER = (
    "President Ivan Kovalenko rejected the accusation that his forces had planned attacks in "
    'Crimea. He said, "We would never use sabotage to retake the peninsula."'
)
#: Constructed: the same with "will not": a modal without "never" stays an assertion.
WILL_NOT = (
    "President Ivan Kovalenko rejected the accusation that his forces had planned attacks in "
    'Crimea. He said, "We will not use sabotage to retake the peninsula."'
)
#: Constructed: a charge, then a charge noun negated as a fact.
NO_FRAUD = (
    "The opposition accused the ruling party of fraud. "
    "The election commission said there was no fraud in the vote."
)
#: Constructed: the charge noun affirmed as subject ("the coup was not bloodless").
AFFIRMED = "The minister said the coup was not bloodless."
#: Constructed: the victim of a coup.
VICTIM = "The deposed president said he is the victim of a military coup."
#: Constructed: the same negated is no charge.
NOT_VICTIM = "The deposed president said he is not the victim of a coup."
#: Constructed: a vote rigged by a named party.
RIGGED = "The opposition said the ruling party rigged the vote."
#: Real (Secretary Blinken with President Tebboune, before their meeting, state.gov):
#: https://www.state.gov/secretary-antony-j-blinken-and-algerian-president-abdelmadjid-tebboune-before-their-meeting/
#: a rigged election no one spoke of is no one's charge.
NO_ONE = "For the first time, opposition or not, no one said that the election was rigged."


def _by(nlp: Language, text: str, word: str) -> list[tuple[Stance, list[str]]]:
    return [(s, t) for c, s, t in stances_of(nlp, text) if word in c]


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=8)


def test_a_negated_deed_later_in_the_run_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(denials, "RUN_DENIALS", True)  # off by round 37's bar
    found = [s for c, s, _ in stances_of(nlp, RUN) if c == "the minister"]
    assert found == [Stance.DENY], stances_of(nlp, RUN)


def test_the_run_off_leaves_an_assertion(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(denials, "RUN_DENIALS", False)
    found = [s for c, s, _ in stances_of(nlp, RUN) if c == "the minister"]
    assert found == [Stance.ASSERT], stances_of(nlp, RUN)


def test_would_never_beside_a_denial_is_a_denial(nlp: Language) -> None:
    assert [s for s, _ in _by(nlp, NEVER, "He")] == [Stance.DENY]


def test_would_never_off_and_will_not_stay_assertions(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [s for s, _ in _by(nlp, WILL_NOT, "He")] == [Stance.ASSERT]
    monkeypatch.setattr(denials, "NEVER_MODALS", False)
    assert [s for s, _ in _by(nlp, NEVER, "He")] == [Stance.ASSERT]


def test_no_fraud_denies_the_charge(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_wrongs, "NEGATED_WRONGS", True)  # off by round 37's bar
    found = _by(nlp, NO_FRAUD, "commission")
    assert [s for s, _ in found] == [Stance.DENY], found


def test_no_fraud_off_and_an_affirmed_coup_stay_assertions(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_wrongs, "NEGATED_WRONGS", True)
    assert [s for s, _ in _by(nlp, AFFIRMED, "minister")] == [Stance.ASSERT]
    monkeypatch.setattr(content_wrongs, "NEGATED_WRONGS", False)
    assert [s for s, _ in _by(nlp, NO_FRAUD, "commission")] == [Stance.ASSERT]


def test_the_victim_of_a_coup_accuses(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_wrongs, "CLAIMED_WRONGS", True)  # off since round 37's lead
    assert [s for s, _ in _by(nlp, VICTIM, "president")] == [Stance.ACCUSE]
    assert [s for s, _ in _by(nlp, NOT_VICTIM, "president")] == [Stance.ASSERT]


def test_a_rigged_vote_accuses_its_doer(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_wrongs, "CLAIMED_WRONGS", True)
    assert _by(nlp, RIGGED, "opposition") == [(Stance.ACCUSE, ["the ruling party"])]


def test_claimed_wrongs_off_leaves_assertions(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_wrongs, "CLAIMED_WRONGS", False)
    assert [s for s, _ in _by(nlp, VICTIM, "president")] == [Stance.ASSERT]
    assert [s for s, _ in _by(nlp, RIGGED, "opposition")] == [Stance.ASSERT]


def test_a_rigged_election_no_one_spoke_of_is_no_charge(nlp: Language) -> None:
    assert not any(s is Stance.ACCUSE for _, s, _ in stances_of(nlp, NO_ONE))


#: Constructed: the parser makes the gerund of claiming the head of the claim and of its
#: evaluation (:data:`kg.extract.claims.content_deny.GERUND_HEADS`).
GERUND = (
    '"Saying that our troops crossed into the valley is completely fabricated," the defense '
    "ministry said."
)
#: Constructed: a gerund of claiming judged by no falsity is no denial.
GERUND_OTHER = (
    '"Saying that the talks will resume next week is premature," the defense ministry said.'
)


def test_saying_that_p_is_fabricated_denies(nlp: Language) -> None:
    assert [s for s, _ in _by(nlp, GERUND, "ministry")] == [Stance.DENY]
    assert [s for s, _ in _by(nlp, GERUND_OTHER, "ministry")] == [Stance.ASSERT]


def test_gerund_heads_off_leaves_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_deny, "GERUND_HEADS", False)
    assert [s for s, _ in _by(nlp, GERUND, "ministry")] == [Stance.ASSERT]
