"""Render claims graphs for people: an offline, escaped HTML page (the only pyvis user), and
GraphML/GEXF files for Gephi.

>>> from kg.render import render_html, to_html, write_graph
"""

from kg.render.gephi import flatten, write_graph
from kg.render.html import (
    KIND_STYLES,
    STANCE_STYLES,
    edge_tooltip,
    json_for_script,
    node_label,
    node_tooltip,
    render_html,
    to_html,
)

__all__ = [
    "KIND_STYLES",
    "STANCE_STYLES",
    "edge_tooltip",
    "flatten",
    "json_for_script",
    "node_label",
    "node_tooltip",
    "render_html",
    "to_html",
    "write_graph",
]
