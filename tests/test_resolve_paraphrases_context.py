"""The context join of a lone allegation that names no act
(:func:`kg.resolve.paraphrases.join_context`, round 26, issue 13, branch ``splits26``; off by
default).

Real sentences of the President of Ukraine's corpus
(corpus/president-of-ukraine-russia-ukraine.jsonl), in no gold or agreement part.  Three of
one address, put in one document here as they are there
(president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-volodimira-zelenskogo-do-parl-73441,
2022-03-08): "Bombs, bombs, bombs, again bombs on houses, on schools, on hospitals.", "Ruined
districts.", "This is genocide."; and one of another address, standing for the rest of the act's
group (president.gov.ua/en/news/zvernennya-prezidenta-volodimira-zelenskogo-do-uchasnikiv-bl-74821,
2022-04-10): "Currently, Russian shelling and assault of Azovstal do not stop."
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import kg.resolve.paraphrases as paraphrases
from kg.model import AllegationSummary
from kg.resolve.groups import _Groups
from tests.allegation_helpers import summary

ADDRESS = "doc-73441"
BOMBS = replace(
    summary(
        "bombs",
        "2022-03-08",
        "Bombs, bombs, bombs, again bombs on houses, on schools, on hospitals.",
    ),
    document=ADDRESS,
)
RUINED = replace(summary("ruined", "2022-03-08", "Ruined districts."), document=ADDRESS)
GENOCIDE = replace(summary("genocide", "2022-03-08", "This is genocide."), document=ADDRESS)
SHELLING = summary(
    "shelling", "2022-04-10", "Currently, Russian shelling and assault of Azovstal do not stop."
)


def partition(items: list[AllegationSummary], joined: list[tuple[int, int]]) -> set[frozenset[str]]:
    """The groups (by allegation id) after ``joined`` and the context join."""
    groups = _Groups(len(items))
    for a, b in joined:
        groups.union(a, b)
    paraphrases.join_context(items, [0] * len(items), range(len(items)), groups)
    found: dict[int, set[str]] = {}
    for i, item in enumerate(items):
        found.setdefault(groups.find(i), set()).add(item.id)
    return {frozenset(group) for group in found.values()}


def test_off_by_default() -> None:
    assert paraphrases.CONTEXT_JOIN is False
    items = [BOMBS, SHELLING, RUINED]
    assert partition(items, [(0, 1)]) == {frozenset({"bombs", "shelling"}), frozenset({"ruined"})}


def test_an_allegation_naming_no_act_joins_its_documents_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(paraphrases, "CONTEXT_JOIN", True)
    items = [BOMBS, SHELLING, RUINED, GENOCIDE]
    # "Ruined districts" names no act: it joins the bombing its address tells; "This is
    # genocide" names one of its own and stays for the words to place
    assert partition(items, [(0, 1)]) == {
        frozenset({"bombs", "shelling", "ruined"}),
        frozenset({"genocide"}),
    }


def test_a_group_of_the_document_alone_points_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrases, "CONTEXT_JOIN", True)
    # the bombing joined nothing outside its own address: nothing to point to
    assert partition([BOMBS, SHELLING, RUINED], []) == {
        frozenset({"bombs"}),
        frozenset({"shelling"}),
        frozenset({"ruined"}),
    }
    assert partition([BOMBS, GENOCIDE, RUINED], [(0, 1)]) == {
        frozenset({"bombs", "genocide"}),
        frozenset({"ruined"}),
    }


def test_the_order_of_the_allegations_does_not_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paraphrases, "CONTEXT_JOIN", True)
    forward = partition([BOMBS, SHELLING, RUINED, GENOCIDE], [(0, 1)])
    assert partition([GENOCIDE, RUINED, SHELLING, BOMBS], [(2, 3)]) == forward


def test_the_claim_offset_is_read_from_its_id() -> None:
    assert paraphrases._offset("doc-c2e2e27753759f5c-c1120-1095-1137") == 1120
    assert paraphrases._offset("no offset") is None


def test_the_one_event_join_is_off_by_default() -> None:
    assert paraphrases.PARAPHRASE_EVENT_DAYS is None
    shared = frozenset({"@azovstal"})
    assert not paraphrases._one_event({"~190": 1.0}, {"~190": 1.0}, shared, 0, 1)
