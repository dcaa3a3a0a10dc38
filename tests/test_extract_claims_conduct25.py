"""Round 25 (conduct25, issue 12): charges told through a finding (``evidence_frame``,
:mod:`kg.extract.claims.content_evidence`), a line of conduct called unlawful or hostile by
its qualifier (``adopted_conduct``, :mod:`kg.extract.claims.content_adopted`) and denials by
negated content with no denial word (``disowned_conduct``,
:mod:`kg.extract.claims.content_disowned`).  Real sentences in no gold part, from the
corpus's official texts (``corpus/``) and VOA copy, each with its source beside it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.content_adopted import _qualified
from kg.extract.claims.base import _main_verbs
from kg.extract.claims.content_disowned import _disowned, disowning_subject
from kg.extract.claims.content_evidence import framed_clause

# https://www.president.gov.ua/en/news/ye-bezlich-dokaziv-sho-same-rosijski-vijska-znishuyut-mirni-74089
AMPLE = (
    "There is ample evidence that it is Russian troops who destroy peaceful cities, abduct, "
    "torture, kill civilians."
)
# https://voa.pangea-cms.com/preview/en-US/a/un-observers-tremseh-hama/1404682.html (VOA)
SIGNS = (
    "United Nations observers investigating a deadly attack on a Syrian village say they have "
    "found signs that the assault targeted the homes of specific opponents of the regime."
)
# http://en.kremlin.ru/events/president/news/67123
EXERCISES = (
    "Importantly, our Western partners are exacerbating the situation by supplying Kiev with "
    "modern lethal weapons, conducting provocative military exercises in the Black Sea and "
    "other regions close to our borders."
)
# http://en.kremlin.ru/events/president/news/67809
INVADE = (
    "Alexander Lukashenko: Mr Putin, we did not invade Ukraine, and the poor things are so "
    "upset, they are looking for a new pretext to push Ukraine into some sort of provocations."
)
# http://en.kremlin.ru/events/president/news/67843
IRAQ = (
    "It later turned out that all of that was a fake and a sham, and that Iraq did not have "
    "any chemical weapons."
)
# http://en.kremlin.ru/events/president/news/67913
PROOF = "We have proof of that."


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.lower_ == word)


def test_the_families_are_registered_and_on() -> None:
    families = {"evidence_frame", "adopted_conduct", "disowned_conduct"}
    assert families <= set(RULES)
    assert not families & OPTIONAL


def test_there_is_evidence_that_frames_its_clause(nlp: Language) -> None:
    doc = nlp(AMPLE)
    clause = framed_clause(_main_verbs(doc[:]))
    assert clause is not None and clause.text.startswith("it is Russian troops who destroy")


def test_signs_found_frame_their_clause(nlp: Language) -> None:
    found = _word(nlp, SIGNS, "found")
    clause = framed_clause([found])
    assert clause is not None and clause.text.startswith("the assault targeted")


def test_evidence_with_no_clause_frames_nothing(nlp: Language) -> None:
    doc = nlp(PROOF)
    assert framed_clause(_main_verbs(doc[:])) is None


def test_a_provocative_exercise_is_a_line_called_a_wrong(nlp: Language) -> None:
    assert _qualified(_word(nlp, EXERCISES, "exercises"))


def test_lethal_weapons_are_no_line_called_a_wrong(nlp: Language) -> None:
    assert not _qualified(_word(nlp, EXERCISES, "weapons"))


def test_our_invasion_negated_is_disowned(nlp: Language) -> None:
    invade = _word(nlp, INVADE, "invade")
    assert _disowned(invade)
    assert disowning_subject([invade], lambda: {"BLR"})


def test_another_sides_weapons_negated_are_not_the_speakers_denial(nlp: Language) -> None:
    have = _word(nlp, IRAQ, "have")
    assert _disowned(have)  # a charge negated ...
    assert not disowning_subject([have], lambda: {"RUS"})  # ... of Iraq, not of the speaker
