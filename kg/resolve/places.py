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
#: Labels of a mention that names (the others are pronouns, descriptions, groups).
_NAMED = frozenset({"PERSON", "ORG"}) | PLACE_LABELS
#: Words after "in the X" that leave X a place ("in the Sahel, where ..."); another lower-case
#: word makes X a modifier of a noun ("in the Conti ransomware variant").
_FOLLOWING = frozenset(
    ["and", "or", "where", "which", "that", "of", "in", "on", "to", "from", "with", "since",
     "after", "before", "is", "was", "has", "have", "had", "were", "are", "as", "at", "by",
     "for", "amid", "during"]
)  # fmt: skip
#: Whether an actor most of whose named mentions the tagger typed a place is one.
BY_LABEL = True
#: Fewest places the tagger typed (or found) a list must name for its other one-word names to be
#: places too.
LIST_PLACES = 1


@cache
def place_cues() -> Mapping[str, frozenset[str]]:
    """``kg/data/place_cues.tsv``: where a cue stands -> its words.

    >>> sorted(place_cues())
    ['after', 'before', 'before-of', 'before-person', 'body', 'head']
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
    if _POSSESSIVE.match(text, end) or _POSSESSIVE.search(text[start:end][-2:]):
        return False  # "in Putin's war", "those in al-Jamal's network"
    after = _AFTER.match(text, end)
    following = after.group(1) if after is not None else ""
    if following.lower() in cues.get("after", frozenset()):
        return True
    before = text[max(0, start - _REACH) : start]
    word = _BEFORE.search(before)
    if word is not None and not (
        word.group(0).lower().rstrip().endswith(" the")
        and following.islower()
        and following not in _FOLLOWING
    ):
        lower = word.group(1).lower()
        if lower in cues.get("before", frozenset()):
            return True
        if kind is ActorKind.PERSON and lower in cues.get("before-person", frozenset()):
            return True
    noun = _BEFORE_OF.search(before)
    return noun is not None and noun.group(1).lower() in cues.get("before-of", frozenset())


def is_body(name: str) -> bool:
    """Whether a name holds a word of a body that acts (``body`` rows of
    :func:`place_cues`): such a name is never a place.

    >>> is_body("Donetsk People's Republic"), is_body("Biden-Harris Administration")
    (True, True)
    >>> is_body("Lyman")
    False
    """
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
    return not words.isdisjoint(place_cues().get("body", frozenset()))


def place_actors(document: DocumentGraph, actors: Mapping[str, Actor]) -> frozenset[str]:
    """The actors of ``document`` typed a person or an organisation that its words show to
    be a place or a hashtag: a mention with a place's cues (:func:`placed_mention`), most of
    its named mentions typed a place by the tagger, or a one-word name in a list of one-word
    names that holds at least :data:`LIST_PLACES` places ("Lyman, Popasna, Severodonetsk,
    Slovyansk").  Never
    one that speaks in the document, belongs to a side (an affiliation), holds an office
    (a role), is known to the gazetteer or names a body (:func:`is_body`)."""
    text = document.article.text
    speakers = {claim.claimer for claim in document.claims}
    ordered = sorted(
        ((m, a) for m, a in document.mentions if m.label in _NAMED),
        key=lambda item: (item[0].span.start, item[0].span.end),
    )
    candidates = {
        actor_id
        for _, actor_id in ordered
        if (actor := actors.get(actor_id)) is not None
        and actor.kind in _TYPED
        and actor_id not in speakers
        and not actor.affiliation
        and not actor.wikidata
        and not any(_office(role) for role in actor.roles)
        and not is_body(actor.name)
    }
    found: set[str] = set()
    labels: dict[str, list[bool]] = {}
    for mention, actor_id in ordered:
        if actor_id not in candidates:
            continue
        labels.setdefault(actor_id, []).append(mention.label in PLACE_LABELS)
        if placed_mention(text, mention.span.start, mention.span.end, actors[actor_id].kind):
            found.add(actor_id)
    if BY_LABEL:
        found |= {a for a, placed in labels.items() if 2 * sum(placed) > len(placed)}
    for members in _lists(text, ordered):
        places = {a for a in members if a in found or _tagged_place(actors.get(a))}
        # a list of towns, some typed persons or organisations: every other member a
        # one-word name ("Popasna, Bakhmut, Lyman, Lysychansk"), not a list of people named
        # in full ("in Crimea, Artur Shambazov and Andrey Tishenin")
        towns = {a for a in members - places if a in candidates and _one_word(actors[a])}
        if len(places) >= LIST_PLACES and places | towns == members:
            found |= towns
    return frozenset(found)


def _one_word(actor: Actor) -> bool:
    return len(actor.name.split()) == 1


def _tagged_place(actor: Actor | None) -> bool:
    """Whether a named actor is a place the resolver typed one (no state, person or body)."""
    return actor is not None and actor.kind is ActorKind.OTHER


def _office(role: str) -> bool:
    """Whether a mention's role names an office ("Foreign Minister", "spokesman"), not a
    plural the parse hung on a name ("Lyman, Popasna ... - the occupiers")."""
    return not (role.islower() and role.endswith("s"))


#: What stands between two names of one list: "Lyman, Popasna", "Irpin and Bucha".
#: A name the tagger left out may stand between ("Sumy, Trostyanets, Krasnopillya").
_LISTED = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*)*\s*(?:,|,?\s+and|,?\s+or)\s*")


def _lists(text: str, ordered: list[tuple[Mention, str]]) -> list[set[str]]:
    """The lists of names in ``ordered`` (mentions in text order): runs of three or more
    joined by commas and a last "and" or "or", each as its actors."""
    found: list[set[str]] = []
    run: list[str] = []
    previous: Mention | None = None
    for mention, actor_id in ordered:
        if previous is not None and _LISTED.fullmatch(text[previous.span.end : mention.span.start]):
            run.append(actor_id)
        else:
            if len(run) >= 3:
                found.append(set(run))
            run = [actor_id]
        previous = mention
    if len(run) >= 3:
        found.append(set(run))
    return found
