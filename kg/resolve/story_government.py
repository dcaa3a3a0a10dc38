"""A bare "the government" in a news story is the story's government (round 39, alleg44).

:func:`kg.resolve.coref.antecedent` gives a description of a state ("the government", "the
regime") the nearest state named before it, within a few sentences.  In a news story that is
often the wrong one: a VOA story on Kenya's election crisis names the United States, Britain or
the African Union between its mentions of Kenya's government, and "The government says ..."
then speaks for whichever was named last.  With :data:`STORY_GOVERNMENT` on, in a text whose
outlet the gazetteer knows (the ``NEWS_PUBLISHER`` path), a bare "the government" (or "the
regime") is the story's government: the state the text's other mentions name most often as a
government's owner ("Kenya's government", "the Kenyan government", "the government in
Nairobi"), never the outlet's own state (VOA: the United States); with ``"dominant"``, when no
government's owner is named, the state the story's place and nationality mentions name most
(at least twice).  A story that names no such state keeps the nearest antecedent.

Measured in benchmarks/allegations/RESULTS.md, "Round 39, alleg44".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.model import ActorKind, Mention
from kg.resolve import coref
from kg.resolve.gazetteer import entries_by_id, lookup
from kg.resolve.names import Draft
from kg.resolve.voice import news_outlet

if TYPE_CHECKING:
    from kg.resolve.resolver import _Resolver

#: The switch.  ``None``: a bare "the government" is the nearest state named before it
#: (round 38).  ``"owner"``: in a known outlet's story, the state most named as a government's
#: owner in the text.  ``"dominant"``: as ``"owner"``, else the story's most named state.
STORY_GOVERNMENT: str | None = None

_BARE = frozenset({"the government", "the regime"})
_HEADS = frozenset({"government", "regime"})
#: "the government in Nairobi", "the regime in Harare": the place after a bare description.
_PLACED = re.compile(r"\s+(?:in|of)\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)")


def story_government(resolver: _Resolver, mention: Mention) -> str | None:
    """The state a bare "the government" of a known outlet's news story stands for (see the
    module's doc), or None (the switch off, not a bare description, not a news story, or no
    state the story names)."""
    if STORY_GOVERNMENT is None or mention.label != "NOMINAL" or mention.plural:
        return None
    if mention.span.text.lower() not in _BARE:
        return None
    article = resolver.extraction.article
    entry = news_outlet(article.outlet)
    if entry is None:
        return None
    own = entry.state
    state = _owner(resolver, mention, own)
    if state is None and STORY_GOVERNMENT == "dominant":
        state = _dominant(resolver, own)
    if state is None:
        return None
    found = entries_by_id().get(state)
    if found is None or found.kind != "state":
        return None
    draft = Draft(found.id, found.name, ActorKind.STATE, None, found.wikidata)
    return resolver.build(draft).id


def _owner(resolver: _Resolver, mention: Mention, own: str | None) -> str | None:
    """The state the text's other descriptions of a government name most (ties to the first
    named), not ``own``."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    text = resolver.extraction.article.text
    spans = {(mention.span.start, mention.span.end)}
    for other in (*resolver.extraction.mentions, *resolver.extraction.subjects):
        if (other.span.start, other.span.end) in spans:
            continue
        spans.add((other.span.start, other.span.end))
        if other.label != "NOMINAL" or other.plural or other.head.lower() not in _HEADS:
            continue
        if coref.not_the_states_own(other.span.text):
            continue
        state: str | None = None
        if other.span.text.lower() in _BARE:
            placed = _PLACED.match(text, other.span.end)
            if placed is not None:
                state = _state(placed.group(1))
        else:
            side = coref.described_side(other)
            state = side if side is not None and _is_state(side) else None
        if state is None or state == own:
            continue
        counts[state] += 1
        first.setdefault(state, other.span.start)
    if not counts:
        return None
    return min(counts, key=lambda s: (-counts[s], first[s]))


def _dominant(resolver: _Resolver, own: str | None) -> str | None:
    """The state the story's place and nationality mentions name most (at least twice; ties
    to the first named), not ``own``."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for other in resolver.extraction.mentions:
        if other.label not in ("GPE", "NORP"):
            continue
        state = _state(other.span.text)
        if state is None or state == own:
            continue
        counts[state] += 1
        first.setdefault(state, other.span.start)
    if not counts:
        return None
    best = min(counts, key=lambda s: (-counts[s], first[s]))
    return best if counts[best] >= 2 else None


def _state(text: str) -> str | None:
    entry = lookup(text)
    if entry is None:
        return None
    if entry.kind == "state":
        return entry.id
    return None


def _is_state(actor: str) -> bool:
    entry = entries_by_id().get(actor)
    return entry is not None and entry.kind == "state"
