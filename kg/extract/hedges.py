"""Marks of distance in a text: quotations, hedges and editorial insertions.

An outlet that writes "a so-called troll farm", "[alleged] interference" or puts a
word in 'scare quotes' keeps its distance from what it relays; a bracket inside a
quotation is the outlet's own words put in a speaker's mouth.  These functions find
such marks as character spans, true to the text, so a claim can carry them.

>>> text = 'He said: “The IRA [, a so-called troll farm] is offline.”'
>>> [text[q.start:q.end] for q in find_quotes(text)]
['“The IRA [, a so-called troll farm] is offline.”']
>>> [s.text for s in find_insertions(text, 0, len(text))]
['[, a so-called troll farm]']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract._index import expanded_span, index_for
from kg.extract.cues import words
from kg.model import Span

#: Words that hedge what follows them ("alleged interference", "reportedly hacked").
HEDGE_WORDS: frozenset[str] = words(
    "alleged allegedly reportedly purported purportedly supposed supposedly "
    "ostensibly apparently presumably self-proclaimed self-styled would-be"
)

#: Past participles that hedge only as adjectives: "the claimed attack", "the suspected hacker".
HEDGE_PARTICIPLES: frozenset[str] = words("claimed suspected rumoured rumored")

#: A scare quote is a quoted stretch of at most this many words.
MAX_SCARE_QUOTE_WORDS = 3

_OPENING_DOUBLE = "“«„"
_CLOSING_DOUBLE = "”»"
_SO_CALLED = re.compile(r"\bso[-\u2010\u2011 ]called\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")
#: An opening single quotation mark before a word (:func:`_single_quotes`), and what may
#: stand before it (or the text's start): the look-behind of the pattern before round 35,
#: ``(?:(?<=^)|(?<=[\s(\[“"]))‘(?=\w)``, tested apart.
_OPENING_SINGLE = re.compile(r"‘(?=\w)")
_BEFORE_SINGLE = re.compile(r"[\s(\[“\"]")
#: What :func:`find_quotes` reacts to: double quotation marks and paragraph breaks.
#: One character class (the search's fast path): a line break counts only before another,
#: which :func:`find_quotes` tests (round 35; the pattern was ``\n(?=\n)|[“«„”»"]``).
_QUOTE_EVENTS = re.compile('[\n“«„”»"]')


def find_quotes(text: str) -> tuple[Span, ...]:
    """Quotations in ``text`` as spans *including* their marks, in text order.

    Curly, straight and guillemet double quotes may be mixed (“...") as careless
    copy often does; a paragraph break ends an unclosed quotation.  Single curly
    quotes (‘...’) count only when they close within the paragraph and are not an
    elision ("shut ‘em down").
    """
    quotes: list[Span] = []
    opened: int | None = None
    for mark in _QUOTE_EVENTS.finditer(text):  # only these characters change anything
        index, char = mark.start(), mark.group()
        if char == "\n":  # a paragraph break (a line break before another line break)
            if text.startswith("\n", index + 1):
                opened = None
        elif char in _OPENING_DOUBLE:
            opened = index
        elif char in _CLOSING_DOUBLE or (char == '"' and opened is not None):
            if opened is not None:
                quotes.append(Span(opened, index + 1, text[opened : index + 1]))
                opened = None
        elif char == '"':
            opened = index
    quotes.extend(_single_quotes(text, quotes))
    return tuple(sorted(quotes, key=lambda span: (span.start, -span.end)))


def _single_quotes(text: str, doubles: list[Span]) -> list[Span]:
    """‘...’ pairs: ‘ after a space or bracket, ’ before a non-letter, same paragraph."""
    found: list[Span] = []
    if "‘" not in text:
        return found  # most texts: no scan for the pattern below at every character
    # the marks found by their literal character (the scan of round 34 and before tried
    # the pattern, which starts with a look-behind, at every character); the look-behind
    # tested on each: the text's start or, before the mark, a space, bracket or quote
    for match in _OPENING_SINGLE.finditer(text):
        start = match.start()
        if start and _BEFORE_SINGLE.match(text, start - 1) is None:
            continue
        end = start + 1
        while end < len(text) and end - start < 120 and text[end] != "\n":
            if text[end] == "’" and not (end + 1 < len(text) and text[end + 1].isalpha()):
                span = Span(start, end + 1, text[start : end + 1])
                if not any(q.start < start < q.end < end + 1 for q in doubles):
                    found.append(span)
                break
            end += 1
    return found


def inner(quote: Span, text: str) -> Span:
    """The words of a quotation without its marks and trailing punctuation ('down,')."""
    start, end = quote.start + 1, quote.end - 1
    while end > start and text[end - 1] in ",.;: \u00a0\t\n":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end, text[start:end])


def find_insertions(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Square-bracketed editorial insertions between ``start`` and ``end``."""
    if text.find("[", start, end) < 0:
        return ()  # most contents: no bracket, no slice of the text and no scan (round 35)
    return tuple(
        Span(start + m.start(), start + m.end(), m.group())
        for m in _BRACKETED.finditer(text[start:end])
    )


def find_hedges(
    doc: Doc, start: int, end: int, quotes: tuple[Span, ...] = (), text: str | None = None
) -> tuple[Span, ...]:
    """Hedges between character offsets ``start`` and ``end`` of ``doc``, in text order.

    Hedge words ("alleged", "reportedly", "so-called"), participles used as
    adjectives ("the claimed attack") and scare quotes: a quotation in ``quotes`` of
    at most :data:`MAX_SCARE_QUOTE_WORDS` words that modifies a noun phrase instead
    of reporting what someone said.  Pass ``text`` (``doc.text``) when calling often:
    spaCy rebuilds ``doc.text`` on every access.
    """
    text = doc.text if text is None else text
    content = text[start:end]
    # "so-called" needs "called" (no other letter lower-cases to one of its letters): the
    # pattern, which can start at any word boundary, is searched only then (round 28)
    hedges = (
        [Span(start + m.start(), start + m.end(), m.group()) for m in _SO_CALLED.finditer(content)]
        if "called" in content.lower()
        else []
    )
    span = expanded_span(doc, start, end)  # the claim's content, read by the rules before
    index = index_for(doc)  # test each word on the index; build only the hedges' Tokens
    words = index.lowers[span.start : span.end] if span is not None else ()
    hedged = not (HEDGE_WORDS.isdisjoint(words) and HEDGE_PARTICIPLES.isdisjoint(words))
    for i in range(span.start, span.end) if span is not None and hedged else ():
        word = index.lowers[i]
        if word in HEDGE_WORDS or (word in HEDGE_PARTICIPLES and index.deps[i] == "amod"):
            token = doc[i]
            hedges.append(Span(token.idx, token.idx + len(token.text), token.text))
    hedges.extend(q for q in quotes if start <= q.start and q.end <= end and _is_scare(doc, q))
    unique = {(h.start, h.end): h for h in hedges}
    return tuple(unique[key] for key in sorted(unique))


def _is_scare(doc: Doc, quote: Span) -> bool:
    """A short quotation inside a noun phrase: 'a “peace” plan', 'the so-called “referendum”'."""
    quoted_words = quote.text.strip('“”"‘’«» ').split()
    if not quoted_words or len(quoted_words) > MAX_SCARE_QUOTE_WORDS:
        return False
    span = doc.char_span(quote.start + 1, quote.end - 1, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and (before.lower_ in {"as", ":"} or before.pos_ == "VERB"):
        return False  # "described it as “absurd”": the speaker's own words, not distance
    root = span.root
    return root.pos_ in {"NOUN", "PROPN", "ADJ"} and root.dep_ not in {"ROOT", "acomp", "attr"}
