"""Names of news outlets, as data: a line that is only one of these is a byline.

The list is deliberately conservative (international wires, broadcasters and state
media that syndicate widely); :func:`outlet_name` matches a line case-insensitively
and returns the canonical spelling.

>>> outlet_name("SPUTNIK")
'Sputnik'
>>> outlet_name("Source: Reuters")
'Reuters'
>>> outlet_name("Russia") is None
True
"""

from __future__ import annotations

import re

#: Canonical name first, then other spellings of the same outlet.
KNOWN_OUTLETS: tuple[tuple[str, ...], ...] = (
    ("ABC News",),
    ("AFP", "Agence France-Presse", "Agence France Presse"),
    ("Al Jazeera", "Al Jazeera English", "Aljazeera"),
    ("Anadolu Agency", "Anadolu", "AA"),
    ("ANSA",),
    ("Associated Press", "AP", "The Associated Press"),
    ("BBC News", "BBC"),
    ("Bloomberg", "Bloomberg News"),
    ("CBS News",),
    ("CGTN",),
    ("CNN",),
    ("Deutsche Welle", "DW"),
    ("DPA", "Deutsche Presse-Agentur"),
    ("EFE", "Agencia EFE"),
    ("Euronews",),
    ("Fox News",),
    ("France 24", "France24"),
    ("Global Times",),
    ("Interfax",),
    ("IRNA",),
    ("Izvestia",),
    ("KCNA", "Korean Central News Agency"),
    ("Kommersant",),
    ("Kyodo News", "Kyodo"),
    ("Meduza",),
    ("NBC News",),
    ("NPR",),
    ("Press TV", "PressTV"),
    ("PTI", "Press Trust of India"),
    ("Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Liberty"),
    ("Reuters", "Thomson Reuters"),
    ("RIA Novosti", "RIA"),
    ("RT", "Russia Today"),
    ("Sputnik", "Sputnik News", "Sputnik International"),
    ("TASS", "ITAR-TASS"),
    ("The Guardian", "Guardian"),
    ("The New York Times", "New York Times", "NYT"),
    ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    ("The Washington Post", "Washington Post"),
    ("UNIAN",),
    ("Ukrinform",),
    ("UPI", "United Press International"),
    ("Voice of America", "VOA"),
    ("Wikinews",),
    ("Xinhua", "Xinhua News Agency"),
    ("Yonhap", "Yonhap News Agency"),
)

_BY_FOLDED_NAME: dict[str, str] = {
    spelling.casefold(): names[0] for names in KNOWN_OUTLETS for spelling in names
}

# "Source: Reuters", "By AFP", "(c) Reuters 2019", "- TASS -", "© Sputnik"
_CREDIT = re.compile(
    r"""^(?:source\s*:|by\b|via\b|©|\(c\)|copyright\b)?\s*   # credit word
        (?P<name>.+?)                                       # the outlet
        (?:\s+(?:news\s+agency|\d{4}))?                     # trailing year
        $""",
    re.IGNORECASE | re.VERBOSE,
)
_EDGE_PUNCTUATION = " \t-–—|·•()[]"


def outlet_name(line: str) -> str | None:
    """The canonical outlet name if ``line`` is nothing but an outlet credit, else None."""
    stripped = line.strip(_EDGE_PUNCTUATION)
    if not stripped or len(stripped) > 60:
        return None
    match = _CREDIT.match(stripped)
    if match is None:
        return None
    name = match.group("name").strip(_EDGE_PUNCTUATION).casefold()
    return _BY_FOLDED_NAME.get(name)
