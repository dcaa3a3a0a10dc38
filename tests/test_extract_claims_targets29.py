"""Round 28 (issue 12, branch ``targets29``): the charged party inside the claim's own
sentence.  A criticised or approved thing whose own relative clause names who does it is
aimed at that doer (``targets_agents.RELATIVE_DOERS``: "welcoming the leadership the Council
has demonstrated" -> the Council); a thing done by a body named only by a description is
aimed at the description (``DESCRIBED_DOERS``: "the sanctions imposed by the unfriendly
countries"); a passive clause's "by" agent as the clause's doer (``PASSIVE_AGENTS``) ships
off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import targets_agents
from kg.extract.claims.targets_agents import _described_doers, _passive_doers
from kg.model import Stance
from tests.claim_helpers import stance_pairs

# A State Department readout of Secretary Blinken's call with Yemeni Presidential Leadership
# Council President al-Alimi (corpus/state-department-yemen.jsonl,
# https://www.state.gov/secretary-blinkens-call-with-yemeni-presidential-leadership-council-president-al-alimi-2/).
LEADERSHIP_DEMONSTRATED = (
    "He noted that the truce provides the best opportunity for peace that Yemenis have had in "
    "years and reaffirmed President Biden’s strong support for the Presidential Leadership "
    "Council, welcoming the leadership the Council has demonstrated thus far on the truce."
)

# Remarks at a State Department press availability on Libya (corpus/state-department-libya.jsonl).
EXAMPLE_SET = (
    "And there again, the example that the chancellor has set, that Germany has set could not "
    "be stronger, and today is a very good example of that with the work that Germany has done "
    "on Libya and the hope of this moment to actually see Libya hopefully take a course of "
    "security, freedom, independence, backed by the international community."
)

# A question at a Kremlin event (corpus/kremlin-russia-ukraine.jsonl).
SANCTIONS_IMPOSED = (
    "Mr President, can Russia continue working on its aerospace programme under the sanctions "
    "imposed by the unfriendly countries?"
)

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl).
PLAN_DEVELOPED = (
    "This Plan was developed by a team of Ukrainian and international experts led by Andriy "
    "Yermak and Michael McFaul."
)


@pytest.fixture
def relative_doers_off() -> Iterator[None]:
    targets_agents.RELATIVE_DOERS = False
    try:
        yield
    finally:
        targets_agents.RELATIVE_DOERS = True


def test_relative_doers_is_on_and_passive_agents_off() -> None:
    assert targets_agents.RELATIVE_DOERS is True
    assert targets_agents.DESCRIBED_DOERS is True
    assert targets_agents.PASSIVE_AGENTS is False


def test_welcomed_thing_is_aimed_at_the_doer_its_clause_names(nlp: Language) -> None:
    # "the leadership the Council has demonstrated": the Council's, not "the leadership"
    approvals = stance_pairs(nlp, LEADERSHIP_DEMONSTRATED, Stance.APPROVE)
    assert ("He", ["Council"]) in approvals
    assert all("the leadership" not in t for _, t in approvals)


def test_without_the_switch_the_thing_itself_is_the_target(
    nlp: Language, relative_doers_off: None
) -> None:
    approvals = stance_pairs(nlp, LEADERSHIP_DEMONSTRATED, Stance.APPROVE)
    assert ("He", ["the leadership"]) in approvals


def test_work_that_a_state_has_done_is_the_states(nlp: Language) -> None:
    assert stance_pairs(nlp, EXAMPLE_SET, Stance.APPROVE) == [
        ("the international community", ["Germany"])
    ]


def test_a_body_named_by_a_description_is_the_doer(nlp: Language) -> None:
    doc = nlp(SANCTIONS_IMPOSED)
    sanctions = next(t for t in doc if t.lower_ == "sanctions")
    assert [t.text for t in _described_doers(sanctions)] == ["countries"]


def test_a_thing_with_no_body_behind_it_has_no_described_doer(nlp: Language) -> None:
    doc = nlp(SANCTIONS_IMPOSED)
    programme = next(t for t in doc if t.lower_ == "programme")
    assert _described_doers(programme) == []


def test_a_passive_agent_names_the_doers_state_and_leader(nlp: Language) -> None:
    doc = nlp(PLAN_DEVELOPED)
    developed = next(t for t in doc if t.lower_ == "developed")
    doers = [t.text for t in _passive_doers(developed)]
    assert "Ukrainian" in doers
    assert "Plan" not in doers  # the passive's subject suffers the act
