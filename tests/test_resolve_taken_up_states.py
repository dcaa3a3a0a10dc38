"""A hostile claim's target that takes up a state by a description of its place, not its
name (guide point 43): "blamed Russia's neighbor", "accuses its southern neighbor", a
threat's condition "if the island declares independence" -> the nearest state named before
(in the sentence or the one sentence before), never the claimer's side nor the neighbour's
owner; nothing when no such state is named, and nothing for a place ("the disputed island").

The sentences are our own, in the register of wire copy about disputes between states; none
is in the claims gold set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.resolve import ranked_targets
from tests.claim_helpers import resolved_names as resolved


def targets_of(found: set[tuple[str, str, tuple[str, ...]]], stance: str) -> set[str]:
    return {t for _, s, targets in found if s == stance for t in targets}


def test_an_owned_neighbor_is_the_other_state_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "Moscow cut gas deliveries to Ukraine on Monday. "
        "A Gazprom spokesman blamed Russia's neighbor for the shortages in Europe."
    )
    assert targets_of(resolved(nlp, text), "accuse") == {"Ukraine"}


def test_its_neighbor_is_not_the_accusers_own_state(nlp: Language) -> None:
    text = (
        "Sudan accused South Sudan of backing rebels in Darfur last week. "
        "Khartoum also accuses its southern neighbor of harboring the rebel leaders."
    )
    assert targets_of(resolved(nlp, text), "accuse") == {"South Sudan"}


def test_a_neighbor_with_no_other_state_named_has_no_target(nlp: Language) -> None:
    text = (
        "State television said on Tuesday that two tourists were wounded in the raid. "
        "Ethiopia often accuses its neighbor of arming the rebels."
    )
    assert targets_of(resolved(nlp, text), "accuse") == set()


def test_the_island_in_a_threats_condition_is_the_state_named_before(nlp: Language) -> None:
    text = (
        "China considers Taiwan a breakaway province and has threatened military action "
        "if the island declares formal independence."
    )
    found = resolved(nlp, text)
    assert ("China", "threaten", ("Taiwan",)) in found


def test_the_island_with_no_state_named_before_has_no_target(nlp: Language) -> None:
    text = "Beijing has threatened to use force if the island moves toward formal independence."
    assert targets_of(resolved(nlp, text), "threaten") == set()


def test_the_island_is_never_the_threateners_own_state(nlp: Language) -> None:
    text = (
        "Officials in Beijing met on Monday. "
        "China has threatened to use force if the island moves toward formal independence."
    )
    assert "China" not in targets_of(resolved(nlp, text), "threaten")


def test_a_described_island_is_a_place_not_a_state(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rule's own reading: the learned ranker (round 23), which may still aim the threat
    # at the state the sentence before names, is off here
    monkeypatch.setattr(ranked_targets, "ENABLED", False)
    text = (
        "Japan protested to South Korea on Friday. Tokyo threatened to recall its "
        "ambassador if the disputed island stays under the control of Seoul's police."
    )
    assert "South Korea" not in targets_of(resolved(nlp, text), "threaten")


# --- descriptions the guide keeps as the target: a counted group, the international community


def test_the_three_takes_up_people_counted_before(nlp: Language) -> None:
    text = (
        "Iraqi forces are still holding three Syrians detained last month near the border. "
        "Iraqi officials accuse the three of smuggling weapons to insurgents."
    )
    assert targets_of(resolved(nlp, text), "accuse") == {"three"}


def test_the_international_community_is_a_target(nlp: Language) -> None:
    text = (
        "Foreign Minister Ali Larijani accused the international community of double "
        "standards on nuclear weapons."
    )
    assert targets_of(resolved(nlp, text), "accuse") == {"international community"}


def test_a_count_of_things_is_no_target(nlp: Language) -> None:
    # "the two" after two sides agreeing is no accused group; and "the two of them" no bare count
    text = "The two sides met in Geneva on Monday. Officials said the two agreed to meet again."
    assert all(s == "assert" for _, s, _ in resolved(nlp, text))
