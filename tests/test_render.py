"""The offline HTML page: escaping, no external resources, and behaviour in a real Chromium."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.network import actor_graph, aggregate, dispute_graph
from kg.render import json_for_script, render_html, to_html, write_graph

try:  # the scenarios of the network tests; tests/ may or may not be a package
    from tests.test_network import drones_story, interference_stories
except ImportError:  # pragma: no cover
    from test_network import drones_story, interference_stories  # type: ignore[no-redef]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"</script><script>alert(2)</script>',
    "javascript:alert(3)",
    "line\u2028separator\u2029paragraph",
    'back\\slash \\" quote\' "double" <!-- comment',
]
HOSTILE = " ".join(PAYLOADS)


def hostile_graph() -> nx.MultiDiGraph:
    """Every string a page shows, filled with script-injection payloads."""
    g = nx.MultiDiGraph()
    g.add_node(
        "evil",
        name="<script>alert(1)</script> Evil",
        kind="person",
        roles=("<img src=x onerror=alert(1)>",),
        aliases=('"</script><script>alert(2)</script>',),
        accusing=1,
    )
    g.add_node("victim", name="javascript:alert(3)", kind="state", accused=1)
    g.add_node("</script><img src=x onerror=alert(4)>", name="id payload", kind="outlet")
    g.add_edge(
        "evil",
        "victim",
        key="c1",
        stance="accuse",
        claim="c1",
        cue="<b>accused</b>",
        quote=HOSTILE,
        hedges=("so-called <script>alert(5)</script>",),
        title="</title><script>alert(6)</script>",
        outlet="<svg onload=alert(7)>",
        url="javascript:alert(8)",
        claimer_role="Minister \u2028 of <i>",
    )
    g.add_edge("victim", "evil", key="c2", stance="deny", claim="c2", quote="no.")
    g.add_edge("</script><img src=x onerror=alert(4)>", "evil", key="c3", stance="<script>")
    return g


def test_json_for_script_cannot_close_the_script_element() -> None:
    text = json_for_script({"s": HOSTILE})
    for unsafe in ("<", ">", "&", "\u2028", "\u2029"):
        assert unsafe not in text
    assert json.loads(text) == {"s": HOSTILE}


def test_page_has_no_external_resources_and_escapes_everything() -> None:
    page = to_html(hostile_graph(), title="<script>alert(9)</script> & co")
    # no src/href/url() pointing at a network location
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.I)
    assert not re.search(r"<(?:link|iframe|object|embed|img)\b", page, re.I)
    for host in ("jsdelivr", "cloudflare", "unpkg", "googleapis", "bootstrap.bundle"):
        assert host not in page
    # vis-network, the data, our code (vis-network's own "<script>" string literal is harmless)
    assert len(re.findall(r"^<script", page, re.M)) == 3 == page.count("</script>")
    for payload in ("alert(1)</script>", "<img src=x", "<script>alert(2)", "<svg", "</title><"):
        assert payload not in page
    assert "<title>&lt;script&gt;alert(9)&lt;/script&gt; &amp; co</title>" in page
    assert "\u2028" not in page and "\u2029" not in page


def test_data_survives_the_round_trip_unchanged() -> None:
    graph = hostile_graph()
    page = to_html(graph)
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    payload = json.loads(data.group(1))
    titles = {edge["id"]: edge["title"] for edge in payload["edges"]}
    assert " ".join(HOSTILE.split()) in titles["e0"]  # whitespace runs, U+2028 too, become " "
    assert "hedged: so-called <script>alert(5)</script>" in titles["e0"]
    assert "claimer's role: Minister \u2028 of <i>" in titles["e0"]
    labels = {node["id"]: node["label"] for node in payload["nodes"]}
    assert labels["evil"] == "<script>alert(1)</script> Evil\n<img src=x onerror=alert(1)>"


def test_render_html_replaces_the_file_atomically(tmp_path: Path, monkeypatch: Any) -> None:
    target = tmp_path / "out" / "graph.html"
    render_html(actor_graph([drones_story()]), target, title="Drones")
    assert "Drones" in target.read_text(encoding="utf-8")
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)  # inside kg.files.write_atomic
    with pytest.raises(OSError, match="disk full"):
        render_html(actor_graph(interference_stories()), target, title="Second")
    assert "Drones" in target.read_text(encoding="utf-8")  # old page intact
    assert os.listdir(target.parent) == ["graph.html"]  # no temporary left behind


def test_edge_tooltips_carry_stance_quote_and_provenance() -> None:
    graph = actor_graph(interference_stories())
    page = to_html(graph)
    payload = json.loads(
        re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1)  # type: ignore[union-attr]
    )
    titles = [edge["title"] for edge in payload["edges"]]
    accuse = next(t for t in titles if t.startswith("ACCUSE"))
    assert "United States \u2192 Russia" in accuse
    assert "using cyberattacks to sway the 2016 election" in accuse
    assert "cue: accused" in accuse
    assert "document: A news story | Wire" in accuse
    assert "source: https://example.org/first" in accuse
    lavrenko = next(t for t in titles if t.startswith("DENY\nSergei Lavrenko"))
    assert "claimer's role: Foreign Minister" in lavrenko
    labels = {node["id"]: node["label"] for node in payload["nodes"]}
    assert labels["sergei-lavrenko"] == "Sergei Lavrenko\nForeign Minister"
    shapes = {node["id"]: node["shape"] for node in payload["nodes"]}
    assert shapes["russia"] != shapes["donald-trump"]
    sizes = {node["id"]: node["size"] for node in payload["nodes"]}
    assert sizes["united-states"] > sizes["dmitry-peskarev"]  # accused by the many deniers


def test_aggregated_and_dispute_graphs_render() -> None:
    merged = to_html(aggregate(actor_graph(interference_stories())))
    assert (
        "2 claims: deny 2"
        in json.loads(
            re.search(r'id="kg-data">(.*?)</script>', merged, re.S).group(1)  # type: ignore[union-attr]
        )["edges"][0]["title"]
        or "2 claims: deny 2" in merged
    )
    disputes = to_html(dispute_graph(interference_stories()), title="Disputes")
    assert "allegation" in disputes


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_gephi_files_round_trip(tmp_path: Path, suffix: str) -> None:
    graphs = {
        "actors": actor_graph(interference_stories()),
        "merged": aggregate(actor_graph(interference_stories())),
        "disputes": dispute_graph(interference_stories()),
        "hostile": hostile_graph(),
    }
    for name, graph in graphs.items():
        path = tmp_path / f"{name}{suffix}"
        write_graph(graph, path)
        read = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
        assert read.number_of_nodes() == graph.number_of_nodes()
        assert read.number_of_edges() == graph.number_of_edges()
    actors = nx.read_graphml(tmp_path / "actors.graphml") if suffix == ".graphml" else None
    if actors is not None:
        assert actors.nodes["sergei-lavrenko"]["roles"] == "Foreign Minister"
        assert actors.nodes["sergei-lavrenko"]["affiliation"] == "russia"
    with pytest.raises(ValueError, match="graphml or .gexf"):
        write_graph(graphs["actors"], tmp_path / "actors.json")


# --- in a real browser ----------------------------------------------------------------------

browser_only = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed (Debian package chromium)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Visit:
    """A page opened from a file, recording requests, console errors and dialogs."""

    def __init__(self, browser: Any, path: Path, csp: bool = False) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        # without the page's CSP, so escaping alone must keep payloads inert and the page offline
        self.context = browser.new_context(bypass_csp=not csp)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "console",
            lambda message: self.errors.append(message.text) if message.type == "error" else None,
        )
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        # poll from outside: wait_for_function evaluates strings in the page, which a CSP forbids
        deadline = time.monotonic() + 30
        while not self.js("Boolean(window.kgNetwork && window.kgNetwork.stabilized)"):
            assert time.monotonic() < deadline, "the layout never stabilised"
            self.page.wait_for_timeout(50)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, argument: Any = None) -> Any:
        return self.page.evaluate(expression, argument)

    def hover_node(self, node_id: str) -> str:
        point = self.js(
            """id => { const n = window.kgNetwork.network;
                       return n.canvasToDOM(n.getPositions([id])[id]); }""",
            node_id,
        )
        return self._hover(point)

    def hover_edge(self, edge_id: str) -> str:
        point = self.js(
            """id => { const n = window.kgNetwork.network;
                       const edge = n.body.edges[id];
                       return n.canvasToDOM(edge.edgeType.getPoint(0.5)); }""",
            edge_id,
        )
        return self._hover(point)

    def _hover(self, point: dict[str, float]) -> str:
        box = self.page.locator("#kg-network").bounding_box()
        self.page.mouse.move(0, 0)
        self.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        tooltip = self.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5000)
        # text only: innerText turns line breaks into <br>, and nothing else becomes an element
        assert tooltip.evaluate("el => el.querySelectorAll(':not(br)').length") == 0
        return str(tooltip.inner_text())

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser: Any, tmp_path: Path) -> Iterator[Any]:
    opened: list[Visit] = []

    def open_graph(graph: nx.Graph, title: str = "Who accuses whom", csp: bool = False) -> Visit:
        path = tmp_path / "graph.html"
        render_html(graph, path, title=title)
        opened.append(Visit(browser, path, csp))
        return opened[-1]

    yield open_graph
    for page in opened:
        page.close()


@pytest.mark.browser
@browser_only
def test_page_loads_with_all_nodes_and_edges_offline(visit: Any) -> None:
    graph = actor_graph(interference_stories())
    page = visit(graph)
    assert page.js("window.kgNetwork.network.body.data.nodes.length") == graph.number_of_nodes()
    assert page.js("window.kgNetwork.network.body.data.edges.length") == graph.number_of_edges()
    drawn = page.js("Object.keys(window.kgNetwork.network.body.nodes).length")
    assert drawn == graph.number_of_nodes() == 5
    assert page.errors == []
    assert page.dialogs == []
    # exactly one request: the file itself
    assert len(page.requests) == 1 and page.requests[0].startswith("file://")
    # physics is switched off once the layout has settled
    assert page.js("window.kgNetwork.network.physics.options.enabled") is False


@pytest.mark.browser
@browser_only
def test_hostile_text_is_shown_as_text_and_never_runs(visit: Any) -> None:
    page = visit(hostile_graph(), title="<script>alert(9)</script><img src=x onerror=alert(10)>")
    assert page.dialogs == []
    assert page.errors == []
    assert all(url.startswith(("file://", "data:")) for url in page.requests)
    assert page.js("document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.js("document.scripts.length") == 3
    assert page.page.title() == "<script>alert(9)</script><img src=x onerror=alert(10)>"
    heading = page.page.locator("h1").inner_text()
    assert heading == "<script>alert(9)</script><img src=x onerror=alert(10)>"
    # data arrives in the browser exactly as written, U+2028 and backslashes included
    shown = page.js("window.kgNetwork.edges.get('e0').title")
    assert " ".join(HOSTILE.split()) in shown
    assert "claimer's role: Minister \u2028 of <i>" in shown
    assert page.js("window.kgNetwork.nodes.get('evil').label").startswith("<script>alert(1)")
    # tooltips show the payloads literally
    node_text = page.hover_node("evil")
    assert "<script>alert(1)</script> Evil" in node_text
    assert "role: <img src=x onerror=alert(1)>" in node_text
    edge_text = page.hover_edge("e0")
    assert "<script>alert(1)</script>" in edge_text
    assert '"</script><script>alert(2)</script>' in edge_text
    assert "hedged: so-called <script>alert(5)</script>" in edge_text
    # a stance name from the data is escaped in the legend too
    assert page.page.locator("#kg-stances label").nth(2).inner_text() == "<script>"
    assert page.dialogs == []
    assert page.js("document.querySelectorAll('img, svg, iframe').length") == 0


@pytest.mark.browser
@browser_only
def test_page_works_under_its_own_content_security_policy(visit: Any) -> None:
    page = visit(hostile_graph(), csp=True)
    assert page.js("window.kgNetwork.nodes.length") == 3
    assert page.errors == []  # a CSP violation would be reported as a console error
    assert page.dialogs == []
    assert len(page.requests) == 1


@pytest.mark.browser
@browser_only
def test_stance_filter_hides_and_shows_edges(visit: Any) -> None:
    page = visit(actor_graph(interference_stories()))
    hidden = "window.kgNetwork.edges.get({filter: e => e.hidden}).map(e => e.stance)"
    assert page.js(hidden) == []
    page.page.locator("#kg-stances input[value=deny]").uncheck()
    assert sorted(set(page.js(hidden))) == ["deny"]
    assert len(page.js(hidden)) == 5
    visible = page.js("window.kgNetwork.edges.get({filter: e => !e.hidden}).map(e => e.stance)")
    assert visible == ["accuse"]
    page.page.locator("#kg-stances input[value=deny]").check()
    assert page.js(hidden) == []
    assert page.errors == []


@pytest.mark.browser
@browser_only
def test_search_selects_matching_actors(visit: Any) -> None:
    page = visit(actor_graph(interference_stories()))
    page.page.locator("#kg-search").fill("foreign minister")
    assert page.js("window.kgNetwork.network.getSelectedNodes()") == ["sergei-lavrenko"]
    assert page.page.locator("#kg-search-result").inner_text() == "1 match"
    page.page.locator("#kg-search").fill("")
    assert page.js("window.kgNetwork.network.getSelectedNodes()") == []


@pytest.mark.browser
@browser_only
def test_a_few_hundred_nodes_settle(visit: Any) -> None:
    graph = nx.MultiDiGraph()
    for i in range(300):
        graph.add_node(f"a{i}", name=f"Actor {i}", kind="person" if i % 3 else "state")
    for i in range(600):
        graph.add_edge(f"a{i % 300}", f"a{(i * 7 + 1) % 300}", stance="accuse" if i % 2 else "deny")
    page = visit(graph)
    assert page.js("window.kgNetwork.network.body.data.nodes.length") == 300
    assert page.js("window.kgNetwork.network.physics.options.enabled") is False
    assert page.errors == []


@pytest.mark.parametrize("module", ["kg.render.html", "kg.render.gephi"])
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    failures, tried = doctest.testmod(importlib.import_module(module))
    assert tried >= 3 and failures == 0


@pytest.mark.browser
@pytest.mark.slow
@browser_only
def test_hostile_articles_built_end_to_end_never_run_code(browser: Any, tmp_path: Path) -> None:
    """Payloads in an article's title, outlet and quotes, through every stage to the page."""
    import kg

    payload_title = "<script>alert('title')</script>"
    article = {
        "title": payload_title,
        "outlet": "<img src=x onerror=alert('outlet')>",
        "url": "javascript:alert('url')",
        "text": (
            'Russia accused Ukraine of staging the attack on the "</script><script>'
            "alert('quote')</script>\" depot, the foreign ministry said on Monday. "
            "Ukraine's foreign ministry denied the accusation and said that "
            "<img src=x onerror=alert('claim')> was a fabrication."
        ),
    }
    source = tmp_path / "hostile.jsonl"
    source.write_text(json.dumps(article) + "\n", encoding="utf-8")
    result = kg.build([source], out=tmp_path / "out")
    assert result.report.claims >= 2
    page = Visit(browser, tmp_path / "out" / "graph.html")
    try:
        assert page.js("window.kgNetwork.network.body.data.edges.length") >= 2
        assert page.dialogs == [] and page.errors == []
        assert all(url.startswith("file://") for url in page.requests)
        assert page.js("document.querySelectorAll('img, svg, iframe').length") == 0
        titles = page.js("window.kgNetwork.edges.get().map(e => e.title).join(' ')")
        assert payload_title in titles  # shown, as text
    finally:
        page.close()
