"""Names the tagger typed a person or an organisation that the document shows to be a place
or a hashtag (round 33, alleg34, issue 13).

The small English model tags towns, squares and hashtags as PERSON or ORG: "Lyman, Popasna,
Severodonetsk, Slovyansk - the occupiers want to destroy everything there" (a President of
Ukraine address), "Tiananmen Square", "#MaduroCrisis".  When such a name is a charge's target,
the corpus merge reads it as the accused, a side of its own that blocks the charge from every
allegation of the act's doer (benchmarks/allegations/RESULTS.md, round 32, alleg33: ``lyman``,
``bucha``, ``madurocrisis`` and ``tiananmen-square`` hold most of the development parts'
``accused:differs`` split pairs after the content gates).

:func:`place_actors` reads the document's own evidence, the words around each mention of
the actor (``kg/data/place_cues.tsv``): a locative preposition before it ("near Lyman",
"in Bucha" for a name typed a person), a place noun before "of" it ("the town of Bucha") or
after it ("the Bucha district"), a place noun as its last word ("Tiananmen Square"), a
mention the tagger typed a place elsewhere in the document, or a "#" before it.  An actor
that speaks in the document, holds a role, belongs to a side (an affiliation) or is known to
the gazetteer is never one: a person "in" a sentence is rarer than a town, but a speaker is
a doer whatever the words around it.  The merge (:mod:`kg.resolve.summaries`) reads such an
actor as a place, not as an accused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources

from kg.model import Actor, ActorKind, DocumentGraph, Mention

#: Labels of a mention the tagger typed a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Kinds of actor this module may find to be places: those the tagger's PERSON and ORG make.
_TYPED = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION})
#: A possessive after a mention: "in Putin's war" is no place.
_POSSESSIVE = re.compile(r"['’]s?\b")
#: The word before a mention, "the" between allowed ("near the Lyman"), and the noun before
#: "of" ("the town of Bucha").
_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:the\s+)?$", re.IGNORECASE)
_BEFORE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: The word right after a mention.
_AFTER = re.compile(r"\s+([A-Za-z]+)")
#: How far around a mention the cues are read.
_REACH = 40


@cache
def place_cues() -> Mapping[str, frozenset[str]]:
    """``kg/data/place_cues.tsv``: where a cue stands -> its words.

    >>> sorted(place_cues())
    ['after', 'before', 'before-of', 'before-person', 'head']
    >>> "town" in place_cues()["before-of"], "in" in place_cues()["before"]
    (True, False)
    """
    source = resources.files("kg").joinpath("data", "place_cues.tsv")
    found: dict[str, set[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            where, word = line.split("\t")[:2]
            found.setdefault(where.strip(), set()).add(word.strip().lower())
    return {where: frozenset(words) for where, words in found.items()}


def placed_mention(text: str, start: int, end: int, kind: ActorKind) -> bool:
    """Whether the words around the mention ``text[start:end]`` make it a place or a
    hashtag (the cues of :func:`place_cues`).

    >>> text = "Russian troops shelled the town of Bucha and Lyman region overnight."
    >>> at = text.index("Bucha")
    >>> placed_mention(text, at, at + 5, ActorKind.PERSON)
    True
    >>> at = text.index("Lyman")
    >>> placed_mention(text, at, at + 5, ActorKind.ORGANISATION)
    True
    >>> text = "He voiced confidence in Zelensky's team."
    >>> at = text.index("Zelensky")
    >>> placed_mention(text, at, at + 8, ActorKind.PERSON)
    False
    """
    if text[start : start + 1] == "#" or text[max(0, start - 1) : start] == "#":
        return True  # a hashtag names a topic, not a doer
    cues = place_cues()
    name = text[start:end].split()
    if name and name[-1].lower() in cues.get("head", frozenset()):
        return True
    if _POSSESSIVE.match(text, end):
        return False
    before = text[max(0, start - _REACH) : start]
    word = _BEFORE.search(before)
    if word is not None:
        lower = word.group(1).lower()
        if lower in cues.get("before", frozenset()):
            return True
        if kind is ActorKind.PERSON and lower in cues.get("before-person", frozenset()):
            return True
    noun = _BEFORE_OF.search(before)
    if noun is not None and noun.group(1).lower() in cues.get("before-of", frozenset()):
        return True
    after = _AFTER.match(text, end)
    return after is not None and after.group(1).lower() in cues.get("after", frozenset())


def place_actors(document: DocumentGraph, actors: Mapping[str, Actor]) -> frozenset[str]:
    """The actors of ``document`` typed a person or an organisation that its words show to
    be a place or a hashtag (:func:`placed_mention`, or a mention typed a place), and that
    never speak in it, hold no role or affiliation, and are unknown to the gazetteer."""
    text = document.article.text
    speakers = {claim.claimer for claim in document.claims}
    ordered = sorted(document.mentions, key=lambda item: (item[0].span.start, item[0].span.end))
    found: set[str] = set()
    refuted: set[str] = set()
    for number, (mention, actor_id) in enumerate(ordered):
        actor = actors.get(actor_id)
        if actor is None or actor.kind not in _TYPED or actor_id in found | refuted:
            continue
        if actor_id in speakers or actor.affiliation or actor.roles or actor.wikidata:
            refuted.add(actor_id)
            continue
        if (
            mention.label in PLACE_LABELS
            or placed_mention(text, mention.span.start, mention.span.end, actor.kind)
            or _listed_with_place(text, ordered, number, actors, found)
        ):
            found.add(actor_id)
    grown = True
    while grown:  # "Lyman, Popasna and Severodonetsk": a list of places is one
        grown = False
        for number, (_, actor_id) in enumerate(ordered):
            actor = actors.get(actor_id)
            if actor is None or actor.kind not in _TYPED or actor_id in found | refuted:
                continue
            if _listed_with_place(text, ordered, number, actors, found):
                found.add(actor_id)
                grown = True
    return frozenset(found)


#: What stands between two names of one list: "Lyman, Popasna", "Irpin and Bucha".
_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s*")


def _listed_with_place(
    text: str,
    ordered: list[tuple[Mention, str]],
    number: int,
    actors: Mapping[str, Actor],
    found: set[str],
) -> bool:
    """Whether the mention ``ordered[number]`` is listed next to a place the tagger typed
    one, that is no state ("Lyman, Popasna, Severodonetsk, Slovyansk": towns, not the
    states a list of doers names: "Russia, Iran and Assad"), or one of ``found``."""
    mention = ordered[number][0]
    for other in (number - 1, number + 1):
        if not 0 <= other < len(ordered):
            continue
        neighbour, neighbour_id = ordered[other]
        known = actors.get(neighbour_id)
        place = known is not None and known.kind is ActorKind.OTHER
        if not (place and neighbour.label in PLACE_LABELS) and neighbour_id not in found:
            continue
        start, end = sorted((mention.span, neighbour.span), key=lambda s: s.start)
        if _LISTED.fullmatch(text[start.end : end.start]):
            return True
    return False
