"""Round 35 (issue 12, branch ``targets36``): targets of praise in the press-service
register.  Praise with no object is aimed at the doer its "for" phrase names
(``targets_agents.THANKED_FOR_DOERS``); the nouns of a party's own contribution or resolve
name their doer by "of" (``targets_states.AGENT_OF_WORDS``, the ``agent_of_noun`` rows of
``kg/data/target_words.tsv``); a state's organ and its people joined before one "of" are
that state (``targets_agents.GOVERNMENT_AND_PEOPLE``).  Every sentence is from a corpus text
in no gold part (its URL is in no line of the claims gold, its agreement files, its pool or
the allegations gold)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content_approved, targets_agents, targets_states
from kg.model import Stance
from tests.claim_helpers import stance_pairs

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/ukrayina-maye-tverdu-pidtrimku-chehiyi-shodo-perspektivi-nab-75117).
THANKED_FOR_POSITION = (
    "Ihor Zhovkva thanked for the uncompromising position of the Czech Parliament on Russian "
    "aggression, in particular for the recently approved Senate resolution in support of "
    "Ukraine, which recognizes Russia's actions as genocide of the Ukrainian people."
)

# A State Department statement (corpus/state-department-ethiopia.jsonl,
# https://www.state.gov/humanitarian-assistance-to-communities-in-northern-ethiopia/).
COOPERATION_OF = (
    "We particularly appreciate the cooperation of the Government of Ethiopia, Afar regional "
    "authorities, and Tigrayan regional authorities to facilitate the delivery of this "
    "assistance, as well as the efforts of the United Nations agencies, international "
    "organizations, U.S."
)

# The Office of the President of Ukraine (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/prezident-ukrayini-proviv-zustrich-z-premyer-ministrom-finly-75381).
GOVERNMENT_AND_PEOPLE_OF = (
    "Volodymyr Zelenskyy thanked the government and people of Finland for their support."
)

# A White House readout (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/04/25/readout-of-national-security-advisor-jake-sullivan-call-with-south-african-national-security-advisor-sydney-mufamadi/).
PEOPLE_AND_GOVERNMENT_OF = (
    "Sullivan pledged support to the people and government of South Africa in response to the "
    "deadly floods in Kwa Zulu Natal."
)


@pytest.fixture
def switches_off() -> Iterator[None]:
    saved = (
        targets_agents.THANKED_FOR_DOERS,
        targets_states.AGENT_OF_WORDS,
        targets_agents.GOVERNMENT_AND_PEOPLE,
    )
    targets_agents.THANKED_FOR_DOERS = False
    targets_states.AGENT_OF_WORDS = False
    targets_agents.GOVERNMENT_AND_PEOPLE = False
    try:
        yield
    finally:
        (
            targets_agents.THANKED_FOR_DOERS,
            targets_states.AGENT_OF_WORDS,
            targets_agents.GOVERNMENT_AND_PEOPLE,
        ) = saved


def _targets(nlp: Language, text: str, claimer: str) -> list[str]:
    pairs = [t for c, t in stance_pairs(nlp, text, Stance.APPROVE) if c == claimer]
    assert pairs, f"no approval by {claimer}"
    return pairs[0]


def test_thanks_with_no_object_are_aimed_at_the_doers_named_for(nlp: Language) -> None:
    targets = _targets(nlp, THANKED_FOR_POSITION, "Ihor Zhovkva")
    assert any("Czech Parliament" in t for t in targets)  # "the position of the Czech Parliament"
    assert "Senate" in targets  # "the recently approved Senate resolution"
    assert not any("Ukrain" in t for t in targets)  # "in support of Ukraine": whom it is for


def test_without_the_switches_thanks_with_no_object_have_no_target(
    nlp: Language, switches_off: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # round 37's thanked deeds (content_approved.THANKED_DEEDS) name the deed's doer too
    monkeypatch.setattr(content_approved, "THANKED_DEEDS", False)
    assert _targets(nlp, THANKED_FOR_POSITION, "Ihor Zhovkva") == []


def test_the_cooperation_of_a_government_is_the_governments(nlp: Language) -> None:
    targets = _targets(nlp, COOPERATION_OF, "We")
    assert any("Government of Ethiopia" in t for t in targets)
    assert "Afar regional authorities" in targets


def test_without_the_switch_the_cooperation_is_the_target(
    nlp: Language, switches_off: None
) -> None:
    targets = _targets(nlp, COOPERATION_OF, "We")
    assert not any(t.removeprefix("the ") == "Government of Ethiopia" for t in targets)


def test_the_government_and_people_of_a_state_are_the_state(nlp: Language) -> None:
    assert _targets(nlp, GOVERNMENT_AND_PEOPLE_OF, "Volodymyr Zelenskyy") == ["Finland"]
    assert _targets(nlp, PEOPLE_AND_GOVERNMENT_OF, "Sullivan") == ["South Africa"]


def test_without_the_switch_the_people_are_a_target_of_their_own(
    nlp: Language, switches_off: None
) -> None:
    assert "people" in _targets(nlp, GOVERNMENT_AND_PEOPLE_OF, "Volodymyr Zelenskyy")


def test_two_parties_each_with_its_own_of_stay_two(nlp: Language) -> None:
    # constructed (no corpus sentence joins two parties so): each keeps its own "of"
    text = (
        "President Biden expressed his support for the government of Poland and the people of "
        "Ukraine."
    )
    targets = _targets(nlp, text, "Biden")
    assert "Poland" in targets
    assert len(targets) == 2
