"""Corpus allegations: the accused's side across the corpus (:mod:`kg.resolve.sides`).

A document's allegation is blocked by its accused's side as that document alone gives it:
"Belarusian President Alexander Lukashenko" stands for Belarus, a bare "Lukashenka" for
himself only, so an accusation against Lukashenka and one against Belarus were never
compared.  The merge now reads one person's spellings as one person (when the corpus
holds one person of that surname) and a person's side from the documents that give it.

Two sentences are from ``corpus/`` documents in no gold part ("condemn Putin's war",
2022-03-02; "condemning Russia's war on Ukraine", 2022-03-03); the others are written for
these tests in the style of wire reports.  No sentence is in a gold part
(:func:`test_no_sentence_is_in_a_gold_part`).  All are parsed by the real pipeline.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

import kg.resolve.corpus as corpus
from kg.model import AllegationSummary
from kg.pipeline import analyse
from kg.resolve.corpus import allegation_summaries, merge_allegations
from kg.resolve.sides import _identities, corpus_sides, skeleton, with_corpus_sides

SENTENCES = {
    # corpus/, documents in no gold part
    "putin-war": "An overwhelming majority of nations around the world condemn Putin’s war.",
    "russia-war": "The United States commends Oman for supporting the UN General Assembly "
    "resolution condemning Russia’s war on Ukraine.",
    # written for these tests
    "putin-says": "Russian President Vladimir Putin accused Ukraine of genocide in the Donbas.",
    "lukashenko-says": "Belarusian President Alexander Lukashenko accused Poland of pushing "
    "migrants back across the border.",
    "lukashenka-accused": "The European Union condemned Lukashenka for using migrants as a "
    "weapon against Poland.",
    "belarus-accused": "Poland accused Belarus of using migrants as a weapon.",
}

ROOT = Path(__file__).resolve().parents[1]


@cache
def summary(key: str, day: str) -> AllegationSummary:
    """The one allegation of ``SENTENCES[key]``, parsed, dated ``day``, with its own ids."""
    found = allegation_summaries(analyse(SENTENCES[key]))
    assert len(found) == 1, found
    return replace(found[0], id=f"{key}@{day}", document=f"doc-{key}@{day}", published=day)


def groups(items: list[AllegationSummary]) -> list[set[str]]:
    return sorted(
        ({m.split("@")[0] for m in a.members} for a in merge_allegations(items).allegations),
        key=sorted,
    )


def migrants(evidence: bool = True) -> list[AllegationSummary]:
    items = [
        summary("lukashenka-accused", "2021-11-10"),
        summary("belarus-accused", "2021-11-12"),
    ]
    if evidence:
        items.append(summary("lukashenko-says", "2021-11-11"))
    return items


def test_no_sentence_is_in_a_gold_part() -> None:
    sentences = set()
    for gold in (ROOT / "benchmarks/allegations/gold.jsonl", ROOT / "benchmarks/claims/gold.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            sentences.add(json.loads(line).get("sentence", ""))
    for text in SENTENCES.values():
        assert not any(text in s or s and s in text for s in sentences), text


def test_each_document_gives_its_own_side() -> None:
    assert summary("lukashenka-accused", "2021-11-10").sides == ("lukashenka",)
    assert summary("belarus-accused", "2021-11-12").sides == ("belarus",)
    said = summary("lukashenko-says", "2021-11-11")
    assert [(c.claimer, c.side) for c in said.claims] == [("alexander-lukashenko", "belarus")]


def test_a_spelling_of_the_leader_and_the_state_block_together() -> None:
    sides = corpus_sides(migrants())
    assert sides["lukashenka"] == "belarus"  # Lukashenka is Alexander Lukashenko
    assert sides["alexander-lukashenko"] == "belarus"
    assert groups(migrants()) == [{"belarus-accused", "lukashenka-accused"}, {"lukashenko-says"}]


def test_the_person_stays_the_accused() -> None:
    merged = merge_allegations(migrants())
    joined = next(a for a in merged.allegations if len(a.members) == 2)
    assert set(joined.accused) == {"lukashenka", "belarus"}


def test_without_the_corpus_saying_whose_side_he_is_they_stay_apart() -> None:
    assert "lukashenka" not in corpus_sides(migrants(evidence=False))
    assert groups(migrants(evidence=False)) == [{"belarus-accused"}, {"lukashenka-accused"}]


def test_without_the_corpus_sides_they_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "corpus_sides", lambda items: {})
    assert len(groups(migrants())) == 3


def test_the_corpus_sentences_of_putins_war_join_russias() -> None:
    items = [
        summary("putin-war", "2022-03-02"),
        summary("russia-war", "2022-03-03"),
        summary("putin-says", "2022-02-24"),
    ]
    assert items[0].sides == ("putin",)
    assert corpus_sides(items)["putin"] == "russia"
    assert {"putin-war", "russia-war"} in groups(items)
    assert {"putin-war", "russia-war"} not in groups(items[:2])


def test_the_result_does_not_depend_on_the_input_order() -> None:
    items = migrants()
    expected = groups(items)
    for seed in range(4):
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        assert groups(shuffled) == expected


def test_spellings_of_one_name() -> None:
    assert skeleton("Lukashenka") == skeleton("Lukashenko")
    assert skeleton("Zelensky") == skeleton("Zelenskyy") == skeleton("Zelenskiy")
    assert skeleton("Alyaksandr") == skeleton("Alexander") == skeleton("Aleksandr")
    assert skeleton("Volodymyr") == skeleton("Vladimir")
    assert skeleton("Sergei") == skeleton("Sergey")
    assert skeleton("Lavrov") != skeleton("Peskov")


def test_a_surname_two_persons_bear_is_left_alone() -> None:
    canonical, _ = _identities(
        {"joe-biden": "Joe Biden", "jill-biden": "Jill Biden", "biden": "Biden"}
    )
    assert len(set(canonical.values())) == 3
    canonical, _ = _identities(
        {
            "volodymyr-zelenskyy": "Volodymyr Zelenskyy",
            "olena-zelenska": "Olena Zelenska",
            "zelensky": "Zelensky",
            "vladimir-zelensky": "Vladimir Zelensky",
        }
    )
    assert canonical["vladimir-zelensky"] == canonical["volodymyr-zelenskyy"]
    assert canonical["olena-zelenska"] != canonical["volodymyr-zelenskyy"]
    assert canonical["zelensky"] == "zelensky"  # whose? the corpus does not say


def test_patronymics_and_a_state_run_into_the_name() -> None:
    canonical, states = _identities(
        {
            "alexander-grigoryevich-lukashenko": "Alexander Grigoryevich Lukashenko",
            "belarus-alexander-lukashenko": "Belarus Alexander Lukashenko",
            "alyaksandr-lukashenka": "Alyaksandr Lukashenka",
        }
    )
    assert len(set(canonical.values())) == 1
    assert states == {"belarus-alexander-lukashenko": "belarus"}


def test_a_person_seen_on_two_sides_keeps_his_own() -> None:
    said = summary("lukashenko-says", "2021-11-11")
    elsewhere = replace(
        said,
        id="other",
        document="doc-other",
        claims=tuple(replace(c, side="russia") for c in said.claims),
    )
    sides = corpus_sides([*migrants(), elsewhere])
    # one person still, under his first id, but of no state
    assert sides["lukashenka"] == "alexander-lukashenko"
    assert "alexander-lukashenko" not in sides


def test_the_person_a_proposition_names_is_read_as_his_side() -> None:
    """As a document writes a doer whose side it knows ("@russia" for Russian forces), the
    merge writes a person whose side the corpus knows: the accused's own names stay out of
    the comparison (kg.resolve.corpus._features)."""
    named = replace(
        summary("belarus-accused", "2021-11-12"),
        id="named",
        document="doc-named",
        terms=("@lukashenka", "migrant", "weapon"),
    )
    items = [*migrants(), named]
    rewritten = {s.id: s for s in with_corpus_sides(items, corpus_sides(items))}
    assert rewritten["named"].terms == ("@belarus", "migrant", "weapon")
    assert rewritten["named"].accused == ("belarus",)
    lukashenka = next(s for s in items if s.id.startswith("lukashenka-accused"))
    assert rewritten[lukashenka.id].accused == ("lukashenka",)  # the claims' accused stays
    assert rewritten[lukashenka.id].sides == ("belarus",)


def _organ_item(key: str, actor: str, name: str, kind: str) -> AllegationSummary:
    return AllegationSummary(
        key, f"doc-{key}", "2022-06-04", None, "", (actor,), (actor,), (), ("massacr",), False,
        (), ((actor, name, kind),),
    )  # fmt: skip


def test_a_state_organ_named_of_its_state_is_blocked_under_the_state(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Round 21 (off by default): "the Government of the Russian Federation" (a name in
    corpus/kremlin-*.jsonl) as an accused is Russia."""
    import kg.resolve.sides as sides

    organ = _organ_item(
        "government",
        "government-of-the-russian-federation",
        "Government of the Russian Federation",
        "organisation",
    )
    office = _organ_item("office", "department-of-the-treasury", "Department of the Treasury",
                         "organisation")  # fmt: skip
    assert sides.STATE_ORGANS is False
    assert "government-of-the-russian-federation" not in corpus_sides([organ, office])
    monkeypatch.setattr(sides, "STATE_ORGANS", True)
    found = corpus_sides([organ, office])
    assert found["government-of-the-russian-federation"] == "russia"
    assert "department-of-the-treasury" not in found


# Round 23 (issue 13): a named group the gazetteer lacks is local to each document
# ("houthi-<document key>"); the corpus reads its ids as one side.  The two propositions are
# of sentences in corpus/white-house-yemen.jsonl, documents in no gold part: "We condemn the
# Houthi attacks over the last 48 hours against civilian infrastructure in Saudi Arabia."
# (whitehouse.gov, 2022-03-20, statement by National Security Advisor Jake Sullivan) and "We
# condemn the Houthi attacks launched against Saudi Arabia's civil infrastructure earlier
# today." (whitehouse.gov, 2022-03-25).
HOUTHI_ATTACKS = {
    "houthi-1a2b3c4d": (
        "2022-03-20",
        "the Houthi attacks over the last 48 hours against civilian infrastructure in Saudi Arabia",
        "Houthi",
        "other",
    ),
    "houthis-5e6f7a8b": (
        "2022-03-25",
        "the Houthi attacks launched against Saudi Arabia's civil infrastructure earlier today",
        "Houthis",
        "person",
    ),
}


def _named_item(actor: str) -> AllegationSummary:
    from kg.model import ClaimNote, Stance
    from kg.resolve.propositions import proposition_terms

    day, text, name, kind = HOUTHI_ATTACKS[actor]
    note = ClaimNote(f"{actor}-c", Stance.CRITICIZE, "united-states", "united-states")
    return AllegationSummary(
        actor, f"doc-{actor}", day, None, text, (actor,), (actor,), (),
        tuple(sorted(proposition_terms(text))), False, (note,),
        ((actor, name, kind), ("united-states", "United States", "state")),
    )  # fmt: skip


def test_one_named_group_is_one_side_under_its_documents_ids(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kg.resolve.sides as sides

    items = [_named_item(actor) for actor in HOUTHI_ATTACKS]
    assert sides.NAMED_GROUPS is True
    found = corpus_sides(items)
    assert found["houthis-5e6f7a8b"] == "houthi-1a2b3c4d"  # the least id of the name
    assert len(merge_allegations(items).allegations) == 1
    monkeypatch.setattr(sides, "NAMED_GROUPS", False)
    assert len(merge_allegations(items).allegations) == 2


def test_a_common_noun_is_no_named_group() -> None:
    from kg.resolve.sides import _group_key

    assert _group_key("Houthis") == _group_key("Houthi") == "houthi"
    assert _group_key("reports") is None
    assert _group_key("Daesh/ISIS") == "daesh isis"
