"""Page furniture: the headline, section labels, bylines and link lines around an article.

A saved news page carries lines that are not the article's statements: a section
label ("World"), the headline, an outlet byline ("Sputnik"), "READ MORE: ..." links,
headlines of related articles, "Discuss" / "Share this article" trailers.  Left in,
they become fake sentences (a related headline "X Says Y" would yield a claim by X)
or merge with the first real sentence.  The rules here are general, line-shaped
rules (length, capitalisation, final punctuation, position); none depends on one
article's words.  A text with no such structure (one plain paragraph) is untouched.

>>> page = "World\\n\\nKyiv Accuses Moscow of Shelling\\n\\nKyiv said it was hit.\\nReuters"
>>> split_page(page).title, split_page(page).body, split_page(page).outlet
('Kyiv Accuses Moscow of Shelling', 'Kyiv said it was hit.', 'Reuters')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.outlets import outlet_name

#: Headlines and labels are short; a longer line is prose even without a full stop.
MAX_HEADLINE_WORDS = 20
MAX_SECTION_LABEL_WORDS = 2
MAX_UNKNOWN_BYLINE_WORDS = 3

# Lines that announce links elsewhere ("READ MORE: ...", "Related: ...").
_LINK_LINE = re.compile(
    r"""^(?:read\s+more|read\s+also|also\s+read|see\s+also|also\s+see|more\s+on\s+this(?:\s+story)?
        |related(?:\s+(?:articles?|stories|news|coverage|content|reading))?|recommended
        |more\s+from\s+\w+|tags|topics|watch|listen|photo|image|picture|video|advertisement
        |most\s+read|trending|you\s+may\s+also\s+like|editor'?s\s+picks?)\b\s*(?:[:\-–—|»›>]|$)""",
    re.IGNORECASE | re.VERBOSE,
)
# "Also read Trump Says ..." without a colon: only when the rest is not a sentence.
_SOFT_LINK_LINE = re.compile(r"^(?:read\s+more|also\s+read|read\s+also|see\s+also)\s", re.I)

# Whole lines that are widgets, not text ("Discuss", "Comments (12)", "Share this article").
_WIDGET_LINE = re.compile(
    r"""^(?:discuss(?:\s+this(?:\s+article)?)?|comments?|\d+\s+comments?|leave\s+a\s+comment
        |share(?:\s+this(?:\s+(?:article|story|page))?)?(?:\s+on\s+\w+)?|print(?:\s+this\s+article)?
        |follow\s+us(?:\s+on\s+[\w ,]+)?|subscribe(?:\s+to\s+[\w ]+)?|sign\s+up(?:\s+[\w ]+)?
        |advertisement|sponsored(?:\s+content)?|back\s+to\s+top|skip\s+to\s+content)
        \s*(?:\(\d+\))?\s*[:.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_AUTHOR_LINE = re.compile(r"^(?:by|written\s+by|reporting\s+by)\s+\S", re.I)
_DATE_LINE = re.compile(r"^(?:published|updated|last\s+updated|posted|first\s+published)\b", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"\b\d{{1,2}}:\d{{2}}\b|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b\d+\s+(?:min|minute)s?\s+read\b|\b\d+\s+(?:minutes?|hours?|days?|months?)\s+ago\b",
    re.IGNORECASE,
)
_BREADCRUMB_SEPARATOR = re.compile(r"\s*[›»>|/]\s*")

_CLOSERS = "\"'”’»)]*_"
# Final characters (sets, so that the "" of an empty line is in none of them).
_SENTENCE_END = frozenset(".!?…:;,")
_FULL_STOP = frozenset(".!?…")
_NOT_HEADLINE_END = frozenset(".:;,")  # a headline may end in "?" or "!", never in these
#: Words a Title Case headline may leave in lower case.
MINOR_WORDS_TEXT = (
    "a an the and or but nor for of in on at to by with from as into onto over per via vs vs. "
    "than up off out upon amid after before about against between"
)
_MINOR_WORDS = frozenset(MINOR_WORDS_TEXT.split())
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov)\.$")


@dataclass(frozen=True)
class PageParts:
    """What :func:`split_page` found: the headline, the body, a byline outlet, dropped lines."""

    title: str | None
    body: str
    outlet: str | None = None
    dropped: tuple[str, ...] = ()


def strip_furniture(text: str, title: str | None = None) -> tuple[str | None, str]:
    """``(title, body)`` of normalised page text: the headline moved out, furniture dropped.

    ``title`` is the headline when already known (front matter, HTML metadata); a
    first line repeating it is then dropped from the body.  Otherwise the headline
    is detected: the first substantive line, short, no final full stop, followed by
    a blank line.  Paragraphs of the body are separated by ``"\\n\\n"``.

    >>> strip_furniture("Moscow Rejects Charges\\n\\nThe Kremlin called them baseless.")
    ('Moscow Rejects Charges', 'The Kremlin called them baseless.')
    >>> strip_furniture("One plain paragraph with no headline.")
    (None, 'One plain paragraph with no headline.')
    """
    parts = split_page(text, title)
    return parts.title, parts.body


def split_page(text: str, title: str | None = None) -> PageParts:
    """Like :func:`strip_furniture`, but also report the byline outlet and the dropped lines."""
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) <= 1:
        return PageParts(title, text.strip())

    drop: set[int] = set()
    outlet: str | None = None

    # 1. Lines that are furniture wherever they stand.
    after_link_label = False
    for index in filled:
        line = lines[index]
        name = outlet_name(line)
        if name is not None:
            drop.add(index)
            outlet = outlet or name
        elif _is_link_line(line) or _WIDGET_LINE.match(line):
            drop.add(index)
            # A bare "Related articles" label: the short lines after it are its links.
            after_link_label = _LINK_LINE.match(line) is not None and _is_label_only(line)
            continue
        elif after_link_label and _is_headline_shaped(line):
            drop.add(index)
            continue
        after_link_label = False

    def remaining() -> list[int]:
        return [index for index in filled if index not in drop]

    # 2. Top of the page: section label, headline, then bylines, datelines and kickers
    #    up to the first paragraph.
    kept = remaining()
    if len(kept) > 1 and _is_section_label(lines[kept[0]]):
        drop.add(kept[0])
    kept = remaining()
    header: list[int] = []
    for index in kept:
        if _is_prose(lines[index]) and not _AUTHOR_LINE.match(lines[index]):
            break
        header.append(index)
    if len(header) < len(kept):  # there is a body below the header
        # Lines wrapped into the first paragraph's block are its text, not a header.
        paragraph_start = kept[len(header)]
        while paragraph_start > 0 and lines[paragraph_start - 1].strip():
            paragraph_start -= 1
        if title is None:
            title = next(
                (
                    lines[index]
                    for index in header
                    if index < paragraph_start and _is_headline(lines, index, drop)
                ),
                None,
            )
        for index in header:
            line = lines[index]
            if _AUTHOR_LINE.match(line) or _DATE_LINE.match(line) or _is_dateline(line):
                if len(line.split()) <= 12 and not line.rstrip(_CLOSERS).endswith("."):
                    drop.add(index)
            elif index >= paragraph_start:
                continue
            elif title is not None and _same_text(line, title):
                drop.add(index)
            elif _is_headline_shaped(line) or _has_no_letters(line) or _is_short_label(line):
                drop.add(index)  # kicker, "Press Statement", a speaker's name and rank

    # 3. An unknown outlet byline: a 1-3 word line right after the first paragraph.
    kept = remaining()
    prose = [position for position, index in enumerate(kept) if _is_prose(lines[index])]
    if prose:
        position = prose[0] + 1
        while position < len(kept) and _is_continuation(lines, kept[position]):
            position += 1
        if position < len(kept):
            candidate = lines[kept[position]]
            if _is_short_label(candidate):
                drop.add(kept[position])

    # 4. Standalone short headline-shaped lines between paragraphs (related headlines,
    #    "Advertisement", dates), and short non-sentences after the last paragraph.
    kept = remaining()
    for position, index in enumerate(kept):
        line = lines[index]
        if _is_prose(line) or _is_continuation(lines, index):
            continue
        before = kept[position - 1] if position > 0 else None
        after = kept[position + 1] if position + 1 < len(kept) else None
        prose_before = before is not None and _is_prose(lines[before])
        prose_after = after is None or _is_prose(lines[after])
        if not (prose_before and prose_after):
            continue
        trailer = after is None and len(line.split()) <= 8 and not _ends_sentence(line)
        if trailer or _is_headline_shaped(line) or _has_no_letters(line):
            drop.add(index)

    # 5. Everything that is not a sentence after the last paragraph ("Reporting by ...").
    kept = remaining()
    last_prose = max((p for p, index in enumerate(kept) if _is_prose(lines[index])), default=None)
    if last_prose is not None:
        drop.update(index for index in kept[last_prose + 1 :] if not _is_prose(lines[index]))

    body = _join_paragraphs([(index, lines[index]) for index in remaining()], lines)
    dropped = tuple(lines[index] for index in sorted(drop))
    return PageParts(title, body, outlet, dropped)


def has_prose(text: str) -> bool:
    """Whether any line of ``text`` reads like running text (a sentence, or a long line)."""
    return any(_is_prose(line) for line in text.split("\n"))


# --- line shapes ---------------------------------------------------------------------------


def _final_char(line: str) -> str:
    stripped = line.rstrip().rstrip(_CLOSERS).rstrip()
    return stripped[-1:] if stripped else ""


def _ends_sentence(line: str) -> bool:
    return _final_char(line) in _SENTENCE_END


def _is_prose(line: str) -> bool:
    """A line of running text: it ends like a sentence, or is too long to be a heading."""
    if len(line.split()) > MAX_HEADLINE_WORDS:
        return True
    if _final_char(line) == "?" and _is_title_case(line):
        return False  # "Is Russia Behind the Attack?" is a headline
    return _ends_sentence(line) and len(line.split()) > 1


def _is_title_case(line: str) -> bool:
    """Most significant words start with a capital (or digit); minor words may not."""
    words = [word.strip("\"'“”‘’«»()[]*_,:;-–—") for word in line.split()]
    words = [word for word in words if any(char.isalnum() for char in word)]
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    significant = [word for word in words if word.casefold() not in _MINOR_WORDS]
    if not significant:
        return False
    capitalised = sum(1 for word in significant if word[0].isupper() or word[0].isdigit())
    return capitalised / len(significant) >= 0.8


def _is_headline_shaped(line: str) -> bool:
    return (
        len(line.split()) <= MAX_HEADLINE_WORDS
        and _final_char(line) not in _NOT_HEADLINE_END
        and _is_title_case(line)
    )


def _is_section_label(line: str) -> bool:
    """'World', 'Politics', 'Middle East', 'World › Europe': no sentence punctuation."""
    if any(char in line for char in '.!?,;:"“”') or len(line) > 40:
        return False
    parts = [part for part in _BREADCRUMB_SEPARATOR.split(line.strip()) if part]
    if not parts or len(parts) > 4:
        return False
    return all(
        1 <= len(part.split()) <= MAX_SECTION_LABEL_WORDS
        and all(word[0].isupper() for word in part.split())
        for part in parts
    )


def _is_dateline(line: str) -> bool:
    """'June 21, 2017 / 4:39 PM / 2 months ago', '3 min read': a date or time, little else."""
    return bool(_DATELINE.search(line)) and len(line.split()) <= 12 and not _ends_sentence(line)


def _is_short_label(line: str) -> bool:
    return len(line.split()) <= MAX_UNKNOWN_BYLINE_WORDS and not _ends_sentence(line)


def _is_link_line(line: str) -> bool:
    if _LINK_LINE.match(line):
        return True
    return bool(_SOFT_LINK_LINE.match(line)) and not _ends_sentence(line)


def _is_label_only(line: str) -> bool:
    return not re.sub(r"[:\-–—|»›>]", " ", _LINK_LINE.sub("", line)).strip()


def _has_no_letters(line: str) -> bool:
    return not any(char.isalpha() for char in line)


def _same_text(line: str, title: str) -> bool:
    def fold(text: str) -> str:
        return " ".join(text.split()).casefold().strip(" .")

    return fold(line) == fold(title)


def _starts_block(lines: list[str], index: int) -> bool:
    return index == 0 or not lines[index - 1].strip()


def _is_continuation(lines: list[str], index: int) -> bool:
    """A wrapped line: the line above in the same block does not end a sentence."""
    if _starts_block(lines, index):
        return False
    return not _ends_sentence(lines[index - 1]) and not _is_headline_shaped(lines[index - 1])


def _is_headline(lines: list[str], index: int, drop: set[int]) -> bool:
    """First substantive line, short, no final full stop, alone in its block."""
    line = lines[index]
    if not _starts_block(lines, index) and index - 1 not in drop:
        return False
    if len(line.split()) > MAX_HEADLINE_WORDS or _final_char(line) in _NOT_HEADLINE_END:
        return False
    following = index + 1
    while following < len(lines) and following in drop:
        following += 1
    alone = following >= len(lines) or not lines[following].strip()
    if not alone and not (
        _AUTHOR_LINE.match(lines[following]) or _DATE_LINE.match(lines[following])
    ):
        return False
    first_char = line.lstrip("\"'“‘«(")[:1]
    return first_char.isupper() or first_char.isdigit()


def _join_paragraphs(kept: list[tuple[int, str]], lines: list[str]) -> str:
    """Paragraphs joined by ``"\\n\\n"``; the lines of one block become one or more paragraphs.

    Inside a block, a line joins the one above with a space when that one was
    hard-wrapped (no sentence end, about as long as the block's longest line);
    a sentence end or a short line (a list item, a label) starts a new paragraph.
    """
    blocks: list[list[str]] = []
    previous_index = -2
    for index, line in kept:
        same_block = previous_index >= 0 and all(
            lines[between].strip() for between in range(previous_index + 1, index)
        )
        if blocks and same_block:
            blocks[-1].append(line)
        else:
            blocks.append([line])
        previous_index = index
    paragraphs: list[str] = []
    for block in blocks:
        width = max(len(line) for line in block)
        current = [block[0]]
        for previous, line in zip(block, block[1:], strict=False):
            if _breaks_paragraph(previous, line, width):
                paragraphs.append(" ".join(current))
                current = [line]
            else:
                current.append(line)
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _breaks_paragraph(previous: str, line: str, width: int) -> bool:
    final = _final_char(previous)
    if final == ":":
        return not _is_prose(line)  # 'said:' + quote stays one sentence; 'the following:' + list
    if final not in _FULL_STOP:
        return len(previous) < width / 2  # a hard wrap fills the line; a list item does not
    if _ABBREVIATION_END.search(previous):
        return False
    first = line.lstrip("\"'“‘«([-–—•* ")[:1]
    return first.isupper() or first.isdigit() or line[:1] in "\"'“‘«(-–—•*"
