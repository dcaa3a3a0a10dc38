"""A story dated only by its month or year is read at that time by the corpus merge's
windows (kg.resolve.summaries._around), not as undated: an undated allegation meets
allegations of any year, and a short charge of March 2018 that Russia was responsible for
the Salisbury attack joined a group of 2022's shelling of Ukraine."""

from __future__ import annotations

from dataclasses import replace

from kg.model import AllegationSummary
from kg.resolve.corpus import merge_allegations
from kg.resolve.summaries import _around
from tests.allegation_helpers import summary


def shelling() -> list[AllegationSummary]:
    """Three accusations of 2022 by Ukraine's president (president.gov.ua/en/news/)."""
    return [
        # she-potribno-voyuvati-j-spryamovuvati-vsi-sili-shob-vignati-74697
        summary("daily", "2022-04-30", "They are under daily shelling."),
        # i-nam-nareshti-vdalosya-rozpochati-evakuaciyu-lyudej-z-74705
        summary("warehouse", "2022-05-01", "The warehouse with fertilizers was also shelled."),
        # stya-zhiti-svoyim-zvichajnim-zhittyam-i-prosto-gulyati-75453
        summary("constant", "2022-05-29", "Constant shelling."),
    ]


# twitter.com/StateDept/status/974355888348770305 (a White House statement of March 2018 on
# the Salisbury poisoning): its charge that Russia "was responsible for the attack"
SALISBURY = summary("salisbury", "2018-03-15", "responsible for the attack")


def group_of(key: str, items: list[AllegationSummary]) -> tuple[str, ...]:
    merged = merge_allegations(items)
    return next(a.members for a in merged.allegations if key in a.members)


def test_an_undated_story_meets_any_year() -> None:
    """The failure the month date fixes: undated, the 2018 charge joins 2022's shelling."""
    undated = replace(SALISBURY, published=None)
    assert "daily" in group_of("salisbury", [*shelling(), undated])


def test_a_story_dated_by_its_month_stays_in_its_time() -> None:
    by_month = replace(SALISBURY, published=None, around=_around("2018-03"))
    assert group_of("salisbury", [*shelling(), by_month]) == ("salisbury",)
    # and its own time's allegations of the act still take it
    # twitter.com/StateDept/status/974017855271272448 (2018-03-14), the same charge
    earlier = summary("assessment", "2018-03-14", "responsible for the attack")
    assert group_of("salisbury", [*shelling(), earlier, by_month]) == ("assessment", "salisbury")


def test_around_reads_months_and_years_only() -> None:
    assert _around("2018-03") == "2018-03-15"
    assert _around("2016") == "2016-07-01"
    assert _around("2018-13") is None  # no such month
    assert _around("2018-03-04") is None  # a full date is the document's own
    assert _around("March 2018") is None
