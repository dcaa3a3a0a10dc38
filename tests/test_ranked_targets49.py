"""The target ranker's ``target_of_other_claim`` feature over a whole document (round 41,
docscope51): with :data:`kg.resolve.ranked_targets.OTHER_CLAIMS_IN_REACH` it counts only the
other claims of the claim's sentence or the one before (the candidates' reach), with
:data:`~kg.resolve.ranked_targets.OTHER_CLAIMS_BEFORE` only those told up to the claim's own
sentence; off (both ship off), every claim of the document counts.

The text is a real sentence in no gold part, from corpus/kremlin-syria.jsonl (a speaker quoted
in a Kremlin transcript, http://en.kremlin.ru/events/president/news/67608),
quoted verbatim.  The claims (their sentence numbers as if further off in a story) are built by
hand, so that the tests read the feature alone, not the parse.
"""

from __future__ import annotations

import pytest

from kg.model import ActorKind, Claim, Mention, ResolvedClaim, Span, Stance
from kg.resolve import ranked_targets

# corpus/kremlin-syria.jsonl (URL above)
TEXT = (
    "We have opposed the Americans for over 40 years and we will never stop progress and "
    "national development because of sanctions or threats."
)
KINDS = {"iran": ActorKind.STATE, "russia": ActorKind.STATE, "united-states": ActorKind.STATE}
AFFILIATIONS: dict[str, str | None] = {"iran": None, "russia": None, "united-states": None}


def span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words), words)


def claim_in(sentence: int, claimer: str, words: str, targets: tuple[str, ...]) -> ResolvedClaim:
    made = Claim(
        claimer=Mention(span(words), "PERSON", sentence, head=words.split()[-1].lower()),
        stance=Stance.CRITICIZE,
        cue=span("opposed"),
        sentence=sentence,
        rule="reported_speech",
    )
    return ResolvedClaim(f"c{sentence}", made, claimer, targets)


# the claim the ranker fills: "We have opposed the Americans ..." (the story's sentence 10)
CLAIM = claim_in(10, "iran", "We", ())
SEEN = [(Mention(span("Americans"), "NORP", 10, head="americans"), "united-states")]


def aimed(others: list[ResolvedClaim]) -> float:
    rows = ranked_targets.features(TEXT, CLAIM, SEEN, KINDS, AFFILIATIONS, [CLAIM, *others])
    return rows["united-states"]["target_of_other_claim"]


@pytest.fixture(autouse=True)
def _switches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranked_targets, "OTHER_CLAIMS_IN_REACH", False)
    monkeypatch.setattr(ranked_targets, "OTHER_CLAIMS_BEFORE", False)


def test_off_every_claim_of_the_document_counts() -> None:
    far_before = claim_in(2, "russia", "We", ("united-states",))
    later = claim_in(15, "russia", "We", ("united-states",))
    assert aimed([far_before]) == 1.0
    assert aimed([later]) == 1.0


def test_in_reach_counts_only_the_sentence_and_the_one_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ranked_targets, "OTHER_CLAIMS_IN_REACH", True)
    assert aimed([claim_in(2, "russia", "We", ("united-states",))]) == 0.0
    assert aimed([claim_in(15, "russia", "We", ("united-states",))]) == 0.0
    assert aimed([claim_in(9, "russia", "We", ("united-states",))]) == 1.0


def test_before_counts_the_story_so_far_not_what_follows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ranked_targets, "OTHER_CLAIMS_BEFORE", True)
    assert aimed([claim_in(2, "russia", "We", ("united-states",))]) == 1.0
    assert aimed([claim_in(10, "russia", "We", ("united-states",))]) == 1.0
    assert aimed([claim_in(15, "russia", "We", ("united-states",))]) == 0.0
