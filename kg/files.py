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
import hashlib
import json
import os
import shutil
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


# --- the output folder of a build: one build at a time, no debris, a manifest written last ---

#: The build's manifest: the outputs of the last build that finished, and their digests.
MANIFEST = "manifest.json"
#: The lock file a running build holds (``flock``: released when the process dies).
LOCK = ".kg-lock"
#: Temporaries a killed build can leave (a later build removes them, once it holds the lock).
STALE_PATTERNS = (".kg-spool-*", ".*.tmp")


class OutputFolder:
    """The output folder of one build, held for its length (``with``).

    On entry: refuses a path that is a file, or a folder that cannot be written, or one
    another build holds (a lock taken at once, never waited for); removes the temporaries
    a killed build left (:data:`STALE_PATTERNS`).  :meth:`begin` removes the old manifest,
    so that until :meth:`write_manifest` runs the folder says "no finished build here".

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with OutputFolder(out) as folder:
    ...     folder.begin()
    ...     _ = (out / "graph.ttl").write_text("x")
    ...     manifest = folder.write_manifest([out / "graph.ttl"])
    >>> manifest_problem(out) is None
    True
    >>> _ = (out / "graph.ttl").write_text("changed")
    >>> print(manifest_problem(out))
    graph.ttl changed since the build that wrote it (kg build again to repair it)
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: int | None = None

    def __enter__(self) -> OutputFolder:
        from kg.errors import OutputError

        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"{self.path}: --out names a file, not a folder")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write here: {error.strerror}") from None
        self._lock = self._take_lock()
        remove_stale_temporaries(self.path)
        return self

    @classmethod
    def check(cls, path: Path) -> None:
        """Raise now what entering would raise (a file, a held folder), without keeping
        the lock: for a command line to refuse before its slow imports."""
        if path.is_dir() and not (path / LOCK).exists():
            return
        with cls(path):
            pass

    def begin(self) -> None:
        """Before the first output is written: remove the manifest, so that until
        :meth:`write_manifest` the folder says "no finished build here"."""
        with contextlib.suppress(FileNotFoundError):
            (self.path / MANIFEST).unlink()

    def _take_lock(self) -> int | None:
        """The lock file, open and locked; removed again when the build ends, so a lock
        taken on a file that was just removed is taken again on the new one."""
        from kg.errors import BuildLockedError, OutputError

        lock = self.path / LOCK
        while True:
            try:
                fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise OutputError(f"{self.path}: cannot write here: {error.strerror}") from None
            try:
                import fcntl
            except ImportError:  # no flock (Windows): one build at a time is up to the user
                return fd
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise BuildLockedError(
                    f"{self.path}: another kg build is writing here; wait for it to finish "
                    "or choose another --out"
                ) from None
            try:
                if os.stat(lock).st_ino == os.fstat(fd).st_ino:
                    return fd
            except FileNotFoundError:
                pass
            os.close(fd)  # the holder removed it as we took it: lock the new one

    def write_manifest(self, files: list[Path], store: Path | None = None) -> Path:
        """Write the manifest, last: every output file (the files of output folders
        too) with its sha256, and the store's graph record digest."""
        outputs: dict[str, str] = {}
        for path in files:
            for item in sorted(path.rglob("*")) if path.is_dir() and path != store else [path]:
                if item.is_file():
                    outputs[item.relative_to(self.path).as_posix()] = _sha256(item)
        manifest: dict[str, object] = {"outputs": dict(sorted(outputs.items()))}
        if store is not None:
            manifest["store"] = {
                "path": os.path.relpath(store, self.path),
                "graphs": store_record_digest(store),
            }
        path = self.path / MANIFEST
        write_atomic(path, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"))
        return path

    def __exit__(self, *_: object) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                (self.path / LOCK).unlink()  # before the flock goes: see _take_lock
            os.close(self._lock)
            self._lock = None


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove what a killed build left in ``folder`` (and its subfolders): spool folders
    and the temporary files of :class:`AtomicFile`. Only safe while holding the lock."""
    removed = []
    for pattern in STALE_PATTERNS:
        for path in sorted(folder.rglob(pattern)):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            removed.append(path)
    return removed


def store_record_digest(store: Path) -> str | None:
    """A digest of the store's graph record (:func:`kg.store.embedded.read_digests`), which
    is empty when the store's files changed after the record was written."""
    from kg.store.embedded import read_digests

    digests = read_digests(store)
    if not digests:
        return None
    return hashlib.sha256(json.dumps(sorted(digests.items())).encode()).hexdigest()


def manifest_problem(folder: Path, only: Path | None = None) -> str | None:
    """Why the outputs in ``folder`` are not those of one finished build, or ``None``
    when they are: no manifest (a build running or killed), a file changed or gone, a
    store whose graphs changed.  ``only``: check just that output (a file, or the store
    folder), as a command that reads it does (a page redrawn by ``kg render`` since is
    no reason to doubt the store)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        outputs = dict(manifest["outputs"])
    except FileNotFoundError:
        return f"no {MANIFEST} in {folder}: the build that wrote it did not finish (kg build again)"
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"{folder / MANIFEST} cannot be read ({error}); kg build again"
    recorded = manifest.get("store") or {}
    store = folder / str(recorded["path"]) if recorded.get("path") else None
    if only is not None and only.is_dir():
        if store is None or store.resolve() != only.resolve():
            return f"{only} is not the store of the build in {folder}"
        outputs = {}
    elif only is not None:
        name = only.resolve().relative_to(folder.resolve()).as_posix()
        if name not in outputs:
            return f"{name} was not written by the last build in {folder}"
        outputs, store = {name: outputs[name]}, None
    for name, digest in outputs.items():
        path = folder / name
        if not path.is_file() or _sha256(path) != digest:
            return f"{name} changed since the build that wrote it (kg build again to repair it)"
    if store is not None and store_record_digest(store) != recorded.get("graphs"):
        return f"{store} changed since the build that wrote it (kg build again to repair it)"
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        while block := data.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
