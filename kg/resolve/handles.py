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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["PUBLISHER", "HandleTurn", "handle_owner", "handle_turns"]

#: The owner of a handle that is the posting account's own voice.
PUBLISHER = "publisher"

#: A handle opening a post or a line: ".@SecPompeo:", "@SecPompeo at @OAS_official:".
_OPENING = re.compile(r"(?m)^[ \t]*\.?@(?P<handle>\w{2,30})(?:\s+(?:at|on|in|to)\s+[^:\n]{1,60})?:")
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
    if not turns:
        for match in _CLOSING.finditer(text):
            owner = handle_owner(match.group("handle"), date)
            if owner is not None:
                turns[0] = owner
                break
    return [HandleTurn(start, owner) for start, owner in sorted(turns.items())]
