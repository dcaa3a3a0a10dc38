"""Round 40, third wave (issue 12, branch ``charges48``): charges announced with measures.

The speaker's own charge told in its own words ("We have charged X with treason") is its
``accuse`` of the named one charged (``kg.extract.claims.content_charged.OWN_CHARGES``); a step an
official text's issuer took "in response to" a party's conduct is its ``assert``, and its
``accuse`` of the conduct's owner when one is named (``kg.extract.claims.designation.
TAKEN_ACTIONS``).

Each test sets its switch on and off to show both readings.  All sentences are constructed, and
marked so: every corpus text with either construction is in a gold part (the one quoted charge,
"We have charged ... with treason", is in the allegations gold; the four State Department
releases with this construction are in the claims or the
allegations gold), so none can be quoted here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import content_charged, designation
from kg.model import DocumentGraph, Stance
from tests.claim_helpers import assert_in_no_gold_part, official_graph, resolved

STATE = "U.S. Department of State"

# Constructed: the speaker's own charge in a quote, a named suspect and an unnamed group.
OWN_CHARGE = (
    '"We have charged Amos Banda and two others with sedition," the police spokesman '
    "Moses Phiri told reporters."
)
UNNAMED_CHARGED = (
    '"We have arrested four men on charges of sedition," the police spokesman Moses Phiri '
    "told reporters."
)
# Constructed: the charge told in the passive, its actor not named: the switch leaves it to the
# rules it went to before.
PASSIVE_CHARGE = (
    '"Amos Banda has been charged with sedition," the police spokesman Moses Phiri said.'
)
# Constructed: the issuer's step taken in response to a named party's conduct, and one with no
# grounds (no measure announced).
TAKEN_FOR_CONDUCT = (
    "Today we have taken these measures in response to Iran’s continued attacks on commercial "
    "shipping in the Gulf."
)
TAKEN_TO_HELP = "We have taken these steps to help the people of Sudan."
# Constructed: the owner of the grounds named only as "these individuals", the parties the
# sentence before designated.
DESIGNATED_BEFORE = "The Department of State has designated Ivan Petrov and Marko Jovic."
TAKEN_FOR_THESE = (
    "Today we have taken these measures in response to these individuals’ roles in acts of "
    "significant corruption."
)


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (content_charged.OWN_CHARGES, designation.TAKEN_ACTIONS, designation.TAKEN_PARTIES)
    yield
    (content_charged.OWN_CHARGES, designation.TAKEN_ACTIONS, designation.TAKEN_PARTIES) = saved


def _measures(graph: DocumentGraph) -> list[tuple[str, str, list[str]]]:
    names = {actor.id: actor.name for actor in graph.actors}
    return sorted(
        (names[c.claimer], c.claim.stance.value, sorted(names[t] for t in c.targets))
        for c in graph.claims
        if "announced_measure" in c.claim.rule.split("+")
    )


def _spokesman(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    """The spokesman's claims (his name resolves to "Phiri" or "Moses Phiri")."""
    return [(s, t) for c, s, t in resolved(nlp, text) if c.endswith("Phiri")]


def test_the_speakers_own_charge_accuses_the_one_charged(nlp: Language, restore: None) -> None:
    content_charged.OWN_CHARGES = True
    assert (Stance.ACCUSE, ["Amos Banda"]) in _spokesman(nlp, OWN_CHARGE)
    content_charged.OWN_CHARGES = False
    assert Stance.ACCUSE not in [s for s, _ in _spokesman(nlp, OWN_CHARGE)]


def test_an_unnamed_group_accuses_nobody(nlp: Language, restore: None) -> None:
    content_charged.OWN_CHARGES = True
    assert Stance.ACCUSE not in [s for s, _ in _spokesman(nlp, UNNAMED_CHARGED)]


def test_a_passive_charge_is_left_as_it_was(nlp: Language, restore: None) -> None:
    content_charged.OWN_CHARGES = True
    switched_on = _spokesman(nlp, PASSIVE_CHARGE)
    content_charged.OWN_CHARGES = False
    assert _spokesman(nlp, PASSIVE_CHARGE) == switched_on


def test_a_step_taken_in_response_to_conduct_is_assert_and_accuse(
    nlp: Language, restore: None
) -> None:
    designation.TAKEN_ACTIONS = True
    assert _measures(official_graph(nlp, TAKEN_FOR_CONDUCT, STATE)) == [
        ("United States", "accuse", ["Iran"]),
        ("United States", "assert", []),
    ]
    designation.TAKEN_ACTIONS = False
    assert _measures(official_graph(nlp, TAKEN_FOR_CONDUCT, STATE)) == []


def test_a_step_taken_with_no_grounds_is_no_measure(nlp: Language, restore: None) -> None:
    designation.TAKEN_ACTIONS = True
    assert _measures(official_graph(nlp, TAKEN_TO_HELP, STATE)) == []


def test_these_individuals_are_the_parties_designated_before(nlp: Language, restore: None) -> None:
    designation.TAKEN_ACTIONS = designation.TAKEN_PARTIES = True
    text = f"{DESIGNATED_BEFORE} {TAKEN_FOR_THESE}"
    accused = [t for c, s, t in _measures(official_graph(nlp, text, STATE)) if s == "accuse"]
    assert accused == [["Ivan Petrov", "Marko Jovic"]]
    designation.TAKEN_PARTIES = False
    accused = [t for c, s, t in _measures(official_graph(nlp, text, STATE)) if s == "accuse"]
    assert accused == []


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 7)
