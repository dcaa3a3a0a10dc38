"""The claims scorer's name matching as the guide states it: a gazetteer actor by any of
its recorded names, and unnamed sources by the guide's description rule."""

from __future__ import annotations

from kg.evaluate.claims import (
    GoldClaim,
    SystemClaim,
    anonymous_by_guide,
    claimer_matches,
    name_matches,
    triple_scores,
)
from kg.model import Stance


def test_gazetteer_names_of_the_system_actor_match_the_gold_names() -> None:
    assert name_matches("United States Department of State", ("U.S. State Department",))
    assert name_matches("Myanmar", ("Burmese authorities", "Burma"))
    assert name_matches("United States Department of Defense", ("The Pentagon",))
    # capitals and demonyms are other things: they do not stand for the state's name
    assert not name_matches("Russia", ("Moscow",))
    assert not name_matches("Myanmar", ("Burmese",))
    # and the gold side's names are not widened: a name outside the gazetteer stays itself
    assert not name_matches("State Department", ("United States Department of Defense",))


def test_a_target_matches_by_its_gazetteer_alias_too() -> None:
    gold = GoldClaim(("Syria",), Stance.DENY, (("U.S. State Department",),), None)
    hit = SystemClaim("Syria", "state", Stance.DENY, ("United States Department of State",))
    assert triple_scores([((gold,), (hit,))]).f1 == 1.0


def test_plural_unnamed_officials_are_anonymous_by_the_guide() -> None:
    for name in (
        "Pakistani officials",
        "Embassy officials",
        "Afghan authorities",
        "medical officials at Walter Reed National Military Medical Center",
        "Human rights groups",
    ):
        assert anonymous_by_guide(GoldClaim((name,), Stance.ASSERT)), name
    for name in ("Kremlin spokespeople", "A senior British military official", "Sergei Lavrov"):
        assert not anonymous_by_guide(GoldClaim((name,), Stance.ASSERT)), name


def test_an_anonymous_system_claimer_matches_unflagged_plural_officials() -> None:
    gold = GoldClaim(("Pakistani officials", "Pakistan"), Stance.ACCUSE, (), "x")
    anonymous = SystemClaim("anonymous sources (Pakistan)", "anonymous", Stance.ACCUSE)
    person = SystemClaim("Imran Khan", "person", Stance.ACCUSE)
    assert claimer_matches(anonymous, gold)
    assert not claimer_matches(person, gold)
    # a named claimer is not matched by an anonymous source
    named = GoldClaim(("Charles Style", "A senior British military official"), Stance.ASSERT)
    assert not claimer_matches(SystemClaim("anonymous sources", "anonymous", Stance.ASSERT), named)
