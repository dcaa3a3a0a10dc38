"""Round 36, second wave (branch ``joint38``, issue 12, ``test36``'s class (4)): a group named by
its own name whose signatories' noun lists its members ("We, the G7 Foreign Ministers of A, B
and C, and the High Representative of the European Union, ...") speaks as each member listed,
the EU for its High Representative (``kg.extract.claims.base.NAMED_GROUP_MEMBERS``; its later
"we" through ``kg.resolve.JOINT_WE``).

Constructed sentences, said so: every "We, the G7 Foreign Ministers of ..." statement of the
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
    "We, the G7 Foreign Ministers of Canada, France and Japan, and the High Representative of "
    "the European Union, remain united in our support for the people of the region."
)
#: constructed
LATER = "We condemn the missile launch by the DPRK."
#: constructed: the group named with no members listed
GROUP_ONLY = "We, the G7 Foreign Ministers, condemn the missile launch by the DPRK."


def _speakers(nlp: Language, text: str) -> list[str]:
    graph = official_graph(nlp, text, STATE, title="G7 Foreign Ministers' Statement")
    names = {actor.id: actor.name for actor in graph.actors}
    return sorted(names[c.claimer] for c in graph.claims if c.claim.stance.value == "criticize")


def test_a_later_we_speaks_for_each_listed_member(nlp: Language) -> None:
    found = _speakers(nlp, f"{OPENING} {LATER}")
    # (Canada, tagged inside the group's name "the G7 Foreign Ministers of Canada", is found only
    # when the text names it elsewhere too: left, RESULTS.md round 36 joint38)
    assert {"European Union", "France", "Japan"} <= set(found)
    assert not any(name.startswith(("G7", "High")) for name in found)


def test_without_the_switch_the_named_group_speaks_once(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "NAMED_GROUP_MEMBERS", False)
    found = _speakers(nlp, f"{OPENING} {LATER}")
    assert len(found) == 1 and found[0].startswith("G7")


def test_a_group_with_no_members_listed_stays_one_speaker(nlp: Language) -> None:
    found = _speakers(nlp, GROUP_ONLY)
    assert len(found) == 1
