"""Ingest: files, folders and stdin to :class:`~kg.model.Article` (normalised body text).

Reads ``.txt``, ``.md``, ``.html``/``.htm`` and ``.jsonl``; normalises the text
(NFC, odd spaces, line breaks; curly quotes kept); moves the headline out of the
body and drops page furniture (section labels, bylines, "READ MORE" lines, related
headlines, "Discuss" trailers).  Bad inputs are reported, not raised, when reading
a corpus.

>>> import io
>>> from kg.ingest import read_sources
>>> page = "World\\n\\nKremlin Denies Hacking Claims\\n\\nThe Kremlin denied it.\\n\\nDiscuss"
>>> [(a.title, a.text) for a in read_sources(["-"], stdin=io.StringIO(page))]
[('Kremlin Denies Hacking Claims', 'The Kremlin denied it.')]
"""

from __future__ import annotations

from kg.ingest.errors import IngestError, SourceProblem
from kg.ingest.furniture import PageParts, split_page, strip_furniture
from kg.ingest.sources import SUPPORTED_SUFFIXES, article_id, read_article, read_sources
from kg.ingest.text import normalise_text

__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "PageParts",
    "SourceProblem",
    "article_id",
    "normalise_text",
    "read_article",
    "read_sources",
    "split_page",
    "strip_furniture",
]
