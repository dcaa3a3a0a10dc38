"""Round 28's savings in extraction (branch ``speed29``), each the same answers as before:
:func:`~kg.extract.claims.targets_names.actor_mention` made once per token and context, the
act tests of :mod:`~kg.extract.claims.content_acts` answered once per verb and document,
the "so-called" hedge searched only where "called" is, and the criticism and approval readers
of :func:`~kg.extract.claims.content._read_stance` left out for a caller that keeps neither
(the author's voice).  Sentences of the Kremlin transcripts in ``corpus/``, in no gold part."""

from __future__ import annotations

import re
import sys

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract._index import indexed
from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.base import _Context
from kg.extract.claims.content import _read_stance
from kg.extract.claims.content_acts import (
    _finds_hostility,
    _finds_perpetration,
    _hostile,
    _perpetrates,
)
from kg.extract.claims.targets_names import _actor_mention, actor_mention
from kg.extract.hedges import find_hedges, find_quotes
from kg.extract.mentions import extract_mentions
from kg.model import Span, Stance
from tests.claim_helpers import assert_in_no_gold_part

# kremlin.ru transcripts (corpus/kremlin-russia-ukraine.jsonl, kremlin-belarus.jsonl,
# kremlin-armenia-azerbaijan.jsonl)
UNACCEPTABLE = (
    "This is totally unacceptable, particularly now, after Ukraine's current authorities have "
    "declared their nuclear ambitions."
)
INVADED = "We believe Azerbaijani troops have invaded Armenia's sovereign territory."
SO_CALLED = (
    "Despite the so-called external pressure, our economic relations are growing successfully."
)
SUPPORTING = (
    "This is how it was in the 1990s and the early 2000s, when the so-called collective West was "
    "actively supporting separatism and gangs of mercenaries in southern Russia."
)
ATTACKED = "They attacked Donetsk directly with tanks and bombed its squares from aircraft."


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=2)


def _context(doc: Doc) -> _Context:
    mentions = tuple(sorted(extract_mentions(doc), key=lambda m: (m.span.start, -m.span.end)))
    quotes = find_quotes(doc.text)
    return _Context(
        doc,
        doc.text,
        mentions,
        quotes,
        tuple(q.start for q in quotes),
        tuple(m.span.start for m in mentions),
        RULES - OPTIONAL,
    )


def _whole(text: str) -> Span:
    end = len(text.rstrip("."))
    return Span(0, end, text[:end])


def test_without_lesser_stances_a_criticism_is_not_read(nlp: Language) -> None:
    doc = nlp(UNACCEPTABLE)
    with indexed(doc):
        context = _context(doc)
        assert _read_stance(_whole(UNACCEPTABLE), (), context)[0] is Stance.CRITICIZE
        assert _read_stance(_whole(UNACCEPTABLE), (), context, lesser=False) == (
            Stance.ASSERT,
            (),
            False,
        )


def test_without_lesser_stances_a_charge_is_still_read(nlp: Language) -> None:
    doc = nlp(INVADED)
    with indexed(doc):
        context = _context(doc)
        read = _read_stance(_whole(INVADED), (), context)
        assert read[0] is Stance.ACCUSE
        assert [t.span.text for t in read[1]] == ["Azerbaijani"]
        assert _read_stance(_whole(INVADED), (), context, lesser=False) == read


def test_an_actor_mention_is_made_once_per_token_and_context(nlp: Language) -> None:
    doc = nlp(SUPPORTING)
    with indexed(doc):
        context = _context(doc)
        nouns = [t for t in doc if t.pos_ in ("PROPN", "NOUN", "PRON")]
        assert nouns
        for token in nouns:
            first = actor_mention(token, context)
            assert first == _actor_mention(token, context)
            assert actor_mention(token, context) is first  # from the context's store
        assert set(context.actors) == {t.i for t in nouns}
        other = _context(doc)  # a new context starts empty
        assert not other.actors


def test_the_act_tests_answer_as_before_once_per_verb(nlp: Language) -> None:
    doc = nlp(ATTACKED)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    expected = [(_finds_hostility(v), _finds_perpetration(v)) for v in verbs]
    assert [v.text for v, (hostile, _) in zip(verbs, expected, strict=True) if hostile] == [
        "attacked",
        "bombed",
    ]
    assert [(_hostile(v), _perpetrates(v)) for v in verbs] == expected  # no index: computed
    with indexed(doc) as index:
        assert [(_hostile(v), _perpetrates(v)) for v in verbs] == expected
        assert {("hostile", v.i) for v in verbs} <= set(index.answers)
        assert [(_hostile(v), _perpetrates(v)) for v in verbs] == expected


def test_so_called_is_found_in_any_case_and_hyphen(nlp: Language) -> None:
    for text in (SO_CALLED, SO_CALLED.replace("so-called", "So\u2010Called")):
        doc = nlp(text)
        hedges = find_hedges(doc, 0, len(text), find_quotes(text), text)
        assert [h.text.lower() for h in hedges] == [
            "so\u2010called" if "\u2010" in text else "so-called"
        ]
    doc = nlp(ATTACKED)
    assert find_hedges(doc, 0, len(ATTACKED), (), ATTACKED) == ()


def test_no_other_character_is_one_of_the_letters_of_called() -> None:
    """The pre-test on "called" is safe: no character beyond ASCII lower-cases to, or matches
    case-insensitively, a letter of it."""
    others = "".join(chr(point) for point in range(128, sys.maxunicode + 1))
    assert not set(others.lower()) & set("called")
    assert re.search("[called]", others, re.IGNORECASE) is None
