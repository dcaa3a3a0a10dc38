"""Round 25 (issue 12, branch ``speakers25``): who speaks and whom a mutual charge is aimed at.

- ``NAMED_IN_SPEECH`` (:mod:`kg.resolve.speakers`): a "he"/"she" claimer is no person its
  own content names (a pronoun does not corefer with a name it c-commands);
- ``MUTUAL_PLURALS`` (:mod:`kg.resolve.plurals`): "the countries", "the governments",
  "the nations" and a bare "each" blaming one another are the two parties named as a pair;
  a target "one" is "one another" parsed apart (:mod:`kg.resolve.targets`).

The checks read the helpers on names and phrases, not news sentences: no sentence here is
a claim of any gold part (``tests/test_tests_sources.py``).
"""

from __future__ import annotations

from kg.model import Mention, Span
from kg.resolve import plurals
from kg.resolve.speakers import _uses_name
from kg.resolve.targets import _is_other_side


def test_a_person_is_named_by_the_last_word_of_a_name() -> None:
    # the Sudanese leaders of voanews.com's 2011-2014 border stories
    assert _uses_name("Mr. Kiir's government will never back rebels", "Salva Kiir")
    assert _uses_name("that Bashir had ordered the bombing", "President Omar Bashir")


def test_a_name_inside_another_word_or_uncapitalised_is_not_used() -> None:
    assert not _uses_name("the Kiiris were displaced", "Salva Kiir")
    assert not _uses_name("the kiir river", "Salva Kiir")
    assert not _uses_name("Al said so", "Al")  # too short to tell


def test_the_plural_of_a_pair_and_a_bare_each_are_reciprocal() -> None:
    for words in ("The countries", "the governments", "The nations", "each", "Each"):
        found = plurals._RECIPROCAL.fullmatch(words)
        assert found is not None and found.lastindex is not None and found.lastindex >= 7
    assert plurals._RECIPROCAL.fullmatch("the countries of the region") is None


def test_one_another_parsed_apart_is_the_other_side() -> None:
    one = Mention(Span(30, 33, "one"), "NOMINAL", 0, head="one")
    assert _is_other_side(one)
    other = Mention(Span(30, 44, "one of the men"), "NOMINAL", 0, head="one")
    assert not _is_other_side(other)


def test_a_dash_the_tagger_took_in_is_no_part_of_a_name() -> None:
    from kg.resolve.names import bare_name

    assert bare_name("Lam Akol -") == "Lam Akol"  # Sudan's foreign minister, 2005-2007
    assert bare_name("Al-Shabab") == "Al-Shabab"
