"""Streaming RDF output: each document's quads go to disk as they come, the files at the end.

A build of many documents must not hold every quad in memory.  :class:`QuadSpool`
takes each document's N-Quads (already sorted, one named graph per document) and
appends them to a spool file beside the output; every ``run_size`` documents, the
union of their triples (each once, sorted) goes to a run file.  At the end:

* N-Quads, TriG and JSON-LD are the documents' chunks in graph-IRI order (copied,
  or re-serialised by pyoxigraph from that stream);
* Turtle and N-Triples are the sorted runs merged (block by block, sorted in C), each triple
  once;
* the embedded store is not loaded from here: the build hands it the same N-Quads
  in batches while the parse goes on (:mod:`kg.pipeline`; one load of this file at
  the end costs about as much CPU, and several times the memory:
  ``benchmarks/store_load.py --sizes``).

The bytes are exactly those of :func:`kg.rdf.serialize_quads` over all quads at
once (sorted by graph, subject, rdf:type first, predicate, object), but memory holds
one run of documents, not the corpus.

>>> import tempfile, pathlib
>>> import pyoxigraph as ox
>>> from kg.rdf import serialize_quads
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> a, p, g1, g2 = (ox.NamedNode(f"urn:{n}") for n in ("a", "p", "g1", "g2"))
>>> quads = [ox.Quad(a, p, ox.Literal("x"), g2), ox.Quad(a, p, ox.Literal("x"), g1)]
>>> with QuadSpool(folder) as spool:
...     for quad in quads:
...         spool.add(quad.graph_name.value, [quad])
...     spool.write(folder / "graph.ttl", "turtle")
>>> (folder / "graph.ttl").read_bytes() == serialize_quads(quads, "turtle")
True
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import shutil
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

import pyoxigraph as ox

from kg.files import AtomicFile
from kg.rdf import FORMATS
from kg.rdf.namespaces import PREFIXES

#: Documents whose triples are sorted together into one run file (bounds the memory).
RUN_SIZE = 64
#: Runs merged at once (open files); more are first merged in groups of this many.
MERGE_WIDTH = 128

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_RDF_TYPE_BYTES = _RDF_TYPE.encode()
_SORTABLE_TYPE_BYTES = b"\x00"
#: Bytes of lines :func:`_merge` reads from a run at a time (at most): each step sorts
#: the lines known to come before every line not yet read, in C.
_READ = 1 << 16
#: Bytes of lines :func:`_merge` reads from all its runs at once (about): a merge of many
#: runs reads less of each, so that its memory does not grow with the corpus.  ``_READ``
#: from each of ``MERGE_WIDTH`` runs (past 8,192 documents), with the copies a step makes
#: of what it read, peaked at 23 MiB (traced, 128 runs of 1.2 MiB); 1 MiB in all, at 3 MiB,
#: for the same CPU.  Up to 16 runs (1,024 documents) read as before.
_READ_ALL = 1 << 20


#: How an rdf:type predicate is written in the spool's *sortable* lines (see
#: :func:`triple_key`): below every character an IRI or escaped literal holds.
SORTABLE_TYPE = "\x00"


def triple_key(line: str) -> str:
    """The sort key of an N-Triples line for the order of :func:`kg.rdf.serialize_quads`
    (subject, rdf:type first, predicate, object): the line itself, with an rdf:type
    predicate written as :data:`SORTABLE_TYPE`, which sorts first.  The spool keeps its
    lines in this *sortable* form, so that plain string (or UTF-8 byte) order, done in
    C, is the order wanted; :func:`restore_type` turns them back into N-Triples.

    Comparing lines compares terms: subjects and predicates hold no space and no IRI is a
    prefix of another ("<a>" ends in its only ">"); the object, last, is followed by " ."
    and a shorter literal prefix of a longer one ('"a"', '"a"@en') meets a character
    above the space.

    >>> lines = ['<urn:a> <urn:p> "x" .\\n', f"<urn:a> {_RDF_TYPE} <urn:C> .\\n"]
    >>> sorted(lines, key=triple_key)[0].split()[1] == _RDF_TYPE
    True
    """
    start = line.find(" ") + 1
    if line.startswith(_RDF_TYPE, start):
        return line[:start] + SORTABLE_TYPE + line[start + len(_RDF_TYPE) :]
    return line


def restore_type(sortable: bytes) -> bytes:
    """Sortable lines (:func:`triple_key`) back as N-Triples: the sentinel appears nowhere
    else (N-Triples escapes U+0000 in literals; IRIs cannot hold it).

    >>> restore_type(triple_key(f"<urn:a> {_RDF_TYPE} <urn:C> .\\n").encode())[8:16]
    b'<http://'
    """
    return sortable.replace(_SORTABLE_TYPE_BYTES, _RDF_TYPE_BYTES)


class QuadSpool:
    """Per-document N-Quads on disk, and the final serialisations made from them.

    ``add`` each document's quads (one named graph per document, each graph added
    once), then ``write`` the files; ``close`` (or the ``with`` block) removes the spool.
    """

    def __init__(self, folder: Path, run_size: int = RUN_SIZE) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._dir = Path(tempfile.mkdtemp(prefix=".kg-spool-", dir=folder))
        self.path = self._dir / "spool.nq"
        self._spool: IO[bytes] = self.path.open("wb")
        self._chunks = _GraphIndex()  # graph IRI, offset, length
        self._run_size = run_size
        self._pending: list[bytes] = []  # N-Triples of documents not yet in a run
        self._runs: list[Path] = []

    def add(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Spool the quads of the named graph ``graph`` (the document's graph)."""
        self.add_serialized(*graph_chunks(graph, quads))

    def add_serialized(self, graph: str, nquads: bytes, ntriples: bytes) -> None:
        """Spool one graph already serialised (sorted) as N-Quads and as sortable
        N-Triples (:func:`triple_key`), as :func:`graph_chunks` and :func:`lines_chunks`
        make them (possibly on another machine)."""
        self._chunks.append(graph, self._spool.tell(), len(nquads))
        self._spool.write(nquads)
        self._pending.append(ntriples)
        if len(self._pending) >= self._run_size:
            self._flush_run()

    def add_lines(self, graph: str, lines: Iterable[str], block: int = 4096) -> None:
        """Spool the graph ``graph`` of sortable N-Triples ``lines`` (:func:`triple_key`;
        a repeated line is written once), as ``add_serialized(*lines_chunks(graph,
        lines))`` would, but ``block`` lines at a time, as a run of its own: the corpus
        graph grows with the corpus, and its serialisations held whole (with the copies
        a run's sort makes) would set the build's peak memory.  ``lines`` are read as
        they come: each ``block`` distinct lines are sorted into a part on disk, and the
        parts merged (each line once) into the run, which the N-Quads are made from."""
        if self._pending:  # the runs keep the order graphs came in (not that it matters)
            self._flush_run()
        run = self._dir / f"run-{len(self._runs):06d}.nt"
        parts: list[Path] = []
        made = itertools.count()  # the parts' numbers
        chunk: set[str] = set()
        for line in lines:
            chunk.add(line)
            if len(chunk) >= block:
                parts.append(self._part(run, next(made), chunk))
                chunk = set()
        if parts:
            if chunk:
                parts.append(self._part(run, next(made), chunk))
            while len(parts) > MERGE_WIDTH:  # a huge graph: merge in rounds
                group, parts = parts[:MERGE_WIDTH], parts[MERGE_WIDTH:]
                parts.append(self._merged_part(run, next(made), group))
            with run.open("wb") as out:
                _merge(parts, out, restore=False)
            for part in parts:
                part.unlink()
        else:  # one block: sorted here
            with run.open("wb") as out:
                out.write("".join(sorted(chunk)).encode("utf-8"))
        del chunk
        offset, length = self._spool.tell(), 0
        end = f" <{graph}> .\n".encode()
        with run.open("rb") as sorted_lines:
            while data := sorted_lines.read(1 << 20):
                data += sorted_lines.readline()  # whole lines: " .\n" is never cut
                nquads = restore_type(data).replace(b" .\n", end)
                self._spool.write(nquads)
                length += len(nquads)
        self._chunks.append(graph, offset, length)
        self._runs.append(run)

    @staticmethod
    def _part(run: Path, number: int, lines: set[str]) -> Path:
        part = run.with_name(f"{run.stem}-part-{number:06d}.nt")
        part.write_bytes("".join(sorted(lines)).encode("utf-8"))
        return part

    @staticmethod
    def _merged_part(run: Path, number: int, group: list[Path]) -> Path:
        part = run.with_name(f"{run.stem}-part-{number:06d}.nt")
        with part.open("wb") as out:
            _merge(group, out, restore=False)
        for merged in group:
            merged.unlink()
        return part

    def __len__(self) -> int:
        return len(self._chunks)

    def _flush_run(self) -> None:
        # Sortable lines: byte order is the order wanted (UTF-8 keeps code point order).
        # Each chunk is sorted already, and dict keeps that order while it drops repeats,
        # so the sort merges runs (Timsort) rather than sorting from scratch.
        lines = dict.fromkeys(b"".join(self._pending).splitlines(True))
        run = self._dir / f"run-{len(self._runs):06d}.nt"
        with run.open("wb") as out:
            out.write(b"".join(sorted(lines)))  # one write: writelines costs twice as much
        self._runs.append(run)
        self._pending = []

    def _finish(self) -> None:
        if self._pending or not self._runs:
            self._flush_run()
        while len(self._runs) > MERGE_WIDTH:  # a huge corpus: merge in rounds
            group, self._runs = self._runs[:MERGE_WIDTH], self._runs[MERGE_WIDTH:]
            merged = self._dir / f"run-{len(self._chunks)}-{len(self._runs):06d}.nt"
            with merged.open("wb") as out:
                _merge(group, out, restore=False)
            for run in group:
                run.unlink()
            self._runs.append(merged)
        self._spool.flush()

    def _ordered_nquads(self, out: IO[bytes]) -> None:
        with self.path.open("rb") as spool:
            # sorted as serialize_quads sorts graphs: by the N-Quads form "<iri>"
            chunks = self._chunks
            for number in sorted(range(len(chunks)), key=lambda n: f"<{chunks.graph(n)}>"):
                _, offset, length = chunks[number]
                spool.seek(offset)
                out.write(spool.read(length))

    def _merged_ntriples(self, out: IO[bytes]) -> None:
        _merge(self._runs, out, restore=True)

    def write(self, path: Path, fmt: str) -> None:
        """Write everything spooled to ``path`` in format ``fmt`` (atomically)."""
        self._finish()
        form = FORMATS[fmt]
        stream = self._dir / ("ordered.nq" if form.quads else "merged.nt")
        if not stream.exists():
            with stream.open("wb") as out:
                (self._ordered_nquads if form.quads else self._merged_ntriples)(out)
        with AtomicFile(path) as pending:
            tmp = pending.tmp
            if fmt in ("nquads", "nt"):
                shutil.copyfile(stream, tmp)
            else:
                source = ox.RdfFormat.N_QUADS if form.quads else ox.RdfFormat.N_TRIPLES
                # parsed N-Triples are default-graph quads, which the triple formats take
                # as they are.  Lenient (no IRI checks: 0.4 of the 1.1 ms per lean document
                # that graph.ttl costs): every IRI spooled is minted from a checked base
                # (kg.rdf.iri) or a vocabulary term, but an analyst's, checked when its
                # curation file is read (kg.curate.read); N-Triples and N-Quads, copied,
                # were never parsed, nor is the store's load
                quads = ox.parse(path=str(stream), format=source, lenient=True)
                ox.serialize(quads, str(tmp), format=form.rdf_format, prefixes=_PREFIXES)

    def graphs(self) -> list[str]:
        """The named graphs spooled, in the order they came."""
        return [graph for graph, _, _ in self._chunks]

    def close(self) -> None:
        try:
            self._spool.close()  # flushes: can fail on a full disk
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> QuadSpool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _GraphIndex:
    """Where each spooled graph is: its IRI, offset and length in the spool, in the order
    they came, as arrays (the IRIs as UTF-8 end to end): a list of tuples of a string and
    two ints took 227 bytes per document, this about the IRI's length and 24.

    >>> index = _GraphIndex()
    >>> index.append("urn:g1", 0, 10); index.append("urn:é", 10, 5)
    >>> list(index), len(index), index.graph(1)
    ([('urn:g1', 0, 10), ('urn:é', 10, 5)], 2, 'urn:é')
    """

    def __init__(self) -> None:
        self._names = bytearray()
        self._ends = array("Q")  # where each IRI ends in _names
        self._offsets = array("Q")
        self._lengths = array("Q")

    def append(self, graph: str, offset: int, length: int) -> None:
        self._names += graph.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._names))
        self._offsets.append(offset)
        self._lengths.append(length)

    def graph(self, number: int) -> str:
        start = self._ends[number - 1] if number else 0
        return self._names[start : self._ends[number]].decode("utf-8", "surrogatepass")

    def __getitem__(self, number: int) -> tuple[str, int, int]:
        return self.graph(number), self._offsets[number], self._lengths[number]

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        return (self[number] for number in range(len(self)))


def _merge(runs: list[Path], out: IO[bytes], *, restore: bool) -> None:
    """The sorted (sortable) N-Triples files ``runs`` as one sorted stream, each line once;
    with ``restore``, written back as N-Triples (:func:`restore_type`)."""
    if len(runs) == 1:  # sorted and each line once already
        with runs[0].open("rb") as run:
            while data := run.read(1 << 20):
                lines = data + run.readline()  # whole lines, so the sentinel is never cut
                out.write(restore_type(lines) if restore else lines)
        return
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(run.open("rb")) for run in runs]
        pending: list[list[bytes]] = [[] for _ in files]  # lines read, not yet written
        open_files = list(range(len(files)))
        read = max(1, min(_READ, _READ_ALL // len(files)))  # readlines(0) reads all
        while True:
            for number in open_files:
                if not pending[number]:
                    pending[number] = files[number].readlines(read)
            open_files = [n for n in open_files if pending[n]]
            if not open_files:
                break
            # every line up to the least of the open runs' last lines read is known: a
            # later line of a run is above its own last, so at least that least
            cutoff = min(pending[n][-1] for n in open_files)
            ready: list[bytes] = []
            for number in open_files:
                waiting = pending[number]
                if waiting[-1] <= cutoff:
                    ready += waiting
                    pending[number] = []
                else:
                    cut = bisect.bisect_right(waiting, cutoff)
                    ready += waiting[:cut]
                    pending[number] = waiting[cut:]
            # Timsort merges the runs' sorted stretches in C; a line in several runs
            # (an actor described by many documents) is written once
            _write_block(out, list(dict.fromkeys(sorted(ready))), restore)


def _write_block(out: IO[bytes], lines: list[bytes], restore: bool) -> None:
    data = b"".join(lines)
    out.write(restore_type(data) if restore else data)


def graph_chunks(graph: str, quads: Iterable[ox.Quad]) -> tuple[str, bytes, bytes]:
    """One graph's quads as the sorted N-Quads and N-Triples :meth:`QuadSpool.add_serialized`
    takes: the serialising half of the spool, for workers of a distributed build too.

    The same bytes as :func:`kg.rdf.serialize_quads`, several times faster: pyoxigraph
    writes the lines, which are sorted as strings (:func:`triple_key`), not as terms.

    >>> import pyoxigraph as ox
    >>> from kg.rdf import serialize_quads
    >>> g, a, p = (ox.NamedNode(f"urn:{n}") for n in ("g", "a", "p"))
    >>> quads = [ox.Quad(a, p, ox.Literal(n), g) for n in ("y", "x", "y")]
    >>> graph_chunks("urn:g", quads)[1] == serialize_quads(quads, "nquads")
    True
    """
    suffix = f" <{graph}> .\n"
    written = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    lines = written.decode("utf-8").splitlines(True)
    if not all(line.endswith(suffix) for line in lines):
        raise ValueError(f"quads outside the graph <{graph}>")
    return lines_chunks(graph, {triple_key(line[: -len(suffix)] + " .\n") for line in lines})


def triples_chunks(graph: str, triples: Iterable[str]) -> tuple[str, bytes, bytes]:
    """:func:`lines_chunks` of sortable N-Triples lines written without their `` .\\n``
    (``<s> <p> o``, as :func:`kg.rdf.serialize.document_triple_keys` makes them): the
    rdf stage's path.  Each line ends where its object ends, so sorting the keys sorts
    the lines (a key that is a prefix of another is followed there by ``^`` or ``@``,
    above the space of `` .``), and the graph goes in as the keys are joined, where
    replacing every `` .\\n`` afterwards costs three times as much.

    >>> keys = ['<urn:a> <urn:p> "y"', '<urn:a> <urn:p> "x"', '<urn:a> <urn:p> "x"']
    >>> triples_chunks("urn:g", keys) == lines_chunks("urn:g", [k + " .\\n" for k in keys])
    True
    """
    ordered = sorted(triples if isinstance(triples, set | frozenset) else set(triples))
    if not ordered:
        return graph, b"", b""
    # encoded line by line: joining the text would widen all of it to the widest
    # character of any line (an article's text holds curly quotes), twice
    lines = [line.encode("utf-8") for line in ordered]
    end, quad_end = b" .\n", f" <{graph}> .\n".encode()
    return graph, restore_type(quad_end.join(lines) + quad_end), end.join(lines) + end


def lines_chunks(graph: str, lines: Iterable[str]) -> tuple[str, bytes, bytes]:
    """:func:`graph_chunks` of the graph ``graph`` whose triples are the sortable
    N-Triples ``lines`` (:func:`triple_key`; a repeated line is written once), as
    :func:`kg.rdf.serialize.document_ntriples` makes them with
    ``rdf_type=SORTABLE_TYPE``.

    >>> lines_chunks("urn:g", ['<urn:a> <urn:p> "y" .\\n', '<urn:a> <urn:p> "x" .\\n'])[1]
    b'<urn:a> <urn:p> "x" <urn:g> .\\n<urn:a> <urn:p> "y" <urn:g> .\\n'
    """
    sortable = "".join(sorted(set(lines))).encode("utf-8")
    # a raw newline only ever ends a line (N-Triples escapes it in literals)
    nquads = restore_type(sortable).replace(b" .\n", f" <{graph}> .\n".encode())
    return graph, nquads, sortable
