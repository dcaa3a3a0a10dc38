"""Corpus allegations join claims about one act by its head term.

"About total looting of everything on our territory." shares with "The pervasive
consequences of looting." little but the act ("loot"): over
whole term sets the two are far apart, and each new short claim of a speech opened a
corpus allegation of its own.  A shared head term of a hostile act (the content lexicon's
hostile verbs and nouns, ``kg/data/content_lexicon.tsv``) weighs more, when it is
distinctive (held by few allegations), so that the short claim joins the group of the
same accused that holds the act, and claims about other acts stay apart.

The sentences are corpus sentences (President of Ukraine, 2022) in no gold part.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

import kg.resolve.blocking as blocking
import kg.resolve.corpus as corpus
import kg.resolve.groups as grouping
import kg.resolve.propositions as propositions
from kg.resolve.corpus import act_terms, merge_allegations, proposition_terms
from tests.allegation_helpers import other_russian_acts, summary

LOOTING = [
    # president.gov.ua/en/news/chas-zrobiti-vse-shob-voyenni-zlochini-rosijskih-vijskovih-s-74053
    summary("lab", "2022-04-26", "The pervasive consequences of looting."),
    summary("scale", "2022-04-05", "This is looting of the highest scale."),
    summary("total", "2022-05-03", "About total looting of everything on our territory."),
]
ABDUCTION = [
    summary("children", "2022-04-05", "It abducted more than two thousand children."),
    summary("city", "2022-04-11", "Such people were abducted."),
]
#: Other acts against Russia and the same acts against another accused.
OTHERS = [
    *other_russian_acts(),
    summary("elsewhere", "2022-04-27", "Khmer artifacts looted from Cambodia.", "khmer-rouge"),
]


def groups() -> list[set[str]]:
    merged = merge_allegations([*LOOTING, *ABDUCTION, *OTHERS])
    return [set(a.members) for a in merged.allegations]


@pytest.fixture
def small_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    # an act is distinctive when few allegations hold it: in a corpus of ten, "loot" is
    # held by three of them (in the 911 texts' ~1,100 allegations, by about ten)
    monkeypatch.setattr(blocking, "ACT_SHARE", 0.5)


def test_the_head_terms_are_the_hostile_acts() -> None:
    # president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-v-asambley-74465
    killed_to_loot = "The occupiers killed people even for fun and to loot their houses."
    assert act_terms(proposition_terms(killed_to_loot)) == {"kill", "loot"}
    assert act_terms(proposition_terms(LOOTING[2].summary)) == {"loot"}
    assert act_terms(proposition_terms("It abducted more than two thousand children.")) == {
        "abduct"
    }
    assert not act_terms(proposition_terms(OTHERS[1].summary))


@pytest.mark.usefixtures("small_corpus")
def test_short_claims_join_the_group_that_holds_their_act() -> None:
    found = groups()
    assert {"lab", "scale", "total"} in found
    assert {"children", "city"} in found


@pytest.mark.usefixtures("small_corpus")
def test_the_same_act_against_another_accused_or_other_acts_stay_apart() -> None:
    found = groups()
    assert {"elsewhere"} in found  # looting, but by another accused: another block
    for key in ("shelling", "ports", "nuclear"):
        assert {key} in found


def test_without_the_act_terms_the_short_claims_stay_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(blocking, "ACT_SHARE", 0.5)
    monkeypatch.setattr(blocking, "ACT_WEIGHT", 1.0)
    monkeypatch.setattr(propositions, "ACT_CODE_TERMS", False)
    monkeypatch.setattr(grouping, "ACT_JOIN", 2.0)
    found = groups()
    assert {"lab", "scale", "total"} not in found
    assert {"scale"} in found and {"total"} in found


def test_a_common_act_term_gets_no_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    # held by more than ACT_SHARE of the allegations, "loot" is no longer distinctive
    monkeypatch.setattr(blocking, "ACT_SHARE", 0.1)
    monkeypatch.setattr(propositions, "ACT_CODE_TERMS", False)
    found = groups()
    assert {"lab", "scale", "total"} not in found


def test_the_merge_does_not_depend_on_the_order(small_corpus: None) -> None:
    items = [*LOOTING, *ABDUCTION, *OTHERS]
    first = merge_allegations(items)
    again = merge_allegations(list(reversed(items)))
    assert first.allegations == again.allegations


POLICY = summary(
    "policy", "2022-06-01",
    "And this indicates that looting is the basis of Russia's public policy in these lands.",
)  # fmt: skip


@pytest.mark.usefixtures("small_corpus")
def test_an_accusation_of_a_distinctive_act_joins_the_group_holding_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # its other words ("basis", "public policy", "lands") are the group's in no member
    monkeypatch.setattr(blocking, "ACT_WEIGHT", 1.0)
    monkeypatch.setattr(propositions, "ACT_CODE_TERMS", False)
    merged = merge_allegations([*LOOTING, *ABDUCTION, *OTHERS, POLICY])
    found = [set(a.members) for a in merged.allegations]
    assert {"lab", "scale", "total", "policy"} in found
    monkeypatch.setattr(grouping, "ACT_JOIN", 2.0)
    merged = merge_allegations([*LOOTING, *ABDUCTION, *OTHERS, POLICY])
    assert {"policy"} in [set(a.members) for a in merged.allegations]


def test_synonyms_of_one_act_share_its_event_class(monkeypatch: pytest.MonkeyPatch) -> None:
    # "abducted" and "an abduction" are two terms of one event class (CAMEO 181), which
    # "shelled" (190) is not of
    verb = summary("verb", "2022-04-05", "It abducted more than two thousand children.")
    noun = summary("noun", "2022-03-25", "In fact, it is an abduction.")
    shelled = OTHERS[0]
    assert not set(verb.terms) & set(noun.terms)
    weight: dict[str, float] = defaultdict(lambda: 1.0)
    features = corpus._features
    assert features(verb) & features(noun) == {"~181"}
    assert corpus._weighted_jaccard(features(verb), features(noun), weight) > 0
    assert not features(verb) & features(shelled)
    monkeypatch.setattr(propositions, "ACT_CODE_TERMS", False)
    assert not features(verb) & features(noun)
