"""Round 21 (issue 12, branch ``factacts21``): a weapon fired is a hostile act when its aim is
someone's, told through the weapon rather than the verb
(:data:`kg.extract.claims.content_acts.FIRED_ACTS`): missiles fired "against" a side or
"targeting" a city, a missile fired "to destroy" a museum, a torpedo "that triggered" a
blast, rounds "that landed near" troops.  A weapon fired "at" or "into" a side or a town
was read before.  The sentences are President of Ukraine news pages in ``corpus/``
(president.gov.ua, CC BY 4.0) and a VOA story (public domain), in no gold or agreement part;
the source is beside each."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from spacy.language import Language
from spacy.tokens import Token

from kg.extract.claims import content_acts
from kg.extract.claims.content_acts import _perpetrates

#: (sentence, the firing verb) read as a hostile act with FIRED_ACTS on, not with it off.
FIRED = [
    # https://www.president.gov.ua/en/news/zlo-povertayetsya-koli-znevazhayut-prava-lyudej-zakon-i-rujn-74881
    (
        "Last night, the Russian army fired a missile to destroy the Hryhorii Skovoroda "
        "Museum in the Kharkiv region.",
        "fired",
    ),
]

#: Firings read as hostile before round 21 too: the aim hangs on the verb.
AIMED = [
    # https://www.president.gov.ua/en/news/mi-vzhe-dosyagli-strategichnogo-perelomu-i-jdemo-do-nashoyi-73493
    ("They fired rockets at Lutsk and Ivano-Frankivsk.", "fired"),
    # VOA, 2004-09-30, as carried at http://www.somethingjewish.co.uk/articles/1204_gaza_rocket__kills_c.htm
    (
        "A short while later, witnesses said an Israeli helicopter fired missiles into a "
        "Palestinian refugee camp in Gaza, killing one man and wounding at least three other "
        "people.",
        "fired",
    ),
]


@contextmanager
def fired_acts(on: bool) -> Iterator[None]:
    saved = content_acts.FIRED_ACTS
    content_acts.FIRED_ACTS = on
    try:
        yield
    finally:
        content_acts.FIRED_ACTS = saved


def verb_of(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word"), FIRED)
def test_a_weapon_aimed_through_the_weapon_is_a_hostile_act(
    nlp: Language, text: str, word: str
) -> None:
    verb = verb_of(nlp, text, word)
    with fired_acts(True):
        assert _perpetrates(verb)
    with fired_acts(False):
        assert not _perpetrates(verb)


@pytest.mark.parametrize(("text", "word"), AIMED)
def test_a_weapon_aimed_by_the_verb_stays_a_hostile_act(
    nlp: Language, text: str, word: str
) -> None:
    verb = verb_of(nlp, text, word)
    for on in (True, False):
        with fired_acts(on):
            assert _perpetrates(verb)


def test_a_program_launched_is_no_firing(nlp: Language) -> None:
    # https://www.president.gov.ua/en/news/volodimir-zelenskij-na-urochistostyah-do-dnya-zsu-v-harkovi-71897
    text = "A comprehensive missile program was also launched for the first time."
    with fired_acts(True):
        assert not _perpetrates(verb_of(nlp, text, "launched"))
