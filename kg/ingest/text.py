"""Decoding bytes and normalising text: the character-level half of ingest.

Everything downstream measures character offsets in the normalised text, so the
normalisation is deliberately small and predictable: Unicode NFC, odd spaces to a
plain space, one line break convention, no spaces at line ends, paragraphs kept.
Curly quotes and dashes are *kept*: quote and attribution detection need them.

>>> normalise_text("Moscow\\u00a0denied   it.\\r\\n\\r\\n\\r\\n\\u201cNo,\\u201d he said. ")
'Moscow denied it.\\n\\n\\u201cNo,\\u201d he said.'
"""

from __future__ import annotations

import re
import unicodedata

from kg.ingest.errors import InputProblem

#: Characters that render as (or stand in for) a space: NBSP, the U+2000 block of
#: typographic spaces, narrow NBSP, medium mathematical space, ideographic space,
#: Ogham space mark, zero-width space, tab.
ODD_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\t"
)

#: Invisible characters with no role in English text: byte-order mark / zero-width
#: no-break space, soft hyphen, word joiner.
INVISIBLES = "\ufeff\u00ad\u2060"

_ODD_SPACE = re.compile(f"[{ODD_SPACES}]")
# Line and paragraph separators, vertical tab, form feed and NEL break lines.
_LINE_SEPARATOR = re.compile("[\u2028\x0b\x0c\x85]")
_PARAGRAPH_SEPARATOR = "\u2029"
# Invisibles and any other C0/C1 control character are dropped.
_DROPPED = re.compile(f"[{INVISIBLES}\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


class DecodeError(InputProblem):
    """Bytes that are not UTF-8 text; the message says why, without the file name."""


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without a byte-order mark); never guess another encoding.

    Guessing (Latin-1, cp1252 ...) would silently turn quotes and names into
    mojibake that no later stage can detect, so non-UTF-8 input is an error.

    >>> decode_bytes(b"\\xef\\xbb\\xbfKyiv")
    'Kyiv'
    >>> decode_bytes(b"caf\\xe9")
    Traceback (most recent call last):
    ...
    kg.ingest.text.DecodeError: not UTF-8 text (byte 0xe9 at offset 3)
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("UTF-16 text, not UTF-8 (re-save the file as UTF-8)")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(f"binary data, not text (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise DecodeError(f"not UTF-8 text (byte 0x{bad:02x} at offset {error.start})") from None


def normalise_text(text: str) -> str:
    """NFC, odd spaces to ``" "``, LF line breaks, stripped lines, paragraphs as ``"\\n\\n"``.

    Runs of spaces inside a line collapse to one; runs of blank lines collapse to
    one blank line (a paragraph break); leading and trailing blank lines go.
    Curly quotes, apostrophes and dashes are left alone.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_SPACE.sub(" ", text)
    text = _LINE_SEPARATOR.sub("\n", text).replace(_PARAGRAPH_SEPARATOR, "\n\n")
    text = _DROPPED.sub("", text)
    lines = [_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
