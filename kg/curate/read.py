"""Reading curation files: the CSV form and the Turtle form, each correction with its line.

CSV (``curation.csv``): a header ``target,correction,value,analyst,date,note``, then one
correction per row; lines starting with ``#`` are comments::

    target,correction,value,analyst,date,note
    claim/doc-b450003331297750-c120-100-130,stance,deny,Jane Roe,2026-12-03,ironic "accuse"
    actor/wang,same-as,actor/wang-wenbin,Jane Roe,2026-12-03,

Turtle (``curation.ttl``): one ``kg:Correction`` per statement, usually one line; the
prefixes ``kg: stance: prov: dcterms: rdfs: xsd: wd:`` are declared for you, and claims and
actors may be written relative (``<claim/ID>``) or with any base::

    [] kg:corrects <claim/doc-b450003331297750-c120-100-130> ; kg:correctStance stance:deny ;
       prov:wasAttributedTo "Jane Roe" ; dcterms:created "2026-12-03"^^xsd:date .

>>> rows = "target,correction,value,analyst,date,note\\nactor/wang,kind,person,J,2026-12-03,\\n"
>>> [c.where for c in read_csv(rows, "curation.csv")[0]]
['curation.csv:2']
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.term import Node

from kg.curate.vocabulary import (
    ANALYST_IRI,
    KINDS,
    KINDS_BY_PROPERTY,
    CurationError,
    Kind,
    check_date,
    normalise_target,
    normalise_value,
)
from kg.model import Correction

COLUMNS = ("target", "correction", "value", "analyst", "date", "note")

KG_NS = "https://w3id.org/kg-claims/ontology#"
PROV_NS = "http://www.w3.org/ns/prov#"
DCTERMS_NS = "http://purl.org/dc/terms/"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"

#: Declared before every Turtle curation file is read (a file may declare them again).
PREFIXES = """@prefix kg: <https://w3id.org/kg-claims/ontology#> .
@prefix stance: <https://w3id.org/kg-claims/stance/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
"""

#: A problem with one correction: (where, message).
Problem = tuple[str, str]


def correction(
    target: str, kind_name: str, value: str, analyst: str, day: str, note: str, where: str
) -> Correction:
    """A checked :class:`Correction` (raises :class:`CurationError`)."""
    kind = KINDS.get(kind_name.strip().lower())
    if kind is None:
        raise CurationError(f"unknown correction {kind_name!r}; one of {', '.join(KINDS)}")
    target = normalise_target(target)
    if not target.startswith(kind.target + "/"):
        raise CurationError(f"{kind.name} corrects a {kind.target}, not {target}")
    if not analyst.strip():
        raise CurationError("who made the correction is missing (analyst)")
    analyst = " ".join(analyst.split())
    if ANALYST_IRI.match(analyst):
        try:  # the graph writes it as given: the rdf stage's only IRI not minted
            ox.NamedNode(analyst)
        except ValueError as error:
            raise CurationError(f"the analyst's IRI is not valid: {error}") from None
    if not day.strip():
        raise CurationError("when the correction was made is missing (date)")
    return Correction(
        target,
        kind.name,
        normalise_value(kind, value),
        analyst,
        check_date(day),
        note.strip(),
        where,
    )


# ---------------------------------------------------------------- CSV


def read_csv(text: str, name: str) -> tuple[list[Correction], list[Problem]]:
    """The corrections of a CSV curation file, and the problems of its bad rows."""
    found: list[Correction] = []
    problems: list[Problem] = []
    lines = io.StringIO(text)
    reader = csv.reader(lines)
    header: list[str] | None = None
    line = 1
    for row in reader:
        where, line = f"{name}:{line}", reader.line_num + 1
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            missing = [c for c in COLUMNS[:5] if c not in header]
            if missing:
                problems.append((where, f"the header lacks {', '.join(missing)}"))
                return found, problems
            continue
        cells = dict(zip(header, row, strict=False))
        try:
            target, kind, value, analyst, day, note = (cells.get(c, "") for c in COLUMNS)
            found.append(correction(target, kind, value, analyst, day, note, where))
        except CurationError as error:
            problems.append((where, str(error)))
    return found, problems


# ---------------------------------------------------------------- Turtle


def statements(text: str) -> Iterator[tuple[int, str, bool]]:
    """(first line, text, is a directive) of each top-level statement of a Turtle text.

    A statement ends at a ``.`` outside IRIs, strings, comments and brackets that is
    followed by white space or the end; directives (``@prefix``, ``PREFIX`` ...) are
    told apart so that they can be carried into every later statement.

    >>> [(line, directive) for line, _, directive in statements(
    ...     '@prefix ex: <http://ex/> .\\n\\nex:a ex:b "x.y" .\\n[ ex:c 1.5 ] .')]
    [(1, True), (3, False), (4, False)]
    """
    start, depth, at, line, first = 0, 0, 0, 1, None
    size = len(text)
    while at < size:
        char = text[at]
        if char == "\n":
            line += 1
        if first is None and not char.isspace():
            if char == "#":  # a comment before any statement
                end = text.find("\n", at)
                at = size if end == -1 else end
                continue
            first, start = line, at
            if re.match(r"(?i)(?:prefix|base)\s", text[at : at + 7]):
                end = text.find("\n", at)  # SPARQL-style directives have no "."
                end = size if end == -1 else end
                yield first, text[at:end], True
                first, at = None, end
                continue
        if char == "#":
            end = text.find("\n", at)
            at = size if end == -1 else end
            continue
        if char == "<" and (at + 1 < size and not text[at + 1].isspace()):
            end = text.find(">", at)
            if end != -1:
                line += text.count("\n", at, end)
                at = end + 1
                continue
        if char in "\"'":
            quote = text[at : at + 3] if text[at : at + 3] in ('"""', "'''") else char
            end = at + len(quote)
            while end < size and text[end : end + len(quote)] != quote:
                end += 2 if text[end] == "\\" else 1
            line += text.count("\n", at, end)
            at = end + len(quote)
            continue
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "." and depth == 0 and (at + 1 >= size or text[at + 1].isspace()):
            chunk = text[start : at + 1]
            assert first is not None
            yield first, chunk, chunk.lstrip().startswith("@")
            first = None
        at += 1
    if first is not None and text[start:].strip():
        yield first, text[start:], False


def read_turtle(text: str, name: str, base: str = "") -> tuple[list[Correction], list[Problem]]:
    """The corrections of a Turtle curation file, each named by its statement's line."""
    directives = PREFIXES
    graph = Graph()
    lines: dict[Node, int] = {}
    problems: list[Problem] = []
    for line, chunk, directive in statements(text):
        if directive:
            directives += chunk.strip() + "\n"
            continue
        part = Graph()
        try:
            part.parse(data=directives + chunk, format="turtle", publicID=base or None)
        except Exception as error:  # rdflib raises many kinds; all mean "not Turtle"
            message = " ".join(str(error).split())
            problems.append((f"{name}:{line}", f"not valid Turtle: {message[:200]}"))
            continue
        for triple in part:
            graph.add(triple)
        for node in part.subjects(URIRef(KG_NS + "corrects"), None):
            lines.setdefault(node, line)
    found: list[Correction] = []
    for node, line in sorted(lines.items(), key=lambda item: item[1]):
        where = f"{name}:{line}"
        try:
            found.extend(_corrections_of(graph, node, where))
        except CurationError as error:
            problems.append((where, str(error)))
    return found, problems


def _text(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef) and str(node) == str(RDF.nil):
        return ""
    return str(node)


def _values(graph: Graph, node: Node, prop: str) -> list[Node]:
    values: list[Node] = []
    for value in graph.objects(node, URIRef(prop)):
        if isinstance(value, URIRef) and value == RDF.nil:
            continue
        if (value, RDF.first, None) in graph:  # an RDF list: ( actor:a actor:b )
            values.extend(graph.items(value))
        else:
            values.append(value)
    return sorted(values, key=str) if prop.endswith(("Targets", "Role")) else values


def _one(graph: Graph, node: Node, prop: str) -> str:
    values = list(graph.objects(node, URIRef(prop)))
    if len(values) > 1:
        raise CurationError(f"{len(values)} values of <{prop}>; one expected")
    return _text(values[0]) if values else ""


def _corrections_of(graph: Graph, node: Node, where: str) -> Iterable[Correction]:
    targets = list(graph.objects(node, URIRef(KG_NS + "corrects")))
    if len(targets) != 1:
        raise CurationError(f"a correction corrects one thing ({len(targets)} given)")
    kinds: list[tuple[Kind, list[Node]]] = []
    for prop in sorted({str(p) for p in graph.predicates(node, None)}):
        kind = KINDS_BY_PROPERTY.get(prop[len(KG_NS) :]) if prop.startswith(KG_NS) else None
        if kind is not None:
            kinds.append((kind, _values(graph, node, prop)))
    if len(kinds) != 1:
        names = ", ".join(f"kg:{k.prop}" for k, _ in kinds) or "none"
        raise CurationError(f"a correction says one thing (found: {names})")
    kind, values = kinds[0]
    if kind.value not in ("actors", "texts") and len(values) > 1:
        raise CurationError(f"kg:{kind.prop} takes one value ({len(values)} given)")
    analyst = _one(graph, node, PROV_NS + "wasAttributedTo")
    agent = next(graph.objects(node, URIRef(PROV_NS + "wasAttributedTo")), None)
    if isinstance(agent, Literal) is False and agent is not None:
        analyst = str(agent)  # an IRI: an ORCID, a mailto:, a person's page
    value = "; ".join(_text(v) for v in values)
    if kind.value == "none" and values and isinstance(values[0], Literal):
        if values[0].toPython() is False:
            raise CurationError(f"kg:{kind.prop} false corrects nothing")
        value = ""
    yield correction(
        _text(targets[0]),
        kind.name,
        value,
        analyst,
        _one(graph, node, DCTERMS_NS + "created"),
        _one(graph, node, RDFS_NS + "comment"),
        where,
    )


# ---------------------------------------------------------------- files


def read_file(path: Path) -> tuple[list[Correction], list[Problem]]:
    """The corrections of one curation file (``.csv``, else Turtle), and its problems."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return [], [(name, f"cannot read the curation file: {error}")]
    if path.suffix.lower() == ".csv":
        return read_csv(text, name)
    return read_turtle(text, name, base=path.resolve().as_uri())


def parse_line(line: str) -> Correction:
    """One correction as the HTML form writes it: a CSV row (with or without the header)
    or one Turtle statement.  Raises :class:`CurationError` when it is not one.

    >>> parse_line('actor/wang,same-as,actor/wang-wenbin,Jane Roe,2026-12-03,').value
    'actor/wang-wenbin'
    >>> parse_line('https://example.org/kg/actor/wang,kind,person,J,2026-12-03,').target
    'actor/wang'
    """
    text = line.strip()
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    if rows and [cell.strip().lower() for cell in rows[0][:2]] == list(COLUMNS[:2]):
        rows = rows[1:]  # the header came along
    if rows and len(rows[0]) > 1 and rows[0][1].strip().lower() in KINDS:
        if not text.lower().startswith("target,"):
            text = ",".join(COLUMNS) + "\n" + text
        found, problems = read_csv(text, "line")
    else:
        found, problems = read_turtle(text, "line")
    if problems:
        raise CurationError(problems[0][1])
    if len(found) != 1:
        raise CurationError(f"{len(found)} corrections in the line; one expected")
    return found[0]
