"""Front matter and Markdown markup: what in a .txt/.md file is metadata or syntax, not text.

>>> meta, text = split_front_matter("---\\ntitle: Kyiv Rejects Claims\\nurl: https://x.org/a\\n---\\nBody.")
>>> meta["title"], text
('Kyiv Rejects Claims', 'Body.')
>>> strip_markdown("# Sanctions\\n\\n**Moscow** [denied](https://x.org) it. ![map](m.png)")
'Sanctions\\n\\nMoscow denied it.'
"""

from __future__ import annotations

import re

#: Front-matter keys understood, mapped to Article fields.
FRONT_MATTER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "source_url": "url",
    "canonical": "url",
    "outlet": "outlet",
    "publisher": "outlet",
    "source": "outlet",
    "site": "outlet",
    "sitename": "outlet",
    "published": "published",
    "date": "published",
    "datetime": "published",
}

_FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_INLINE_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]+?)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``({field: value}, rest)`` for a leading ``---`` block of ``key: value`` lines.

    Only the keys of :data:`FRONT_MATTER_KEYS` are kept (mapped to Article field
    names); quotes around values are removed.  Without a closed block the text is
    returned unchanged.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, text
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        match = _FRONT_MATTER_LINE.match(line)
        if match is None:
            continue
        field = FRONT_MATTER_KEYS.get(match.group(1).casefold())
        value = _unquote(match.group(2))
        if field == "outlet" and value.startswith(("http://", "https://")):
            field = "url"  # "source: https://..." names a page, not an outlet
        if field and value and field not in fields:
            fields[field] = value
    return fields, "\n".join(lines[end + 1 :])


def split_first_heading(text: str) -> tuple[str | None, str]:
    """``(heading, rest)`` when the first non-blank line is an ATX heading (``# Title``).

    In Markdown the heading is explicit, so it is the title even when it is one
    word that the plain-text rules would take for a section label.

    >>> split_first_heading("\\n# Sanctions Imposed\\n\\nThe ministry said so.")
    ('Sanctions Imposed', '\\nThe ministry said so.')
    """
    lines = text.split("\n")
    for position, line in enumerate(lines):
        if not line.strip():
            continue
        match = _HEADING.match(line)
        if match is None:
            return None, text
        heading = strip_markdown(match.group(1)).strip()
        return (heading or None), "\n".join(lines[position + 1 :])
    return None, text


def strip_markdown(text: str) -> str:
    """Markdown to plain text: heading/emphasis/list/quote markers, link syntax and images go.

    Link text stays ("[denied](url)" -> "denied"); images, code fences, HTML tags,
    reference definitions and horizontal rules are removed entirely.
    """
    text = _FENCE.sub("", text)
    text = _REFERENCE_DEFINITION.sub("", text)
    text = _IMAGE.sub("", text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _HEADING.sub(r"\n\1\n", text)
    text = _RULE.sub("", text)
    text = _SETEXT_UNDERLINE.sub("", text)
    text = _BLOCKQUOTE.sub("", text)
    text = _LIST_MARKER.sub("", text)
    for pattern in (_STRONG, _STRIKE):
        text = pattern.sub(r"\2" if pattern is _STRONG else r"\1", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value
