"""The speaker's side for the threat rules when the speaker's own words name none (round
20, branch ``threat20``, issue 12).

A threat is the speaker's side announcing harm of its own; the threat rules ask whether the
doer of the harm ("Moscow would respond", "the United States will impose costs") is that side
(:func:`~kg.extract.claims.content_base._own_side`).  The side is read off the claimer's noun
phrase ("British Foreign Secretary William Hague" -> United Kingdom), so a speaker named by
the surname alone ("Hague said London would retaliate", the usual second mention in news
copy) has no side and the doer's name is no longer its own.  News copy introduces a
speaker once with a title and a nationality and names him by the surname after, so the side
of the earlier introduction stands for the later surname: :func:`introduced_sides`.

Only the threat rules read it (``speaker_side``, :data:`kg.extract.claims.RULES`): the charge
rules keep the speaker's own words, where "Hague said London ..." read as his own side would
change which contents charge and which do not."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract._index import remembered
from kg.extract.claims.base import _Context
from kg.extract.claims.content_base import _find_speaker_sides
from kg.model import Mention

#: How far back (in characters) an introduction of the speaker is looked for: the sentence
#: before and a little more (a gold item's context, a paragraph of news copy).
_REACH = 1500
#: Entity types a speaker's proper noun cannot be a person's name under.
_NO_PERSON = frozenset({"GPE", "NORP", "LOC", "DATE", "FAC"})


def _name_token(doc: Doc, start: int, end: int) -> Token | None:
    """The last proper noun of the claimer span ("Hague" of "William Hague", of "Hague"),
    or None when the claimer names no one by a proper noun or names a place or a people (the
    small model tags a bare surname as an organisation as often as as a person: the earlier
    introduction, below, must be a person's)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    names = [t for t in span if t.pos_ == "PROPN" and t.ent_type_ not in _NO_PERSON]
    return names[-1] if names else None


def _introduction_phrase(token: Token) -> tuple[int, int]:
    """The character bounds of the noun phrase an earlier mention of the name heads, up the
    chain of name parts ("William" -> "Hague") and appositions are left out: "British Foreign
    Secretary William Hague"."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head is not head:
        head = head.head
    words = [t for t in head.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")]
    left = min(t.i for t in words)
    right = max(t.i for t in words)
    doc = token.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _described_token(doc: Doc, start: int, end: int) -> Token | None:
    """The head noun of a claimer that is a description of an official or a body ("the
    spokesman", "the ministry", "the defense minister"), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    return root if root.pos_ == "NOUN" else None


def _find_introduced_sides(doc: Doc, start: int, end: int) -> frozenset[str]:
    name = _name_token(doc, start, end)
    described = _described_token(doc, start, end) if name is None else None
    anchor = name or described
    if anchor is None:
        return frozenset()
    floor = max(0, start - _REACH)
    for token in reversed(doc[: anchor.i]):
        if token.idx < floor:
            break
        if token.idx >= start:
            continue
        if name is not None and (token.text != name.text or token.ent_type_ != "PERSON"):
            continue
        if described is not None and (
            token.pos_ != "NOUN" or token.lemma_.lower() != described.lemma_.lower()
        ):
            continue  # "Chinese Foreign Ministry spokesman Geng Shuang" for "the spokesman"
        left, right = _introduction_phrase(token)
        found = _find_speaker_sides(doc, left, right)
        if found:
            return found
    return frozenset()


def introduced_sides(claimer: Mention | None, context: _Context) -> set[str]:
    """The side of the speaker's earlier introduction in the document when the claimer's own
    words name no side: a personal name ("Hague", after "British Foreign Secretary William
    Hague") or a description by the same head noun ("the spokesman", after "Chinese Foreign
    Ministry spokesman Geng Shuang"); empty otherwise."""
    if claimer is None:
        return set()
    doc = context.doc
    bounds = (claimer.span.start, claimer.span.end)
    return set(remembered(doc, ("introduced_sides", *bounds), _find_introduced_sides, doc, *bounds))


def threat_sides(
    claimer: Mention | None, context: _Context, sides: Callable[[], set[str]]
) -> Callable[[], set[str]]:
    """The speaker's side for the threat rules: the claimer's own words' side, else (with
    ``speaker_side`` on) the side of the speaker's earlier introduction."""
    if "speaker_side" not in context.rules:
        return sides
    known: list[set[str]] = []

    def found() -> set[str]:
        if not known:
            own = sides()
            known.append(own if own else introduced_sides(claimer, context))
        return known[0]

    return found
