"""Names of news outlets: a line that is only one of them is a byline.

The outlets are the ``"outlet"`` entries of the gazetteer data (``kg/data/gazetteer.json``),
the same list the resolver turns into OUTLET actors, so a byline and a mention of one
outlet get one canonical name.  Each entry gives its name, its ``aliases`` and its
``bylines``: spellings too ambiguous for running text ("AA", "PTI") but safe on a line
of their own.  :func:`outlet_name` matches a line case-insensitively and returns the
canonical name.  Plain data: no spaCy.

>>> outlet_name("SPUTNIK")
'Sputnik'
>>> outlet_name("Source: Reuters"), outlet_name("By AFP"), outlet_name("(c) FT 2024")
('Reuters', 'Agence France-Presse', 'Financial Times')
>>> outlet_name("Russia") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.data import gazetteer_data

__all__ = ["known_outlets", "outlet_name"]


@lru_cache(maxsize=1)
def known_outlets() -> tuple[tuple[str, ...], ...]:
    """Every outlet as (canonical name, other spellings ...), sorted by name.

    >>> ("Press Trust of India", "PTI") in known_outlets()
    True
    """
    return tuple(
        sorted(
            (org["name"], *org.get("aliases", ()), *org.get("bylines", ()))
            for org in gazetteer_data()["organisations"]
            if org["kind"] == "outlet"
        )
    )


@lru_cache(maxsize=1)
def _by_folded_name() -> dict[str, str]:
    return {
        spelling.casefold(): names[0]
        for names in reversed(known_outlets())  # the first outlet wins a shared spelling
        for spelling in names
    }


# "Source: Reuters", "By AFP", "(c) Reuters 2019", "- TASS -", "© Sputnik"
_CREDIT = re.compile(
    r"""^(?:source\s*:|by\b|via\b|©|\(c\)|copyright\b)?\s*   # credit word
        (?P<name>.+?)                                       # the outlet
        (?:\s+\d{4})?                                       # trailing year
        $""",
    re.IGNORECASE | re.VERBOSE,
)
_NEWS_AGENCY = re.compile(r"\s+news\s+agency$", re.IGNORECASE)
_EDGE_DASHES = " \t-–—|·•"
_EDGE_PUNCTUATION = _EDGE_DASHES + "()[]"


def outlet_name(line: str) -> str | None:
    """The canonical outlet name if ``line`` is nothing but an outlet credit, else None.

    A trailing "News Agency" is optional: "Yonhap News Agency" and "Korean Central
    News Agency" both count.
    """
    stripped = line.strip(_EDGE_DASHES)  # brackets stay: "(c)" is a credit word
    if not stripped or len(stripped) > 60:
        return None
    match = _CREDIT.match(stripped)
    if match is None:
        return None
    name = " ".join(match.group("name").strip(_EDGE_PUNCTUATION).split()).casefold()
    by_name = _by_folded_name()
    return by_name.get(name) or by_name.get(_NEWS_AGENCY.sub("", name))
