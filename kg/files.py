r"""Atomic files: every file the builder writes goes through :func:`write_atomic`.

The bytes land in a temporary file beside the target, are flushed to disk, and replace
the target in one ``os.replace``: a crash or Ctrl-C leaves either the old file or the
new one, never half of one.  No dependencies, so every stage (render included) can
use it without pulling in the store.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
>>> write_atomic(target, b"<urn:a> <urn:b> <urn:c> .\n")
>>> target.read_bytes()
b'<urn:a> <urn:b> <urn:c> .\n'
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


class AtomicFile:
    r"""A temporary file ``tmp`` beside ``path`` that becomes ``path`` on :meth:`commit`,
    for outputs written piece by piece (or by another library, given ``tmp``).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "claims.csv"
    >>> with AtomicFile(target) as pending:
    ...     _ = pending.tmp.write_text("claim\n")
    >>> target.read_text()
    'claim\n'
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        self.tmp = Path(name)

    def commit(self) -> None:
        """Flush ``tmp`` to disk and put it in place of ``path`` in one ``os.replace``;
        if that fails, ``tmp`` is removed and ``path`` left as it was."""
        try:
            with self.tmp.open("rb+") as written:
                os.fsync(written.fileno())
            os.chmod(self.tmp, 0o644)
            os.replace(self.tmp, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()
