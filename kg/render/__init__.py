"""Render claims graphs for people: offline, escaped HTML pages (the only pyvis user), an
analytics index, and GraphML/GEXF files for Gephi.

>>> from kg.render import render_html, to_html, write_graph, write_pages
"""

from kg.render.explorer import (
    DEFAULT_VIEW,
    communities,
    default_view,
    explorer_html,
    layout,
    render_explorer,
)
from kg.render.gephi import flatten, write_graph
from kg.render.html import (
    KIND_STYLES,
    STANCE_STYLES,
    edge_tooltip,
    json_for_script,
    navigation,
    node_label,
    node_tooltip,
    render_html,
    safe_url,
    to_html,
)
from kg.render.pages import AGGREGATE_ABOVE, EXPORT_FORMATS, index_page, page_name, write_pages

__all__ = [
    "AGGREGATE_ABOVE",
    "DEFAULT_VIEW",
    "communities",
    "default_view",
    "explorer_html",
    "layout",
    "render_explorer",
    "EXPORT_FORMATS",
    "KIND_STYLES",
    "STANCE_STYLES",
    "edge_tooltip",
    "flatten",
    "index_page",
    "json_for_script",
    "navigation",
    "node_label",
    "node_tooltip",
    "page_name",
    "render_html",
    "safe_url",
    "to_html",
    "write_graph",
    "write_pages",
]
