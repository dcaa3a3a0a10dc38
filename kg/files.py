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
