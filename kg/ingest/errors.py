"""What ingest reports about bad input: raised for one file, yielded for a corpus."""

from __future__ import annotations

from dataclasses import dataclass


class IngestError(Exception):
    """One input cannot be read; the message names the file and says what is wrong."""


class InputProblem(ValueError):
    """Why some content is not an article (the message leaves out the file name)."""


@dataclass(frozen=True)
class SourceProblem:
    """A bad input, reported instead of raised so that the rest of a corpus still flows.

    ``source`` is the path as given (``"path#line"`` for a JSONL line, ``"<stdin>"``);
    ``message`` is one line that names it and says what is wrong.
    """

    source: str
    message: str

    def __str__(self) -> str:
        return self.message
