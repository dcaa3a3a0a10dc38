"""The settings of a build, checked once: shared by the CLI, :func:`kg.build` and Dask.

>>> BuildOptions(jobs=2, formats=("turtle", "nquads", "turtle")).formats
('turtle', 'nquads')
>>> BuildOptions(jobs=0)
Traceback (most recent call last):
...
kg.errors.UsageError: --jobs: must be at least 1, not 0

Adding a setting is one line here (a field with its default), plus its check in
:meth:`BuildOptions.__post_init__` when a value can be wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from kg.errors import UsageError
from kg.rdf import DEFAULT_BASE, DEFAULT_PROVENANCE, FORMATS, PROVENANCES

#: Engines of :func:`kg.build`.
ENGINES = ("local", "dask")


@dataclass(frozen=True)
class BuildOptions:
    """What a build writes and how it runs (every field a keyword of :func:`kg.build`).

    ``formats``: RDF files to write (keys of :data:`kg.rdf.FORMATS`); ``model``: the
    spaCy pipeline (``None``: the default); ``base``: the base IRI; ``jobs``: parser
    processes (Dask workers); ``batch_size``: documents per parser batch; ``store``:
    the embedded store folder, relative to the output (``None``: none); ``html``,
    ``ego``, ``export``: the pages (:func:`kg.render.write_pages`); ``keep_documents``:
    keep every document in the result; ``engine``: ``"local"`` or ``"dask"`` (on
    ``scheduler``, or a local cluster), ``partition_size`` articles a task;
    ``provenance``: ``"lean"`` or ``"full"``; ``curation``: the analyst's curation
    files (:mod:`kg.curate`; ``None`` reads ``curation.ttl`` and ``curation.csv`` beside
    the sources, ``()`` none).
    """

    formats: tuple[str, ...] = ("turtle",)
    model: str | None = None
    base: str = DEFAULT_BASE
    jobs: int = 1
    batch_size: int = 32
    store: str | Path | None = "store"
    html: bool = True
    ego: bool = False
    export: tuple[str, ...] = ()
    keep_documents: bool = True
    engine: str = "local"
    scheduler: str | None = None
    partition_size: int = 64
    provenance: str = DEFAULT_PROVENANCE
    #: actors graph.html opens on (``None``: :data:`kg.render.DEFAULT_VIEW`)
    default_view: int | None = None
    #: the analyst's curation files; ``None``: ``curation.ttl``/``.csv`` beside the sources
    curation: tuple[str | Path, ...] | None = None

    def __post_init__(self) -> None:
        # tuples without repeats (a list or generator given by a caller is taken too)
        object.__setattr__(self, "formats", tuple(dict.fromkeys(self.formats)))
        object.__setattr__(self, "export", tuple(dict.fromkeys(self.export)))
        if self.curation is not None:
            object.__setattr__(self, "curation", tuple(self.curation))
        for name in ("jobs", "batch_size", "partition_size"):
            _at_least_one(name, getattr(self, name))
        if self.default_view is not None:
            _at_least_one("default_view", self.default_view)
        _one_of("format", self.formats, sorted(FORMATS))
        from kg.render import EXPORT_FORMATS

        _one_of("export", self.export, EXPORT_FORMATS)
        _one_of("engine", (self.engine,), ENGINES)
        _one_of("provenance", (self.provenance,), PROVENANCES)
        if not self.formats:
            raise UsageError("give at least one RDF format", option="--format")

    @classmethod
    def of(cls, options: BuildOptions | None = None, **changes: Any) -> BuildOptions:
        """``options`` (or the defaults) with ``changes``; an unknown keyword is a
        :class:`~kg.errors.UsageError` naming it."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise UsageError(f"unknown build option(s) {unknown}; known: {sorted(known)}")
        base = options if options is not None else cls()
        values = {f.name: getattr(base, f.name) for f in fields(cls)}
        return cls(**{**values, **changes})


def option_name(field: str) -> str:
    """The command-line spelling of a field: ``batch_size`` -> ``--batch-size``."""
    return "--" + field.replace("_", "-")


def _at_least_one(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise UsageError(f"must be at least 1, not {value!r}", option=option_name(name))


def _one_of(name: str, values: tuple[str, ...], allowed: Iterable[str]) -> None:
    choices = list(allowed)
    unknown = [v for v in values if v not in choices]
    if unknown:
        raise UsageError(
            f"unknown {', '.join(map(repr, unknown))}; choose from {', '.join(choices)}",
            option=option_name(name),
        )
