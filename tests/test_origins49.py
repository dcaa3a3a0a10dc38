"""Round 41 (branch ``accuse49``, issue 12's accuse recall on wire copy, test40's class (A)):
a hostile fire or attack told by the side it came from.

- :data:`kg.extract.claims.content_culprits.ORIGIN_SIDES` (off: its bar failed on a held-out
  part; the tests switch it on): "the firing started on the <state's> side", "fire from the
  <state> <force> side", "being attacked from <people> across the border" charge that side's
  state, as "missiles fired from Armenia" charges Armenia.

Every text here is constructed, and says so: the corpus texts in no gold file (``corpus/*.jsonl``
less the URLs of the claims gold, its agreement and pool files and the allegations gold) hold
no hostile fire told by the side it came from (searched with regular expressions over every
corpus sentence: two hits, "shooting and explosions on the Uzbek side" and "reporting gunfire on
the Uzbek side of the frontier", both in a text of the allegations gold, and both places where
fire was heard, not where it came from: the negative below is written on their shape).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_culprits
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: the fire's start placed on a state's side by a verb of starting.
STARTED = "A border guard commander told reporters that the shelling started on the Armenian side."
#: Constructed: fire from a state's force's side, the "from" on the noun the fire qualifies.
FORCE_SIDE = (
    "A police spokesman said the raid was backed by a heavy volume of fire from the Azerbaijani "
    "army side."
)
#: Constructed: a passive attack from a people the gazetteer knows as a state.
#: (A bystander's account, "villagers say", charges no one: BYSTANDER_ACCOUNTS.)
PEOPLE = "Border guards say they are now being shelled from Armenians across the border."
#: Constructed: fire heard on a side, no verb of starting: a place, not an origin.
HEARD_ON = "A border guard commander told reporters there was gunfire on the Armenian side."
#: Constructed: a hypothetical attack from a side ("any"): no charge.
ANY_ATTACK = (
    "A border guard commander said his forces would answer any attack from the Armenian side."
)
#: Constructed: "both sides": no state named.
BOTH = "A border guard commander said the firing came from both sides of the river."


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)


@pytest.fixture
def origin_sides(monkeypatch: pytest.MonkeyPatch) -> None:
    """The switch on (it ships off)."""
    monkeypatch.setattr(content_culprits, "ORIGIN_SIDES", True)


def _charges(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(s, t) for _, s, t in stances_of(nlp, text) if s is Stance.ACCUSE]


@pytest.mark.parametrize(
    ("text", "side"),
    [(STARTED, "Armenian"), (FORCE_SIDE, "Azerbaijani"), (PEOPLE, "Armenians")],
)
@pytest.mark.usefixtures("origin_sides")
def test_fire_from_a_side_accuses_its_state(nlp: Language, text: str, side: str) -> None:
    assert _charges(nlp, text) == [(Stance.ACCUSE, [side])]


@pytest.mark.parametrize("text", [STARTED, FORCE_SIDE, PEOPLE])
def test_switch_off_reads_an_assertion(nlp: Language, text: str) -> None:
    assert not content_culprits.ORIGIN_SIDES  # shipped off (the bar, RESULTS round 41)
    assert _charges(nlp, text) == []


@pytest.mark.parametrize("text", [HEARD_ON, ANY_ATTACK, BOTH])
@pytest.mark.usefixtures("origin_sides")
def test_a_place_a_hypothesis_or_both_sides_charge_no_one(nlp: Language, text: str) -> None:
    assert _charges(nlp, text) == []
