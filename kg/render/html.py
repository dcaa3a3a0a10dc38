"""One self-contained, offline HTML page of a claims graph, drawn by vis-network via pyvis.

pyvis builds the node and edge records and ships the vis-network library; the page itself comes
from a small template of ours (``assets/page.html``), because pyvis's template links bootstrap
from a CDN and writes its heading unescaped.  The page makes no network request: vis-network's
JS and CSS are inlined, and a Content-Security-Policy forbids anything but inline code and
``data:`` images.

Article text is untrusted, so nothing from it is ever parsed as HTML:

* node and edge data travel as JSON in a ``<script type="application/json">`` element, with
  ``<``, ``>``, ``&`` and U+2028/U+2029 written as ``\\uXXXX`` escapes, so no string can close
  the element or start a comment;
* tooltips are plain strings, which vis-network 9 shows with ``innerText`` (tags appear
  literally); labels are drawn on a canvas;
* the few strings put into the HTML itself (title, legend) go through :func:`html.escape`.

Example:

>>> import networkx as nx, tempfile
>>> from pathlib import Path
>>> g = nx.MultiDiGraph()
>>> g.add_node("us", name="United States", kind="state")
>>> g.add_node("ru", name="Russia", kind="state")
>>> _ = g.add_edge("us", "ru", stance="accuse", cue="accused", quote="<b>meddled</b>")
>>> with tempfile.TemporaryDirectory() as tmp:
...     render_html(g, Path(tmp) / "graph.html", title="Who accuses whom")
...     page = (Path(tmp) / "graph.html").read_text(encoding="utf-8")
>>> "\\\\u003cb\\\\u003emeddled" in page and "<b>meddled" not in page
True
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.files import AtomicFile
from kg.render.curation import curation_fields, curation_script

__all__ = [
    "STANCE_STYLES",
    "KIND_STYLES",
    "to_html",
    "render_html",
    "edge_tooltip",
    "node_tooltip",
    "node_label",
    "json_for_script",
    "safe_url",
]

#: Edge colour and legend text per stance, in legend order; ``dashes`` for indirect edges.
STANCE_STYLES: dict[str, dict[str, Any]] = {
    "accuse": {"color": "#d62728", "label": "accuses"},
    "counter_accuse": {"color": "#ff7f0e", "label": "counter-accuses"},
    "criticize": {"color": "#e377c2", "label": "criticises"},
    "threaten": {"color": "#8c2d04", "label": "threatens"},
    "deny": {"color": "#1f77b4", "label": "denies"},
    "assert": {"color": "#bcbd22", "label": "claims"},
    "report": {"color": "#7f7f7f", "label": "reports on"},
    "approve": {"color": "#2ca02c", "label": "approves"},
    "decline_comment": {"color": "#aaaaaa", "label": "declines comment"},
    "cites": {"color": "#9467bd", "label": "cites (source)", "dashes": True},
    "against": {"color": "#444444", "label": "allegation against"},
}
_OTHER_STANCE = {"color": "#999999", "label": "other"}

#: Node shape and colour per actor kind (``allegation`` for dispute-graph nodes).
KIND_STYLES: dict[str, dict[str, str]] = {
    "state": {"shape": "diamond", "color": "#4e79a7", "label": "state"},
    "person": {"shape": "dot", "color": "#f28e2b", "label": "person"},
    "organisation": {"shape": "square", "color": "#59a14f", "label": "organisation"},
    "outlet": {"shape": "triangle", "color": "#b07aa1", "label": "news outlet"},
    "anonymous": {"shape": "dot", "color": "#bab0ac", "label": "anonymous source"},
    "group": {"shape": "hexagon", "color": "#9c755f", "label": "group"},
    "other": {"shape": "dot", "color": "#d7d7d7", "label": "other"},
    "allegation": {"shape": "box", "color": "#fff3b0", "label": "allegation"},
}

_MAX_QUOTE = 600
_MAX_LABEL = 48
_MAX_DETAILS = 5
_MAX_SOURCES = 20

_PHYSICS_OPTIONS: dict[str, Any] = {
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {
            "gravitationalConstant": -80,
            "centralGravity": 0.01,
            "springLength": 140,
            "springConstant": 0.08,
            "avoidOverlap": 0.5,
        },
        "minVelocity": 0.75,
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "multiselect": True},
    "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidth": 1},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "selectionWidth": 2},
}

#: Above this many nodes the layout trades polish for speed: no Kamada-Kawai seeding (quadratic),
#: Barnes-Hut, fewer stabilisation rounds and straight edges, so thousands of nodes settle.
LARGE_GRAPH = 600

_LARGE_GRAPH_OPTIONS: dict[str, Any] = {
    "layout": {"improvedLayout": False},
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -3000,
            "springLength": 120,
            "springConstant": 0.04,
            "damping": 0.3,
        },
        "minVelocity": 2,
        "stabilization": {"enabled": True, "iterations": 100, "updateInterval": 25, "fit": True},
    },
    "interaction": {
        "hover": True,
        "tooltipDelay": 200,
        "multiselect": True,
        "hideEdgesOnDrag": True,
    },
    "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidth": 1},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "selectionWidth": 2,
        "smooth": False,
    },
}


# --- escaping ------------------------------------------------------------------------------

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def json_for_script(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element, whatever strings it holds.

    ``ensure_ascii`` escapes U+2028/U+2029 (and all non-ASCII); ``<``, ``>`` and ``&`` become
    ``\\u003c``-style escapes, so ``</script>`` or ``<!--`` cannot appear in the output.

    >>> json_for_script({"q": "</script><!-- \\u2028"})
    '{"q": "\\\\u003c/script\\\\u003e\\\\u003c!-- \\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, allow_nan=False)
    return re.sub(r"[<>&]", lambda m: _SCRIPT_UNSAFE[m.group(0)], text)


def _clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def safe_url(url: Any) -> str | None:
    """``url`` when it is an absolute http(s) URL a page may link to, else ``None``.

    Article metadata is untrusted: ``javascript:``, ``data:``, relative or malformed URLs, and
    any with spaces or control characters, are never made links (they are still shown as text).

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    >>> safe_url(" https://example.org"), safe_url("//evil.example/x"), safe_url("http://")
    (None, None, None)
    """
    if not isinstance(url, str) or re.search(r"[\x00-\x20\x7f\\]", url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def _day(published: Any) -> str | None:
    """The ``YYYY-MM-DD`` part of an ISO 8601 date or datetime, for the date filter."""
    match = re.match(r"\d{4}-\d{2}-\d{2}", str(published or "").strip())
    return match.group(0) if match else None


# --- labels and tooltips (plain text) -------------------------------------------------------


def node_label(data: Mapping[str, Any], node_id: str) -> str:
    """Display name, then up to two roles on the next line.

    >>> node_label({"name": "Jane Roe", "roles": ("Foreign Minister",)}, "jane-roe")
    'Jane Roe\\nForeign Minister'
    """
    if data.get("type") == "allegation" or data.get("kind") == "allegation":
        return _wrap(_clip(data.get("summary") or data.get("name") or node_id, 90), 30)
    name = _clip(data.get("name") or node_id, _MAX_LABEL)
    roles = [_clip(role, _MAX_LABEL) for role in (data.get("roles") or ())[:2]]
    return "\n".join([name, *roles])


def _wrap(text: str, width: int) -> str:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _name(graph: nx.Graph, node_id: Any) -> str:
    if node_id in graph:
        data = graph.nodes[node_id]
        if data.get("type") == "allegation":
            return "allegation: " + _clip(data.get("summary") or str(node_id), 80)
        return str(data.get("name") or node_id)
    return str(node_id)


def node_tooltip(graph: nx.Graph, node_id: Any) -> str:
    """Plain-text tooltip of a node: who it is and how often it accuses or is accused."""
    data = graph.nodes[node_id]
    if data.get("type") == "allegation":
        lines = ["Allegation", _clip(data.get("summary") or "", _MAX_QUOTE)]
        accused = [_name(graph, a) for a in data.get("accused") or ()]
        if accused:
            lines.append("accused: " + ", ".join(accused))
        lines.append(f"claims: {data.get('claims', 0)}, deniers: {data.get('deniers', 0)}")
        return "\n".join(lines)
    kind = str(data.get("kind") or "other")
    lines = [f"{_name(graph, node_id)} ({KIND_STYLES.get(kind, KIND_STYLES['other'])['label']})"]
    if data.get("roles"):
        lines.append("role: " + "; ".join(data["roles"]))
    if data.get("affiliation"):
        lines.append("affiliation: " + _name(graph, data["affiliation"]))
    aliases = [a for a in data.get("aliases") or () if a != data.get("name")]
    if aliases:
        lines.append("also: " + _clip(", ".join(aliases), 200))
    counts = [
        f"{label} {data[key]}"
        for key, label in (
            ("accused", "accused"),
            ("accusing", "accusing"),
            ("denying", "denials"),
            ("denied", "denied by"),
            ("claims", "claims made"),
        )
        if data.get(key)
    ]
    if counts:
        lines.append(", ".join(counts))
    if data.get("wikidata"):
        lines.append("Wikidata: " + str(data["wikidata"]))
    return "\n".join(lines)


def _claim_lines(data: Mapping[str, Any]) -> list[str]:
    """The provenance part of an edge tooltip: cue, quote, hedges, document."""
    lines: list[str] = []
    if data.get("cue"):
        lines.append(f"cue: {data['cue']}")
    if data.get("quote"):
        lines.append("\u201c" + _clip(data["quote"], _MAX_QUOTE) + "\u201d")
    if data.get("said_as") and data.get("said_as") != data.get("quote"):
        lines.append("as written: \u201c" + _clip(data["said_as"], _MAX_QUOTE) + "\u201d")
    if data.get("claimer_role"):
        lines.append(f"claimer's role: {data['claimer_role']}")
    if data.get("hedges"):
        lines.append("hedged: " + ", ".join(data["hedges"]))
    if data.get("insertions"):
        lines.append("inserted by the outlet: " + " ".join(data["insertions"]))
    if data.get("voice") == "publisher":
        # an official text's own narration, not a speaker's words (kg.model.Voice)
        lines.append("voice: the publisher's own (no speaker in the sentence)")
    if data.get("rule"):
        lines.append(f"extraction rule: {data['rule']}")
    if data.get("via_allegation"):
        lines.append("(aimed at the accusers of the allegation it denies)")
    document = [str(data[key]) for key in ("title", "outlet", "published") if data.get(key)]
    if document:
        lines.append("document: " + " | ".join(document))
    if data.get("url") or data.get("source"):
        lines.append("source: " + str(data.get("url") or data.get("source")))
    if data.get("sentence_start") is not None:
        lines.append(
            f"sentence {data.get('sentence')}, "
            f"characters {data['sentence_start']}-{data.get('sentence_end')}"
        )
    return lines


def _stance_heading(data: Mapping[str, Any]) -> str:
    stance = str(data.get("stance") or "")
    heading = stance.replace("_", " ").upper()
    if data.get("negated"):
        heading = "NOT " + heading + " (negated)"
    if stance == "counter_accuse":
        heading += " (answers an earlier accusation)"
    return heading


def edge_tooltip(graph: nx.Graph, source: Any, target: Any, data: Mapping[str, Any]) -> str:
    """Plain-text tooltip of one edge, or of an aggregated edge with its first claims.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("ru", name="Russia")
    >>> g.add_node("us", name="United States")
    >>> print(edge_tooltip(g, "ru", "us", {"stance": "deny", "cue": "denied",
    ...                                     "hedges": ("so-called",)}))
    DENY
    Russia \u2192 United States
    cue: denied
    hedged: so-called
    """
    lines = [_stance_heading(data), f"{_name(graph, source)} \u2192 {_name(graph, target)}"]
    merged = data.get("edges")
    if isinstance(merged, tuple | list) and merged:
        stances = data.get("stances") or {}
        lines[0] = f"{data.get('count', len(merged))} claims: " + ", ".join(
            f"{s.replace('_', ' ')} {n}" for s, n in stances.items()
        )
        for detail in merged[:_MAX_DETAILS]:
            lines.extend(["", _stance_heading(detail), *_claim_lines(detail)])
        if len(merged) > _MAX_DETAILS:
            lines.extend(["", f"\u2026 and {len(merged) - _MAX_DETAILS} more"])
        return "\n".join(lines)
    if data.get("count", 1) > 1:
        lines.append(f"{data['count']} claims")
    lines.extend(_claim_lines(data))
    return "\n".join(lines)


# --- node and edge records ------------------------------------------------------------------


def _weight(graph: nx.Graph, node_id: Any) -> int:
    data = graph.nodes[node_id]
    counted = sum(int(data.get(key) or 0) for key in ("accused", "accusing", "denying", "denied"))
    return counted if counted else graph.degree(node_id)


def _search_text(data: Mapping[str, Any], node_id: Any) -> str:
    parts = [str(node_id), str(data.get("name") or ""), str(data.get("summary") or "")]
    parts += [str(x) for x in (data.get("aliases") or ())]
    parts += [str(x) for x in (data.get("roles") or ())]
    return " ".join(parts).lower()


def _node_record(
    graph: nx.Graph, node_id: Any, pages: Mapping[Any, str] | None = None
) -> dict[str, Any]:
    data = graph.nodes[node_id]
    kind = "allegation" if data.get("type") == "allegation" else str(data.get("kind") or "other")
    style = KIND_STYLES.get(kind, KIND_STYLES["other"])
    record: dict[str, Any] = {
        "label": node_label(data, str(node_id)),
        "title": node_tooltip(graph, node_id),
        "shape": style["shape"],
        "color": style["color"],
        "kind": kind,
        "search": _search_text(data, node_id),
    }
    if kind != "allegation":
        record["size"] = round(12 + 7 * math.sqrt(_weight(graph, node_id)), 1)
    elif data.get("corpus"):  # a corpus allegation: a dot sized by its claims, label below
        record["shape"] = "dot"
        record["size"] = round(10 + 6 * math.sqrt(int(data.get("claims") or 1)), 1)
    if pages and node_id in pages:
        record["page"] = pages[node_id]
        if kind == "allegation":
            record["pageText"] = "this allegation's claims, in date order"
    return record


def _claims_of(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The per-claim attribute dicts an edge stands for (one, or the merged ones)."""
    merged = data.get("edges")
    return list(merged) if isinstance(merged, tuple | list) and merged else [data]


def _filter_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """What the page's filters and details panel read off an edge: stances, outlets, days,
    and the source documents (a link only for http(s) URLs)."""
    claims = _claims_of(data)
    stances = list(data.get("stances") or {}) or [str(data.get("stance") or "")]
    outlets = sorted({str(c["outlet"]) for c in claims if c.get("outlet")})
    days = sorted({day for c in claims if (day := _day(c.get("published")))})
    sources: dict[str, dict[str, str]] = {}
    for claim in claims:
        where = claim.get("url") or claim.get("source") or claim.get("document")
        if not where or str(where) in sources:
            continue
        source = {"text": str(claim.get("title") or where), "where": str(where)}
        url = safe_url(claim.get("url"))
        if url:
            source["href"] = url
        sources[str(where)] = source
    return {
        "stances": stances,
        "outlets": outlets,
        "days": days,
        "sources": list(sources.values())[:_MAX_SOURCES],
    }


def _edge_records(graph: nx.Graph, large: bool = False) -> list[tuple[Any, Any, dict[str, Any]]]:
    """(source, target, vis options) per edge; parallel edges curve apart so each shows
    (on a ``large`` graph edges are straight: curves cost too much there)."""
    seen: dict[tuple[Any, Any], int] = {}
    records = []
    for number, (source, target, data) in enumerate(graph.edges(data=True)):
        stance = str(data.get("stance") or "")
        style = STANCE_STYLES.get(stance, _OTHER_STANCE)
        nth = seen.get((source, target), 0)
        seen[(source, target)] = nth + 1
        count = int(data.get("count") or 1)
        record: dict[str, Any] = {
            "id": f"e{number}",
            "title": edge_tooltip(graph, source, target, data),
            "stance": stance,
            "color": {"color": style["color"], "highlight": style["color"]},
            "width": round(1.5 + 1.5 * math.log2(count), 2),
            "dashes": bool(style.get("dashes") or data.get("negated")),
            "count": count,
            **_filter_fields(data),
            **curation_fields(data),  # the claim ids the "correct this" form offers
        }
        if not large:
            record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.12 + 0.14 * nth}
        records.append((source, target, record))
    return records


def _pyvis_network(graph: nx.Graph, pages: Mapping[Any, str] | None = None) -> Network:
    """Nodes and edges as pyvis holds them (ids as strings; pyvis adds ``arrows``)."""
    net = Network(directed=True, cdn_resources="in_line")
    for node_id in graph.nodes:
        record = _node_record(graph, node_id, pages)
        net.add_node(str(node_id), **record)
    large = graph.number_of_nodes() > LARGE_GRAPH
    for source, target, record in _edge_records(graph, large):
        net.add_edge(str(source), str(target), **record)
    return net


# --- the page -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as pyvis ships them, with the source-map comment removed."""
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    for name, text, closing in (("js", js, "</script"), ("css", css, "</style")):
        if closing in text.lower() or "<!--" in text:
            raise ValueError(f"vis-network {name} cannot be inlined safely")
    return js, css


@lru_cache(maxsize=1)
def _template() -> str:
    return resources.files("kg.render").joinpath("assets/page.html").read_text(encoding="utf-8")


#: A placeholder of the page template, ``@@NAME@@`` (split out, the name captured).
_TEMPLATE_MARK = re.compile(r"@@([A-Z_]+)@@")


def _legend_stances(stances: Iterable[str]) -> str:
    present = set(stances)
    ordered = [s for s in STANCE_STYLES if s in present] + sorted(present - set(STANCE_STYLES))
    items = []
    for stance in ordered:
        style = STANCE_STYLES.get(stance, _OTHER_STANCE)
        dashed = " dashed" if style.get("dashes") else ""
        color = html.escape(style["color"], quote=True)
        items.append(
            f'<label><input type="checkbox" value="{html.escape(stance, quote=True)}" checked>'
            f'<span class="swatch{dashed}" style="background:{color};border-color:{color}">'
            f"</span>{html.escape(style['label'] if stance in STANCE_STYLES else stance)}</label>"
        )
    return "\n".join(items)


def _legend_kinds(kinds: Iterable[str]) -> str:
    present = set(kinds)
    items = []
    for kind, style in KIND_STYLES.items():
        if kind in present:
            round_ = "border-radius:50%;" if style["shape"] == "dot" else ""
            items.append(
                f'<div><span class="kind-swatch" style="{round_}background:'
                f'{html.escape(style["color"], quote=True)}"></span> '
                f"{html.escape(style['label'])} ({html.escape(style['shape'])})</div>"
            )
    return "\n".join(items)


def navigation(links: Sequence[tuple[str, str]]) -> str:
    """Escaped ``<nav>`` links between the pages of a build (our own relative file names).

    >>> navigation([("Index", "index.html"), ("<Graph>", "graph.html")])
    '<nav><a href="index.html">Index</a> <a href="graph.html">&lt;Graph&gt;</a></nav>'
    """
    if not links:
        return ""
    items = " ".join(
        f'<a href="{html.escape(href, quote=True)}">{html.escape(label)}</a>'
        for label, href in links
    )
    return f"<nav>{items}</nav>"


def to_html(
    graph: nx.MultiDiGraph | nx.DiGraph,
    title: str = "Who accuses whom",
    *,
    links: Sequence[tuple[str, str]] = (),
    pages: Mapping[Any, str] | None = None,
    note: str = "",
) -> str:
    """The whole page as a string: vis-network inlined, data escaped, no external resource.

    Accepts :func:`kg.network.actor_graph`, its :func:`~kg.network.aggregate` and
    :func:`kg.network.dispute_graph`; node attributes ``name``, ``kind``, ``roles`` ... and
    edge attributes ``stance``, ``cue``, ``quote`` ... are used when present.  ``links`` go
    into the header (label, relative href), ``pages`` maps node ids to a page about that node
    (linked from the details panel), ``note`` is shown under the summary.
    """
    return "".join(_page(graph, title, links=links, pages=pages, note=note))


def _page(
    graph: nx.MultiDiGraph | nx.DiGraph,
    title: str,
    *,
    links: Sequence[tuple[str, str]] = (),
    pages: Mapping[Any, str] | None = None,
    note: str = "",
) -> Iterator[str]:
    """The page of :func:`to_html` in pieces, so that a big graph's page is written out
    as it is made instead of being held whole (several times over) in memory."""
    net = _pyvis_network(graph, pages)
    large = graph.number_of_nodes() > LARGE_GRAPH
    js, css = _vis_assets()
    stances = [s for e in net.edges for s in e.get("stances") or [e.get("stance") or ""]]
    claims = {
        c.get("claim")
        for _, _, d in graph.edges(data=True)
        for c in _claims_of(d)
        if c.get("claim")
    }
    summary = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges" + (
        f", {len(claims)} claims" if claims else ""
    )
    if note:
        summary += ". " + note
    values = {
        "TITLE": html.escape(title),
        "NAV": navigation(links),
        "SUMMARY": html.escape(summary),
        "STANCES": _legend_stances(stances),
        "KINDS": _legend_kinds(str(n.get("kind")) for n in net.nodes),
        "VIS_CSS": css,
        "VIS_JS": js,
        "CURATION": curation_script(),
    }
    options = _LARGE_GRAPH_OPTIONS if large else _PHYSICS_OPTIONS
    # one pass over the template, so a value that happens to contain "@@DATA@@" is never
    # substituted again
    for number, piece in enumerate(_TEMPLATE_MARK.split(_template())):
        if number % 2 == 0:
            yield piece
        elif piece == "DATA":
            yield from _payload(net.nodes, net.edges, options)
        else:
            yield values[piece]


def _payload(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], options: dict[str, Any]
) -> Iterator[str]:
    """``json_for_script({"nodes": nodes, "edges": edges, "options": options})``, the same
    characters, one record at a time (keys in sorted order, as ``sort_keys`` puts them).

    >>> "".join(_payload([{"id": "<a>"}], [], {})) == json_for_script(
    ...     {"nodes": [{"id": "<a>"}], "edges": [], "options": {}})
    True
    """
    for opening, records in (('{"edges": [', edges), ('], "nodes": [', nodes)):
        yield opening
        for number, record in enumerate(records):
            yield (", " if number else "") + json_for_script(record)
    yield '], "options": ' + json_for_script(options) + "}"


def render_html(
    graph: nx.MultiDiGraph | nx.DiGraph,
    path: Path,
    title: str = "Who accuses whom",
    **page: Any,
) -> None:
    """Write :func:`to_html` to ``path`` atomically (:class:`kg.files.AtomicFile`), piece by
    piece; ``page`` holds :func:`to_html`'s keyword options.

    A reader never sees a half-written page, and a failed render leaves the old file intact.
    """
    with (
        AtomicFile(Path(path)) as pending,
        pending.tmp.open("w", encoding="utf-8", newline="") as out,
    ):
        out.writelines(_page(graph, title, **page))
