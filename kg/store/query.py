r"""SPARQL queries: canned ones shipped as ``kg/queries/*.rq``, run on the embedded store
or any endpoint, printed as a table, CSV, TSV or JSON.

A canned query is a plain SPARQL file: its first comment line is its summary, then
``# @param NAME (KIND[, optional]) description`` lines declare its parameters, written
``$NAME`` in the query.  A value is bound as a SPARQL term (an escaped string literal,
a checked IRI or an integer), never pasted as text, so a value cannot change the query:

>>> sparql_term('"} ; DROP ALL ; #', "literal")
'"\\"} ; DROP ALL ; #"'
>>> sparql_term("https://example.org/kg/actor/russia", "iri")
'<https://example.org/kg/actor/russia>'
>>> query = canned_queries()["claims-by-actor"]
>>> "$actor" in query.bind({"actor": "Russia"})
False
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from kg.store.embedded import EmbeddedStore
from kg.store.http import Client, EndpointError

ParamKind = Literal["literal", "iri", "integer"]
PARAM_KINDS: tuple[ParamKind, ...] = ("literal", "iri", "integer")
OUTPUTS = ("table", "csv", "tsv", "json")

_PARAM_LINE = re.compile(r"#\s*@param\s+(\w+)\s+\((\w+)(,\s*optional)?\)\s*(.*)")
_INTEGER = re.compile(r"[+-]?\d+\Z")

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class QueryError(ValueError):
    """A query that cannot run: unknown name, missing or bad parameter, SPARQL error."""


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: ParamKind
    optional: bool
    description: str


@dataclass(frozen=True)
class CannedQuery:
    """A SPARQL query with named parameters (``$name`` in its text)."""

    name: str
    summary: str
    parameters: tuple[Parameter, ...]
    text: str

    @classmethod
    def parse(cls, name: str, text: str) -> CannedQuery:
        summary = ""
        parameters: list[Parameter] = []
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                if stripped:
                    break
                continue
            match = _PARAM_LINE.match(stripped)
            if match:
                pname, kind, optional, description = match.groups()
                if kind not in PARAM_KINDS:
                    raise QueryError(f"{name}: parameter {pname}: unknown kind {kind!r}")
                if optional and kind != "literal":
                    raise QueryError(f"{name}: only literal parameters can be optional")
                parameters.append(Parameter(pname, kind, bool(optional), description.strip()))
            elif not summary:
                summary = stripped.lstrip("#").strip()
        return cls(name, summary, tuple(parameters), text)

    def bind(self, values: Mapping[str, str]) -> str:
        """The query text with every ``$name`` replaced by its value as a SPARQL term.

        An optional parameter left out is the empty string (the queries treat it as
        "any").  Unknown or missing parameters raise :class:`QueryError`.
        """
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise QueryError(f"{self.name}: unknown parameter(s) {unknown} (it takes: {known})")
        terms: dict[str, str] = {}
        for parameter in self.parameters:
            if parameter.name in values:
                terms[parameter.name] = sparql_term(values[parameter.name], parameter.kind)
            elif parameter.optional:
                terms[parameter.name] = sparql_term("", "literal")
            else:
                raise QueryError(
                    f"{self.name}: needs --param {parameter.name}=VALUE ({parameter.description})"
                )
        if not terms:
            return self.text
        pattern = re.compile(r"\$(" + "|".join(map(re.escape, terms)) + r")(?!\w)")
        return pattern.sub(lambda m: terms[m.group(1)], self.text)


def sparql_term(value: str, kind: ParamKind) -> str:
    """``value`` as a SPARQL term of ``kind``: made and escaped by pyoxigraph, so it is
    one term whatever characters it holds; a bad IRI or integer raises :class:`QueryError`."""
    if kind == "literal":
        return str(ox.Literal(value))
    if kind == "iri":
        try:
            return str(ox.NamedNode(value))
        except ValueError as error:
            raise QueryError(f"not a valid IRI: {value!r} ({error})") from None
    if kind == "integer":
        if not _INTEGER.match(value.strip()):
            raise QueryError(f"not an integer: {value!r}")
        return str(int(value))
    raise QueryError(f"unknown parameter kind {kind!r}")


def canned_queries() -> dict[str, CannedQuery]:
    """The queries shipped in ``kg/queries``, by name (the file name without ``.rq``)."""
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = CannedQuery.parse(name, entry.read_text(encoding="utf-8"))
    return found


def load_query(name_or_path: str) -> CannedQuery:
    """A canned query by name, or a ``.rq`` file by path (with the same ``@param`` lines)."""
    queries = canned_queries()
    if name_or_path in queries:
        return queries[name_or_path]
    path = Path(name_or_path)
    if path.suffix in (".rq", ".sparql") and path.is_file():
        return CannedQuery.parse(path.stem, path.read_text(encoding="utf-8"))
    raise QueryError(
        f"no canned query or .rq file named {name_or_path!r} (kg query --list shows them)"
    )


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Results:
    """A SELECT's variables and rows (``None`` for an unbound value), or an ASK's answer."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None


def query_store(store: EmbeddedStore, sparql: str) -> Results:
    """Run a SELECT or ASK query on the embedded store (default graph: all graphs)."""
    try:
        answer = store.query(sparql)
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax error: {error}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Results(boolean=bool(answer))
    if not isinstance(answer, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries can be printed as a table")
    variables = tuple(v.value for v in answer.variables)
    rows = tuple(tuple(solution[v] for v in variables) for solution in answer)
    return Results(variables, rows)


def query_endpoint(url: str, sparql: str, client: Client | None = None) -> Results:
    """Run a SELECT or ASK query on a SPARQL 1.1 endpoint (the query protocol, by POST)."""
    from urllib.parse import urlencode

    client = client or Client()
    try:
        response = client.request(
            "POST",
            url,
            urlencode({"query": sparql}).encode("ascii"),
            content_type="application/x-www-form-urlencoded",
            accept="application/sparql-results+json",
        )
    except EndpointError as error:
        raise QueryError(str(error)) from None
    try:
        data = json.loads(response.body)
    except ValueError:
        raise QueryError(
            f"{url}: the answer is not SPARQL JSON results ({response.content_type})"
        ) from None
    if "boolean" in data:
        return Results(boolean=bool(data["boolean"]))
    variables = tuple(data["head"]["vars"])
    rows = tuple(
        tuple(_json_term(binding.get(v)) for v in variables)
        for binding in data["results"]["bindings"]
    )
    return Results(variables, rows)


def _json_term(value: Mapping[str, str] | None) -> Term | None:
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value:
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def format_results(results: Results, output: str = "table", *, width: int = 60) -> str:
    """``results`` as ``table`` (cells cut at ``width``), ``csv`` or ``tsv`` (the W3C
    SPARQL 1.1 CSV/TSV results formats) or ``json`` (SPARQL 1.1 JSON results)."""
    if output not in OUTPUTS:
        raise QueryError(f"unknown output {output!r}; choose from {', '.join(OUTPUTS)}")
    if results.boolean is not None:
        if output == "json":
            return json.dumps({"head": {}, "boolean": results.boolean}) + "\n"
        return ("true" if results.boolean else "false") + "\n"
    if output == "json":
        return _json(results)
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180, as the W3C format
        writer.writerow(results.variables)
        writer.writerows([_plain(t) for t in row] for row in results.rows)
        return buffer.getvalue()
    if output == "tsv":
        lines = ["\t".join("?" + v for v in results.variables)]
        lines += ["\t".join(_tsv(t) for t in row) for row in results.rows]
        return "\n".join(lines) + "\n"
    return _table(results, width)


def _plain(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _tsv(term: Term | None) -> str:
    if term is None:
        return ""
    return str(term).replace("\t", "\\t")


def _json(results: Results) -> str:
    bindings = []
    for row in results.rows:
        binding: dict[str, dict[str, str]] = {}
        for variable, term in zip(results.variables, row, strict=True):
            if term is None:
                continue
            if isinstance(term, ox.NamedNode):
                binding[variable] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                binding[variable] = {"type": "bnode", "value": term.value}
            else:
                item = {"type": "literal", "value": term.value}
                if term.language:
                    item["xml:lang"] = term.language
                elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    item["datatype"] = term.datatype.value
                binding[variable] = item
        bindings.append(binding)
    document = {"head": {"vars": list(results.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _table(results: Results, width: int) -> str:
    def cell(term: Term | None) -> str:
        text = " ".join(_plain(term).split())
        return text if len(text) <= width else text[: width - 1] + "…"

    header = list(results.variables)
    body = [[cell(t) for t in row] for row in results.rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines) + "\n"


def describe(queries: Mapping[str, CannedQuery]) -> str:
    """The text of ``kg query --list``."""
    lines: list[str] = []
    for query in queries.values():
        lines.append(f"{query.name}\n    {query.summary}")
        for p in query.parameters:
            need = "optional" if p.optional else "required"
            lines.append(f"    --param {p.name}=... ({p.kind}, {need}) {p.description}")
    return "\n".join(lines) + "\n"


def parse_params(items: Sequence[str]) -> dict[str, str]:
    """``["actor=Russia", ...]`` as a dict; a missing ``=`` raises :class:`QueryError`."""
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param needs NAME=VALUE, got {item!r}")
        values[name.strip()] = value
    return values
