"""Corpus allegations: a speech's sentences (``address_speech``) join, never chain
(round 36, alleg37; ``kg.resolve.summaries.ADDRESS_FOLLOWS`` and ``ADDRESS_JOINS``).

A single speaker's address read sentence by sentence makes a directed claim of nearly
every sentence that charges or denies, in the speech's own words ("do not stop even
before striking at the monastery").  Let such an allegation seed a group or weigh in its
profile and its words chain groups the gold keeps apart.  With ``ADDRESS_JOINS`` it joins
the group it matches in the pass and reshapes nothing: the other allegations' groups are
what they would be without it; with ``ADDRESS_FOLLOWS`` it only follows.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve import summaries
from kg.resolve.corpus import merge_allegations
from kg.resolve.summaries import following


def summary(
    id: str, day: str, terms: str, speech: bool = False, stance: Stance = Stance.ACCUSE
) -> AllegationSummary:
    note = ClaimNote(id + "c", stance, "ukraine", "ukraine")
    return AllegationSummary(
        id, "doc-" + id, day, None, id, ("russia",), ("russia",), (), tuple(sorted(terms.split())),
        not terms, (note,), speech=speech,
    )  # fmt: skip


def groups(items: list[AllegationSummary]) -> set[frozenset[str]]:
    return {frozenset(a.members) for a in merge_allegations(items).allegations}


RAILWAY = [
    summary("railway", "2022-04-01", "railway station strike kramatorsk"),
    summary("railway-again", "2022-04-03", "railway station strike bridg"),
]
DEPORTATION = [summary("deport", "2022-04-02", "deport citizen forcibly filtrat")]


def test_a_speech_sentence_joins_the_group_it_matches() -> None:
    speech = summary("speech", "2022-04-04", "railway station bridg thwart effort", speech=True)
    found = groups([*RAILWAY, *DEPORTATION, speech])
    assert frozenset({"railway", "railway-again", "speech"}) in found


def test_a_speech_sentence_seeds_no_group_and_links_none() -> None:
    # two later allegations each like the speech's sentence, and not like each other
    speech = summary("speech", "2022-04-01", "deport citizen railway station bridg", speech=True)
    later = [
        summary("a", "2022-04-03", "railway station bridg strike"),
        summary("b", "2022-04-05", "deport citizen forcibly camp"),
    ]
    found = groups([speech, *later])
    assert frozenset({"speech"}) in found
    assert frozenset({"a"}) in found and frozenset({"b"}) in found


def test_the_others_group_as_without_it() -> None:
    speech = summary("speech", "2022-04-02", "railway station deport citizen even stop", True)
    without = groups([*RAILWAY, *DEPORTATION])
    found = {g - {"speech"} for g in groups([*RAILWAY, *DEPORTATION, speech])} - {frozenset()}
    assert found == without


def test_a_speech_denial_of_no_proposition_answers_none() -> None:
    made = summary("made", "2022-04-01", "railway station strike kramatorsk")
    made = replace(made, accused=("russia",), sides=("russia",))
    denial = summary("nonsense", "2022-04-02", "", speech=True, stance=Stance.DENY)
    denial = replace(
        denial, claims=(ClaimNote("nc", Stance.DENY, "russia", "russia"),), points_back=True
    )
    assert frozenset({"nonsense"}) in groups([made, denial])
    plain = replace(denial, speech=False)
    assert frozenset({"made", "nonsense"}) in groups([made, plain])


@pytest.mark.parametrize("on", [True, False])
def test_address_follows_switch(on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summaries, "ADDRESS_FOLLOWS", on)
    assert following("address_speech") is on
    assert following("author_voice+designation")
    assert not following("reported_speech")
