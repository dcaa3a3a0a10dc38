"""The corpus merge in two passes: what it gives a re-iterable input (the build's spool of
allegation summaries, a list) is what it gives the same summaries read once.

The grouping holds the summaries slimmed (:func:`kg.resolve.summaries._slim`: no text,
only the persons' names), and a second pass reads each corpus allegation's text (its
first member's, not the first to arrive) and the actors' names as the chronologically
first summary naming each gives them.
"""

from __future__ import annotations

from pathlib import Path

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import merge_allegations
from kg.resolve.summaries import SummarySpool


def _summary(
    doc: str,
    day: str | None,
    text: str,
    terms: tuple[str, ...],
    names: tuple[tuple[str, str, str], ...],
    stance: Stance = Stance.ACCUSE,
    claimer: str = "uk",
    outlet: str | None = "wire",
    back: bool = False,
) -> AllegationSummary:
    note = ClaimNote(doc + "-c0", stance, claimer, claimer, hedged=outlet == "daily")
    return AllegationSummary(
        id=doc + "-a0",
        document=doc,
        published=day,
        outlet=outlet,
        summary=text,
        accused=("russia",),
        sides=("russia",),
        answers=(),
        terms=terms,
        points_back=back,
        claims=(note,),
        names=names,
    )


RUSSIA = ("russia", "Russia", "state")
MINISTER = ("ivan-petrov", "Ivan Petrov", "person")

# arrival order is not chronological; names of one actor differ between documents
SUMMARIES = [
    _summary(
        "d3", "2024-03-05", "Moscow dismissed the charge as absurd.", ("absurd",),
        (("russia", "the Russian Federation", "state"),), Stance.DENY, "russia", back=True,
    ),
    _summary(
        "d2", "2024-03-04", "Russia ran a disinformation campaign before the vote.",
        ("campaign", "disinformation", "election", "interfer"), (RUSSIA, MINISTER),
        outlet="daily",
    ),
    _summary(
        "d1", "2024-03-01", "Russia interfered in the election, officials said.",
        ("campaign", "election", "interfer"),
        (("russia", "Russian Federation", "state"), ("uk", "Britain", "state")),
    ),
    _summary(
        "d4", None, "The agents poisoned a defector in Salisbury.",
        ("defector", "poison", "salisbury"), (RUSSIA, ("uk", "UK", "state")), claimer="uk",
    ),
    _summary(
        "d0", "2024-02-20", "Russia sent troops across the border.",
        ("border", "troop", "invad"), (MINISTER, RUSSIA), outlet=None,
    ),
]  # fmt: skip


def test_two_passes_give_what_one_gives(tmp_path: Path) -> None:
    once = merge_allegations(iter(SUMMARIES))
    assert merge_allegations(list(SUMMARIES)) == once
    with SummarySpool(tmp_path) as spool:
        for summary in SUMMARIES:
            spool.add([summary])
        spooled = merge_allegations(spool)
    assert spooled == once
    assert list(spooled.names.items()) == list(once.names.items())  # the same order too
    # the texts are the first members', the names the earliest documents'
    texts = {a.members: a.summary for a in spooled.allegations}
    assert (
        texts[("d1-a0", "d2-a0", "d3-a0")] == "Russia interfered in the election, officials said."
    )
    assert spooled.names["russia"] == ("Russia", "state")  # d0, the earliest
    assert spooled.names["uk"] == ("Britain", "state")  # d1, before the undated d4
    assert list(spooled.names) == ["ivan-petrov", "russia", "uk"]
