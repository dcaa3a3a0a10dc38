"""An accusation whose accused is no actor (a place, a victim, the act) borrows its
document's accused (:data:`kg.resolve.summaries.DOCUMENT_ACCUSED`, off by default).

The extractor may take the charge's object for its target ("citizens subject to arbitrary
detention", "the deportations"); with no accusable actor in the proposition either, the
allegation is blocked under a side of its own and meets no allegation of the real accused.
With the switch on it is read as against the side its document's other accusations accuse
with most claims (never its own speakers'), and as one that follows: it joins the group of
that side it matches best once the groups are final, and never starts or reshapes one.
Constructed records only.
"""

from __future__ import annotations

from kg.model import Actor, ActorKind, AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import merge_allegations
from kg.resolve.summaries import _document_accused

ACTORS = {
    "china": Actor("china", "China", ActorKind.STATE),
    "united-states": Actor("united-states", "United States", ActorKind.STATE),
    "canadian-citizens": Actor("canadian-citizens", "Canadian citizens", ActorKind.GROUP),
}


def summary(
    id: str,
    day: str,
    terms: str,
    accused: str = "china",
    claimer: str = "united-states",
    claims: int = 1,
    document: str | None = None,
) -> AllegationSummary:
    notes = tuple(ClaimNote(f"{id}c{n}", Stance.ACCUSE, claimer, claimer) for n in range(claims))
    return AllegationSummary(
        id, document or "doc-" + id, day, None, id, (accused,), (accused,), (),
        tuple(sorted(terms.split())), False, notes,
    )  # fmt: skip


def test_the_unplaced_accusation_takes_its_documents_accused_and_follows() -> None:
    found = _document_accused(
        [
            summary(
                "a", "2022-03-01", "detain arbitrary citizen", "canadian-citizens", document="d"
            ),
            summary("b", "2022-03-01", "genocid xinjiang", claims=2, document="d"),
            # the speakers' own side is never the one borrowed
            summary("c", "2022-03-01", "sanction", "united-states", "china", 3, document="d"),
        ],
        {0: frozenset({"united-states"})},
        ACTORS,
    )
    assert (found[0].accused, found[0].sides, found[0].follows) == (("china",), ("china",), True)
    assert found[0].names[0] == ("china", "China", "state")
    assert found[1:] == [
        summary("b", "2022-03-01", "genocid xinjiang", claims=2, document="d"),
        summary("c", "2022-03-01", "sanction", "united-states", "china", 3, document="d"),
    ]


def test_with_no_other_accused_it_keeps_its_own() -> None:
    alone = summary("a", "2022-03-01", "detain arbitrary citizen", "canadian-citizens")
    found = _document_accused([alone], {0: frozenset({"united-states"})}, ACTORS)
    assert found == [alone]


def test_the_borrowed_accusation_joins_the_group_it_matches_and_starts_none() -> None:
    groups = [
        summary("detained", "2022-03-01", "detain arbitrary citizen canadian"),
        summary("detained-again", "2022-03-05", "detain arbitrary citizen spavor"),
        summary("genocide", "2022-03-02", "genocid xinjiang uyghur"),
    ]
    # document "d": its charge against China and an accusation of the victims' phrase
    document = [
        summary("d-genocide", "2022-03-08", "genocid xinjiang labor", claims=2, document="d"),
        summary("d-citizens", "2022-03-08", "detain arbitrary citizen", "canadian-citizens",
                document="d"),
    ]  # fmt: skip
    before = merge_allegations([*groups, *document])
    assert before.of_member["d-citizens"] != before.of_member["detained"]
    after = merge_allegations(
        [*groups, *_document_accused(document, {1: frozenset({"united-states"})}, ACTORS)]
    )
    assert after.of_member["d-citizens"] == after.of_member["detained"]
    assert after.of_member["d-genocide"] == after.of_member["genocide"]
    # the other groups are what they were
    assert after.of_member["detained"] == after.of_member["detained-again"]
    assert after.of_member["genocide"] != after.of_member["detained"]
