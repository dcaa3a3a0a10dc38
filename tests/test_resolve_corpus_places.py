"""Corpus allegations tell apart one kind of act at different places.

Strikes on Mykolaiv and strikes on Sumy are worded alike ("the invaders shelled ..."), and
the merge, which gives a hostile act's words extra weight, joined them.  An allegation's
summary now carries the places its proposition names (a place actor, or a capital where the
act happened: "the Kyiv region", not "Moscow's troops" when Russia is accused), and an
allegation that names a place joins no group whose act happened elsewhere (most of its
members name another place and none names this one).  Naming no place is no evidence either
way.

The sentences are written for these tests in the style of wire reports; none is in a gold
part.  They are parsed by the real pipeline (``kg.analyse``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from kg.model import AllegationSummary
from kg.pipeline import analyse
from kg.resolve.corpus import _Profile, allegation_summaries, merge_allegations

SENTENCES = {
    "kharkiv": "Ukraine's defence ministry said Russian forces shelled residential districts "
    "of Kharkiv overnight.",
    "mykolaiv": "Ukraine's defence ministry said Russian forces shelled residential districts "
    "of Mykolaiv overnight.",
    "kharkiv-again": "Ukraine's foreign minister said Russian troops shelled residential "
    "districts of Kharkiv again.",
    "nowhere": "The governor said Russian forces shelled residential districts again.",
    "kyiv": "The mayor said Russian missiles struck an apartment block in the Kyiv region on "
    "Sunday.",
    "sumy": "Ukraine's foreign minister said Moscow's troops bombed a school in Sumy.",
    "donetsk": "The Kremlin said Moscow would never accept NATO expansion, accusing Kyiv of "
    "shelling Donetsk.",
}


@cache
def summary(key: str, day: str = "2022-04-01") -> AllegationSummary:
    """The one allegation of ``SENTENCES[key]``, parsed, dated ``day``, with its own ids."""
    found = allegation_summaries(analyse(SENTENCES[key]))
    assert len(found) == 1, found
    return replace(found[0], id=f"{key}-{day}", document=f"doc-{key}-{day}", published=day)


def groups(*items: AllegationSummary) -> list[set[str]]:
    return [{m.split("-20")[0] for m in a.members} for a in merge_allegations(items).allegations]


def test_a_summary_names_the_places_of_the_act() -> None:
    assert summary("kharkiv").places == ("kharkiv",)
    assert summary("sumy").places == ("sumy",)
    assert summary("nowhere").places == ()


def test_a_capital_is_a_place_unless_it_names_the_accused() -> None:
    # "the Kyiv region" is where Russia's missiles struck: a place
    assert summary("kyiv").sides == ("russia",)
    assert summary("kyiv").places == ("ukraine:capital",)
    # "Moscow's troops" are Russia's: the doer, not a place
    assert summary("sumy").places == ("sumy",)
    # "accusing Kyiv of shelling Donetsk": Kyiv is the accused, Donetsk the place
    assert summary("donetsk").sides == ("ukraine",)
    assert summary("donetsk").places == ("donetsk",)


def test_one_act_worded_alike_at_two_places_is_two_allegations() -> None:
    found = groups(summary("kharkiv", "2022-04-01"), summary("mykolaiv", "2022-04-02"))
    assert sorted(map(sorted, found)) == [["kharkiv"], ["mykolaiv"]]


def test_the_same_place_still_joins() -> None:
    found = groups(
        summary("kharkiv", "2022-04-01"),
        summary("mykolaiv", "2022-04-02"),
        summary("kharkiv-again", "2022-04-03"),
    )
    assert {"kharkiv", "kharkiv-again"} in found
    assert {"mykolaiv"} in found


def test_an_allegation_that_names_no_place_is_no_evidence_either_way() -> None:
    found = groups(summary("kharkiv", "2022-04-01"), summary("nowhere", "2022-04-02"))
    assert found == [{"kharkiv", "nowhere"}]


@pytest.mark.parametrize("order", [1, -1])
def test_the_places_do_not_depend_on_the_input_order(order: int) -> None:
    items = [
        summary("kharkiv", "2022-04-01"),
        summary("mykolaiv", "2022-04-01"),
        summary("kharkiv-again", "2022-04-01"),
        summary("nowhere", "2022-04-01"),
    ]
    forward = merge_allegations(items).allegations
    assert merge_allegations(items[::order]).allegations == forward


def test_a_group_without_a_place_of_its_own_accepts_any_place() -> None:
    weight = {"attack": 1.0, "civilian": 2.0}
    terms = frozenset(weight)
    general = _Profile()
    general.add(terms, weight)
    general.add(terms, weight)
    general.add(terms, weight, ["kharkiv"])  # one member of three names Kharkiv
    assert not general.elsewhere(frozenset(["mykolaiv"]))
    kharkiv = _Profile()
    kharkiv.add(terms, weight, ["kharkiv"])
    kharkiv.add(terms, weight)  # half the members name Kharkiv: its place
    assert kharkiv.elsewhere(frozenset(["mykolaiv"]))
    assert not kharkiv.elsewhere(frozenset(["mykolaiv", "kharkiv"]))  # one shared place
    assert not kharkiv.elsewhere(frozenset())
