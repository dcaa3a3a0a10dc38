"""Corpus allegations: one act told in official and in everyday words joins (issue 13).

A building named by its function ("educational institutions", "medical facilities") is
the everyday noun ("schools", "hospitals") in the merge's terms
(:data:`~kg.resolve.propositions.FOLD_FACILITIES`).  Sentences written for these tests
(in no gold part).
"""

from __future__ import annotations

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import merge_allegations, proposition_terms


def summary(key: str, day: str, text: str) -> AllegationSummary:
    words = text.replace("Russia's", " ").replace("Russian", " ").replace("Russia", " ")
    note = ClaimNote(key + "-c1", Stance.ACCUSE, "ukraine", "ukraine")
    return AllegationSummary(
        key, key.split("-")[0], day, None, text, ("russia",), ("russia",), (),
        tuple(sorted(proposition_terms(words))), False, (note,),
    )  # fmt: skip


def test_a_building_named_by_its_function_is_its_everyday_noun() -> None:
    official = proposition_terms("shelling damaged 420 educational institutions in the region")
    wire = proposition_terms("shelling damaged schools in the region")
    assert official == wire
    assert "hospital" in proposition_terms("strikes on medical facilities and clinics")
    assert "hospital" in proposition_terms("a health care facility was hit")
    # the noun alone is no building: "institutions of the state", "a storage facility"
    assert "school" not in proposition_terms("democratic institutions and a storage facility")


#: Other acts against the same accused: what makes "destroyed" or "civilians" common words.
BACKGROUND = [
    summary(f"b{k}-a1", f"2023-01-{k + 10:02d}", text)
    for k, text in enumerate([
        "Russian strikes killed civilians across Ukraine",
        "the shelling of civilians and civilian infrastructure",
        "Russia destroyed bridges and power lines",
        "Russian forces destroyed grain silos",
        "Russian missiles destroyed the airport",
        "Russian artillery destroyed apartment blocks",
        "Russia destroyed the dam on the river",
        "the bridge was destroyed by a Russian strike",
        "the deportation of Ukrainian children to Russia",
        "Russia's unprovoked war against Ukraine",
        "Russian disinformation about the war in Ukraine",
        "the seizure of the nuclear power plant",
    ])
]  # fmt: skip


def test_one_act_in_official_and_wire_words_joins() -> None:
    merged = merge_allegations([
        *BACKGROUND,
        summary("d1-a1", "2023-03-02", "Russian troops destroyed dozens of schools"),
        summary("d2-a1", "2023-03-09",
                "Russia has destroyed 900 educational institutions"),
        summary("d3-a1", "2023-03-12", "Russia's missiles hit a power plant in the north"),
    ])  # fmt: skip
    together = [set(a.members) for a in merged.allegations if "d1-a1" in a.members][0]
    assert "d2-a1" in together
    assert "d3-a1" not in together
