"""Gazetteer of states, capitals, seats of government, organisations and news outlets.

The data lives in ``kg/data/gazetteer.json`` (data, not code).  Two uses:

* :func:`lookup` maps a surface form to its canonical entry, so that "Moscow", "the
  Kremlin", "Russian" and "Russia's" all reach the state Russia (metonymy), and "U.S.",
  "the United States" and "America" reach the United States;
* :func:`gazetteer_phrases` lists the forms the pipeline's gazetteer ruler (kg.nlp)
  labels, to correct the small English model (it tags "Kyiv" and "Zaporizhzhia" as
  PERSON); :func:`entity_patterns` gives them as plain spaCy EntityRuler patterns.

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

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.data import gazetteer_data

__all__ = [
    "GazetteerEntry",
    "GazetteerPhrase",
    "entity_patterns",
    "entries",
    "gazetteer_phrases",
    "lookup",
    "names_of",
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
    if text.isascii():  # nothing to fold, and NFC leaves ASCII as it is
        return text
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


@lru_cache(maxsize=1 << 16)  # resolution asks again and again for the same few names
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


def _surfaces() -> list[tuple[str, GazetteerEntry, str]]:
    """(surface, entry, pattern kind) for every form in the data, strongest forms first."""
    data = gazetteer_data()
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


@lru_cache(maxsize=1)
def entries() -> tuple[GazetteerEntry, ...]:
    """Every canonical entry (states, organisations, outlets, places), sorted by id."""
    seen: dict[str, GazetteerEntry] = {}
    for _surface, entry, _kind in _surfaces():
        if entry.via in ("name", "place") and entry.name == _surface:
            seen.setdefault(entry.id, entry)
    return tuple(sorted(seen.values(), key=lambda entry: entry.id))


@lru_cache(maxsize=1 << 12)
def names_of(name: str) -> tuple[str, ...]:
    """Every name the data gives the actor whose canonical name is ``name``: the name and its
    aliases (not its capitals, seats or demonyms, which are other things); empty when
    ``name`` is no entry's canonical name.

    >>> names_of("United States Department of State")[:2]
    ('United States Department of State', 'State Department')
    >>> names_of("Myanmar"), names_of("Moscow")
    (('Myanmar', 'Burma'), ())
    """
    data = gazetteer_data()
    for entry in (*data["states"], *data["organisations"]):
        if entry["name"] == name:
            return (entry["name"], *entry.get("aliases", ()))
    return ()


@lru_cache(maxsize=1)
def entries_by_id() -> dict[str, GazetteerEntry]:
    """:func:`entries` by actor id (built once; do not mutate)."""
    return {entry.id: entry for entry in entries()}


# --- Entity ruler phrases -------------------------------------------------------------


@dataclass(frozen=True)
class GazetteerPhrase:
    """A surface form the entity ruler labels: exact text, spaCy label, actor id.

    ``ambiguous`` names ("Washington", "Jordan") are also a person's name, so the ruler
    must leave them alone where spaCy's NER tagged a PERSON.
    """

    text: str
    label: str
    id: str
    ambiguous: bool = False


def _phrase_text(surface: str) -> str:
    """The matched form of a surface: whitespace collapsed, a leading "the" dropped.

    The article stays outside the entity, as in spaCy's own NER ("the [Kremlin]").
    """
    words = surface.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def gazetteer_phrases() -> tuple[GazetteerPhrase, ...]:
    """Every form the entity ruler labels, one per text, sorted by text.

    Capitals, places and states are GPE, seats and organisations ORG; demonyms and the
    data's ``unpatterned`` forms (too ambiguous in lower-risk contexts: "US", "WHO") are
    left to spaCy.  Where two entries share a form, the stronger (a name before a capital)
    wins.  Plain data, no spaCy: :mod:`kg.nlp` turns it into a phrase matcher.

    >>> [p for p in gazetteer_phrases() if p.text in ("Kyiv", "Jordan", "Kremlin")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [GazetteerPhrase(text='Jordan', label='GPE', id='jordan', ambiguous=True),
     GazetteerPhrase(text='Kremlin', label='ORG', id='russia', ambiguous=False),
     GazetteerPhrase(text='Kyiv', label='GPE', id='ukraine', ambiguous=False)]
    """
    data = gazetteer_data()
    ambiguous = set(data["ambiguous"])
    skipped = set(data["unpatterned"])
    phrases: dict[str, GazetteerPhrase] = {}
    for surface, entry, kind in _surfaces():
        if not kind or surface in skipped:
            continue
        text = _phrase_text(surface)
        if text not in phrases:
            label = PATTERN_LABELS[kind]
            phrases[text] = GazetteerPhrase(text, label, entry.id, surface in ambiguous)
    return tuple(phrases[text] for text in sorted(phrases))


def entity_patterns() -> list[dict[str, object]]:
    """The phrases as spaCy EntityRuler phrase patterns (``{"label", "pattern", "id"}``).

    For a plain ``entity_ruler``; the builder's own ruler (:mod:`kg.nlp`) adds the
    boundary and PERSON rules that such patterns cannot express.

    >>> [pattern for pattern in entity_patterns() if pattern["pattern"] == "Kyiv"]
    [{'label': 'GPE', 'pattern': 'Kyiv', 'id': 'ukraine'}]
    """
    return [
        {"label": phrase.label, "pattern": phrase.text, "id": phrase.id}
        for phrase in gazetteer_phrases()
    ]
