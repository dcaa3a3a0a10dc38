"""Corpus allegations: one event told in other words across documents joins by where it
happened and by its act's family (issue 13).

- An accusation of a hostile act at a named non-state anchor ("in Hostomel") joins the
  recent group of the same accused whose acts happened there, however differently it
  words the act ("the atrocities in Hostomel", "civilians killed and tortured in
  Hostomel"); not a group a month and more before, not another anchor's.
- An act at an anchor whose words match a group that names none of its anchors ("killed
  and tortured civilians") joins the anchor's recent group instead; with none, the words
  decide.
- An act's CAMEO codes bring the classes above them down to the three-digit event type
  ("tortured" 1822 and "abuses" 182 share 182), not the two-digit root.

The terms are those :func:`~kg.resolve.corpus.proposition_terms` makes of sentences
written for these tests (in no gold part), the actors named as ``@`` terms (the accused
left out), as :func:`~kg.resolve.corpus.allegation_summaries` makes them.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import AllegationSummary, ClaimNote, Stance
from kg.resolve.corpus import _code_terms, _features, merge_allegations, proposition_terms


def summary(
    key: str,
    day: str,
    text: str,
    *,
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    stance: Stance = Stance.ACCUSE,
    claimer: str = "germany",
) -> AllegationSummary:
    # the actors named are "@" terms, as the pipeline makes them; the accused's are left out
    words = text
    for name in (*(a.capitalize() for a in actors), "Ukrainian", "Russian", "Russia's", "Russia"):
        words = words.replace(name, " ")
    terms = sorted(proposition_terms(words) | {"@" + a for a in actors})
    note = ClaimNote(key + "-c1", stance, claimer, claimer)
    accused = ("russia",) if stance is not Stance.DENY else (claimer,)
    return AllegationSummary(
        key, key.split("-")[0], day, None, text, accused, accused, (), tuple(terms), False,
        (note,), places=places,
    )  # fmt: skip


def together(merged, *keys: str) -> bool:  # type: ignore[no-untyped-def]
    return any(set(keys) <= set(a.members) for a in merged.allegations)


def test_an_act_family_is_shared_up_the_cameo_hierarchy() -> None:
    assert _code_terms(["1822", "171"]) == {"~182", "~1822", "~171"}
    tortured = _features(summary("d1-a1", "2023-05-02", "Russian troops tortured detainees"))
    abuses = _features(summary("d2-a1", "2023-05-03", "abuses of prisoners by Russian troops"))
    assert "~182" in tortured & abuses
    # not the two-digit root: deporting (174) and looting (171) are two acts
    looting = _features(summary("d3-a1", "2023-05-03", "the looting of grain by Russian troops"))
    deporting = _features(summary("d4-a1", "2023-05-03", "the deportation of children"))
    assert not {t for t in looting & deporting if t.startswith("~")}


#: Other acts against the same accused, months before: what makes "civilians", "killed"
#: or "Ukraine" common words, as in any corpus of a war.
BACKGROUND = [
    summary(f"b{k}-a1", f"2023-01-{k + 10:02d}", text, actors=("ukraine",))
    for k, text in enumerate([
        "Russian strikes killed civilians across Ukraine",
        "the shelling of civilians and civilian infrastructure",
        "Russia's attacks on Ukrainian civilians",
        "Russian forces killed civilians in eastern Ukraine",
        "Russia's blockade of Ukraine's ports",
        "the deportation of Ukrainian children to Russia",
        "Russia's unprovoked war against Ukraine",
        "Russian disinformation about the war in Ukraine",
        "the seizure of the nuclear power plant",
        "the killing of civilians by Russian missiles",
    ])
]  # fmt: skip

HOSTOMEL = [
    summary("d1-a1", "2023-05-02", "Russian soldiers tortured and executed residents of Hostomel",
            actors=("hostomel",)),
    summary("d2-a1", "2023-05-04", "reports of residents executed in Hostomel",
            actors=("hostomel",)),
    # the same event, in a statement's words: no word but the town's name in common
    summary("d3-a1", "2023-05-06", "the atrocities committed by Russia's forces in Hostomel",
            actors=("hostomel",)),
    # another act at another place, the same week
    summary("d4-a1", "2023-05-07", "the looting of homes by Russian soldiers in Vorzel",
            actors=("vorzel",)),
]  # fmt: skip


def test_an_act_at_one_anchor_joins_that_anchors_recent_group() -> None:
    merged = merge_allegations([*BACKGROUND, *HOSTOMEL])
    assert together(merged, "d1-a1", "d2-a1", "d3-a1")
    assert not together(merged, "d3-a1", "d4-a1")


def test_an_anchor_months_before_is_another_event() -> None:
    text = "the atrocities committed by Russia's forces in Hostomel"
    later = summary("d5-a1", "2023-08-20", text, actors=("hostomel",))
    merged = merge_allegations([*BACKGROUND, *HOSTOMEL[:2], later])
    assert together(merged, "d1-a1", "d2-a1")
    assert not together(merged, "d1-a1", "d5-a1")


def test_a_state_is_no_anchor() -> None:
    # "in Ukraine" names where most acts of a war happened: no evidence of one event
    merged = merge_allegations([
        *BACKGROUND,
        summary("d1-a1", "2023-05-02", "Russian soldiers killed civilians in Ukraine",
                actors=("ukraine",)),
        summary("d2-a1", "2023-05-04", "the looting of museums by Russia's forces in Ukraine",
                actors=("ukraine",)),
    ])  # fmt: skip
    assert not together(merged, "d1-a1", "d2-a1")


def test_a_denial_at_the_anchor_answers_its_recent_allegation() -> None:
    # the accused's denial names the place, not the act: "a staged provocation in Hostomel"
    denial = summary(
        "d6-a1", "2023-05-09", "a staged provocation in Hostomel, nothing to do with the army",
        actors=("hostomel",), stance=Stance.DENY, claimer="russia",
    )  # fmt: skip
    merged = merge_allegations([*BACKGROUND, *HOSTOMEL, denial])
    assert together(merged, "d1-a1", "d3-a1", "d6-a1")
    elsewhere = replace(denial, id="d7-a1", terms=("@irpin", "provocation", "stag"))
    merged = merge_allegations([*BACKGROUND, *HOSTOMEL, elsewhere])
    assert not together(merged, "d1-a1", "d7-a1")


def test_a_group_at_the_anchor_comes_before_a_closer_match_elsewhere() -> None:
    # the Hostomel group tells one event many ways (a wide profile); a lone "horrific
    # atrocities" shares more of a short "atrocities in Hostomel" by weight, but the
    # allegation names where its act happened, and most of the first group name it too
    from kg.resolve import groups

    hostomel = [
        *HOSTOMEL[:3],
        summary("d8-a1", "2023-05-08", "bodies of executed civilians found in Hostomel",
                actors=("hostomel",)),
    ]  # fmt: skip
    lone = summary("d9-a1", "2023-05-09", "the horrific atrocities of Russia's war")
    short = summary(
        "d10-a1", "2023-05-10", "the horrific atrocities in Hostomel", actors=("hostomel",)
    )
    merged = merge_allegations([*BACKGROUND, *hostomel, lone, short])
    assert together(merged, "d1-a1", "d10-a1")
    assert not together(merged, "d9-a1", "d10-a1")
    old = groups.ANCHOR_FIRST, groups.ANCHOR_OVER
    try:
        groups.ANCHOR_FIRST = groups.ANCHOR_OVER = False
        merged = merge_allegations([*BACKGROUND, *hostomel, lone, short])
    finally:
        groups.ANCHOR_FIRST, groups.ANCHOR_OVER = old
    assert together(merged, "d9-a1", "d10-a1")  # the closer match, without the rule


#: Killings of civilians reported the same weeks, nowhere in particular: a group whose
#: words a report of killings at an anchor matches better than the anchor's own group.
KILLINGS = [
    summary(f"k{k}-a1", f"2023-05-0{k + 1}", text)
    for k, text in enumerate([
        "Russian forces killed civilians and tortured prisoners",
        "Russian troops killed and tortured civilians",
        "civilians were killed and tortured by Russian soldiers",
    ])
]  # fmt: skip

#: Earlier acts at the same town, months before: what makes its name a common word.
EARLIER_IRPIN = [
    summary(f"e{k}-a1", f"2023-02-{k + 10:02d}", text, actors=("irpin",))
    for k, text in enumerate([
        "the shelling of Irpin by Russian artillery",
        "Russian troops blew up the bridge in Irpin",
        "the bombardment of residential blocks in Irpin",
        "Russian forces besieged Irpin",
        "the destruction of homes in Irpin",
        "Russian strikes on the hospital in Irpin",
    ])
]  # fmt: skip

IRPIN = [
    summary("d1-a1", "2023-05-04", "the war crimes committed by Russia's forces in Irpin",
            actors=("irpin",)),
    summary("d2-a1", "2023-05-05", "the atrocities of Russian troops in Irpin",
            actors=("irpin",)),
    # the same event in the words of the killings elsewhere
    summary("d3-a1", "2023-05-06", "Russian soldiers killed and tortured civilians in Irpin",
            actors=("irpin",)),
]  # fmt: skip


def test_an_act_at_an_anchor_joins_the_anchors_group_before_a_group_of_its_words() -> None:
    from kg.resolve import groups

    merged = merge_allegations([*BACKGROUND, *EARLIER_IRPIN, *KILLINGS, *IRPIN])
    assert together(merged, "d1-a1", "d2-a1", "d3-a1")
    assert not together(merged, "k0-a1", "d3-a1")
    old = groups.ANCHOR_OVER
    try:
        groups.ANCHOR_OVER = False
        merged = merge_allegations([*BACKGROUND, *EARLIER_IRPIN, *KILLINGS, *IRPIN])
    finally:
        groups.ANCHOR_OVER = old
    assert together(merged, "k0-a1", "d3-a1")  # the words' group, without the rule


def test_with_no_anchored_group_the_words_decide() -> None:
    merged = merge_allegations([*BACKGROUND, *EARLIER_IRPIN, *KILLINGS, IRPIN[2]])
    assert together(merged, "k0-a1", "k1-a1", "d3-a1")


def test_an_institution_named_is_no_place_of_the_act() -> None:
    # "the United Nations" is where acts are discussed, not where they are done: it puts
    # no anchor's group first (ANCHOR_OVER); a town, known or not, does
    from kg.resolve.groups import _institution

    assert _institution("@united-nations") and _institution("@european-union")
    assert not _institution("@kharkiv") and not _institution("@hostomel")
