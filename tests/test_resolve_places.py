"""``kg.resolve.places`` and ``kg.resolve.summaries.PLACES`` (round 33, alleg34, issue 13): a
name the tagger typed a person or an organisation that its document shows to be a place is
no accused in the corpus merge.

The sentences are from President of Ukraine addresses of the dispute corpus
(``corpus/president-of-ukraine-russia-ukraine.jsonl``), in documents of the allegations
development parts, none of them in a gold or agreement part; the word cues' cases
(``test_the_words_around_a_mention``) are short constructed examples of each cue, as the
module's doctests are.
"""

from __future__ import annotations

from functools import cache

import pytest

from kg.model import ActorKind, DocumentGraph
from kg.pipeline import analyse
from kg.resolve.places import is_body, place_actors, placed_mention
from kg.resolve.summaries import _can_be_accused

# the tagger types "Bucha" an organisation; "the city of" makes it a place
CITY_OF = "Everyone saw the horrors that took place in the city of Bucha."
# a list of towns, two typed persons and two organisations, one tagged a place, one not
# tagged at all ("Trostyanets")
TOWNS = "Sumy, Trostyanets, Krasnopillya, Irpin, Bucha, Hostomel, Izyum."


@cache
def graph(text: str) -> DocumentGraph:
    return analyse(text)


def _actors(text: str) -> dict[str, ActorKind]:
    return {actor.id: actor.kind for actor in graph(text).actors}


def test_a_town_after_the_city_of_is_a_place() -> None:
    assert _actors(CITY_OF)["bucha"] is not ActorKind.OTHER  # the tagger's organisation
    document = graph(CITY_OF)
    assert place_actors(document, {a.id: a for a in document.actors}) == {"bucha"}


def test_the_towns_of_a_list_are_places() -> None:
    kinds = _actors(TOWNS)
    typed = {a for a, kind in kinds.items() if kind in (ActorKind.PERSON, ActorKind.ORGANISATION)}
    assert {"bucha", "hostomel", "irpin"} <= typed  # the tagger's persons and organisations
    document = graph(TOWNS)
    assert place_actors(document, {a.id: a for a in document.actors}) == typed


def test_a_place_is_no_actor_that_can_be_accused() -> None:
    document = graph(CITY_OF)
    actors = {a.id: a for a in document.actors}
    assert _can_be_accused("bucha", actors)
    assert not _can_be_accused("bucha", actors, place_actors(document, actors))


@pytest.mark.parametrize(
    ("text", "name", "kind", "placed"),
    [
        (CITY_OF, "Bucha", ActorKind.ORGANISATION, True),
        # a hashtag names a topic, not a doer
        ("The #MaduroCrisis must end.", "MaduroCrisis", ActorKind.PERSON, True),
        # "in" before a name typed an organisation is membership, not a place
        ("Ukraine wants to be in NATO.", "NATO", ActorKind.ORGANISATION, False),
        ("Ukraine wants to be in Hostomel.", "Hostomel", ActorKind.PERSON, True),
        # a name that modifies a noun after "in the" is no place
        ("He held a position in the Conti ransomware group.", "Conti", ActorKind.PERSON, False),
        ("He was in Putin's office.", "Putin", ActorKind.PERSON, False),
    ],
)
def test_the_words_around_a_mention(text: str, name: str, kind: ActorKind, placed: bool) -> None:
    start = text.index(name)
    assert placed_mention(text, start, start + len(name), kind) is placed


def test_a_body_is_never_a_place() -> None:
    assert is_body("Donetsk People's Republic")
    assert not is_body("Hostomel")
