"""From paths, folders and stdin to a stream of :class:`~kg.model.Article`.

Formats are chosen by file extension: ``.txt`` (plain text), ``.md``/``.markdown``
(Markdown), ``.html``/``.htm`` (a saved web page), ``.jsonl`` (one JSON object per
line: ``text`` required; ``title``, ``url``, ``outlet``, ``published``, ``byline`` optional).
``.txt`` and ``.md`` may start with ``---`` front matter (``title:``, ``url:``,
``outlet:``, ``published:``).

Document ids (:func:`article_id`) are ``"doc-"`` plus the first 16 hex digits of the
SHA-256 of a *key*:

- the article's URL when it has one (the same page read twice is the same document);
- else its name relative to the argument it was found under: ``"report.txt"`` for a
  file named directly, ``"examples/sub/report.txt"`` for a file found in the folder
  argument ``examples`` (the folder's own name is included, so equal relative names
  under different folders do not collide), with ``"#N"`` added for line N of a JSONL
  file (``"corpus.jsonl#3"``);
- for stdin: the normalised content itself (text, or the JSONL line's ``text``).

Ids are therefore stable across runs and machines as long as the same files are
named the same way, and are plain ``[a-z0-9-]`` (safe as an IRI path segment).

>>> import io
>>> items = list(read_sources(["-"], stdin=io.StringIO('{"text": "Kyiv denied it."}\\n')))
>>> items[0].text, items[0].source
('Kyiv denied it.', '<stdin>#1')
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from kg.ingest.errors import IngestError, InputProblem, SourceProblem
from kg.ingest.furniture import has_prose, split_page
from kg.ingest.html import extract_html
from kg.ingest.markdown import split_first_heading, split_front_matter, strip_markdown
from kg.ingest.text import decode_bytes, normalise_text
from kg.model import Article

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

#: The source name for standard input, and the argument that selects it.
STDIN = "-"
STDIN_SOURCE = "<stdin>"

#: Inside folders, files with these names (any case, any supported extension) are the
#: corpus's documentation, not articles: README.md, SOURCES.md, LICENSE.txt ...
FOLDER_DOC_STEMS = frozenset(
    ("readme", "sources", "license", "licence", "changelog", "contributing", "authors", "notice")
)

#: Optional string fields of a JSONL record.
JSONL_FIELDS = ("title", "url", "outlet", "published", "byline")

Item = Article | SourceProblem


def article_id(key: str) -> str:
    """``"doc-"`` + 16 hex digits of SHA-256 of ``key`` (a URL, a relative name, or content).

    >>> article_id("wire-story.txt")
    'doc-b450003331297750'
    """
    return "doc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def read_sources(sources: Iterable[str | Path], stdin: TextIO | None = None) -> Iterator[Item]:
    """Articles from files, folders (recursively) and ``"-"`` (stdin), lazily, in order.

    Never raises for a bad input: a missing path, an empty, binary or non-UTF-8
    file, a page with no main text, a bad JSONL line each yield a
    :class:`SourceProblem` and the other inputs still come through.  Folders are
    walked in sorted order; hidden entries, documentation files (README, SOURCES,
    LICENSE ...; see :data:`FOLDER_DOC_STEMS`) and files with other extensions inside
    folders are skipped silently, but a file named explicitly must be supported.
    """
    for source in sources:
        if isinstance(source, str) and source == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.exists():
            yield from _read_file(path, key=path.name)
        else:
            yield _problem(str(path), _missing(path))


def read_article(path: Path) -> list[Article]:
    """The article(s) in one file (a JSONL file gives one per line).

    Raises :class:`IngestError` naming the file (and line) on the first problem.
    """
    path = Path(path)
    if path.is_dir():
        raise IngestError(f"{path}: is a folder, not a file (use read_sources for folders)")
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    articles: list[Article] = []
    for item in _read_file(path, key=path.name):
        if isinstance(item, SourceProblem):
            raise IngestError(item.message)
        articles.append(item)
    return articles


# --- walking ---------------------------------------------------------------------------------


def _read_folder(root: Path) -> Iterator[Item]:
    base = root.resolve().name or root.resolve().as_posix()
    found = 0
    for entry in _walk(root, ()):
        if isinstance(entry, SourceProblem):
            yield entry
            continue
        path, parts = entry
        for item in _read_file(path, key="/".join((base, *parts))):
            found += isinstance(item, Article)
            yield item
    if not found:
        suffixes = ", ".join(SUPPORTED_SUFFIXES)
        yield _problem(str(root), f"folder holds no readable articles ({suffixes})")


def _walk(
    folder: Path, parts: tuple[str, ...]
) -> Iterator[tuple[Path, tuple[str, ...]] | SourceProblem]:
    """Supported files under ``folder``, sorted by name at every level; no symlinked folders."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield _problem(str(folder), f"cannot list folder: {_reason(error)}")
        return
    for entry in entries:
        if entry.name.startswith(".") or Path(entry.name).stem.casefold() in FOLDER_DOC_STEMS:
            continue
        path = folder / entry.name
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError:
            continue
        if is_folder:
            yield from _walk(path, (*parts, entry.name))
        elif is_file and path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path, (*parts, entry.name)


# --- one file -------------------------------------------------------------------------------


def _read_file(path: Path, key: str) -> Iterator[Item]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{path.suffix}'" if path.suffix else "no extension"
        expected = ", ".join(SUPPORTED_SUFFIXES)
        yield _problem(source, f"unsupported file type ({kind}; expected {expected})")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, key)
        return
    try:
        text = decode_bytes(path.read_bytes())
        if suffix in HTML_SUFFIXES:
            yield _html_article(text, source=source, key=key)
        else:
            yield _text_article(text, source=source, key=key, markdown=suffix in MARKDOWN_SUFFIXES)
    except OSError as error:
        yield _problem(source, f"cannot read file: {_reason(error)}")
    except InputProblem as problem:
        yield _problem(source, str(problem))


def _read_jsonl_file(path: Path, key: str) -> Iterator[Item]:
    """One article per line, streamed: a bad line is a problem, the others still come."""
    source = str(path)
    seen_record = False
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                seen_record = True
                line_source = f"{source}#{number}"
                try:
                    yield _jsonl_article(raw, source=line_source, key=f"{key}#{number}")
                except InputProblem as problem:
                    yield _problem(line_source, str(problem))
    except OSError as error:
        yield _problem(source, f"cannot read file: {_reason(error)}")
        return
    if not seen_record:
        yield _problem(source, "empty file (no JSON lines)")


def _read_stdin(stream: TextIO) -> Iterator[Item]:
    """Stdin is JSONL if every non-empty line is a JSON object, else one text article."""
    try:
        buffer = getattr(stream, "buffer", None)
        text = decode_bytes(buffer.read()) if buffer is not None else stream.read()
    except (OSError, UnicodeDecodeError) as error:
        yield _problem(STDIN_SOURCE, f"cannot read: {_reason(error)}")
        return
    except InputProblem as problem:
        yield _problem(STDIN_SOURCE, str(problem))
        return
    lines = text.splitlines()
    records = [_json_object(line) for line in lines if line.strip()]
    if records and all(record is not None for record in records):
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            line_source = f"{STDIN_SOURCE}#{number}"
            try:
                yield _jsonl_article(line.encode("utf-8"), source=line_source, key=None)
            except InputProblem as problem:
                yield _problem(line_source, str(problem))
        return
    try:
        yield _text_article(text, source=STDIN_SOURCE, key=None, markdown=False)
    except InputProblem as problem:
        yield _problem(STDIN_SOURCE, str(problem))


# --- one article ----------------------------------------------------------------------------


def _text_article(text: str, *, source: str, key: str | None, markdown: bool) -> Article:
    """A .txt/.md/stdin article: front matter, Markdown syntax, furniture handled."""
    text = normalise_text(text)
    if not text:
        raise InputProblem("empty file (no text)")
    fields, text = split_front_matter(text)
    if markdown:
        heading, rest = split_first_heading(text)
        if heading and (not fields.get("title") or _same_title(heading, fields["title"])):
            fields = {**fields, "title": fields.get("title") or heading}
            text = rest
        text = normalise_text(strip_markdown(text))
    return _article(text.strip("\n"), fields, source=source, key=key)


def _html_article(html: str, *, source: str, key: str | None) -> Article:
    if not html.strip():
        raise InputProblem("empty file (no text)")
    fields, text = extract_html(html)
    paragraphs = [line for line in normalise_text(text).split("\n") if line]
    try:
        return _article("\n\n".join(paragraphs), fields, source=source, key=key, page=True)
    except InputProblem:
        raise InputProblem("no main text found in the HTML page") from None


def _jsonl_article(raw: bytes, *, source: str, key: str | None) -> Article:
    line = decode_bytes(raw)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        where = error.msg.removesuffix(" at")  # "Unterminated string starting at"
        raise InputProblem(f"not valid JSON ({where} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputProblem(f"not a JSON object (got {type(record).__name__})")
    text = record.get("text")
    if text is None:
        raise InputProblem('no "text" field')
    if not isinstance(text, str):
        raise InputProblem(f'"text" is not a string (got {type(text).__name__})')
    fields: dict[str, str] = {}
    for name in JSONL_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputProblem(f'"{name}" is not a string (got {type(value).__name__})')
        if value.strip():
            fields[name] = value.strip()
    body = normalise_text(text)
    if not body:
        raise InputProblem('"text" is empty')
    return _article(body, fields, source=source, key=key)


def _article(
    text: str, fields: dict[str, Any], *, source: str, key: str | None, page: bool = False
) -> Article:
    """Split off the headline and furniture, fill metadata, mint the id.

    A page (HTML, or any text that had furniture removed) must keep at least one
    sentence-like line; otherwise what is left is navigation, not an article.
    """
    given_title = _one_line(fields.get("title"))
    parts = split_page(text, given_title)
    if not parts.body or ((page or parts.dropped) and not has_prose(parts.body)):
        raise InputProblem("no article text (only a headline or page furniture)")
    url = _one_line(fields.get("url"))
    id_key = url or key or text
    return Article(
        id=article_id(id_key),
        text=parts.body,
        source=source,
        title=_one_line(parts.title),
        url=url,
        outlet=_one_line(fields.get("outlet")) or parts.outlet,
        published=_one_line(fields.get("published")),
        byline=_one_line(fields.get("byline")),
    )


# --- small helpers --------------------------------------------------------------------------


def _json_object(line: str) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _same_title(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    flat = " ".join(normalise_text(value).split())
    return flat or None


def _missing(path: Path) -> str:
    """Why ``path``, which does not exist, cannot be read: a symbolic link going round in
    a loop or to nothing is not "no such file"."""
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic links in a loop"
        if path.is_symlink():
            return "a symbolic link to nothing"
    return "no such file or folder"


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


def _problem(source: str, reason: str) -> SourceProblem:
    return SourceProblem(source=source, message=f"{source}: {reason}")
