"""Gazetteer of states, capitals, seats of government, organisations and news outlets.

The data lives in ``kg/data/gazetteer.json`` (data, not code).  Two uses:

* :func:`lookup` maps a surface form to its canonical entry, so that "Moscow", "the
  Kremlin", "Russian" and "Russia's" all reach the state Russia (metonymy), and "U.S.",
  "the United States" and "America" reach the United States;
* :func:`entity_patterns` gives spaCy EntityRuler patterns that correct the labels of
  the small English model (it tags "Kyiv" and "Zaporizhzhia" as PERSON).

The metonymy rule: a capital city or a seat that names a state's government as a whole
("the Kremlin", "Zhongnanhai") stands for the state; an office of a head of state or
government ("the White House", "Downing Street", "the Pentagon") stays an organisation
whose ``state`` is the state it belongs to.

>>> lookup("the Kremlin").id, lookup("U.S.").id, lookup("Russian").via
('russia', 'united-states', 'demonym')
>>> lookup("The White House").kind, lookup("The White House").state
('organisation', 'united-states')
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "GazetteerEntry",
    "entity_patterns",
    "entries",
    "lookup",
    "normalise",
    "slugify",
]

#: Label of each entry kind in the EntityRuler patterns.
PATTERN_LABELS = {"state": "GPE", "place": "GPE", "seat": "ORG", "organisation": "ORG"}


@dataclass(frozen=True)
class GazetteerEntry:
    """What a surface form refers to.

    ``id`` is the actor id of the referent (the state for a capital or demonym);
    ``state`` is the id of the state an organisation, office or place belongs to;
    ``via`` tells how the surface matched: name, alias, demonym, capital, seat or place.
    """

    id: str
    name: str
    kind: str  # "state", "organisation", "outlet" or "place"
    wikidata: str | None = None
    state: str | None = None
    via: str = "name"


def _fold_char(char: str) -> str:
    """Latin letters lose their accents ("é" -> "e"); other scripts are kept as they are."""
    base = unicodedata.normalize("NFKD", char)[0]
    return base if base.isascii() and not char.isascii() else char


def fold_accents(text: str) -> str:
    """``text`` with Latin diacritics removed, Cyrillic, Greek, CJK ... untouched."""
    return "".join(_fold_char(char) for char in unicodedata.normalize("NFC", text))


def slugify(name: str) -> str:
    """A stable, URL-friendly id: lower case, words joined by "-", a leading "the" dropped.

    Unicode letters of non-Latin scripts are kept (the rdf stage percent-encodes them).

    >>> slugify("The Washington Post"), slugify("Élysée Palace"), slugify("Сергей Лавров")
    ('washington-post', 'elysee-palace', 'сергей-лавров')
    """
    words = re.findall(r"[^\W_]+", fold_accents(name).casefold())
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "-".join(words) or "unnamed"


def normalise(surface: str) -> str:
    """The lookup key of a surface form: no "the", no possessive, no dots, no accents.

    >>> normalise("the U.S.'"), normalise("Russia’s"), normalise("the  Élysée")
    ('US', 'Russia', 'Elysee')
    """
    text = unicodedata.normalize("NFKC", surface).replace("\u2019", "'").replace("\u2018", "'")
    text = " ".join(text.split()).strip(' ,;:!?"()[]')
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:'s|')$", "", text)
    text = text.replace(".", "")
    return fold_accents(" ".join(text.split()))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    source = resources.files("kg").joinpath("data", "gazetteer.json")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def _surfaces() -> list[tuple[str, GazetteerEntry, str]]:
    """(surface, entry, pattern kind) for every form in the data, strongest forms first."""
    data = _data()
    states = {state["name"]: slugify(state["name"]) for state in data["states"]}
    names: list[tuple[str, GazetteerEntry, str]] = []
    seats: list[tuple[str, GazetteerEntry, str]] = []
    weak: list[tuple[str, GazetteerEntry, str]] = []
    for state in data["states"]:
        base = GazetteerEntry(slugify(state["name"]), state["name"], "state", state.get("wikidata"))
        for alias in [state["name"], *state.get("aliases", [])]:
            via = "name" if alias == state["name"] else "alias"
            names.append((alias, _with(base, via), "state"))
        seats += [(seat, _with(base, "seat"), "seat") for seat in state.get("seats", [])]
        seats += [(city, _with(base, "capital"), "state") for city in state.get("capitals", [])]
        weak += [(adj, _with(base, "demonym"), "") for adj in state.get("demonyms", [])]
    for org in data["organisations"]:
        entry = GazetteerEntry(
            slugify(org["name"]),
            org["name"],
            org["kind"],
            org.get("wikidata"),
            states.get(org.get("state", "")),
        )
        for alias in [org["name"], *org.get("aliases", [])]:
            via = "name" if alias == org["name"] else "alias"
            names.append((alias, _with(entry, via), "organisation"))
    for place in data["places"]:
        entry = GazetteerEntry(
            slugify(place["name"]), place["name"], "place", None, states.get(place["state"])
        )
        for alias in [place["name"], *place.get("aliases", [])]:
            weak.append((alias, _with(entry, "place"), "place"))
    return names + seats + weak


def _with(entry: GazetteerEntry, via: str) -> GazetteerEntry:
    return GazetteerEntry(entry.id, entry.name, entry.kind, entry.wikidata, entry.state, via)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, GazetteerEntry], dict[str, GazetteerEntry]]:
    exact: dict[str, GazetteerEntry] = {}
    folded: dict[str, GazetteerEntry] = {}
    for surface, entry, _kind in _surfaces():
        key = normalise(surface)
        exact.setdefault(key, entry)
        folded.setdefault(key.casefold(), entry)
    return exact, folded


def lookup(surface: str) -> GazetteerEntry | None:
    """The entry a surface form names, or None.

    Case matters only to keep common words out ("us" is not the US): a form written
    all in lower case must match exactly; otherwise "RUSSIA" finds Russia too.

    >>> lookup("Kyiv").name, lookup("Kiev").via, lookup("the newspaper") is None
    ('Ukraine', 'capital', True)
    """
    key = normalise(surface)
    if not key:
        return None
    exact, folded = _index()
    if key in exact:
        return exact[key]
    if key != key.lower():
        return folded.get(key.casefold())
    return None


def entries() -> tuple[GazetteerEntry, ...]:
    """Every canonical entry (states, organisations, outlets, places), sorted by id."""
    seen: dict[str, GazetteerEntry] = {}
    for _surface, entry, _kind in _surfaces():
        if entry.via in ("name", "place") and entry.name == _surface:
            seen.setdefault(entry.id, entry)
    return tuple(sorted(seen.values(), key=lambda entry: entry.id))


# --- EntityRuler patterns -------------------------------------------------------------

#: Token extensions the patterns use so that a gazetteer name never cuts a longer entity
#: in two ("Moscow" in "Moscow State University", "US" in "US Cyber Command").
STARTS_ENTITY = "kg_starts_entity"
ENDS_ENTITY = "kg_ends_entity"


def _starts_entity(token: Any) -> bool:
    """The token is outside any entity, starts one, or follows a leading "the" of one."""
    if token.ent_iob_ != "I":
        return True
    previous = token.doc[token.i - 1]
    return bool(previous.ent_iob_ == "B" and previous.lower_ == "the")


def _ends_entity(token: Any) -> bool:
    """The token is outside any entity or ends the entity it is in."""
    if token.ent_iob_ not in ("B", "I") or token.i + 1 == len(token.doc):
        return True
    return bool(token.doc[token.i + 1].ent_iob_ != "I")


def register_token_extensions() -> None:
    """Register the token attributes the patterns test (idempotent)."""
    from spacy.tokens import Token

    for name, getter in ((STARTS_ENTITY, _starts_entity), (ENDS_ENTITY, _ends_entity)):
        if not Token.has_extension(name):
            Token.set_extension(name, getter=getter)


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def entity_patterns() -> list[dict[str, object]]:
    """spaCy EntityRuler patterns for the gazetteer's states, capitals, places and organisations.

    Case-sensitive token patterns (ORTH), multi-token where needed.  A pattern matches
    only where it does not cut a longer entity of spaCy's NER in two; ambiguous names
    ("Washington", "Jordan", "Georgia") never overwrite a PERSON.  Capitals and places
    are GPE, seats and organisations ORG.
    """
    register_token_extensions()
    data = _data()
    ambiguous = set(data["ambiguous"])
    skipped = set(data["unpatterned"])
    tokenizer = _tokenizer()
    patterns: dict[tuple[str, ...], dict[str, object]] = {}
    for surface, entry, kind in _surfaces():
        if not kind or surface in skipped:
            continue
        words = tuple(token.text for token in tokenizer(surface))
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if words in patterns:
            continue
        tokens: list[dict[str, Any]] = [{"ORTH": word} for word in words]
        tokens[0]["_"] = {STARTS_ENTITY: True}
        tokens[-1].setdefault("_", {})[ENDS_ENTITY] = True
        if surface in ambiguous:
            tokens[0]["ENT_TYPE"] = {"NOT_IN": ["PERSON"]}
        patterns[words] = {"label": PATTERN_LABELS[kind], "pattern": tokens, "id": entry.id}
    return [patterns[words] for words in sorted(patterns)]
