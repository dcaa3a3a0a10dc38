"""Deterministic, valid IRIs from any text.

Keys are percent-encoded as UTF-8 with everything outside RFC 3986 *unreserved*
characters (``A-Z a-z 0-9 - . _ ~``) escaped, so quotes, angle brackets, spaces,
backslashes or Cyrillic all yield IRIs that every RDF syntax and store accepts, and the
same key always yields the same IRI.

>>> iri_for("actor", "donald-trump")
rdflib.term.URIRef('https://example.org/kg/actor/donald-trump')
>>> iri_for("actor", 'Сергей "X" <Y>', base="https://data.example/")
rdflib.term.URIRef('https://data.example/actor/%D0%A1%D0%B5%D1%80%D0%B3%D0%B5%D0%B9%20%22X%22%20%3CY%3E')
>>> span_iri(iri_for("doc", "a1"), 10, 42)
rdflib.term.URIRef('https://example.org/kg/doc/a1#char=10,42')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from kg.model import Article

#: Default base of the data IRIs (documents, actors, claims ...). Configure it everywhere
#: with ``base=``; it should end with ``/``.
DEFAULT_BASE = "https://example.org/kg/"

_KIND = re.compile(r"[a-z][a-z0-9-]*\Z")
# Characters that may never appear in an IRI (RFC 3987) and that break N-Triples/Turtle.
_BAD_BASE = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')
#: A key that is already one path segment of unreserved characters (most are: ids).
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+\Z").match


def check_base(base: str) -> str:
    """Return ``base`` ending with ``/`` or ``#``; refuse anything that is not an absolute IRI."""
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", base) or _BAD_BASE.search(base):
        raise ValueError(f'base must be an absolute IRI without spaces or <>"{{}}|\\^`: {base!r}')
    return base if base.endswith(("/", "#")) else base + "/"


@lru_cache(maxsize=1 << 12)
def encode_key(key: str) -> str:
    """Percent-encode ``key`` (NFC-normalised) so it is one safe IRI path segment.

    Cached: the same actor ids are encoded again and again on a corpus.  Most keys are
    met in one document only (its claims, relations, mentions: about 100 a document of
    500 words), so a small cache keeps the recurring ones as well as a large one, and
    memory does not grow with the corpus (a cache of 65,536 held 10 MB of one-document
    keys after 650 documents, and kept growing until it was full).
    """
    if not key:
        raise ValueError("an IRI key must not be empty")
    if _UNRESERVED(key) and key.strip("."):  # nothing to normalise or escape
        return key
    encoded = quote(unicodedata.normalize("NFC", key), safe="")
    if set(encoded) == {"."}:  # "." and ".." would be removed as dot segments
        encoded = encoded.replace(".", "%2E")
    return encoded


def iri_for(kind: str, key: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a ``kind`` of thing ("doc", "actor", "claim" ...) named ``key``."""
    if not _KIND.match(kind):
        raise ValueError(f"kind must be lower-case letters, digits and '-': {kind!r}")
    return URIRef(mint(check_base(base), kind, key))


def mint(base: str, kind: str, key: str) -> str:
    """The text of :func:`iri_for`, for a ``base`` and ``kind`` already checked (fast path).

    >>> mint("https://example.org/kg/", "actor", "Ivan Petrov")
    'https://example.org/kg/actor/Ivan%20Petrov'
    """
    return f"{base}{kind}/{encode_key(key)}"


def slug(text: str) -> str:
    """A normalised key for free text: NFC, case-folded, runs of white space as one ``-``.

    >>> slug("  Social-media   Influence ")
    'social-media-influence'
    """
    return "-".join(unicodedata.normalize("NFC", text).casefold().split())


def document_iri(article: Article, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of the document (the ``schema:NewsArticle``) made from ``article.id``."""
    return iri_for("doc", article.id, base)


def document_graph_iri(article: Article, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of the named graph holding everything derived from ``article``."""
    return iri_for("graph", article.id, base)


def span_iri(document: URIRef, start: int, end: int) -> URIRef:
    """A text span of ``document`` in the NIF 2.0 / RFC 5147 style: ``doc#char=start,end``."""
    return URIRef(span_text(str(document), start, end))


def span_text(document: str, start: int, end: int) -> str:
    """The text of :func:`span_iri` (fast path, no rdflib term)."""
    return f"{document}#char={int(start)},{int(end)}"
