"""Allegations: the accusations and denials of one document grouped by proposition.

Claims are read in text order:

* an ACCUSE claim joins the allegation whose content overlaps its own most (Jaccard of
  content words above :data:`OVERLAP`), else opens a new one (accused = its targets);
* a DENY claim joins the best-overlapping allegation too; when its content only
  points back ("the accusations", "the US' claims", or no content at all: "something
  that X denied") it joins the latest allegation in which the denier, or the state the
  denier belongs to, is accused, else the allegation nearest in the text;
* a denial with content of its own and nothing to join opens an allegation in which
  the denier is the accused.

>>> sorted(content_words("Russia used cyberattacks to sway the elections"))
['cyberattack', 'election', 'russia', 'sway', 'used']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kg.model import Actor, Allegation, ResolvedClaim, Stance

#: Minimum Jaccard overlap of content words for two claims to be about one proposition.
OVERLAP = 0.3

#: Nouns with which a content refers to an allegation instead of stating it.
REFERENCE_NOUNS = frozenset(
    [
        "accusation",
        "allegation",
        "claim",
        "charge",
        "report",
        "assertion",
        "suggestion",
        "insinuation",
        "statement",
        "speculation",
        "rumor",
        "rumour",
        "story",
    ]
)

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "into",
        "about",
        "over",
        "after",
        "before",
        "than",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "nor",
        "so",
        "such",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "own",
        "same",
        "very",
        "just",
        "also",
        "again",
        "too",
        "only",
        "then",
        "once",
        "here",
        "now",
        "time",
        "said",
        "says",
        "say",
    ]
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """Lower-cased, crudely stemmed content words of a text."""
    words = re.findall(r"[^\W\d_]+|\d+", text.lower())
    return frozenset(_stem(w) for w in words if w not in STOPWORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def is_reference(text: str | None) -> bool:
    """The content points back to an allegation instead of stating one."""
    if not text:
        return True
    return bool(content_words(text) & ({_stem(n) for n in REFERENCE_NOUNS} | REFERENCE_NOUNS))


@dataclass
class _Open:
    id: str
    summary: str
    accused: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    from_accusation: bool = False


def group_allegations(
    document_id: str,
    claims: Sequence[ResolvedClaim],
    actors: Mapping[str, Actor],
    sentence_texts: Sequence[str] = (),
) -> tuple[tuple[Allegation, ...], dict[str, str]]:
    """The allegations of one document and, for each grouped claim id, its allegation id."""
    groups: list[_Open] = []
    member: dict[str, str] = {}
    ordered = sorted(claims, key=lambda c: (c.claim.cue.start, c.claim.claimer.span.start))
    for resolved in ordered:
        claim = resolved.claim
        if claim.negated or claim.stance not in (Stance.ACCUSE, Stance.DENY):
            continue
        text = claim.content.text if claim.content else None
        words = content_words(text) if text else frozenset()
        best = max(groups, key=lambda g: jaccard(words, frozenset(g.words)), default=None)
        overlap = jaccard(words, frozenset(best.words)) if best is not None else 0.0
        target: _Open | None = best if overlap >= OVERLAP else None
        if target is None and claim.stance is Stance.DENY and groups and is_reference(text):
            target = _disputed(resolved, groups, actors)
        position = claim.cue.start
        if target is None:
            summary = text or (
                sentence_texts[claim.sentence] if claim.sentence < len(sentence_texts) else ""
            )
            target = _Open(f"{document_id}-a{position}", summary.strip())
            groups.append(target)
        accused = resolved.targets if claim.stance is Stance.ACCUSE else ()
        if claim.stance is Stance.DENY and not target.accused:
            accused = (resolved.claimer,)
        if claim.stance is Stance.ACCUSE and text and not target.from_accusation:
            target.summary, target.from_accusation = text.strip(), True
        target.accused += [a for a in accused if a not in target.accused]
        target.claims.append(resolved.id)
        target.words |= words
        target.positions.append(position)
        member[resolved.id] = target.id
    allegations = tuple(
        Allegation(g.id, g.summary, tuple(sorted(g.accused)), tuple(g.claims)) for g in groups
    )
    return allegations, member


def _disputed(
    resolved: ResolvedClaim, groups: Sequence[_Open], actors: Mapping[str, Actor]
) -> _Open:
    """The allegation a reference-only denial disputes."""
    denier = actors.get(resolved.claimer)
    parties = {resolved.claimer}
    if denier is not None and denier.affiliation:
        parties.add(denier.affiliation)
    position = resolved.claim.cue.start
    concerned = [g for g in groups if parties & set(g.accused)]
    if concerned:
        return max(concerned, key=lambda g: max(g.positions))
    return min(groups, key=lambda g: min(abs(position - p) for p in g.positions))
