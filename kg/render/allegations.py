"""A page per corpus allegation: its claims in date order and a timeline of accusations
against denials, drawn as inline SVG (offline, no script).

The pages are drawn from :func:`kg.network.corpus_dispute_graph`, whose edges carry each
claim's provenance; everything from an article is escaped (:func:`html.escape`) and
only http(s) URLs become links (:func:`~kg.render.html.safe_url`).

>>> svg = timeline_svg([("2024-01", "accuse", 2), ("2024-03", "deny", 1)])
>>> svg.count("<rect"), "2024-01: 2 accusations" in svg, "2024-03: 1 denials" in svg
(2, True, True)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.files import write_atomic
from kg.render.html import STANCE_STYLES, navigation, safe_url

#: The folder of the allegation pages, beside disputes.html.
FOLDER = "allegations"

#: Stances drawn above the timeline's axis (making the allegation) and below (denying it).
_UP = ("accuse", "criticize")
_DOWN = ("deny",)


def allegation_page(allegation_id: str) -> str:
    """The path of an allegation's page, relative to the build's folder.

    >>> allegation_page("ca-0123abcd"), allegation_page("../x")
    ('allegations/ca-0123abcd.html', 'allegations/x-d6b96a97.html')
    """
    if re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", allegation_id):
        return f"{FOLDER}/{allegation_id}.html"
    plain = unicodedata.normalize("NFKD", allegation_id).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "allegation"
    digest = hashlib.sha256(allegation_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{FOLDER}/{plain}-{digest}.html"


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def timeline_svg(counts: Iterable[tuple[str, str, int]], *, height: int = 160) -> str:
    """Claims per month as an inline SVG bar chart: accusations up (red), denials down
    (blue), every month from the first to the last (empty ones too), a ``<title>`` on
    each bar for its numbers.  Empty counts give an explanation instead."""
    up: dict[str, int] = {}
    down: dict[str, int] = {}
    for month, stance, number in counts:
        if not re.fullmatch(r"\d{4}-\d{2}", month):
            continue
        if stance in _UP:
            up[month] = up.get(month, 0) + number
        elif stance in _DOWN:
            down[month] = down.get(month, 0) + number
    if not up and not down:
        return '<p class="empty">no dated accusation or denial</p>'
    months = _months(min([*up, *down]), max([*up, *down]))
    step = max(6, min(40, 900 // len(months)))
    width = 50 + step * len(months)
    middle = height // 2
    scale = (middle - 22) / max([*up.values(), *down.values(), 1])
    red, blue = STANCE_STYLES["accuse"]["color"], STANCE_STYLES["deny"]["color"]
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="accusations and denials per month">',
        f'<line x1="40" y1="{middle}" x2="{width - 5}" y2="{middle}" stroke="#888"/>',
        f'<text x="2" y="14" font-size="10" fill="{red}">accusations, condemnations</text>',
        f'<text x="2" y="{height - 4}" font-size="10" fill="{blue}">denials</text>',
    ]
    for number, month in enumerate(months):
        x = 44 + number * step
        for value, color, above, what in (
            (up.get(month, 0), red, True, "accusations"),
            (down.get(month, 0), blue, False, "denials"),
        ):
            if not value:
                continue
            bar = max(1.0, value * scale)
            y = middle - bar if above else middle
            parts.append(
                f'<rect x="{x}" y="{y:.1f}" width="{max(2, step - 2)}" height="{bar:.1f}" '
                f'fill="{color}"><title>{month}: {value} {what}</title></rect>'
            )
        if month.endswith("-01") or number == 0:
            parts.append(
                f'<text x="{x}" y="{middle + 12 if not down else height - 16}" font-size="9" '
                f'fill="#555">{month}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


@lru_cache(maxsize=1)
def _template() -> str:
    return resources.files("kg.render").joinpath("assets/allegation.html").read_text("utf-8")


def _name(graph: nx.DiGraph, node: Any) -> str:
    data = graph.nodes[node] if node in graph else {}
    return str(data.get("name") or node)


def _names(graph: nx.DiGraph, nodes: Iterable[Any]) -> str:
    return ", ".join(escape(_name(graph, n)) for n in nodes) or '<span class="empty">none</span>'


def _claims(graph: nx.DiGraph, node: Any) -> list[tuple[Any, dict[str, Any]]]:
    """(claimer, claim attributes) of an allegation node, in date order (undated last)."""
    found = [
        (source, dict(claim))
        for source, _, data in graph.in_edges(node, data=True)
        for claim in data.get("edges") or ()
    ]
    found.sort(
        key=lambda item: (
            not item[1].get("published"),
            str(item[1].get("published") or ""),
            str(item[1].get("document") or ""),
            item[1].get("cue_start") or 0,
            str(item[1].get("claim") or ""),
        )
    )
    return found


def _claim_row(graph: nx.DiGraph, claimer: Any, claim: Mapping[str, Any]) -> str:
    stance = str(claim.get("stance") or "")
    style = STANCE_STYLES.get(stance, {"color": "#999", "label": stance})
    quote = escape(" ".join(str(claim.get("quote") or "").split()))
    hedges = ", ".join(str(h) for h in claim.get("hedges") or ())
    if hedges:
        quote += f' <span class="hedge">(hedged: {escape(hedges)})</span>'
    title = escape(str(claim.get("title") or claim.get("source") or ""))
    url = safe_url(claim.get("url"))
    where = (
        f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{title}</a>'
        if url
        else title
    )
    negated = " (negated)" if claim.get("negated") else ""
    return (
        f'<tr><td class="n">{escape(str(claim.get("published") or ""))}</td>'
        f'<td><span class="stance" style="color:{escape(style["color"], quote=True)}">'
        f"{escape(str(style['label']))}{negated}</span></td>"
        f"<td>{escape(_name(graph, claimer))}</td>"
        f"<td>{escape(str(claim.get('outlet') or ''))}</td>"
        f'<td>\u201c{quote}\u201d <span class="cue">({escape(str(claim.get("cue") or ""))})'
        f"</span></td><td>{where}</td></tr>"
    )


def allegation_html(
    graph: nx.DiGraph,
    node: Any,
    counts: Sequence[tuple[str, str, int]],
    *,
    links: Sequence[tuple[str, str]] = (),
    outlets: Sequence[str] = (),
    hedging: Sequence[str] = (),
) -> str:
    """The page of one allegation node of :func:`kg.network.corpus_dispute_graph`."""
    data = graph.nodes[node]
    claims = _claims(graph, node)
    accusers = list(dict.fromkeys(c for c, d in claims if d.get("stance") in _UP))
    deniers = list(dict.fromkeys(c for c, d in claims if d.get("stance") == "deny"))
    stances = [d.get("stance") for _, d in claims]
    summary = (
        f"{data.get('status') or ''}: {len(claims)} claims "
        f"({sum(stances.count(s) for s in _UP)} accusations or condemnations, "
        f"{stances.count('deny')} denials)"
        + (f", first alleged {data['first_alleged']}" if data.get("first_alleged") else "")
        + (f", first denied {data['first_denied']}" if data.get("first_denied") else "")
    )
    facts = [
        ("accused", _names(graph, data.get("accused") or ())),
        ("accusers", _names(graph, accusers)),
        ("deniers", _names(graph, deniers)),
        ("outlets reporting it", escape(", ".join(outlets)) or "none named"),
        ("outlets hedging it", escape(", ".join(hedging)) or "none"),
    ]
    rows = "\n".join(_claim_row(graph, claimer, claim) for claimer, claim in claims)
    body = [
        "<dl>",
        *(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in facts),
        "</dl>",
        "<h2>Accusations and denials per month</h2>",
        timeline_svg(counts),
        "<h2>Claims, in date order</h2>",
        '<table class="claims">\n<thead><tr><th class="n">date</th><th>stance</th>'
        "<th>claimer</th><th>outlet</th><th>quote (cue)</th><th>source</th></tr></thead>",
        f"<tbody>\n{rows}\n</tbody>\n</table>",
    ]
    values = {
        "TITLE": escape("Allegation: " + " ".join(str(data.get("summary") or node).split())),
        "NAV": navigation(links),
        "SUMMARY": escape(summary),
        "BODY": "\n".join(body),
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], _template())


def write_allegation_pages(
    graph: nx.DiGraph,
    allegations: Iterable[Any],
    out: Path,
    *,
    links: Sequence[tuple[str, str]] = (),
) -> list[Path]:
    """Write one page per :class:`~kg.model.CorpusAllegation` (``allegations``) under
    ``out/allegations/``; ``links`` are the navigation links, relative to the build folder."""
    from kg.network import allegation_node

    up = [(label, f"../{href}") for label, href in links]
    written = []
    for allegation in allegations:
        node = allegation_node(allegation.id)
        if node not in graph:
            continue
        path = out / allegation_page(allegation.id)
        page = allegation_html(
            graph,
            node,
            allegation.counts,
            links=up,
            outlets=allegation.outlets,
            hedging=allegation.hedging_outlets,
        )
        write_atomic(path, page.encode("utf-8"))
        written.append(path)
    return written
