"""Module-level switches set for a block and then restored: the benchmarks' ``--set`` and
their rows of settings (``benchmarks/claims/run.py``, ``benchmarks/allegations/flags.py``).

A switch is a module-level name that a stage reads when it runs (``VICTIM_JOIN`` in
:mod:`kg.resolve.victims`); a setting names it as ``MODULE.NAME=VALUE`` with a Python literal.
The module must already have the name, so that a typo fails instead of passing silently.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


def parse_setting(setting: str) -> tuple[object, str, object]:
    """``MODULE.NAME=VALUE`` as (the module, the name, the value).

    >>> module, name, value = parse_setting("kg.resolve.speakers.RUN_SPEAKER=True")
    >>> module.__name__, name, value
    ('kg.resolve.speakers', 'RUN_SPEAKER', True)
    """
    target, _, text = setting.partition("=")
    path, _, name = target.rpartition(".")
    if not path or not name or not text:
        raise ValueError(f"not MODULE.NAME=VALUE: {setting!r}")
    module = importlib.import_module(path)
    if not hasattr(module, name):
        raise ValueError(f"{path} has no {name}")
    return module, name, ast.literal_eval(text)


def parse_row(row: str) -> list[tuple[object, str, object]]:
    """Comma-joined settings, applied together, as :func:`parse_setting` reads each.

    >>> [(m.__name__, n, v) for m, n, v in parse_row("kg.resolve.victims.VICTIM_JOIN=True")]
    [('kg.resolve.victims', 'VICTIM_JOIN', True)]
    """
    return [parse_setting(setting) for setting in filter(None, row.split(","))]


@contextmanager
def settings(given: Iterable[str]) -> Iterator[None]:
    """The switches set for the block, then restored (in reverse order, so that a name set
    twice gets its first value back)."""
    parsed = [parse_setting(setting) for setting in given]
    old = [getattr(module, name) for module, name, _ in parsed]
    try:
        for module, name, value in parsed:
            setattr(module, name, value)
        yield
    finally:
        for (module, name, _), value in zip(reversed(parsed), reversed(old), strict=True):
            setattr(module, name, value)
