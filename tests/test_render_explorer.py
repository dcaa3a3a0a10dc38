"""graph.html's explorer: the default view, communities, the layout, and in a real Chromium,
filters that show exactly the claims they select, search, "show neighbours" and the
"correct this" form on the bundles the browser makes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.curate import parse_line
from kg.render import communities, default_view, explorer_html, layout, render_explorer

try:  # the browser helpers of the page tests; tests/ may or may not be a package
    from tests.test_render import CHROMIUM, CHROMIUM_ARGS, Visit, payload_of
except ImportError:  # pragma: no cover
    from test_render import CHROMIUM, CHROMIUM_ARGS, Visit, payload_of  # type: ignore[no-redef]

STANCES = ("accuse", "deny", "criticize", "report")


def corpus_graph(actors: int = 2000, claims: int = 8000) -> nx.MultiDiGraph:
    """A claims graph shaped like news about a war: a few hubs many accuse or deny, a long
    tail of actors with a claim or two, anonymous sources and groups among them."""
    graph = nx.MultiDiGraph()
    kinds = ("state", "person", "organisation", "outlet", "group", "anonymous")
    for i in range(actors):
        graph.add_node(f"a{i}", name=f"Actor {i}", kind=kinds[i % len(kinds)])
    for i in range(claims):
        source = f"a{(i * 7919) % actors}"
        target = f"a{i % 40 if i % 3 else (i * 31) % actors}"
        if source == target:
            continue
        graph.add_edge(
            source, target, key=f"c{i}", stance=STANCES[i % 4], claim=f"c{i}",
            outlet=f"Outlet {i % 5}", published=f"2024-0{1 + i % 9}-15",
            quote=f"claim number {i}", cue="said",
        )  # fmt: skip
    return graph


def test_default_view_prefers_the_most_connected_named_actors() -> None:
    graph = corpus_graph(300, 1200)
    view = default_view(graph, 20)
    assert len(view) == 20
    named = {"state", "person", "organisation", "outlet", "anonymous"}
    assert all(graph.nodes[n]["kind"] in named for n in view)
    degree = {n: graph.degree(n) for n in graph}
    weakest_in = min(degree[n] for n in view)
    left_out = [n for n in graph if n not in view and graph.nodes[n]["kind"] in named]
    assert all(degree[n] <= weakest_in for n in left_out)
    assert default_view(graph, 20) == view  # the same, run after run


def test_communities_and_layout_are_deterministic_and_cover_every_actor() -> None:
    graph = corpus_graph(300, 1200)
    found = communities(graph)
    assert set(found) == set(graph) and min(found.values()) == 0
    sizes = nx.utils.groups(found)
    assert len(sizes[0]) >= max(len(members) for members in sizes.values())
    core = default_view(graph, 40)
    placed = layout(graph, core)
    assert set(placed) == set(graph)
    assert layout(graph, core) == placed and communities(graph) == found
    # the default view is spread out: no two of its actors on the same spot
    assert len({placed[n] for n in core}) == len(core)


def test_page_data_is_claims_as_numbers_and_escaped() -> None:
    graph = corpus_graph(60, 200)
    graph.add_node("evil", name="<script>alert(1)</script>", kind="person")
    graph.add_edge("evil", "a1", stance="accuse", claim="x", quote="</script><b>x</b>")
    page = explorer_html(graph, limit=10)
    assert "<script>alert(1)" not in page and "</script><b>" not in page
    data = payload_of(page)
    assert len(data["claims"]) == graph.number_of_edges()
    assert all(len(row) == 7 and all(isinstance(v, int) for v in row) for row in data["claims"])
    # each claim's id, for the "correct this" form
    assert sorted(data["curation"][row[6]][1] for row in data["claims"]) == sorted(
        str(d["claim"]) for _, _, d in graph.edges(data=True)
    )
    assert len(data["view"]) == 10


# --- in a real browser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def big_page(browser: Any, tmp_path_factory: Any) -> Iterator[tuple[Any, nx.MultiDiGraph]]:
    graph = corpus_graph()
    path = tmp_path_factory.mktemp("explorer") / "graph.html"
    render_explorer(graph, path, limit=60)
    page = Visit(browser, path)
    yield page, graph
    page.close()


def in_view(page: Any) -> set[str]:
    return set(page.js("window.kgNetwork.nodes.getIds()"))


def bundled(page: Any) -> list[tuple[str, str, str, int]]:
    return sorted(
        tuple(e)
        for e in page.js("window.kgNetwork.edges.get().map(e => [e.from, e.to, e.stance, e.count])")
    )


def expected_bundles(graph: nx.MultiDiGraph, shown: set[str], stances: set[str]) -> list[Any]:
    counts: dict[tuple[str, str, str], int] = {}
    for u, v, d in graph.edges(data=True):
        if u in shown and v in shown and d["stance"] in stances:
            counts[(u, v, d["stance"])] = counts.get((u, v, d["stance"]), 0) + 1
    return sorted((*key, n) for key, n in counts.items())


@pytest.mark.browser
def test_the_page_opens_on_the_default_view_with_no_physics(big_page: Any) -> None:
    page, graph = big_page
    assert in_view(page) == set(default_view(graph, 60))
    assert page.js("window.kgNetwork.network.physics.options.enabled") is False
    assert bundled(page) == expected_bundles(graph, in_view(page), set(STANCES))
    assert page.errors == [] and len(page.requests) == 1


@pytest.mark.browser
def test_a_stance_filter_shows_exactly_the_claims_it_selects(big_page: Any) -> None:
    page, graph = big_page
    shown = in_view(page)
    for box in page.page.locator("#kg-stances input").all():
        if box.get_attribute("value") != "accuse":
            box.uncheck()
    # every edge is an accusation, and carries all accusations between the two, no other claim
    assert bundled(page) == expected_bundles(graph, shown, {"accuse"})
    assert {stance for _, _, stance, _ in bundled(page)} == {"accuse"}
    page.page.locator("#kg-reset").click()
    assert bundled(page) == expected_bundles(graph, shown, set(STANCES))


@pytest.mark.browser
def test_show_neighbours_and_search_reach_actors_outside_the_view(big_page: Any) -> None:
    page, graph = big_page
    shown = in_view(page)
    hub = page.js("window.kgNetwork.data.actors[window.kgNetwork.data.view[0]][0]")
    around = set(graph.predecessors(hub)) | set(graph.successors(hub))
    added = page.js("id => window.kgNetwork.showNeighbours(id)", hub)
    assert added == len(around - shown) > 0
    assert in_view(page) == shown | around
    page.page.locator("#kg-reset").click()
    outside = next(n for n in sorted(graph, key=lambda n: int(n[1:])) if n not in in_view(page))
    name = graph.nodes[outside]["name"]
    page.page.locator("#kg-search").fill(name.lower())
    page.page.locator("#kg-search-list button", has_text=name).first.click()
    assert outside in in_view(page)
    assert page.js("window.kgNetwork.network.getSelectedNodes()") == [outside]
    page.page.locator("#kg-search").fill("")
    page.page.locator("#kg-reset").click()
    assert page.errors == [] and len(page.requests) == 1


@pytest.mark.browser
def test_a_link_to_an_actor_opens_it_with_its_neighbours(browser: Any, tmp_path: Path) -> None:
    graph = corpus_graph(400, 1600)
    path = tmp_path / "graph.html"
    render_explorer(graph, path, limit=20)
    view = set(default_view(graph, 20))
    actor = next(n for n in reversed(list(graph)) if graph.degree(n) and n not in view)
    page = Visit(browser, path.with_name("graph.html"), graph=False)
    page.page.goto(path.as_uri() + "#actor=" + actor)
    page.page.wait_for_function("window.kgNetwork && window.kgNetwork.stabilized")
    around = set(graph.predecessors(actor)) | set(graph.successors(actor))
    assert in_view(page) == {actor} | around
    assert page.errors == []
    page.close()


@pytest.mark.browser
def test_correct_this_offers_the_claims_an_edge_carries_as_filtered(
    browser: Any, tmp_path: Path
) -> None:
    """The form (curation.js) on the explorer: an edge is a bundle made in the browser, and
    the form offers the ids of exactly the claims the filters left in it, names as text."""
    hostile = "<img src=x onerror=alert(1)>"
    graph = nx.MultiDiGraph()
    graph.add_node("us", name="United States", kind="state")
    graph.add_node("ru", name=f"Russia {hostile}", kind="state")
    for n, (day, outlet) in enumerate(
        [("2024-01-05", "Wire"), ("2024-02-05", "Daily"), ("2024-03-05", "Wire")]
    ):
        graph.add_edge(
            "us", "ru", stance="accuse", claim=f"doc-{n}-c1-0-2", cue=f"{hostile} said",
            outlet=outlet, published=day,
        )  # fmt: skip
    path = tmp_path / "graph.html"
    render_explorer(graph, path)
    page = Visit(browser, path)

    def offered() -> list[str]:
        [edge] = page.js("window.kgNetwork.edges.getIds()")
        page.js("id => window.kgNetwork.showDetails('edge', id)", edge)
        return sorted(
            page.page.eval_on_selector_all("#kg-correct-claim option", "os => os.map(o => o.value)")
        )

    assert offered() == [f"doc-{n}-c1-0-2" for n in range(3)]
    labels = page.page.eval_on_selector_all(
        "#kg-correct-claim option", "os => os.map(o => o.textContent)"
    )
    assert all(label.startswith(f"accuse: {hostile} said (doc-") for label in labels)
    page.page.select_option("#kg-outlet", label="Wire")
    assert offered() == [f"doc-{n}-c1-0-2" for n in (0, 2)]
    page.page.click("#kg-correct summary")
    page.page.select_option("#kg-correct-kind", "not-a-claim")
    page.page.fill("#kg-correct-analyst", hostile)
    parsed = parse_line(page.page.input_value("#kg-correct-line"))
    assert (parsed.target, parsed.kind, parsed.analyst) == (
        "claim/doc-0-c1-0-2",
        "not-a-claim",
        hostile,
    )
    page.js("window.kgNetwork.showDetails('node', 'ru')")
    assert page.page.text_content("#kg-correct-about") == "actor ru"
    assert page.page.locator("#kg-panel img, #kg-panel script").count() == 0
    assert page.errors == [] and page.dialogs == [] and len(page.requests) == 1
    page.close()


def dispute_graph(allegations: int = 600, actors: int = 300) -> nx.DiGraph:
    """A dispute graph shaped like :func:`kg.network.corpus_dispute_graph`'s: allegation
    nodes, an edge actor -> allegation standing for all that actor's claims about it
    (``edges``), and an edge allegation -> accused with stance "against" and no claim."""
    graph = nx.DiGraph()
    for i in range(actors):
        graph.add_node(f"a{i}", name=f"Actor {i}", kind=("state", "person")[i % 2], type="actor")
    claim = 0
    for n in range(allegations):
        node = f"allegation:{n}"
        graph.add_node(node, type="allegation", kind="allegation", name=f"<i>claim</i> {n}",
                       summary=f"<i>claim</i> {n}", corpus=True)  # fmt: skip
        graph.add_edge(node, f"a{n % 30}", stance="against", count=1, claims=())
        for k in range(1 + n % 4):
            claims = []
            for _ in range(1 + (n * k) % 3):
                claim += 1
                stance = ("accuse", "deny")[claim % 2]
                day = f"2024-0{1 + claim % 9}-01"
                claims.append(
                    {"claim": f"c{claim}", "stance": stance, "published": day,
                     "outlet": f"Outlet {claim % 3}", "quote": f"quote {claim}"}
                )  # fmt: skip
            actor = f"a{(n * 7 + k * 13) % actors}"
            graph.add_edge(actor, node, stance=claims[0]["stance"], edges=tuple(claims))
    return graph


def expected_dispute_bundles(
    graph: nx.DiGraph, shown: set[str], keep: Any
) -> list[tuple[str, str, str, int]]:
    """Bundles of the selected claims between actors in view, and the "against" edge of
    each allegation a selected claim is about."""
    counts: dict[tuple[str, str, str], int] = {}
    touched = set()
    for u, v, d in graph.edges(data=True):
        for c in d.get("edges") or ():
            if u in shown and v in shown and keep(c):
                counts[(u, v, c["stance"])] = counts.get((u, v, c["stance"]), 0) + 1
                touched.add(v)
    for u, v, d in graph.edges(data=True):
        if d["stance"] == "against" and u in touched and v in shown:
            counts[(u, v, "against")] = 1
    return sorted((*key, n) for key, n in counts.items())


def test_a_dispute_graph_opens_on_its_most_claimed_allegations_and_their_actors() -> None:
    graph = dispute_graph()
    view = default_view(graph, 45)
    assert len(view) == len(set(view)) == 45 and default_view(graph, 45) == view
    claims = {
        v: sum(len(d["edges"]) for _, _, d in graph.in_edges(v, data=True))
        for v in graph
        if v.startswith("allegation:")
    }
    shown = [n for n in view if n in claims]
    assert len(shown) == 15  # a third of the view
    assert min(claims[n] for n in shown) >= max(c for n, c in claims.items() if n not in shown)
    # every allegation in view has an accuser or denier in view, and its accused
    for node in shown:
        assert set(graph.pred[node]) & set(view) and set(graph.succ[node]) <= set(view)


@pytest.mark.browser
def test_a_dispute_graph_opens_on_its_default_view_and_filters_stay_true(
    browser: Any, tmp_path: Path
) -> None:
    """disputes.html's rules: at most ``limit`` nodes, laid out at build time, a stance or
    date filter shows exactly the claims it selects, each with its allegation's edge to
    the accused; allegations link to their page; names are text."""
    graph = dispute_graph()
    path = tmp_path / "disputes.html"
    pages = {node: f"allegations/{node[11:]}.html" for node in graph if node.startswith("alleg")}
    render_explorer(graph, path, limit=40, pages=pages)
    page = Visit(browser, path)
    shown = in_view(page)
    assert shown == set(default_view(graph, 40)) and len(shown) == 40
    assert any(node.startswith("allegation:") for node in shown)
    assert page.js("window.kgNetwork.network.physics.options.enabled") is False
    # with every claim selected, an against edge is drawn for each allegation in view
    everything = expected_dispute_bundles(graph, shown, lambda c: True)
    assert sorted(b for b in bundled(page) if b[2] != "against") == [
        b for b in everything if b[2] != "against"
    ]
    for box in page.page.locator("#kg-stances input").all():
        if box.get_attribute("value") not in ("deny", "against"):
            box.uncheck()
    assert bundled(page) == expected_dispute_bundles(graph, shown, lambda c: c["stance"] == "deny")
    page.page.locator("#kg-reset").click()
    page.page.locator("#kg-from").fill("2024-03-01")
    page.page.locator("#kg-to").fill("2024-04-30")
    in_range = expected_dispute_bundles(
        graph, shown, lambda c: "2024-03-01" <= c["published"] <= "2024-04-30"
    )
    assert bundled(page) == in_range and in_range
    page.page.locator("#kg-reset").click()
    # an allegation node links to its page; its name is shown as text
    node = next(n for n in sorted(shown) if n.startswith("allegation:"))
    page.js("id => window.kgNetwork.showDetails('node', id)", node)
    assert page.page.locator("#kg-details-sources a").get_attribute("href") == pages[node]
    assert "<i>claim</i>" in page.page.locator("#kg-details").inner_text()
    assert page.js("document.querySelectorAll('i, b, img').length") == 0
    assert page.errors == [] and page.dialogs == [] and len(page.requests) == 1
    page.close()
