"""GraphML and GEXF files of a claims graph, for Gephi, yEd or Cytoscape.

Both formats hold only scalar attributes, so tuples (roles, aliases, hedges) are joined with
``"; "``, ``None`` is left out and nested values (an aggregated edge's ``stances`` and ``edges``)
become JSON text.  Files are written atomically (:func:`kg.store.write_atomic`), like the HTML
page.

>>> import networkx as nx, tempfile
>>> from pathlib import Path
>>> g = nx.MultiDiGraph()
>>> g.add_node("ru", name="Russia", roles=(), affiliation=None)
>>> _ = g.add_edge("ru", "us", stance="deny", hedges=("so-called", "alleged"))
>>> flat = flatten(g)
>>> flat.edges["ru", "us", 0]["hedges"], "affiliation" in flat.nodes["ru"]
('so-called; alleged', False)
>>> with tempfile.TemporaryDirectory() as tmp:
...     write_graph(g, Path(tmp) / "claims.graphml")
...     "so-called; alleged" in (Path(tmp) / "claims.graphml").read_text(encoding="utf-8")
True
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.files import write_atomic

__all__ = ["flatten", "write_graph"]

_SEPARATOR = "; "


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, tuple | list | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        if all(isinstance(item, str | int | float) for item in items):
            return _SEPARATOR.join(str(item) for item in items)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _flat_attributes(data: dict[str, Any]) -> dict[str, Any]:
    flat = {key: _scalar(value) for key, value in data.items()}
    return {key: value for key, value in flat.items() if value is not None}


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose node and edge attributes are all str, int, float or bool."""
    flat = graph.__class__()
    flat.graph.update(_flat_attributes(dict(graph.graph)))
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_flat_attributes(data))
    if graph.is_multigraph():
        for source, target, key, data in graph.edges(keys=True, data=True):
            flat.add_edge(source, target, key=key, **_flat_attributes(data))
    else:
        for source, target, data in graph.edges(data=True):
            flat.add_edge(source, target, **_flat_attributes(data))
    return flat


def write_graph(graph: nx.Graph, path: Path) -> None:
    """Write ``graph`` as GraphML (``.graphml``) or GEXF (``.gexf``), chosen by the suffix."""
    path = Path(path)
    writers = {".graphml": nx.write_graphml, ".gexf": nx.write_gexf}
    if path.suffix not in writers:
        raise ValueError(f"{path.name}: use a .graphml or .gexf file name")
    buffer = io.BytesIO()
    writers[path.suffix](flatten(graph), buffer)
    write_atomic(path, buffer.getvalue())
