"""The errors ``kg`` raises on purpose, and the exit codes they map to.

Three kinds of trouble, three outcomes:

* a bad command line or option value (:class:`UsageError`): exit 2, naming the option;
* a bad input (a file that cannot be read, a document too long to parse): named on
  stderr and skipped, the rest is built, exit 3 (:class:`~kg.ingest.SourceProblem`);
* anything else :class:`KgError` (an output folder that cannot be written, a build
  already running there, a store that is not there): exit 1 with one line.

Anything unexpected (a bug) also exits 1 with one line; ``kg --debug`` shows the
traceback.

>>> raise UsageError("must be at least 1", option="--jobs")
Traceback (most recent call last):
...
kg.errors.UsageError: --jobs: must be at least 1
>>> ExitStatus.for_error(OutputError("out: read-only"))
<ExitStatus.FAILED: 1>
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes of every ``kg`` command (documented in ``kg --help``)."""

    OK = 0  # every input was built
    FAILED = 1  # nothing could be built, or an error that stopped the command
    USAGE = 2  # bad command line (argparse's own code)
    PARTIAL = 3  # some inputs were bad and skipped; the rest was built
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT); a SIGTERM exits 143

    @classmethod
    def for_error(cls, error: BaseException) -> ExitStatus:
        return cls.USAGE if isinstance(error, UsageError) else cls.FAILED


class KgError(Exception):
    """The root of the errors ``kg`` raises on purpose: the message is one line for a user."""


class UsageError(KgError, ValueError):
    """A bad option value or combination; ``option`` names it (``--jobs``).

    A :class:`ValueError` too, so that API callers catching that keep working.
    """

    def __init__(self, message: str, *, option: str | None = None) -> None:
        super().__init__(f"{option}: {message}" if option else message)
        self.option = option


class InputError(KgError, ValueError):
    """A bad input; a build names it, skips it and builds the rest (exit 3); a command
    that reads one input exits 1."""


class OutputError(KgError):
    """An output cannot be written: a read-only or full disk, ``--out`` naming a file."""


class BuildLockedError(OutputError):
    """Another build is writing to the same output folder."""


class StaleOutputError(KgError):
    """A build folder whose outputs do not match its manifest (a build that did not finish)."""


class Interrupted(KeyboardInterrupt):
    """The process was asked to stop by a signal (SIGINT or SIGTERM), ``signum``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def one_line(text: object, limit: int = 300) -> str:
    r"""``text`` safe for a terminal on one line: control characters (escape sequences,
    newlines, carriage returns) shown as ``\x1b``-style escapes, cut at ``limit``.

    >>> one_line("evil\x1b[31m\nname")
    'evil\\x1b[31m\\nname'
    """
    shown = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in str(text)
    )
    return shown if len(shown) <= limit else shown[:limit] + "…"
