"""Whose words an official account's post gives (round 23, issue 13, branch ``posts23``).

A post of an official account often opens with the handle of the official it quotes
(".@SecPompeo: The regime ...", ".@SecPompeo at @OAS_official: ...") or closes with it
("... - @SecBlinken on the attacks").  The handle's owner speaks the post's sentences from
there on, not the account (the allegations GUIDE, "The blind19 part": "@SecPompeo" ->
Michael R. Pompeo).  Who owns a handle is data, ``kg/data/handles.tsv``: an office's
handle ("@POTUS") passes from holder to holder, so each row has the dates its owner held
it; a spokesperson's handle is the account's own voice (:data:`PUBLISHER`).

>>> handle_owner("SecPompeo", "2019-01-24")
'Michael R. Pompeo'
>>> handle_owner("FLOTUS", "2014-05-10")
'Michelle Obama'
>>> handle_owner("StateDeptSpox", "2023-07-18")
'publisher'
>>> handle_owner("SecPompeo", "2022-01-01") is None
True
>>> opening = ".@POTUS: The United States will never, never, never recognize Russia’s claims"
>>> [(turn.start, turn.owner) for turn in handle_turns(opening, "2022-10-01")]
[(0, 'Joseph R. Biden, Jr.')]

A label naming an official opens a post as a handle does (round 24, branch ``posts24``): a
title of ``kg/data/post_labels.tsv`` and a name ("Special Rep Abrams: ...", "Special
Representative for Iran Jane Roe: ...", "President @POTUS: ..."), a hashtag of the handle
table ("#SecClinton: ..."), or the same closing a post ("... - Special Envoy Roe").  A
spokesperson's label is the account's voice:

>>> [(t.start, t.owner) for t in handle_turns("Special Rep Abrams: The outages ...", "2019-03-08")]
[(0, 'Abrams')]
>>> [t.owner for t in handle_turns("Acting Dep. Spokesperson Rathke: We condemn ...", None)]
['publisher']
>>> [t.owner for t in handle_turns("Secretary Pompeo: The regime ...", "2019-01-24")]
['Michael R. Pompeo']
>>> handle_turns("Travel Advisory for U.S. Citizens: Reconsider travel", None)
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "PUBLISHER",
    "HandleTurn",
    "handle_label_end",
    "handle_owner",
    "handle_turns",
    "label_owner",
]

#: The owner of a handle that is the posting account's own voice.
PUBLISHER = "publisher"
#: Labels naming an official open or close a post's turn as handles do (round 24,
#: ``posts24``: blind19 aligns 55 instead of 54 gold claims, B-cubed unchanged; the held-out
#: blind20 .1965 -> .2127, 8 -> 14 aligned; no other part moves).  False: handles only.
LABEL_TURNS = True

#: A handle opening a post or a line: ".@SecPompeo:", "@SecPompeo at @OAS_official:"; a
#: hashtag of the table opens it the same way ("#SecClinton:").
_OPENING = re.compile(
    r"(?m)^[ \t]*\.?[@#](?P<handle>\w{2,30})(?:\s+(?:at|on|in|to)\s+[^:\n]{1,60})?:"
)
#: The words of a label: capitalised words, handles, and the small words of an office's
#: brief ("Special Representative for Iran").
_LABEL_WORDS = r"(?:[A-Z][\w.’'-]*|@\w{2,30}|for|of|the|and)"
#: A label opening a post or a line, after an organisation's handle or not:
#: "Special Rep Abrams:", ".@USUN Ambassador Haley:", "Acting Dep. Spokesperson Rathke:".
_LABEL_OPENING = re.compile(
    rf"(?m)^[ \t]*\.?(?:@\w{{2,30}}\s+)?(?P<label>[A-Z][\w.’'-]*(?:[ \t]+{_LABEL_WORDS}){{0,8}})"
    r"(?:\s+(?:at|on|in|to)\s+[^:\n]{1,60})?:\s"
)
#: A label closing a post: "- Special Envoy Satterfield", "—Secretary Blinken".
_LABEL_CLOSING = re.compile(
    rf"(?:^|\s)[-—–]\s*(?P<label>[A-Z][\w.’'-]*(?:[ \t]+{_LABEL_WORDS}){{0,8}})"
)
#: A handle closing a post: "- @SecBlinken", "— @SecBlinken on the attacks".
_CLOSING = re.compile(r"(?:^|\s)[-—–]\s*\.?@(?P<handle>\w{2,30})\b")


@dataclass(frozen=True)
class HandleTurn:
    """From ``start`` on, the post gives ``owner``'s words."""

    start: int
    owner: str


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """``kg/data/handles.tsv`` as {handle: ((owner, first day, last day), ...)}."""
    source = resources.files("kg").joinpath("data", "handles.tsv")
    rows: dict[str, list[tuple[str, str, str]]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        handle, owner, first, last = (line.split("\t") + ["", ""])[:4]
        rows.setdefault(handle.lower(), []).append((owner, first.strip(), last.strip()))
    return {handle: tuple(found) for handle, found in rows.items()}


@lru_cache(maxsize=1)
def _titles() -> dict[tuple[str, ...], str]:
    """``kg/data/post_labels.tsv`` as {title's words (lowercase, no dots): voice}."""
    source = resources.files("kg").joinpath("data", "post_labels.tsv")
    rows = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        title, voice = (line.split("\t") + [""])[:2]
        rows[tuple(_words(title))] = voice.strip()
    return rows


def _words(text: str) -> list[str]:
    return [w.strip(".").lower() for w in text.split() if w.strip(".")]


def label_owner(label: str, date: str | None) -> str | None:
    """Whose words a label gives: :data:`PUBLISHER` for a spokesperson's title; else the
    name after the title (a handle's owner, or the table's full name for a surname it
    knows on ``date``, or the name as written); None when the label opens with no title
    of the table or names no one."""
    words = label.split()
    lowered = _words(label)
    titles = _titles()
    size = next((n for n in range(min(len(lowered), 5), 0, -1) if tuple(lowered[:n]) in titles), 0)
    if not size:
        return None
    if titles[tuple(lowered[:size])] == PUBLISHER:
        return PUBLISHER
    rest = [w for w in words if w.strip(".")][size:]
    if rest[:1] == ["for"]:  # "Special Representative for Iran Jane Roe": the brief
        rest = rest[2:]
    rest = [w.rstrip(".,") for w in rest if w not in ("of", "the", "and", "for")]
    if not rest or len(rest) > 3 or not all(w[:1].isupper() or w[:1] == "@" for w in rest):
        return None
    if any(w.endswith(("'s", "’s")) for w in rest):
        return None  # "Secretary Blinken's Travel to Asia:": a heading, no label
    if len(rest) == 1 and rest[0].startswith("@"):
        return handle_owner(rest[0], date)
    if len(rest) == 1:
        return _known_surname(rest[0], date) or rest[0]
    return " ".join(rest)


def _known_surname(surname: str, date: str | None) -> str | None:
    """The handle table's one owner whose surname ``surname`` is and who held a handle on
    ``date``; None when none or several do ("Obama": the President and the First Lady)."""
    day = (date or "")[:10]
    owners = set()
    for rows in _table().values():
        for owner, first, last in rows:
            if owner == PUBLISHER or owner.split()[-1].rstrip(",") != surname:
                continue
            if day and ((first and day < first) or (last and last < day)):
                continue
            owners.add(owner)
    named = {owner for rows in _table().values() for owner, _, _ in rows if surname in owner}
    return next(iter(owners)) if len(owners) == 1 and len(named) == 1 else None


def handle_owner(handle: str, date: str | None) -> str | None:
    """The owner of ``handle`` on ``date`` (ISO; None when the post has no date: the
    handle's only owner, if it has one), or None when the table does not know it."""
    rows = _table().get(handle.lower().lstrip("@"), ())
    day = (date or "")[:10]
    held = [
        owner
        for owner, first, last in rows
        if not day or ((not first or first <= day) and (not last or day <= last))
    ]
    if not day and len(rows) > 1:
        return None
    return held[-1] if held else None


def handle_turns(text: str, date: str | None) -> list[HandleTurn]:
    """Where the post gives a known handle's owner's words: from an opening handle on,
    or the whole post when a closing handle attributes it.  A handle of the account's
    own voice opens a turn of :data:`PUBLISHER`."""
    turns: dict[int, str] = {}
    for match in _OPENING.finditer(text):
        owner = handle_owner(match.group("handle"), date)
        if owner is not None:
            turns[match.start()] = owner
    for match in _LABEL_OPENING.finditer(text) if LABEL_TURNS else ():
        owner = label_owner(match.group("label"), date)
        if owner is not None:
            turns.setdefault(match.start(), owner)
    if not turns:
        for match in _CLOSING.finditer(text):
            owner = handle_owner(match.group("handle"), date)
            if owner is not None:
                turns[0] = owner
                break
    if not turns and LABEL_TURNS:
        for match in _LABEL_CLOSING.finditer(text):
            owner = label_owner(match.group("label"), date)
            if owner is not None:
                turns[0] = owner
                break
    return [HandleTurn(start, owner) for start, owner in sorted(turns.items())]


def handle_label_end(text: str) -> int:
    """Where the words after a handle label opening ``text`` begin (".@SecBlinken: None of
    this ..." -> 14, ".@JohnKerry on #Ukraine: There's ..." -> 25), or 0 when no handle label
    opens it: a post's label is its speaker's attribution, not part of the words (round 43,
    posts55: :data:`kg.resolve.voice.POST_SPEECH`).

    >>> handle_label_end(".@SecBlinken: None of this is a sign of strength.")
    14
    >>> handle_label_end(".@StateDeptSpox:")
    16
    >>> handle_label_end("We condemn Russia's war.")
    0
    """
    match = _OPENING.match(text)
    if match is None:
        return 0
    return match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())
