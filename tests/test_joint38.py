"""Round 36, second wave (branch ``joint38``, issue 12, ``test36``'s class (4)): a group named by
its own name whose signatories' noun lists its members (the G7 foreign ministers of A, B
and C and the EU's High Representative) speaks as each member listed,
the EU for its High Representative (``kg.extract.claims.base.NAMED_GROUP_MEMBERS``; its later
"we" through ``kg.resolve.JOINT_WE``).

Constructed sentences, said so: every G7 foreign ministers' statement of the
dispute corpus is a text of a gold part or of the allegations gold, so none can be quoted here.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import base

try:
    from tests.claim_helpers import official_graph
except ImportError:  # pragma: no cover - run from tests/
    from claim_helpers import official_graph  # type: ignore

STATE = "U.S. Department of State"
#: constructed (see the module docstring)
OPENING = (
    "We, the E3 Foreign Ministers of France, Germany and the United Kingdom, and the High "
    "Representative of the European Union, remain united in our support for the region."
)
#: constructed
LATER = "We condemn the missile launch by the DPRK."
#: constructed: the group named with no members listed
GROUP_ONLY = "We, the E3 Foreign Ministers, condemn the missile launch by the DPRK."


def _speakers(nlp: Language, text: str) -> list[str]:
    graph = official_graph(nlp, text, STATE, title="E3 Statement")
    names = {actor.id: actor.name for actor in graph.actors}
    return sorted(names[c.claimer] for c in graph.claims if c.claim.stance.value == "criticize")


def test_a_later_we_speaks_for_each_listed_member(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NAMED_GROUP_MEMBERS ships off (its bar, RESULTS.md joint38); tested with it on."""
    monkeypatch.setattr(base, "NAMED_GROUP_MEMBERS", True)
    found = _speakers(nlp, f"{OPENING} {LATER}")
    # (the first member, when tagged inside the group's name "the E3 Foreign Ministers of
    # France", is found only when the text names it elsewhere too: left, RESULTS.md joint38)
    assert {"European Union", "Germany", "United Kingdom"} <= set(found)
    assert not any(name.startswith(("E3", "High")) for name in found)


def test_without_the_switch_the_named_group_speaks_once(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "NAMED_GROUP_MEMBERS", False)
    found = _speakers(nlp, f"{OPENING} {LATER}")
    assert len(found) == 1 and found[0].startswith("E3")


def test_a_group_with_no_members_listed_stays_one_speaker(nlp: Language) -> None:
    found = _speakers(nlp, GROUP_ONLY)
    assert len(found) == 1


# --- kg.extract.claims.designation.ANNOUNCED_MEASURES (test36's class (5)) ---

#: corpus (U.S. Department of State), https://www.state.gov/designation-of-an-indonesia-based-
#: organization-for-support-to-terrorism/ (in no gold part, agreement, pool or allegations file)
DESIGNATING = (
    "The United States is designating World Human Care, an Indonesia-based organization that "
    "has provided financial support to Majelis Mujahidin Indonesia (MMI), an Indonesia-based "
    "terrorist group."
)
#: constructed: outside the gold the corpus has no first-person announcement with its grounds
ANNOUNCING = (
    "Today, we are announcing the public designation of Ivan Petrov, due to his involvement in "
    "significant corruption."
)
#: constructed: the same measure told in the past, and an agentless passive (no claim)
TOLD = (
    "Last year the Department designated Ivan Petrov. Ivan Petrov is being designated for his "
    "involvement in significant corruption."
)


def _announced(nlp: Language, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    graph = official_graph(nlp, text, STATE, title="Public Designation")
    names = {actor.id: actor.name for actor in graph.actors}
    return sorted(
        (names[c.claimer], c.claim.stance.value, c.targets)
        for c in graph.claims
        if "announced_measure" in c.claim.rule.split("+")
    )


def test_the_issuer_announcing_a_designation_asserts_it(nlp: Language) -> None:
    assert _announced(nlp, DESIGNATING) == [("United States", "assert", ())]


def test_the_grounds_of_a_first_person_designation_accuse(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.extract.claims import designation

    assert _announced(nlp, ANNOUNCING) == [
        ("United States", "accuse", ("ivan-petrov",)),
        ("United States", "assert", ()),
    ]
    monkeypatch.setattr(designation, "ANNOUNCED_MEASURES", False)
    assert _announced(nlp, ANNOUNCING) == []


def test_a_measure_told_in_the_past_or_agentless_is_no_announcement(nlp: Language) -> None:
    assert _announced(nlp, TOLD) == []
