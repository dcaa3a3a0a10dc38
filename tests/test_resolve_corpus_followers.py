"""Corpus allegations: claims that only follow (a sanctions designation) join an allegation
others made, and never start, split or reshape one.

An official text's designation ("Treasury designated a network of front companies for
evading oil sanctions") charges its party in the words of the programme ("evasion",
"abuses"), which match many allegations a little.  Let such an allegation seed a group and
the reports that come after join it instead of their own; let it weigh in a group's
profile or in the terms' weights and one allegation splits in two.  So an allegation made
only of such claims (``AllegationSummary.follows``) joins, after the others are grouped,
the group it matches best, and the others' groups are what they would be without it.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from spacy.language import Language

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import allegation_summaries, merge_allegations
from kg.resolve.summaries import following
from tests.claim_helpers import official_graph


@pytest.fixture(scope="module")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()


def summary(
    id: str, day: str, terms: str, follows: bool = False, accused: str = "iran"
) -> AllegationSummary:
    note = ClaimNote(id + "c", Stance.ACCUSE, "united-states", "united-states")
    return AllegationSummary(
        id, "doc-" + id, day, None, id, (accused,), (accused,), (), tuple(sorted(terms.split())),
        False, (note,), follows=follows,
    )  # fmt: skip


LEADERS = [
    summary("smuggling", "2022-03-01", "oil smuggl tanker network gulf"),
    summary("smuggling-again", "2022-03-04", "oil smuggl tanker seiz"),
    summary("drones", "2022-03-02", "drone transfer militia attack"),
    summary("drones-again", "2022-03-06", "drone militia attack saudi"),
]


SMUGGLING = [
    summary("smuggling", "2022-03-02", "oil network front smuggl"),
    summary("smuggling-again", "2022-03-04", "smuggl tanker seiz gulf"),
    summary("drones", "2022-03-02", "drone transfer militia attack"),
    summary("drones-again", "2022-03-06", "drone militia attack saudi"),
    summary("hostages", "2022-03-06", "hostage detain citizen"),
]


def groups(items: list[AllegationSummary]) -> list[set[str]]:
    return sorted(
        ({m for m in a.members} for a in merge_allegations(items).allegations), key=sorted
    )


def test_a_follower_joins_the_allegation_it_matches() -> None:
    follower = summary("designated", "2022-03-10", "oil evas network tanker", follows=True)
    found = groups([*LEADERS, follower])
    assert {"smuggling", "smuggling-again", "designated"} in found
    assert {"drones", "drones-again"} in found


def test_the_others_groups_are_the_same_with_or_without_followers() -> None:
    followers = [
        summary("first", "2022-02-20", "oil smuggl evas network", follows=True),
        summary("between", "2022-03-03", "oil drone transfer network militia", follows=True),
        summary("late", "2022-03-20", "evas sanction front compan", follows=True),
    ]
    for leaders in (LEADERS, SMUGGLING):
        alone = sorted(map(sorted, groups(leaders)))
        for chosen in itertools.chain.from_iterable(
            itertools.combinations(followers, n) for n in range(1, len(followers) + 1)
        ):
            names = {f.id for f in chosen}
            with_followers = groups([*leaders, *chosen])
            assert sorted(sorted(g - names) for g in with_followers if g - names) == alone


def test_a_follower_seeds_no_allegation_and_splits_none() -> None:
    # the designation comes first: as an ordinary allegation it starts a group that the
    # first smuggling report joins, and the second, worded apart from the designation,
    # starts another (one act split in two); as a follower it joins their one group
    first = summary("first", "2022-03-01", "evas front compan oil network", follows=True)
    assert {"first", "smuggling", "smuggling-again"} in groups([first, *SMUGGLING])
    seeding = replace(first, follows=False)
    assert {"smuggling-again"} in groups([seeding, *SMUGGLING])
    unmatched = summary("unmatched", "2022-02-20", "front compan evas sanction", follows=True)
    assert {"unmatched"} in groups([unmatched, *LEADERS])


def test_two_followers_do_not_join_each_other() -> None:
    a = summary("a", "2022-05-01", "front compan evas sanction", follows=True)
    b = summary("b", "2022-05-02", "front compan evas sanction", follows=True)
    assert groups([a, b]) == [{"a"}, {"b"}]


def test_a_designation_alone_follows(nlp: Language) -> None:
    assert following("author_voice+designation")
    assert not following("author_voice+official_prose")
    designated = official_graph(
        nlp,
        "Today the Department of the Treasury designated a network of Iranian front companies "
        "for evading oil sanctions.",
        "U.S. Department of State",
    )
    found = allegation_summaries(designated)
    assert [s.follows for s in found] == [True]
