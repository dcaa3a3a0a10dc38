"""All the pages of one build: the graph, the disputes, the analytics index, per-actor pages.

:func:`write_pages` is the one entry point the builder and ``kg render`` call.  It writes

* ``graph.html``: the explorer (:mod:`kg.render.explorer`): it opens on the
  ``default_view`` most connected named actors, laid out at build time and coloured by
  community, and bundles the claims the filters select into one edge per pair and stance;
* ``disputes.html``: each allegation as a node with its accusers and deniers around it, in
  the same explorer (the ``default_view`` most claimed allegations and most active actors,
  laid out at build time), each allegation linked to its page ``allegations/<id>.html``;
* ``index.html``: the :mod:`kg.network` analytics as tables (most accused, most accusing,
  reciprocal accusations, allegations with the most deniers, outlets that hedge most) and
  the documents, linking to the two graphs;
* with ``ego=True``, ``actors/<actor>.html``: each actor with everyone it accuses or denies,
  and everyone who accuses or denies it;
* with ``export=("gexf", "graphml")``, ``graph.<ext>`` and ``disputes.<ext>`` for Gephi,
  yEd or Cytoscape.

Every page is offline and escapes everything from an article, like :func:`~kg.render.to_html`.

>>> import tempfile
>>> from kg.network import actor_graph
>>> with tempfile.TemporaryDirectory() as tmp:
...     [p.name for p in write_pages([], Path(tmp), export=("gexf",))]
['graph.gexf', 'disputes.gexf', 'graph.html', 'disputes.html', 'index.html']
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence, Sized
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx

from kg.files import write_atomic
from kg.model import Article, DocumentGraph
from kg.network import (
    accusations_between,
    actor_graph,
    aggregate,
    allegation_node,
    corpus_dispute_graph,
    hedging_outlets,
    most_accused,
    most_accusing,
    most_denied_allegations,
    reciprocal_accusations,
)
from kg.render.allegations import allegation_page, write_allegation_pages
from kg.render.charts import bar_chart
from kg.render.explorer import DEFAULT_VIEW, render_explorer
from kg.render.gephi import write_graph
from kg.render.html import KIND_STYLES, navigation, render_html, safe_url
from kg.resolve.corpus import CorpusMerge, corpus_allegations

__all__ = [
    "AGGREGATE_ABOVE",
    "EXPORT_FORMATS",
    "actor_href",
    "index_page",
    "page_name",
    "write_pages",
]

#: Above this many claim edges, graph.html merges parallel edges (one per pair, with counts).
AGGREGATE_ABOVE = 1500
#: ``export`` values of :func:`write_pages`: the file extensions networkx writes.
EXPORT_FORMATS = ("gexf", "graphml")
#: Rows per analytics table.
TOP = 15

_NAVIGATION = (
    ("Index", "index.html"),
    ("Who accuses whom", "graph.html"),
    ("Disputed allegations", "disputes.html"),
)


def page_name(actor_id: str) -> str:
    """The file name of an actor's page: the id when it is a plain slug, else a safe slug
    plus a short hash (ids come from article text, and file names must not).

    >>> page_name("wang-yi"), page_name("../<evil>"), page_name("Émile Zola")
    ('wang-yi.html', 'evil-2c0cb081.html', 'emile-zola-096d312a.html')
    """
    if re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", actor_id):
        return f"{actor_id}.html"
    ascii_ = unicodedata.normalize("NFKD", actor_id).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:60] or "actor"
    digest = hashlib.sha256(actor_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{plain}-{digest}.html"


def write_pages(
    documents: Iterable[DocumentGraph],
    out: Path,
    *,
    html: bool = True,
    ego: bool = False,
    export: Iterable[str] = (),
    aggregate_above: int = AGGREGATE_ABOVE,
    corpus: CorpusMerge | None = None,
    default_view: int = DEFAULT_VIEW,
) -> list[Path]:
    """Write the pages (and ``export`` files) of ``documents`` into the folder ``out``.

    ``disputes.html`` shows the corpus allegations (``corpus``, merged from the documents
    by :func:`kg.resolve.corpus.corpus_allegations` when not given), each linked to its
    page ``allegations/<id>.html`` (:mod:`kg.render.allegations`).

    Actors merely mentioned (no claim by or about them) are left out: they only clutter the
    graph, and are all in actors.csv and the RDF.  Returns the paths written, in order.

    ``default_view`` is the number of nodes graph.html and disputes.html open on.

    ``documents`` is read several times: a sized iterable (a list, or the builder's documents
    read back from disk on each pass) is used as it is, anything else is listed first.
    """
    out = Path(out)
    if not isinstance(documents, Sized):
        documents = list(documents)
    forms = list(dict.fromkeys(export))
    for form in forms:
        if form not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {form!r}; choose from {EXPORT_FORMATS}")
    # One graph at a time where the pages allow: graph.html (and its merged copy) is drawn
    # before the dispute graph is built, so the peak holds the claims graph about once.
    actors = actor_graph(documents)
    actors.remove_nodes_from(list(nx.isolates(actors)))
    pages = {node: f"actors/{page_name(str(node))}" for node in actors} if ego else {}
    for form in forms:
        write_graph(actors, out / f"graph.{form}")
    if html:
        render_explorer(
            actors, out / "graph.html", "Who accuses whom", links=_NAVIGATION, pages=pages,
            limit=default_view,
        )  # fmt: skip
    if corpus is None:
        corpus = corpus_allegations(documents)
    disputes = corpus_dispute_graph(documents, corpus.allegations)
    for form in forms:
        write_graph(disputes, out / f"disputes.{form}")
    written = [out / f"{name}.{form}" for form in forms for name in ("graph", "disputes")]
    if not html:
        return written
    allegation_pages = {allegation_node(a.id): allegation_page(a.id) for a in corpus.allegations}
    render_explorer(
        disputes, out / "disputes.html", "Disputed allegations across the corpus",
        links=_NAVIGATION, pages={**pages, **allegation_pages}, limit=default_view,
    )  # fmt: skip
    write_atomic(
        out / "index.html",
        index_page(
            documents, actors, disputes, pages=pages, allegation_pages=allegation_pages
        ).encode("utf-8"),
    )
    written += [out / "graph.html", out / "disputes.html", out / "index.html"]
    written += write_allegation_pages(disputes, corpus.allegations, out, links=_NAVIGATION)
    if ego:
        del disputes
        written += _ego_pages(actors, out / "actors", aggregate_above)
    return written


def _maybe_aggregated(graph: nx.MultiDiGraph, above: int) -> tuple[nx.Graph, str]:
    if graph.number_of_edges() <= above:
        return graph, ""
    merged = aggregate(graph)
    note = (
        f"Claims merged into one edge per pair of actors ({graph.number_of_edges()} claim "
        "edges; width and tooltip give the counts)"
    )
    return merged, note


def _ego_pages(actors: nx.MultiDiGraph, folder: Path, aggregate_above: int) -> list[Path]:
    links = [(label, f"../{href}") for label, href in _NAVIGATION]
    pages = {node: page_name(str(node)) for node in actors}
    position = {node: number for number, node in enumerate(actors)}
    written = []
    for node in actors:
        around = {node, *actors.predecessors(node), *actors.successors(node)}
        ego = _subgraph(actors, sorted(around, key=position.__getitem__))
        shown, note = _maybe_aggregated(ego, aggregate_above)
        name = str(actors.nodes[node].get("name") or node)
        path = folder / pages[node]
        render_html(
            shown, path, f"{name}: claims by and about", links=links, pages=pages, note=note
        )
        written.append(path)
    return written


def _subgraph(graph: nx.MultiDiGraph, nodes: list[Any]) -> nx.MultiDiGraph:
    """``graph`` restricted to ``nodes`` (given in ``graph``'s order), edges in ``graph``'s
    order: networkx's ``subgraph`` walks a small node set in hash order, which changes from
    one process to the next, and so would the page's bytes.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("a", "c")])
    >>> list(_subgraph(g, ["a", "c"]).edges)
    [('a', 'c', 0)]
    """
    members = set(nodes)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((node, graph.nodes[node]) for node in nodes)
    for source in nodes:
        for target, keyed in graph.adj[source].items():
            if target in members:
                for key, data in keyed.items():
                    sub.add_edge(source, target, key, **data)
    return sub


# --- the index page ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _template() -> str:
    return resources.files("kg.render").joinpath("assets/index.html").read_text(encoding="utf-8")


def _escape(value: Any) -> str:
    return escape(str(value))


def _table(
    headings: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()
) -> str:
    """An HTML table of already escaped cells; ``numeric`` columns align right."""
    if not rows:
        return '<p class="empty">none in this build</p>'

    def cell(tag: str, index: int, text: str) -> str:
        align = ' class="n"' if index in numeric else ""
        return f"<{tag}{align}>{text}</{tag}>"

    head = "".join(cell("th", i, _escape(h)) for i, h in enumerate(headings))
    body = "\n".join(
        "<tr>" + "".join(cell("td", i, text) for i, text in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _section(title: str, explanation: str, table: str, chart: str = "") -> str:
    heading = f'<h2>{_escape(title)}</h2>\n<p class="explain">{_escape(explanation)}</p>'
    return f"<section>\n{heading}\n{chart}\n{table}\n</section>"


def actor_href(node: Any, pages: Mapping[Any, str]) -> str:
    """Where the index links an actor: its own page (``--ego``), else the graph opened on
    it and its neighbours (``graph.html#actor=ID``, read by the explorer).

    >>> actor_href("russia", {}), actor_href("a b/<c>", {"x": "actors/x.html"})
    ('graph.html#actor=russia', 'graph.html#actor=a%20b%2F%3Cc%3E')
    """
    if node in pages:
        return str(pages[node])
    return "graph.html#actor=" + quote(str(node), safe="")


class _Names:
    """Escaped actor names, linked to their pages, or to the graph opened on them."""

    def __init__(self, graph: nx.Graph, pages: Mapping[Any, str]) -> None:
        self.graph = graph
        self.pages = pages

    def plain(self, node: Any) -> str:
        data = self.graph.nodes[node] if node in self.graph else {}
        return str(data.get("name") or node)

    def __call__(self, node: Any) -> str:
        name = _escape(self.plain(node))
        return f'<a href="{escape(actor_href(node, self.pages), quote=True)}">{name}</a>'

    def kind(self, node: Any) -> str:
        kind = str(self.graph.nodes[node].get("kind") or "other") if node in self.graph else ""
        return _escape(KIND_STYLES.get(kind, KIND_STYLES["other"])["label"])


def index_page(
    documents: Iterable[DocumentGraph],
    actors: nx.MultiDiGraph,
    disputes: nx.DiGraph,
    *,
    pages: Mapping[Any, str] | None = None,
    allegation_pages: Mapping[Any, str] | None = None,
    top: int = TOP,
) -> str:
    """The analytics of a build as readable tables and small charts, the entry to a corpus:
    each actor links to its page (or to the graph opened on it), each allegation to
    ``allegation_pages`` (allegation node id -> relative link) when given."""
    names = _Names(actors, pages or {})
    accused, accusing = most_accused(actors, top), most_accusing(actors, top)
    denied = most_denied_allegations(disputes, top)
    hedging = hedging_outlets(actors, top)
    # one pass, keeping only what the page shows of each document (documents may be many)
    listed = [(d.article, len(d.claims)) for d in documents]
    claims = sum(count for _, count in listed)
    days = sorted(a.published[:10] for a, _ in listed if a.published)
    summary = (
        f"{len(listed)} documents, {claims} claims, {actors.number_of_nodes()} actors "
        f"with claims by or about them, "
        f"{sum(1 for _, d in disputes.nodes(data=True) if d.get('type') == 'allegation')} "
        "allegations" + (f"; published {days[0]} to {days[-1]}" if days else "")
    )
    sections = [
        '<div class="grid">',
        _section(
            "Most accused",
            "Accusations aimed at each actor (counter-accusations included, negated ones not).",
            _table(
                ("actor", "kind", "accusations"),
                [(names(a), names.kind(a), str(n)) for a, n in accused],
                numeric=(2,),
            ),
            bar_chart([(names.plain(a), n) for a, n in accused[:10]], title="Most accused"),
        ),
        _section(
            "Most accusing",
            "Accusations each actor makes.",
            _table(
                ("actor", "kind", "accusations"),
                [(names(a), names.kind(a), str(n)) for a, n in accusing],
                numeric=(2,),
            ),
            bar_chart(
                [(names.plain(a), n) for a, n in accusing[:10]],
                title="Most accusing",
                colour="#ff7f0e",
            ),
        ),
        "</div>",
        _section(
            "Reciprocal accusations",
            "Pairs of actors who accuse each other, with the accusations each way.",
            _table(
                ("actor", "accuses", "actor", "accuses back"),
                [
                    (
                        names(a),
                        str(accusations_between(actors, a, b)),
                        names(b),
                        str(accusations_between(actors, b, a)),
                    )
                    for a, b in reciprocal_accusations(actors)
                ],
                numeric=(1, 3),
            ),
        ),
        _section(
            "Allegations with the most deniers",
            "Each allegation, whom it accuses, and the distinct actors who deny it.",
            _table(
                ("allegation", "accused", "deniers", "denied by"),
                [
                    _allegation_row(disputes, node, n, names, allegation_pages or {})
                    for node, n in denied
                ],
                numeric=(2,),
            ),
        ),
        _section(
            "Outlets that hedge most",
            "Share of the claims between actors from each outlet that carry a hedge "
            "(alleged, reportedly, so-called).",
            _table(
                ("outlet", "hedged claims", "claims", "share"),
                [
                    (_escape(outlet), str(hedged), str(total), f"{hedged / total:.0%}")
                    for outlet, hedged, total in hedging
                ],
                numeric=(1, 2, 3),
            ),
            bar_chart(
                [(outlet, hedged / total) for outlet, hedged, total in hedging[:10]],
                title="Outlets that hedge most",
                colour="#bcbd22",
                percent=True,
            ),
        ),
        _section(
            "Documents",
            "Every document of the build, with its claims.",
            _table(("document", "outlet", "published", "claims"), _document_rows(listed), (3,)),
        ),
    ]
    values = {
        "TITLE": "Claims graph: index",
        "NAV": navigation(_NAVIGATION),
        "SUMMARY": _escape(summary),
        "BODY": "\n".join(sections),
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], _template())


def _allegation_row(
    disputes: nx.DiGraph,
    node: str,
    deniers: int,
    names: _Names,
    links: Mapping[Any, str],
) -> list[str]:
    data = disputes.nodes[node]
    summary = _escape(data.get("summary") or node)
    if node in links:
        summary = '<a href="' + escape(links[node], quote=True) + '">' + summary + "</a>"
    who = [
        source
        for source, _, edge in disputes.in_edges(node, data=True)
        if edge.get("stance") == "deny" and not edge.get("negated")
    ]
    return [
        summary,
        ", ".join(names(a) for a in data.get("accused") or ()),
        str(deniers),
        ", ".join(names(a) for a in sorted(who)),
    ]


def _document_rows(documents: Sequence[tuple[Article, int]]) -> list[list[str]]:
    """Table rows of (article, number of claims) pairs, dated first by date, then by id."""
    rows = []
    for article, claims in sorted(
        documents, key=lambda d: (not d[0].published, d[0].published or "", d[0].id)
    ):
        title = _escape(article.title or article.source)
        url = safe_url(article.url)
        if url:
            href = escape(url, quote=True)
            title = f'<a href="{href}" rel="noopener noreferrer">{title}</a>'
        rows.append(
            [title, _escape(article.outlet or ""), _escape(article.published or ""),
             str(claims)]
        )  # fmt: skip
    return rows
