"""``graph.html`` at any size: a readable default view of a claims graph, expanded on demand.

A corpus of thousands of articles has thousands of actors; drawn all at once they make a
hairball the browser cannot even lay out in time.  The explorer page instead

* opens on the :func:`default_view`: the most connected named actors (at most
  :data:`DEFAULT_VIEW`, a setting), with search, filters and "show neighbours" to expand;
* colours actors by their :func:`communities` (networkx's Louvain method), with a legend;
* places every actor at build time (:func:`layout`, networkx's spring layout), so the
  browser runs no physics;
* ships every claim as a small row of numbers and bundles them in the browser, *after*
  filtering, into one edge per pair of actors and stance: a filter shows exactly the
  claims it selects, and an edge's count is the number of selected claims it carries.

The functions that choose, group and place nodes work on any networkx graph whose edges
are claims (``stance``, and ``outlet`` / ``published`` when known), so the disputes page
can use the same rules.

Everything from an article travels as JSON in a ``<script type="application/json">``
element (see :func:`~kg.render.html.json_for_script`) and is shown as text: tooltips are
plain strings, the panel is filled with ``textContent``.

>>> g = nx.MultiDiGraph()
>>> g.add_node("us", name="United States", kind="state")
>>> g.add_node("ru", name="Russia", kind="state")
>>> g.add_node("crowd", name="protesters", kind="group")
>>> _ = g.add_edge("us", "ru", stance="accuse", claim="c1", quote="<b>meddled</b>")
>>> _ = g.add_edge("crowd", "ru", stance="criticize", claim="c2")
>>> default_view(g, limit=2)
['ru', 'us']
>>> page = explorer_html(g, limit=2)
>>> "\\\\u003cb\\\\u003emeddled" in page and "<b>meddled" not in page
True
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.files import AtomicFile
from kg.render.curation import curation_fields, curation_script
from kg.render.html import (
    _TEMPLATE_MARK,
    KIND_STYLES,
    STANCE_STYLES,
    _claim_lines,
    _day,
    _legend_stances,
    _stance_heading,
    _vis_assets,
    json_for_script,
    navigation,
    node_label,
    node_tooltip,
    safe_url,
)

__all__ = [
    "DEFAULT_VIEW",
    "NAMED_KINDS",
    "COMMUNITY_COLOURS",
    "default_view",
    "communities",
    "layout",
    "explorer_payload",
    "explorer_html",
    "render_explorer",
]

#: At most this many actors in the view a page opens on.
DEFAULT_VIEW = 150
#: Kinds of actor that have a name of their own (the default view prefers them).
NAMED_KINDS = frozenset({"state", "person", "organisation", "outlet"})
#: Colours of the largest communities, in order; the rest share :data:`_OTHER_COMMUNITY`.
COMMUNITY_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#8cd17d",
    "#499894",
    "#d37295",
)
_OTHER_COMMUNITY = "#c9c9c9"
#: Claims shown in full per bundle (pair of actors and stance); the rest are counted, and
#: listed in claims.csv: at 10,000 articles every quote would not fit in a page.
DETAILS_PER_BUNDLE = 4
#: At most this many claims shown in full in a page (about 150 bytes each), earliest first.
MAX_DETAILS = 30_000
#: Stances of structural edges that follow the node they leave (a dispute graph's edge from
#: an allegation to the accused): drawn while a selected claim touches that node.
FOLLOWING_STANCES = frozenset({"against"})
_SEED = 20240501


def _claims(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    merged = data.get("edges")
    return list(merged) if isinstance(merged, tuple | list) and merged else [data]


def _edge_claims(graph: nx.Graph) -> Iterator[tuple[Any, Any, Mapping[str, Any]]]:
    """(claimer, target, claim attributes) per claim, also for merged edges."""
    for source, target, data in graph.edges(data=True):
        for claim in _claims(data):
            yield source, target, claim


def _weights(graph: nx.Graph) -> Counter[Any]:
    """Claims by or about each node (a node's connectedness)."""
    weights: Counter[Any] = Counter()
    for source, target, _ in _edge_claims(graph):
        weights[source] += 1
        if target != source:
            weights[target] += 1
    return weights


def default_view(graph: nx.Graph, limit: int = DEFAULT_VIEW) -> list[Any]:
    """The ``limit`` most connected actors, named kinds (:data:`NAMED_KINDS`) first, by
    the claims by or about them; ties by id, so the view is the same run after run.

    Groups and other unnamed kinds fill the view only when there are fewer named actors.
    A dispute graph (allegation nodes) opens on its allegations instead: see
    :func:`_dispute_view`.
    """
    weights = _weights(graph)
    if any(_is_allegation(graph.nodes[node]) for node in graph.nodes):
        return _dispute_view(graph, weights, max(0, limit))

    def rank(node: Any) -> tuple[bool, int, str]:
        data = graph.nodes[node]
        kind = "allegation" if data.get("type") == "allegation" else data.get("kind")
        named = kind in NAMED_KINDS or kind == "allegation" or kind == "anonymous"
        return (not named, -weights[node], str(node))

    linked = [node for node in graph.nodes if weights[node]]
    return sorted(linked, key=rank)[: max(0, limit)]


def _is_allegation(data: Mapping[str, Any]) -> bool:
    return data.get("type") == "allegation"


#: Share of a dispute graph's default view given to allegations (the rest: their actors).
ALLEGATION_SHARE = 1 / 3


def _dispute_view(graph: nx.Graph, weights: Counter[Any], limit: int) -> list[Any]:
    """The most claimed allegations (by claims about them, then distinct disputants), about
    :data:`ALLEGATION_SHARE` of ``limit``, then the actors with most claims about those
    (accusers and deniers by their claims, the accused by all the claims about them), so
    that every allegation in view has its disputes.

    The actors most active across the whole corpus would fill the view without a single
    allegation between them (every claim of a dispute graph goes through one)."""
    disputants: Counter[Any] = Counter()
    for _, target in graph.edges():
        if _is_allegation(graph.nodes[target]):
            disputants[target] += 1
    allegations = sorted(
        (node for node in graph.nodes if _is_allegation(graph.nodes[node]) and weights[node]),
        key=lambda node: (-weights[node], -disputants[node], str(node)),
    )
    chosen = allegations[: max(1, round(limit * ALLEGATION_SHARE))] if limit else []
    around: Counter[Any] = Counter()
    for node in chosen:
        about = 0
        for source, _, data in graph.in_edges(node, data=True):
            around[source] += len(_claims(data))
            about += len(_claims(data))
        for accused in graph.succ[node]:  # every claim about the allegation is about them
            around[accused] += about
    members = set(chosen)
    actors = sorted(
        (node for node in around if node not in members),
        key=lambda node: (-around[node], -weights[node], str(node)),
    )
    view = chosen + actors[: max(0, limit - len(chosen))]
    if len(view) < limit:  # a small graph: the rest by the usual rule
        rest = [n for n in graph.nodes if weights[n] and n not in set(view)]
        rest.sort(key=lambda node: (-weights[node], str(node)))
        view += rest[: limit - len(view)]
    return view


def _undirected(graph: nx.Graph) -> nx.Graph:
    """A simple undirected graph, claims counted as ``weight``, built in sorted order so
    that Louvain and the layout see the same graph whatever order edges were added in."""
    weights: Counter[tuple[str, str]] = Counter()
    for source, target, _ in _edge_claims(graph):
        if source != target:
            a, b = sorted((str(source), str(target)))
            weights[(a, b)] += 1
    simple = nx.Graph()
    simple.add_nodes_from(sorted(str(node) for node in graph.nodes))
    for (a, b), weight in sorted(weights.items()):
        # a pair with thousands of claims must not pull its two actors onto one spot
        simple.add_edge(a, b, weight=weight, pull=1 + math.log2(weight))
    return simple


def communities(graph: nx.Graph, seed: int = _SEED) -> dict[Any, int]:
    """Community number per node (Louvain on the claims, undirected, weighted by their
    number), 0 for the largest; deterministic for a given graph.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("c", "d"), ("d", "e"), ("e", "c")])
    >>> found = communities(g)
    >>> found["c"] == found["d"] == found["e"] == 0, found["a"] == found["b"] == 1
    (True, True)
    """
    simple = _undirected(graph)
    if simple.number_of_edges() == 0:
        groups = [{node} for node in simple.nodes]
    else:
        groups = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ordered = sorted(groups, key=lambda group: (-len(group), min(group)))
    by_name = {node: number for number, group in enumerate(ordered) for node in group}
    return {node: by_name[str(node)] for node in graph.nodes}


#: Pixels between neighbouring actors of the default view, about.
SPACING = 180
#: Parts of the default view up to this size are laid out by Kamada-Kawai (quadratic in
#: the nodes, so bigger parts get the spring layout).
KAMADA_KAWAI_UP_TO = 200


def _one_blas_thread() -> AbstractContextManager[object]:
    """OpenBLAS (numpy's and scipy's) on one thread: the layouts make thousands of small
    calls, between which OpenBLAS's idle threads spin, doubling the render's CPU for no
    gain in time (the results are the same: no call is large enough to be split)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - installed with scipy's users; only CPU is lost
        return nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _component_layout(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout of one connected graph, centred on 0, about :data:`SPACING` apart."""
    if graph.number_of_nodes() == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    radius = SPACING * math.sqrt(graph.number_of_nodes()) / 2
    # on a plain copy, its nodes in sorted order: both layouts' results depend on the
    # order of the nodes, and a small view of a large graph walks them in hash order
    # (different from one process to the next); on a subgraph view, the layout's
    # breadth-first searches and its distance matrix also filter every node they visit,
    # and cost more than the layout itself
    plain = nx.Graph()
    plain.add_nodes_from(sorted(graph))
    plain.add_edges_from(graph.edges(data=True))
    if graph.number_of_nodes() <= KAMADA_KAWAI_UP_TO:
        # even spacing by path length, which reads better than springs on a small view
        start = nx.circular_layout(sorted(plain.nodes))
        with _one_blas_thread():
            found = nx.kamada_kawai_layout(plain, pos=start, weight=None, scale=radius)
    else:
        with _one_blas_thread():
            found = nx.spring_layout(plain, weight="pull", seed=seed, iterations=150, scale=radius)
    return {str(node): (float(x), float(y)) for node, (x, y) in found.items()}


def _pack(parts: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Components side by side in rows, the largest first (spring layout alone would fling
    the small ones far off, and the page's first view would be mostly empty)."""
    placed: dict[str, tuple[float, float]] = {}
    boxes = []
    for part in parts:
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    # rows about as wide as the whole is tall: a square-ish picture fits a screen
    area = sum((b[1] - b[0] + SPACING) * (b[3] - b[2] + SPACING) for b in boxes)
    width = max((box[1] - box[0] for box in boxes), default=0) + SPACING
    width = max(width, 1.3 * math.sqrt(area), 6 * SPACING)
    x = y = row_height = 0.0
    for part, (left, right, top, bottom) in zip(parts, boxes, strict=True):
        w, h = right - left + SPACING, bottom - top + SPACING
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (nx_, ny) in part.items():
            placed[node] = (x + nx_ - left, y + ny - top)
        x += w
        row_height = max(row_height, h)
    return placed


def layout(
    graph: nx.Graph, core: Sequence[Any] = (), seed: int = _SEED
) -> dict[Any, tuple[int, int]]:
    """Pixel positions of every node, computed once at build time (no physics in the page).

    ``core`` (the default view) is laid out on its own, each connected part by networkx's
    Kamada-Kawai (or, past :data:`KAMADA_KAWAI_UP_TO` actors, spring) layout, the parts
    packed side by side, so the view a page opens on is spread out.  Everyone else is put
    near the placed actor they have most claims with (on a spiral around it, in a fixed
    order), or, with none, in rows below: linear in the edges, so thousands of actors
    cost little beside the core's layout.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("a", "d")])
    >>> placed = layout(g, core=["a", "b", "c"])
    >>> sorted(placed), all(isinstance(v, int) for xy in placed.values() for v in xy)
    (['a', 'b', 'c', 'd'], True)
    """
    simple = _undirected(graph)
    if simple.number_of_nodes() == 0:
        return {}
    names = list(dict.fromkeys(str(node) for node in core if str(node) in simple))
    core_graph = simple.subgraph(names)
    parts = sorted(
        (sorted(part) for part in nx.connected_components(core_graph)),
        key=lambda part: (-len(part), part[0]),
    )
    placed = _pack([_component_layout(core_graph.subgraph(part), seed) for part in parts])
    # the rest, breadth first from what is placed: near its strongest placed partner
    around: Counter[str] = Counter()
    frontier = list(placed)
    while frontier:
        following: list[str] = []
        for node in frontier:
            partners = sorted(
                (n for n in simple.adj[node] if n not in placed),
                key=lambda n: (-simple.edges[node, n]["weight"], n),
            )
            for partner in partners:
                if partner in placed:
                    continue
                around[node] += 1
                turn = around[node] * 2.39996  # the golden angle: a spiral, no overlaps
                distance = 0.6 * SPACING * math.sqrt(around[node])
                x, y = placed[node]
                placed[partner] = (x + distance * math.cos(turn), y + distance * math.sin(turn))
                following.append(partner)
        frontier = following
    rest = [node for node in simple.nodes if node not in placed]
    if rest:
        bottom = max((y for _, y in placed.values()), default=0.0) + 2 * SPACING
        unplaced = simple.subgraph(rest)
        parts = sorted(
            (sorted(part) for part in nx.connected_components(unplaced)),
            key=lambda part: (-len(part), part[0]),
        )
        packed = _pack([_ring(unplaced.subgraph(part)) for part in parts])
        placed.update({node: (x, y + bottom) for node, (x, y) in packed.items()})
    return {
        node: (round(placed[str(node)][0]), round(placed[str(node)][1]))
        for node in graph.nodes
        if str(node) in placed
    }


def _ring(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Nodes on a circle in sorted order (cheap, for parts outside the default view)."""
    nodes = sorted(graph.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    radius = SPACING * len(nodes) / (2 * math.pi) + SPACING / 2
    step = 2 * math.pi / len(nodes)
    return {
        node: (radius * math.cos(n * step), radius * math.sin(n * step))
        for n, node in enumerate(nodes)
    }


# --- the page's data ------------------------------------------------------------------------


class _Table:
    """Distinct strings of a column, numbered in order of first use."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        return self.number.setdefault(value, len(self.number))

    def values(self) -> list[str]:
        return list(self.number)


def _community_legend(
    graph: nx.Graph, found: Mapping[Any, int], weights: Counter[Any]
) -> list[list[Any]]:
    """[colour, label, members] per coloured community; the label names its biggest actors."""
    members: dict[int, list[Any]] = {}
    for node, number in found.items():
        if weights[node]:
            members.setdefault(number, []).append(node)
    legend = []
    for number in sorted(members)[: len(COMMUNITY_COLOURS)]:
        top = sorted(members[number], key=lambda n: (-weights[n], str(n)))[:3]
        names = ", ".join(str(graph.nodes[n].get("name") or n) for n in top)
        more = len(members[number]) - len(top)
        legend.append(
            [
                COMMUNITY_COLOURS[number],
                names + (f" +{more}" if more > 0 else ""),
                len(members[number]),
            ]
        )
    return legend


#: Claim attributes that describe its document (shared by the document's claims).
_DOCUMENT_KEYS = ("title", "outlet", "published", "url", "source")


def _document(claim: Mapping[str, Any]) -> list[str]:
    """[title, where it is, http(s) link or "", its tooltip lines] of a claim's document."""
    where = str(claim.get("url") or claim.get("source") or claim.get("document") or "")
    title = str(claim.get("title") or where)
    lines = _claim_lines({key: claim.get(key) for key in _DOCUMENT_KEYS})
    return [title, where, safe_url(claim.get("url")) or "", "\n".join(lines)]


def _claim_text(claim: Mapping[str, Any]) -> str:
    """Tooltip lines of one claim, without its document's (those are shared)."""
    own = {key: value for key, value in claim.items() if key not in _DOCUMENT_KEYS}
    return "\n".join([_stance_heading(claim), *_claim_lines(own)])


def _split_claim_id(claim_id: str, claim: Mapping[str, Any], prefixes: _Table) -> list[Any]:
    """[number of its document's prefix or -1, the rest] of a claim id: ids begin with their
    document's id, which would otherwise be repeated in the page for every claim."""
    document = str(claim.get("document") or "")
    if document and claim_id.startswith(document + "-"):
        return [prefixes(document + "-"), claim_id[len(document) + 1 :]]
    return [-1, claim_id]


def explorer_payload(
    graph: nx.Graph,
    *,
    limit: int = DEFAULT_VIEW,
    pages: Mapping[Any, str] | None = None,
) -> dict[str, Any]:
    """The page's data: actors (with position, community, tooltip), claims as rows of
    numbers, the details of the first claims of each bundle, each claim's id for the
    "correct this" form, and the default view.

    A claim row is ``[claimer, target, stance, outlet, day, detail, curation]`` (numbers
    into ``actors``, ``stances``, ``outlets``, ``days``, ``details`` and ``curation``, -1
    for none); a ``curation`` row is ``[prefix, rest of the claim id, label]``;
    ``following`` lists the stances drawn only beside a selected claim (see
    :data:`FOLLOWING_STANCES`)."""
    weights = _weights(graph)
    nodes = [node for node in graph.nodes if weights[node]]
    shown = default_view(graph, limit)
    linked = graph.subgraph(nodes)
    found = communities(linked)
    placed = layout(linked, shown)
    number = {node: n for n, node in enumerate(nodes)}
    actors = []
    for node in nodes:
        data = graph.nodes[node]
        kind = (
            "allegation" if data.get("type") == "allegation" else str(data.get("kind") or "other")
        )
        community = found.get(node, -1)
        x, y = placed.get(node, (0, 0))
        search = " ".join(
            [str(node), str(data.get("name") or ""), *map(str, data.get("aliases") or ()),
             *map(str, data.get("roles") or ())]
        ).lower()  # fmt: skip
        actors.append(
            [
                str(node),
                node_label(data, str(node)),
                kind,
                community if community < len(COMMUNITY_COLOURS) else -1,
                x,
                y,
                round(5 + 3 * math.log2(1 + weights[node]), 1),
                node_tooltip(graph, node),
                search,
                (pages or {}).get(node, ""),
            ]
        )
    stances, outlets, days, texts = _Table(), _Table(), _Table(), _Table()
    labels, prefixes = _Table(), _Table()
    curation: list[list[Any]] = []
    documents: dict[str, int] = {}
    document_rows: list[list[str]] = []
    details: list[list[int]] = []
    detailed: Counter[tuple[int, int, int]] = Counter()
    rows: list[list[int]] = []
    for source, target, claim in _edge_claims(graph):
        if source not in number or target not in number:
            continue
        stance = stances(str(claim.get("stance") or ""))
        outlet = outlets(str(claim["outlet"])) if claim.get("outlet") else -1
        day = _day(claim.get("published"))
        bundle = (number[source], number[target], stance)
        detail = -1
        if detailed[bundle] < DETAILS_PER_BUNDLE and len(details) < MAX_DETAILS:
            detailed[bundle] += 1
            detail = len(details)
            key = str(claim.get("document") or claim.get("url") or claim.get("source") or "")
            if key not in documents:
                documents[key] = len(document_rows)
                document_rows.append(_document(claim))
            details.append([texts(_claim_text(claim)), documents[key]])
        listed = curation_fields(claim)["curation"]
        form = -1
        if listed:  # one claim per row (merged edges are split into their claims above)
            form = len(curation)
            curation.append(
                [*_split_claim_id(str(listed[0]["claim"]), claim, prefixes),
                 labels(str(listed[0]["label"]))]
            )  # fmt: skip
        rows.append(
            [number[source], number[target], stance, outlet, days(day) if day else -1, detail,
             form]
        )  # fmt: skip
    return {
        "actors": actors,
        "claims": rows,
        "communities": _community_legend(graph, found, weights),
        "curation": curation,
        "curation_labels": labels.values(),
        "curation_prefixes": prefixes.values(),
        "days": days.values(),
        "details": details,
        "documents": document_rows,
        "following": [n for n, s in enumerate(stances.values()) if s in FOLLOWING_STANCES],
        "outlets": outlets.values(),
        "stances": stances.values(),
        "styles": {s: STANCE_STYLES[s]["color"] for s in stances.values() if s in STANCE_STYLES},
        "texts": texts.values(),
        "view": [number[node] for node in shown],
    }


# --- the page -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _template() -> str:
    return resources.files("kg.render").joinpath("assets/explorer.html").read_text(encoding="utf-8")


def _legend_kinds(kinds: set[str]) -> str:
    items = []
    for kind, style in KIND_STYLES.items():
        if kind in kinds:
            symbol = _SHAPE_SYMBOLS.get(style["shape"], "\u25cf")
            items.append(f"<div>{html.escape(symbol)} {html.escape(style['label'])}</div>")
    return "\n".join(items)


_SHAPE_SYMBOLS = {
    "diamond": "\u25c6",
    "dot": "\u25cf",
    "square": "\u25a0",
    "triangle": "\u25b2",
    "hexagon": "\u2b22",
    "box": "\u25ac",
}


def _legend_communities(legend: Sequence[Sequence[Any]]) -> str:
    items = []
    for colour, label, size in legend:
        items.append(
            f'<div class="community"><span class="kind-swatch" style="background:'
            f'{html.escape(str(colour), quote=True)}"></span> {html.escape(str(label))} '
            f'<span class="n">({int(size)})</span></div>'
        )
    if not items:
        return '<div class="n">none</div>'
    return "\n".join(items)


def _pieces(
    graph: nx.Graph,
    title: str,
    *,
    links: Sequence[tuple[str, str]] = (),
    pages: Mapping[Any, str] | None = None,
    limit: int = DEFAULT_VIEW,
    note: str = "",
) -> Iterator[str]:
    payload = explorer_payload(graph, limit=limit, pages=pages)
    js, css = _vis_assets()
    following = set(payload["following"])
    claims = sum(1 for row in payload["claims"] if row[2] not in following)
    summary = f"{len(payload['actors'])} actors with claims, {claims} claims"
    if note:
        summary += ". " + note
    values = {
        "TITLE": html.escape(title),
        "NAV": navigation(links),
        "SUMMARY": html.escape(summary),
        "STANCES": _legend_stances(payload["stances"]),
        "KINDS": _legend_kinds({str(a[2]) for a in payload["actors"]}),
        "COMMUNITIES": _legend_communities(payload["communities"]),
        "LIMIT": str(int(limit)),
        "VIS_CSS": css,
        "VIS_JS": js,
        "DATA": json_for_script(payload),
        "CURATION": curation_script(),
    }
    for n, piece in enumerate(_TEMPLATE_MARK.split(_template())):
        yield piece if n % 2 == 0 else values[piece]


def explorer_html(
    graph: nx.Graph,
    title: str = "Who accuses whom",
    *,
    links: Sequence[tuple[str, str]] = (),
    pages: Mapping[Any, str] | None = None,
    limit: int = DEFAULT_VIEW,
    note: str = "",
) -> str:
    """The explorer page of ``graph`` (an :func:`~kg.network.actor_graph`) as a string."""
    return "".join(_pieces(graph, title, links=links, pages=pages, limit=limit, note=note))


def render_explorer(
    graph: nx.Graph, path: Path, title: str = "Who accuses whom", **page: Any
) -> None:
    """Write :func:`explorer_html` to ``path`` atomically; ``page`` holds its options."""
    with (
        AtomicFile(Path(path)) as pending,
        pending.tmp.open("w", encoding="utf-8", newline="") as out,
    ):
        out.writelines(_pieces(graph, title, **page))
