"""The partner of a joint act or thing owns it (round 19, issue 12, branch `target19`): "a
joint industrial complex with X" is X's as well, so a threat to shut it down is aimed at X
and a criticism of it at X.

Real sentences in no gold part, from the President of Ukraine texts of the allegations
corpus."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import targets_states
from kg.extract.claims.targets_states import _owners


def _owner_words(nlp: Language, text: str, noun: str) -> list[str]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    return [o.text for o in _owners(token)]


_PROJECT = (
    "Volodymyr Zelenskyy paid special attention to the development of economic cooperation "
    "and implementation of important infrastructure projects, noting that the Ukrainian side "
    "attaches special importance to the joint project with Japan to reconstruct the "
    "Bortnychi aeration station in Kyiv."
)


def test_the_partner_of_a_joint_project_owns_it(nlp: Language) -> None:
    assert "Japan" in _owner_words(nlp, _PROJECT, "project")


def test_the_joint_rule_can_be_switched_off(nlp: Language, monkeypatch) -> None:
    monkeypatch.setattr(targets_states, "JOINT_PARTNERS", False)
    assert "Japan" not in _owner_words(nlp, _PROJECT, "project")
