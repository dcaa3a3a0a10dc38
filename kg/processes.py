"""Worker processes that never outlive the build, and signals that end a build cleanly.

spaCy's ``nlp.pipe(n_process=N)`` forks N parser processes.  Left alone, they outlive
a parent killed with ``kill -9`` (waiting for texts forever), print tracebacks when a
Ctrl-C reaches the whole process group, and can keep a parent that got a SIGINT
waiting on them for good.  So, while :func:`workers_die_with_parent` is active:

* a forked child ignores SIGINT (the parent decides what a Ctrl-C means) and asks the
  kernel for SIGKILL when its parent dies (Linux ``PR_SET_PDEATHSIG``), so nothing is
  left behind even after ``kill -9``;
* if the block ends with an error or an interruption, the children still alive are
  killed at once rather than waited for.

:func:`signals_interrupt` turns SIGINT and SIGTERM into :class:`kg.errors.Interrupted`
(after killing the children), so ``finally`` blocks remove temporaries and the CLI
exits 130 (143 for SIGTERM) with one line.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import warnings
from collections.abc import Iterator
from types import FrameType

from kg.errors import Interrupted

_PR_SET_PDEATHSIG = 1
_active = 0  # nesting depth of workers_die_with_parent
_parent = os.getpid()
_hooked = False


def _in_forked_child() -> None:
    if not _active:
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != _parent:  # the parent died before prctl took effect
        os._exit(1)


def _before_fork() -> None:
    global _parent
    _parent = os.getpid()


@contextlib.contextmanager
def workers_die_with_parent() -> Iterator[None]:
    """Processes forked inside the block ignore SIGINT and die with this process; on an
    error or interruption the ones still alive are killed."""
    global _active, _hooked
    if not _hooked and hasattr(os, "register_at_fork"):
        os.register_at_fork(before=_before_fork, after_in_child=_in_forked_child)
        _hooked = True
    _active += 1
    try:
        yield
    except BaseException:
        kill_children()
        raise
    finally:
        _active -= 1


def kill_children() -> int:
    """SIGKILL every live ``multiprocessing`` child of this process (the parser workers);
    how many there were.  Their exit codes are then not worth a warning."""
    children = multiprocessing.active_children()
    for child in children:
        with contextlib.suppress(Exception):
            child.kill()
    for child in children:
        with contextlib.suppress(Exception):
            child.join(timeout=5)
    if children:  # spaCy warns (W127) that its workers did not exit with 0: we killed them
        warnings.filterwarnings("ignore", message=r".*\[W127\]")
    return len(children)


#: Allocations between two young-generation collections inside :func:`fewer_collections`
#: (Python's default is 700).
YOUNG_THRESHOLD = 20_000


@contextlib.contextmanager
def fewer_collections(young: int = YOUNG_THRESHOLD) -> Iterator[None]:
    """Inside the block, the cyclic garbage collector runs less often and skips what was
    alive on entry (the model, the modules), in this process and in the processes forked
    inside the block (the parser workers inherit it); the old behaviour comes back after.

    A build allocates millions of small objects (tokens, spans, claims), few of them in
    reference cycles: with the defaults, collections took about an eighth of the
    extraction's CPU and a fifth of the resolution's.  Reference counting still frees
    every object that is not in a cycle at once; cycles wait a little longer.  Results
    never depend on it.
    """
    old = gc.get_threshold()
    gc.collect()  # what is garbage now is freed, not frozen for good
    gc.freeze()  # the objects alive now are never traversed again (and, forked, never copied)
    gc.set_threshold(young, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


@contextlib.contextmanager
def signals_interrupt() -> Iterator[None]:
    """Inside the block (main thread only), SIGINT and SIGTERM kill the worker processes
    and raise :class:`~kg.errors.Interrupted`; the old handlers come back after.  A
    signal ignored on entry (SIGINT of a background job) stays ignored."""

    interrupted: list[int] = []

    def interrupt(signum: int, frame: FrameType | None) -> None:
        kill_children()
        if interrupted:  # a second signal while cleaning up: stop now
            os._exit(128 + signum)
        interrupted.append(signum)
        raise Interrupted(signum)

    # a signal ignored when we started (a background job's SIGINT, nohup) stays ignored
    wanted = [s for s in (signal.SIGINT, signal.SIGTERM) if signal.getsignal(s) != signal.SIG_IGN]
    old = {s: signal.signal(s, interrupt) for s in wanted}
    try:
        yield
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)
