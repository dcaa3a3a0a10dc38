"""Analyst corrections that survive rebuilds: curation files, applied at resolve time.

A curation file (``kg build --curation FILE``; by default ``curation.ttl`` or
``curation.csv`` beside the sources) says where the extractor was wrong.  Each correction
names a claim or an actor by its stable id, says one thing about it (:data:`KINDS`), and
who made it, when, and why:

========================  =======  =====================================================
correction (CSV)          corrects value
========================  =======  =====================================================
``not-a-claim``           claim    (none): no claim here
``stance``                claim    a stance: ``deny``
``claimer``               claim    an actor: ``actor/russia``
``targets``               claim    actors, ``;``-separated (none: empty)
``content``               claim    the content as it stands in the claim's sentence
``same-allegation``       claim    a claim: merge their allegations
``own-allegation``        claim    (none): split the claim out of its allegation
``same-as``               actor    an actor (merge into it) or a Wikidata id (``Q7747``)
``not-same-as``           actor    an alias: the mentions written so are another actor
``kind``                  actor    an actor kind: ``person``
``role``                  actor    roles, ``;``-separated
``affiliation``           actor    an actor
``name``                  actor    a display name
========================  =======  =====================================================

The Turtle form uses the same kinds as properties (``ontology/curation.ttl``,
:mod:`kg.curate.read`).  Corrections are applied to each document as it is resolved
(:meth:`Curation.apply`), so every output (RDF, store, CSV, HTML, analytics) shows them;
the RDF keeps the machine's version (:mod:`kg.rdf.curation`).  Two corrections that
disagree are a problem naming both lines (neither applies; the build exits 3); one that
matches nothing is reported at the end of the build (:meth:`Curation.report`).

>>> from kg.curate.read import read_csv
>>> found, problems = read_csv(
...     "target,correction,value,analyst,date,note\\n"
...     "actor/wang,same-as,actor/wang-wenbin,Jane Roe,2026-12-03,one man\\n", "c.csv")
>>> len(Curation(found)), problems
(1, [])
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.curate.apply import Curation, CurationReport
from kg.curate.read import parse_line, read_csv, read_file, read_turtle
from kg.curate.vocabulary import KINDS, CurationError, Kind

__all__ = [
    "DEFAULT_NAMES",
    "KINDS",
    "Curation",
    "CurationError",
    "CurationReport",
    "Kind",
    "default_files",
    "load",
    "parse_line",
    "read_csv",
    "read_file",
    "read_turtle",
]

#: The curation files a build reads, when present beside the sources, unless told otherwise.
DEFAULT_NAMES = ("curation.ttl", "curation.csv")


def default_files(sources: Iterable[str | Path]) -> list[Path]:
    """``curation.ttl`` and ``curation.csv`` in each source folder (or a source file's
    folder), when they exist; each file once, in the order of the sources.

    >>> default_files(["-"])
    []
    """
    found: dict[Path, None] = {}
    for source in sources:
        if str(source) == "-":
            continue
        path = Path(source)
        folder = path if path.is_dir() else path.parent
        for name in DEFAULT_NAMES:
            candidate = folder / name
            if candidate.is_file():
                found.setdefault(candidate, None)
    return list(found)


def load(files: Iterable[str | Path] | None, sources: Iterable[str | Path] = ()) -> Curation | None:
    """The curation of a build: ``files`` when given (an empty list: none at all), else the
    default files beside ``sources``; ``None`` when there is nothing to read."""
    paths = list(files) if files is not None else default_files(sources)
    return Curation.from_files(paths) if paths else None
