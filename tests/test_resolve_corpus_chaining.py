"""Corpus allegations are one act by one accused: no chaining through shared words.

A pairwise link joins "Russia's unprovoked war" to "war crimes" (they share "war") and
"war crimes" to "crimes against civilians" (they share "crimes"): single-link chains
three acts into one allegation.  The merge compares an allegation with the group as a
whole and weighs the words most allegations share ("war", "Ukraine") for little.
Threats and warnings about an act are claims of its allegation.
"""

from __future__ import annotations

import random
from pathlib import Path

import kg
from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import merge_allegations, proposition_terms


def summary(key: str, day: str, text: str, claimer: str = "united-states") -> AllegationSummary:
    """An allegation against Russia stating ``text`` (Ukraine and Russia as actors)."""
    terms = {
        "@ukraine" if term.startswith("ukrain") else term
        for term in proposition_terms(text)
        if term != "russia"
    }
    note = ClaimNote(f"{key}-c", Stance.CRITICIZE, claimer, claimer)
    return AllegationSummary(
        key, f"doc-{key}", day, "Wire", text, ("russia",), ("russia",), (),
        tuple(sorted(terms)), False, (note,),
    )  # fmt: skip


#: Other acts of the same war: "war" and "Ukraine" are in most allegations of a corpus.
BACKGROUND = [
    "Russia's blockade of Ukraine's Black Sea ports during the war",
    "the deportation of Ukrainian children to Russia during the war",
    "Russia's reckless nuclear rhetoric over its war in Ukraine",
    "Russia's weaponization of food in its war against Ukraine",
]

ACTS = [
    summary("war", "2022-02-24", "Russia's unprovoked and unjustified war against Ukraine"),
    summary("crimes", "2022-03-23", "Russia's forces have committed war crimes in Ukraine"),
    summary("civilians", "2022-03-30", "crimes against civilians killed in Mariupol and Kharkiv"),
    *(summary(f"b{n}", f"2022-0{n + 4}-01", text) for n, text in enumerate(BACKGROUND)),
]


def groups(summaries: list[AllegationSummary]) -> list[set[str]]:
    return [set(a.members) for a in merge_allegations(summaries).allegations]


def test_three_acts_sharing_generic_words_stay_apart() -> None:
    found = groups(ACTS)
    assert len(found) == len(ACTS), found  # no act joins another for "war" or "crimes"


def test_a_paraphrase_of_one_act_joins_it_and_only_it() -> None:
    again = summary(
        "again", "2022-03-02", "the unprovoked and unjustified war Russia is waging on Ukraine",
        "canada",
    )  # fmt: skip
    found = groups([*ACTS, again])
    assert {"war", "again"} in found
    assert {"crimes"} in found and {"civilians"} in found


def test_a_bridge_between_two_acts_does_not_chain_them() -> None:
    # the bridge is similar to the war and to the war crimes: one link to each
    bridge = summary(
        "bridge", "2022-03-25", "Russia's unprovoked war and its war crimes in Ukraine"
    )
    found = groups([*ACTS, bridge])
    (together,) = [g for g in found if "war" in g]
    assert "crimes" not in together and "civilians" not in together  # single-link joins them
    # it joins one of the two acts it names ("war crimes" is one term, the rarer), not both
    assert {"crimes", "bridge"} in found or {"crimes"} in found
    assert {"civilians"} in found


def test_the_grouping_does_not_depend_on_the_input_order() -> None:
    again = summary("again", "2022-03-02", "Russia's unprovoked, unjustified war on Ukraine")
    items = [*ACTS, again]
    expected = merge_allegations(items)
    for seed in range(3):
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        assert merge_allegations(shuffled) == expected


def test_a_threat_about_an_act_joins_its_allegation(tmp_path: Path) -> None:
    article = (
        '{"url": "https://example.org/wire/2021/buildup", "outlet": "Wire One", '
        '"published": "2021-12-07", "title": "Britain warns Moscow", "text": '
        '"Britain accused Russia of massing troops on the border with Ukraine. Foreign '
        "Secretary Liz Truss warned that Russia would face severe consequences if it "
        'invaded Ukraine."}\n'
    )
    source = tmp_path / "buildup.jsonl"
    source.write_text(article, encoding="utf-8")
    document = kg.build([source], out=tmp_path / "out", formats=("turtle",)).documents[0]
    threats = [c for c in document.claims if c.claim.stance is Stance.THREATEN]
    assert threats
    (allegation,) = document.allegations
    assert allegation.accused == ("russia",)
    assert {c.id for c in threats} <= set(allegation.claims)


def test_a_threat_about_nothing_alleged_opens_no_allegation(tmp_path: Path) -> None:
    article = (
        '{"url": "https://example.org/wire/2021/warning", "outlet": "Wire One", '
        '"published": "2021-12-08", "title": "A warning", "text": '
        '"Foreign Secretary Liz Truss warned that Russia would face severe consequences '
        'if it invaded Ukraine."}\n'
    )
    source = tmp_path / "warning.jsonl"
    source.write_text(article, encoding="utf-8")
    document = kg.build([source], out=tmp_path / "out", formats=("turtle",)).documents[0]
    assert any(c.claim.stance is Stance.THREATEN for c in document.claims)
    assert document.allegations == ()
