"""Names of actors: which named mentions of one document are the same actor.

Rules, applied in order to a named mention (PERSON, ORG, GPE, NORP, LOC, FAC):

1. the gazetteer (not for PERSON): "Moscow", "the Kremlin", "Russian" -> Russia;
   "the Washington Post" -> The Washington Post;
2. an acronym defined in brackets or matching the initials of an organisation of the
   document ("Internet Research Agency (IRA)" ... "the IRA") -> that organisation;
3. a surname alone ("Trump", even when spaCy calls it ORG) -> the unique full name of
   the document ending in it ("Donald Trump"), else the unique one the registry knows;
4. a shorter organisation name that ends a longer one ("Cyber Command") -> the longer one;
5. otherwise the name itself (without "the" and possessive) is the actor.

>>> drafts = name_actors([("PERSON", "Donald Trump", 0), ("ORG", "Trump", 40)], "")
>>> drafts[1].id
'donald-trump'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.model import ActorKind
from kg.resolve.gazetteer import GazetteerEntry, lookup, normalise, slugify

#: Last words of the names of news outlets not in the gazetteer.
OUTLET_WORDS = frozenset(
    {
        "News",
        "Times",
        "Post",
        "Journal",
        "Gazette",
        "Herald",
        "Tribune",
        "Telegraph",
        "Daily",
        "Radio",
        "TV",
        "Television",
        "Broadcasting",
        "Press",
        "Pravda",
        "Izvestia",
        "Chronicle",
    }
)
MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le"})
ENTRY_KINDS = {
    "state": ActorKind.STATE,
    "organisation": ActorKind.ORGANISATION,
    "outlet": ActorKind.OUTLET,
    "place": ActorKind.OTHER,
}


@dataclass(frozen=True)
class Draft:
    """What a named mention resolves to, before aliases and roles are gathered."""

    id: str
    name: str
    kind: ActorKind
    affiliation: str | None = None
    wikidata: str | None = None


def bare_name(text: str) -> str:
    """The name without a leading "the", a possessive or "himself": "the US'" -> "US"."""
    text = " ".join(text.replace("\u2019", "'").split())
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:himself|herself|itself|themselves)$", "", text)
    return re.sub(r"(?:'s|')$", "", text).strip()


def initials(name: str) -> str:
    """Capital initials of a multi-word name: "Internet Research Agency" -> "IRA"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in MINOR_WORDS]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def from_entry(entry: GazetteerEntry) -> Draft:
    """The actor a gazetteer entry stands for."""
    return Draft(entry.id, entry.name, ENTRY_KINDS[entry.kind], entry.state, entry.wikidata)


def state_of(name: str) -> str | None:
    """The state a name starts with: "Russian Foreign Ministry" -> "russia"."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            entry = lookup(" ".join(words[:size]))
            if entry is not None and entry.kind == "state" and entry.via != "capital":
                return entry.id
    return None


def _organisation(name: str) -> Draft:
    kind = ActorKind.OUTLET if name.split()[-1] in OUTLET_WORDS else ActorKind.ORGANISATION
    return Draft(slugify(name), name, kind, state_of(name))


def name_actors(
    mentions: Sequence[tuple[str, str, int]],
    text: str,
    known_person: Callable[[str], str | None] = lambda name: None,
    known_alias: Callable[[str], Draft | None] = lambda name: None,
) -> list[Draft | None]:
    """A :class:`Draft` for each named mention ``(label, surface, end offset)`` of a document.

    ``text`` is the article text (for acronyms in brackets right after a name);
    ``known_person(surname)`` and ``known_alias(surface)`` ask the registry about names
    seen in earlier documents.
    """
    persons = sorted(
        {bare_name(s) for label, s, _ in mentions if label == "PERSON" and " " in bare_name(s)}
    )
    orgs = sorted({bare_name(s) for label, s, _ in mentions if label in ("ORG", "FAC")})
    defined: dict[str, str] = {}  # acronym -> long name, from "Long Name (LN)"
    for label, surface, end in mentions:
        found = re.match(r"\s*\(([A-Z][A-Za-z.]{1,9})\)", text[end : end + 14])
        if label in ("ORG", "FAC") and found and is_acronym(found.group(1)):
            defined.setdefault(found.group(1), bare_name(surface))
    by_initials: dict[str, list[str]] = {}
    for org in orgs:
        by_initials.setdefault(initials(org), []).append(org)
    by_initials.pop("", None)

    def organisation(name: str) -> Draft:
        entry = lookup(name)
        return from_entry(entry) if entry is not None else _organisation(name)

    def person(name: str) -> Draft:
        words = name.split()
        if len(words) == 1:
            fuller = [p for p in persons if p.split()[-1] == name]
            if len(fuller) == 1:
                return Draft(slugify(fuller[0]), fuller[0], ActorKind.PERSON)
            known = known_person(name)
            if known is not None and not fuller:
                return Draft(known, known, ActorKind.PERSON)
        else:
            longer = [p for p in persons if len(p.split()) > len(words) and p.endswith(" " + name)]
            if len(longer) == 1:
                return Draft(slugify(longer[0]), longer[0], ActorKind.PERSON)
        return Draft(slugify(name), name, ActorKind.PERSON)

    drafts: list[Draft | None] = []
    for label, surface, _end in mentions:
        name = bare_name(surface)
        if not name or not any(c.isalpha() for c in name):
            drafts.append(None)
            continue
        if label == "PERSON":
            drafts.append(person(name))
            continue
        entry = lookup(name)
        if entry is not None and not (label == "NORP" and entry.kind != "state"):
            drafts.append(from_entry(entry))
            continue
        if label in ("ORG", "FAC") and len(name.split()) == 1:
            # a surname that spaCy tagged ORG ("Trump himself")
            if any(p.split()[-1] == name for p in persons) or (
                not is_acronym(name) and lookup(name) is None and known_person(name)
            ):
                drafts.append(person(name))
                continue
            long_name = defined.get(name) or (
                by_initials[name][0] if len(by_initials.get(name, [])) == 1 else None
            )
            if long_name is not None:
                drafts.append(organisation(long_name))
                continue
        if label in ("ORG", "FAC"):
            longer = [o for o in orgs if o != name and o.endswith(" " + name)]
            if len(longer) == 1 and len(name.split()) > 1:
                drafts.append(organisation(longer[0]))
                continue
            drafts.append(known_alias(normalise(name)) or organisation(name))
        elif label == "NORP":
            drafts.append(Draft(slugify(name), name, ActorKind.GROUP))
        else:
            drafts.append(Draft(slugify(name), name, ActorKind.OTHER, state_of(name)))
    return drafts
