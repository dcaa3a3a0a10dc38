"""A charge a news story's narrated repressive act opened stays its story's own
(:data:`kg.resolve.narrated_act.ALONE`, with :data:`~kg.resolve.narrated_act.NARRATED_ACT`;
re-measured in round 39, alleg45).  The text is constructed (no gold line of either
benchmark); the build's parser reads every family (``gate=False``)."""

from __future__ import annotations

import pytest

import kg.resolve as resolve_module
from kg.extract import extract
from kg.model import Article, DocumentGraph
from kg.resolve import narrated_act, resolve

DETAINED = (
    "After the election, authorities placed the opposition leader Ales Bialiatski under house "
    "arrest. Belarus has not said how long he will be held. Belarus denies any wrongdoing."
)


def story(nlp, monkeypatch, alone: bool) -> DocumentGraph:
    monkeypatch.setattr(resolve_module, "NEWS_PUBLISHER", "joined")
    monkeypatch.setattr(narrated_act, "NARRATED_ACT", True)
    monkeypatch.setattr(narrated_act, "ALONE", alone)
    article = Article(
        "doc", DETAINED, "https://www.voanews.com/a/story.html", outlet="Voice of America"
    )
    return resolve(extract(nlp(DETAINED), article, gate=False))


@pytest.mark.parametrize("alone", [False, True])
def test_the_charge_the_act_opened_is_alone_only_with_the_switch(nlp, monkeypatch, alone) -> None:
    graph = story(nlp, monkeypatch, alone)
    acts = {c.id for c in graph.claims if "narrated_act" in c.claim.rule.split("+")}
    opened = [a for a in graph.allegations if acts & set(a.claims)]
    assert opened and all(a.alone is alone for a in opened)


def test_a_bound_group_joins_only_a_group_of_its_victim() -> None:
    # kg.resolve.corpus.VICTIM_GUARD "bound" (round 39, alleg45; off): item 0 holds a narrated
    # act naming Liu; it joins item 1 (Liu too), not item 2 (no victim) nor item 3 (Chen)
    from kg.resolve.groups import _Groups

    victims = [("liu",), ("liu",), (), ("chen",)]
    groups = _Groups(4, victims, [True, False, False, False], bound=True)
    assert not groups.apart(0, 1)
    assert groups.apart(0, 2) and groups.apart(0, 3)
    assert not groups.apart(2, 3)  # neither holds a narrated act: "mixed" as before
    mixed = _Groups(4, victims, [True, False, False, False])
    assert not mixed.apart(0, 2)
