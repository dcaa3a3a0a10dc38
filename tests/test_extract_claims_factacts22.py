"""Round 22 (issue 12, branch ``factacts22``): hostile acts a speaker tells as fact, read
more widely (:data:`kg.extract.claims.content_acts.ACTS_TOLD`): resorting to a hostile act,
acts counted, fire across a border, troops sent into a state.  The sentences are a Kremlin
news page in ``corpus/`` (en.kremlin.ru, CC BY 4.0) and a VOA story (public domain), in no
gold or agreement part; the source is beside each."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.tokens import Token

from kg.extract.claims import content_acts
from kg.extract.claims.content_acts import _perpetrates


@contextmanager
def acts_told(on: bool) -> Iterator[None]:
    saved = content_acts.ACTS_TOLD
    content_acts.ACTS_TOLD = on
    try:
        yield
    finally:
        content_acts.ACTS_TOLD = saved


def verb_of(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def test_resorting_to_violence_is_a_hostile_act(nlp: Language) -> None:
    # http://en.kremlin.ru/events/president/news/67936 (corpus/kremlin-russia-ukraine.jsonl)
    text = (
        "However, Ukrainian nationalist battalions prevented this by resorting to violence "
        "against civilians and various provocations."
    )
    verb = verb_of(nlp, text, "resorting")
    with acts_told(True):
        assert _perpetrates(verb)
    with acts_told(False):
        assert not _perpetrates(verb)


def test_troops_sent_into_a_region_are_a_hostile_act(nlp: Language) -> None:
    # VOA, 2008-08-08, "Russian Troops Enter Georgia as Conflict Over Breakaway Region Flares
    # Up", https://www.voanews.com/a/a-13-2008-08-08-voa10/402042.html
    text = (
        "Russia's Defense Ministry says it sent troops into South Ossetia to back up the "
        "peacekeepers in the region and Georgian officials charge Russian tanks have entered "
        "the area."
    )
    verb = verb_of(nlp, text, "sent")
    with acts_told(True):
        assert _perpetrates(verb)
    with acts_told(False):
        assert not _perpetrates(verb)


def test_the_new_readings_are_on_by_default() -> None:
    assert content_acts.ACTS_TOLD
    assert content_acts.ANTECEDENT_DOERS
    # FIRED_ACTS went back off in round 22 (reopt22): it costs held-out blind17 on the corpus
    assert not content_acts.FIRED_ACTS
