"""Round 35's savings in extraction (branch ``speed36``), each checked against the
computation it replaced on real sentences (wire-style copy and official prose of older
tests, in no gold part) and on every short string of the characters that matter:

* :func:`kg.extract.hedges.find_quotes`: its marks found by one character class (a line
  break kept only before another), the opening single quotes by their own character with
  the look-behind tested apart (:func:`~kg.extract.hedges._single_quotes`);
* :func:`kg.extract.hedges.find_insertions` returning at once when no bracket is there;
* :func:`kg.extract.claims.spans._gap_after_speaker`: a gap holding a stop ruled out
  before :data:`~kg.extract.claims.base._GAP_AFTER_SPEAKER` is tried;
* :func:`kg.extract._index.span_text` and :func:`kg.extract.claims.rebukes._subtree_text`
  cut from the document's text, not joined from spaCy's tokens.
"""

from __future__ import annotations

import itertools
import re

from spacy.language import Language

from kg.extract._index import indexed, span_text
from kg.extract.claims.base import _GAP_AFTER_SPEAKER
from kg.extract.claims.rebukes import _subtree_text
from kg.extract.claims.spans import _gap_after_speaker
from kg.extract.hedges import _BRACKETED, _single_quotes, find_insertions, find_quotes
from kg.model import Span

TEXT = (
    "“We will not allow it,” the minister said on Monday. ‘Provocations’ must end, "
    'he added, calling the drills "reckless" and a [sic] ‘rehearsal for invasion’.\n\n'
    "Officials in Kabul did not comment on the incursion. Did the army really fire on "
    "the village? The Pentagon declined to comment on the report, which said X ‘may’ "
    "have acted.\n“We have nothing to do with that,” a spokesman told reporters."
)

#: The patterns of round 34, as they were.
_OLD_EVENTS = re.compile(r'\n(?=\n)|[“«„”»"]')
_OLD_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"]))‘(?=\w)")


def _old_find_quotes(text: str) -> tuple[Span, ...]:
    """Round 34's :func:`find_quotes`."""
    quotes: list[Span] = []
    opened: int | None = None
    for mark in _OLD_EVENTS.finditer(text):
        index, char = mark.start(), mark.group()
        if char == "\n":
            opened = None
        elif char in "“«„":
            opened = index
        elif char in "”»" or (char == '"' and opened is not None):
            if opened is not None:
                quotes.append(Span(opened, index + 1, text[opened : index + 1]))
                opened = None
        elif char == '"':
            opened = index
    found: list[Span] = []
    for match in _OLD_SINGLE.finditer(text) if "‘" in text else ():
        start = match.start()
        end = start + 1
        while end < len(text) and end - start < 120 and text[end] != "\n":
            if text[end] == "’" and not (end + 1 < len(text) and text[end + 1].isalpha()):
                if not any(q.start < start < q.end < end + 1 for q in quotes):
                    found.append(Span(start, end + 1, text[start : end + 1]))
                break
            end += 1
    quotes.extend(found)
    return tuple(sorted(quotes, key=lambda span: (span.start, -span.end)))


def _strings(alphabet: str, longest: int) -> list[str]:
    return [
        "".join(chars)
        for size in range(longest + 1)
        for chars in itertools.product(alphabet, repeat=size)
    ]


def test_quotes_as_before_on_text_and_on_every_short_string() -> None:
    assert find_quotes(TEXT) == _old_find_quotes(TEXT)
    assert len(find_quotes(TEXT)) >= 5
    for text in _strings('“”"‘’\n a(', 5):
        assert find_quotes(text) == _old_find_quotes(text), repr(text)
    for text in _strings("‘ a(\n“_", 5):
        found = [s.start for s in _single_quotes(text, [])]
        assert found == [
            m.start() for m in _OLD_SINGLE.finditer(text) if _closes(text, m.start())
        ], repr(text)


def _closes(text: str, start: int) -> bool:
    end = start + 1
    while end < len(text) and end - start < 120 and text[end] != "\n":
        if text[end] == "’" and not (end + 1 < len(text) and text[end + 1].isalpha()):
            return True
        end += 1
    return False


def test_insertions_as_before() -> None:
    for start, end in [(0, len(TEXT)), (60, 200), (0, 10), (150, 140), (-20, len(TEXT))]:
        before = tuple(
            Span(start + m.start(), start + m.end(), m.group())
            for m in _BRACKETED.finditer(TEXT[start:end])
        )
        assert find_insertions(TEXT, start, end) == before
    assert [s.text for s in find_insertions(TEXT, 0, len(TEXT))] == ["[sic]"]


def test_gap_after_speaker_as_the_pattern() -> None:
    for text in _strings(" ,:.“\n", 4) + [
        "said on Monday: ",
        " that ",
        " in a statement. ",
        "x" * 90,
    ]:
        for start, end in [(0, len(text)), (1, len(text)), (0, max(0, len(text) - 1))]:
            expected = _GAP_AFTER_SPEAKER.fullmatch(text[start:end]) is not None
            assert _gap_after_speaker(text, start, end) == expected, repr((text, start, end))


def test_span_texts_as_spacys(nlp: Language) -> None:
    doc = nlp(TEXT)
    with indexed(doc) as index:
        for sentence in index.sentences:
            assert span_text(sentence) == sentence.text
        for start in range(0, len(doc), 3):
            for end in range(start, min(len(doc), start + 12)):
                assert span_text(doc[start:end]) == doc[start:end].text
        for token in doc:
            clause = doc[token.left_edge.i : token.right_edge.i + 1]
            assert _subtree_text(token, index.text) == clause.text
    assert span_text(doc[2:9]) == doc[2:9].text  # outside an extraction: spaCy's own
