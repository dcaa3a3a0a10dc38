"""The offline HTML page: escaping, no external resources, and behaviour in a real Chromium."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.cli import main
from kg.model import Actor, ActorKind, Allegation, DocumentGraph, Stance
from kg.network import actor_graph, aggregate, corpus_dispute_graph, dispute_graph
from kg.rdf import document_quads, serialize_quads
from kg.render import json_for_script, page_name, render_html, to_html, write_graph, write_pages
from kg.resolve.corpus import corpus_allegations

try:  # the scenarios of the network tests; tests/ may or may not be a package
    from tests.test_network import Doc, drones_story, gaza_story, interference_stories
except ImportError:  # pragma: no cover
    from test_network import (  # type: ignore[no-redef]
        Doc,
        drones_story,
        gaza_story,
        interference_stories,
    )

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
    # vis-network, the data, our code, the "correct this" form's data and code (vis-network's
    # own "<script>" string literal is harmless)
    assert len(re.findall(r"^<script", page, re.M)) == 5 == page.count("</script>")
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


def test_written_page_is_the_page_string_and_its_data_parses(tmp_path: Path) -> None:
    # render_html writes the page piece by piece (the JSON one record at a time): the same
    # bytes as to_html, and a payload that is one valid JSON document
    for graph in (hostile_graph(), actor_graph(interference_stories()), nx.MultiDiGraph()):
        render_html(graph, tmp_path / "page.html", title="<b>T</b>", note="n & m")
        page = to_html(graph, title="<b>T</b>", note="n & m")
        assert (tmp_path / "page.html").read_bytes() == page.encode("utf-8")
        data = re.search(r'id="kg-data">(.*?)</script>', page, re.S)
        assert data is not None
        payload = json.loads(data.group(1))
        assert sorted(payload) == ["edges", "nodes", "options"]
        assert len(payload["edges"]) == graph.number_of_edges()
        assert len(payload["nodes"]) == graph.number_of_nodes()


def test_render_html_replaces_the_file_atomically(tmp_path: Path, monkeypatch: Any) -> None:
    target = tmp_path / "out" / "graph.html"
    render_html(actor_graph([drones_story()]), target, title="Drones")
    assert "Drones" in target.read_text(encoding="utf-8")
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)  # inside kg.files.AtomicFile.commit
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


EVIL = "<script>alert(1)</script> Evil"
VICTIM = 'javascript:alert(3) "Vic\\tim\'s"'


def hostile_documents() -> list[DocumentGraph]:
    """Two articles whose every field shown on a page (names, roles, outlets, titles, urls,
    quotes, hedges, dates, the allegation) holds a payload; they accuse each other, hedge and
    deny, so every analytics table has a hostile row."""
    evil = Actor(
        "evil", EVIL, ActorKind.PERSON, aliases=('"</script><script>alert(2)</script>',),
        roles=("<img src=x onerror=alert(11)>",),
    )  # fmt: skip
    victim = Actor("</script><img src=x onerror=alert(4)>", VICTIM, ActorKind.STATE)
    first = Doc(
        "h1",
        f"{EVIL} accused {VICTIM} of the alleged <b>attack</b> on <i>us</i>. "
        f"{VICTIM} denied the accusation",
        title="</title><script>alert(6)</script>",
        outlet="<svg onload=alert(7)>",
    )
    first.claim(
        "h1-accuse", (EVIL, evil), Stance.ACCUSE, "accused", targets=((VICTIM, victim),),
        content="the alleged <b>attack</b> on <i>us</i>", allegation="<a href=x>al</a>",
        hedges=("alleged",), role="<img src=x onerror=alert(12)>",
    )  # fmt: skip
    first.claim("h1-deny", (VICTIM, victim), Stance.DENY, "denied", allegation="<a href=x>al</a>")
    first.allegations.append(
        Allegation("<a href=x>al</a>", "<script>alert(13)</script> attack", (victim.id,),
                   ("h1-accuse", "h1-deny"))
    )  # fmt: skip
    second = Doc(
        "h2",
        f'{VICTIM} accused {EVIL} of a so-called \\" }}); alert(14); // plot',
        title='"; alert(15); "',
        outlet='"</script><script>alert(2)</script>',
    )
    second.claim(
        "h2-accuse", (VICTIM, victim), Stance.ACCUSE, "accused", targets=((EVIL, evil),),
        content='a so-called \\\" }); alert(14); // plot', hedges=("so-called",),
    )  # fmt: skip
    docs = [first.build(), second.build()]
    urls = ("javascript:alert(8)", "https://example.org/h2?q=\"'<x>")
    dates = ("2024-05-01", "2024-05-03")
    return [
        dataclasses.replace(d, article=dataclasses.replace(d.article, url=url, published=day))
        for d, url, day in zip(docs, urls, dates, strict=True)
    ]


def filter_documents() -> list[DocumentGraph]:
    """Stories from two outlets on three dates, for the actor, outlet and date filters."""
    stories = [*interference_stories(), drones_story(), gaza_story("g1", "israel")]
    facts = [("Wire", "2016-12-29"), ("Wire", "2017-01-06"), ("Daily", "2023-01-05"),
             ("Daily", "2023-10-18")]  # fmt: skip
    return [
        dataclasses.replace(
            d, article=dataclasses.replace(d.article, outlet=outlet, published=published)
        )
        for d, (outlet, published) in zip(stories, facts, strict=True)
    ]


def payload_of(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert found is not None
    return dict(json.loads(found.group(1)))


def explorer_claims(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims of an explorer page (graph.html), rows of numbers read back."""
    ids = [actor[0] for actor in data["actors"]]
    claims = []
    for source, target, stance, outlet, day, detail, form in data["claims"]:
        claims.append(
            {
                "from": ids[source],
                "to": ids[target],
                "stance": data["stances"][stance],
                "outlet": data["outlets"][outlet] if outlet >= 0 else None,
                "day": data["days"][day] if day >= 0 else None,
                # [claim text, document title, where, http(s) link or ""]
                "detail": (
                    [
                        data["texts"][data["details"][detail][0]],
                        *data["documents"][data["details"][detail][1]][:3],
                    ]
                    if detail >= 0
                    else None
                ),  # fmt: skip
                "curation": (
                    (
                        data["curation_prefixes"][data["curation"][form][0]]
                        if data["curation"][form][0] >= 0
                        else ""
                    )
                    + data["curation"][form][1]
                    if form >= 0
                    else None
                ),  # fmt: skip
            }
        )
    return claims


def test_write_pages_writes_linked_pages_exports_and_actor_pages(tmp_path: Path) -> None:
    written = write_pages(filter_documents(), tmp_path, ego=True, export=("gexf", "graphml"))
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"graph.html", "disputes.html", "index.html", "graph.gexf", "disputes.graphml"} <= names
    graph = actor_graph(filter_documents())
    linked = [n for n in graph if graph.degree(n)]
    assert {f"actors/{page_name(n)}" for n in linked} <= names
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_edges() == graph.number_of_edges()
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    for href in ("index.html", "graph.html", "disputes.html"):
        assert f'<a href="{href}">' in page
    data = payload_of(page)
    actors = {actor[0]: actor for actor in data["actors"]}
    assert actors["russia"][9] == "actors/russia.html"
    ego = (tmp_path / "actors" / "russia.html").read_text(encoding="utf-8")
    assert '<a href="../index.html">' in ego
    ego_nodes = {n["id"]: n for n in payload_of(ego)["nodes"]}
    assert ego_nodes["united-states"]["page"] == "united-states.html"
    assert "iran" not in ego_nodes  # Russia's neighbours only
    claims = explorer_claims(data)
    accuse = next(c for c in claims if c["stance"] == "accuse" and c["from"] == "united-states")
    assert accuse["outlet"] == "Wire" and accuse["day"] == "2016-12-29"
    assert accuse["detail"][1:] == [
        "A news story", "https://example.org/first", "https://example.org/first"
    ]  # fmt: skip
    assert "cue: accused" in accuse["detail"][0]


def test_actor_pages_are_the_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    # an actor page shows a small part of the graph; networkx's subgraph walks such a node set
    # in hash order, so the page changed with PYTHONHASHSEED before it was built in graph order
    script = (
        "import sys; from pathlib import Path; from tests.test_render import filter_documents;"
        "from kg.render import write_pages;"
        "write_pages(filter_documents(), Path(sys.argv[1]), html=True, ego=True)"
    )
    pages = []
    for seed in ("1", "2", "3"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        root = Path(__file__).resolve().parent.parent
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=root)
        pages.append({p.name: p.read_bytes() for p in sorted((out / "actors").iterdir())})
    assert len(pages[0]) > 3 and pages[0] == pages[1] == pages[2]


def test_index_page_tables(tmp_path: Path) -> None:
    documents = [*filter_documents(), gaza_story("g2", "hamas")]
    write_pages(documents, tmp_path, ego=True)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", index))
    assert "5 documents" in text and "published 2016-12-29 to 2023-10-18" in text
    assert "Most accused" in text and "Outlets that hedge most" in text
    # the four deniers of the interference allegation, each linked to its page
    row = re.search(r"<tr><td>(<a [^>]*>)?Russia used cyberattacks.*?</tr>", index, re.S)
    assert row is not None
    assert row.group(1) and 'href="allegations/' in row.group(1)  # linked to its own page
    assert '<td class="n">4</td>' in row.group(0)
    for denier in ("dmitry-peskarev", "donald-trump", "russia", "sergei-lavrenko"):
        assert f'href="actors/{denier}.html"' in row.group(0)
    reciprocal = re.search(r"Reciprocal accusations.*?</table>", index, re.S)
    assert reciprocal is not None
    assert "Hamas" in reciprocal.group(0) and "Israel" in reciprocal.group(0)
    assert "<script" not in index  # the index page needs no script at all


def test_graph_page_ships_every_claim_and_actor_pages_merge_large_graphs(
    tmp_path: Path,
) -> None:
    documents = filter_documents()
    graph = actor_graph(documents)
    claim_edges = graph.number_of_edges()
    write_pages(documents, tmp_path, ego=True, aggregate_above=1)
    data = payload_of((tmp_path / "graph.html").read_text(encoding="utf-8"))
    # graph.html bundles in the browser, after filtering: it needs every claim, not merged edges
    shipped = sorted((c["from"], c["to"], c["stance"]) for c in explorer_claims(data))
    assert shipped == sorted((u, v, d["stance"]) for u, v, d in graph.edges(data=True))
    assert len(shipped) == claim_edges
    # an actor page still merges parallel edges above aggregate_above
    ego = payload_of((tmp_path / "actors" / "russia.html").read_text(encoding="utf-8"))
    around = {"russia", *graph.predecessors("russia"), *graph.successors("russia")}
    ego_claims = sum(1 for u, v in graph.edges() if u in around and v in around)
    assert len(ego["edges"]) < ego_claims == sum(e["count"] for e in ego["edges"])


def test_hostile_pages_escape_everything_and_link_only_http(tmp_path: Path) -> None:
    write_pages(hostile_documents(), tmp_path, ego=True)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for payload in ("<script>alert", "<img src=x", "<svg on", "</title><", "<a href=x>", "<b>"):
        assert payload not in index
    assert not [h for h in re.findall(r'href="([^"]*)"', index) if h.startswith("javascript")]
    assert 'href="https://example.org/h2?q=&quot;&#x27;&lt;x&gt;"' in index
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    documents = payload_of(page)["documents"]
    assert {d[2] for d in documents} == {"", "https://example.org/h2?q=\"'<x>"}
    assert {d[1] for d in documents} == {"javascript:alert(8)", "https://example.org/h2?q=\"'<x>"}
    for name in os.listdir(tmp_path / "actors"):
        assert re.fullmatch(r"[a-z0-9-]+\.html", name), name


def render_from_rdf(tmp_path: Path, documents: list[DocumentGraph], *options: str) -> int:
    quads = [quad for document in documents for quad in document_quads(document)]
    (tmp_path / "graph.trig").write_bytes(serialize_quads(quads, "trig"))
    return main(["render", str(tmp_path / "graph.trig"), "-o", str(tmp_path / "out"), *options])


def test_kg_render_redraws_the_pages_from_rdf(tmp_path: Path, capsys: Any) -> None:
    documents = filter_documents()
    assert render_from_rdf(tmp_path, documents, "--export", "gexf", "--ego") == 0
    out = tmp_path / "out"
    built = tmp_path / "built"
    write_pages(documents, built, ego=True, export=("gexf",))
    for name in ("graph.html", "disputes.html", "index.html", "graph.gexf", "actors/russia.html"):
        assert (out / name).read_bytes() == (built / name).read_bytes(), name
    printed = capsys.readouterr().out
    assert "rendered 4 document(s)" in printed and f"{out / 'actors'}" in printed
    assert main(["render", str(tmp_path / "nothing.ttl"), "-o", str(out)]) == 1
    assert "nothing.ttl" in capsys.readouterr().err


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

    def __init__(
        self, browser: Any, path: Path, csp: bool = False, graph: bool = True, wait: float = 30
    ) -> None:
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
        if not graph:
            return
        # poll from outside: wait_for_function evaluates strings in the page, which a CSP forbids
        deadline = time.monotonic() + wait
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

    def edge_point(self, edge_id: str) -> dict[str, float]:
        point = self.js(
            """id => { const n = window.kgNetwork.network;
                       const edge = n.body.edges[id];
                       return n.canvasToDOM(edge.edgeType.getPoint(0.5)); }""",
            edge_id,
        )
        return dict(point)

    def hover_edge(self, edge_id: str) -> str:
        return self._hover(self.edge_point(edge_id))

    def click_edge(self, edge_id: str) -> str:
        """Click the middle of an edge; the details panel's text."""
        box = self.page.locator("#kg-network").bounding_box()
        point = self.edge_point(edge_id)
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        return str(self.page.locator("#kg-details").inner_text())

    def hidden_edges(self) -> list[str]:
        return list(self.js("window.kgNetwork.edges.get({filter: e => e.hidden}).map(e => e.id)"))

    def visible_edges(self) -> list[tuple[str, str, str]]:
        return sorted(
            tuple(e)
            for e in self.js(
                "window.kgNetwork.edges.get({filter: e => !e.hidden})"
                ".map(e => [e.from, e.to, e.stance])"
            )
        )

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
    assert page.js("document.scripts.length") == 5  # 3 of the page, 2 of the "correct this" form
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


@pytest.fixture()
def pages(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """Open a page of a :func:`write_pages` build (``graph`` is False for the index page)."""
    opened: list[Visit] = []

    def open_page(path: Path, graph: bool = True, wait: float = 30) -> Visit:
        opened.append(Visit(browser, path, graph=graph, wait=wait))
        return opened[-1]

    yield open_page
    for page in opened:
        page.close()


def visible_claims(page: Any) -> list[tuple[str, str, str]]:
    """The claims the explorer's edges carry: each bundle edge once per claim in it."""
    bundles = page.js("window.kgNetwork.edges.get().map(e => [e.from, e.to, e.stance, e.count])")
    return sorted((u, v, s) for u, v, s, count in bundles for _ in range(count))


def expected_edges(documents: list[DocumentGraph], keep: Any) -> list[tuple[str, str, str]]:
    """The claim edges a filter should leave, computed from the networkx graph."""
    graph = actor_graph(documents)
    return sorted((u, v, d["stance"]) for u, v, d in graph.edges(data=True) if keep(u, v, d))


@pytest.mark.browser
@browser_only
def test_actor_outlet_and_date_filters_combine(pages: Any, tmp_path: Path) -> None:
    documents = filter_documents()
    write_pages(documents, tmp_path)
    page = pages(tmp_path / "graph.html")
    total = actor_graph(documents).number_of_edges()
    actors = page.js("window.kgNetwork.data.actors.length")
    assert page.page.locator("#kg-shown").inner_text() == (
        f"showing {actors} of {actors} actors, "
        f"{page.js('window.kgNetwork.edges.length')} edges carrying {total} of {total} claims"
    )
    actor = page.page.locator("#kg-actor")
    assert "Iran" in actor.locator("option").all_inner_texts()
    actor.select_option("iran")
    assert visible_claims(page) == expected_edges(documents, lambda u, v, d: "iran" in (u, v))
    shown_nodes = page.js("window.kgNetwork.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert sorted(shown_nodes) == ["iran", "united-states"]
    actor.select_option("")
    page.page.locator("#kg-outlet").select_option("Daily")
    daily = expected_edges(documents, lambda u, v, d: d["outlet"] == "Daily")
    assert visible_claims(page) == daily and len(daily) == 3
    page.page.locator("#kg-outlet").select_option("")
    page.page.locator("#kg-from").fill("2017-01-01")
    page.page.locator("#kg-to").fill("2023-06-30")
    in_range = expected_edges(
        documents, lambda u, v, d: "2017-01-01" <= d["published"] <= "2023-06-30"
    )
    assert visible_claims(page) == in_range
    # and a stance on top: dates, then no denials
    page.page.locator("#kg-stances input[value=deny]").uncheck()
    assert visible_claims(page) == [e for e in in_range if e[2] != "deny"] != in_range
    page.page.locator("#kg-from").fill("")
    page.page.locator("#kg-to").fill("")
    actor.select_option("united-states")
    page.page.locator("#kg-outlet").select_option("Wire")
    assert visible_claims(page) == expected_edges(
        documents,
        lambda u, v, d: (
            "united-states" in (u, v) and d["outlet"] == "Wire" and d["stance"] != "deny"
        ),
    )
    page.page.locator("#kg-reset").click()
    assert visible_claims(page) == expected_edges(documents, lambda u, v, d: True)
    assert page.js("window.kgNetwork.nodes.length") == actors
    assert page.errors == [] and page.dialogs == []
    assert len(page.requests) == 1


@pytest.mark.browser
@browser_only
def test_disputes_page_filters_keep_each_allegation_with_its_accused(
    pages: Any, tmp_path: Path
) -> None:
    documents = filter_documents()
    write_pages(documents, tmp_path)
    page = pages(tmp_path / "disputes.html")
    disputes = corpus_dispute_graph(documents, corpus_allegations(documents).allegations)
    page.page.locator("#kg-outlet").select_option("Daily")
    daily = [
        (u, v, d["stance"])
        for u, v, d in disputes.edges(data=True)
        if any(claim.get("outlet") == "Daily" for claim in d.get("edges") or ())
    ]
    allegations = {v for _, v, _ in daily}
    against = [(u, v, "against") for u, v, d in disputes.edges(data=True)
               if d["stance"] == "against" and u in allegations]  # fmt: skip
    assert page.visible_edges() == sorted(daily + against)
    assert {disputes.nodes[v]["summary"] for _, v, _ in daily} == {"Iran supplied drones to Russia"}
    page.page.locator("#kg-outlet").select_option("")
    page.page.locator("#kg-stances input[value=against]").uncheck()
    assert "against" not in {stance for _, _, stance in page.visible_edges()}
    assert page.errors == [] and len(page.requests) == 1


@pytest.mark.browser
@browser_only
def test_clicked_edge_shows_its_claim_and_links_only_http_sources(
    pages: Any, tmp_path: Path
) -> None:
    write_pages(hostile_documents(), tmp_path, ego=True)
    page = pages(tmp_path / "graph.html")
    edge_ids = page.js("window.kgNetwork.edges.getIds()")
    assert len(edge_ids) == 3
    links, texts = [], []
    for edge_id in edge_ids:
        details = page.click_edge(edge_id)
        assert details == page.js("id => window.kgNetwork.edges.get(id).title", edge_id)
        texts.append(details)
        sources = page.page.locator("#kg-details-sources")
        links += sources.locator("a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        )
        texts.append(sources.inner_text())
    shown = "\n".join(texts)
    assert "the alleged <b>attack</b> on <i>us</i>" in shown
    assert "claimer's role: <img src=x onerror=alert(12)>" in shown
    assert "<svg onload=alert(7)>" in shown and "hedged: so-called" in shown
    assert 'a so-called \\" }); alert(14); // plot' in shown
    assert "</title><script>alert(6)</script> (javascript:alert(8))" in shown  # text, no link
    assert set(links) == {"https://example.org/h2?q=\"'<x>"}
    # a node links to its own page
    point = page.js(
        "() => { const n = window.kgNetwork.network;"
        " return n.canvasToDOM(n.getPositions(['evil']).evil); }"
    )
    box = page.page.locator("#kg-network").bounding_box()
    page.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    own = page.page.locator("#kg-details-sources a").get_attribute("href")
    assert own == "actors/evil.html"
    assert page.dialogs == [] and page.errors == []
    assert page.js("document.querySelectorAll('img, svg, iframe, b, i').length") == 0
    assert len(page.requests) == 1


@pytest.mark.browser
@browser_only
def test_index_and_actor_pages_are_offline_and_inert(pages: Any, tmp_path: Path) -> None:
    write_pages(hostile_documents(), tmp_path, ego=True)
    index = pages(tmp_path / "index.html", graph=False)
    text = index.page.locator("body").inner_text()
    shown = (
        EVIL,
        VICTIM,
        "<svg onload=alert(7)>",
        "</title><script>alert(6)</script>",
        '"</script><script>alert(2)</script>',
        "<script>alert(13)</script> attack",
    )
    for payload in shown:
        assert payload in text, payload
    tables = index.page.locator("table").all_inner_texts()
    assert len(tables) == 6  # accused, accusing, reciprocal, denied, hedging, documents
    hrefs = index.page.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(h.startswith(("file://", "https://")) for h in hrefs)
    assert index.js("document.querySelectorAll('script, img, iframe, b, i').length") == 0
    # the charts are ours: bars and text, nothing from an article made an element
    assert index.js("document.querySelectorAll('svg:not(.chart)').length") == 0
    assert index.js("document.querySelectorAll('svg.chart').length") == 3
    assert index.js("document.querySelectorAll('svg.chart *:not(text):not(rect)').length") == 0
    assert index.dialogs == [] and index.errors == []
    assert len(index.requests) == 1
    for ego_page in ("evil.html", page_name("</script><img src=x onerror=alert(4)>")):
        ego = pages(tmp_path / "actors" / ego_page)
        assert ego.js("window.kgNetwork.nodes.length") == 2
        assert ego.dialogs == [] and ego.errors == [] and len(ego.requests) == 1
    disputes = pages(tmp_path / "disputes.html")
    labels = disputes.js(
        "window.kgNetwork.nodes.get().filter(n => n.kind === 'allegation').map(n => n.title)"
    )
    assert any("<script>alert(13)</script> attack" in label for label in labels)
    assert disputes.dialogs == [] and disputes.errors == [] and len(disputes.requests) == 1
    # each allegation's page: the payloads as text, nothing run, only http(s) links
    allegation_pages = sorted((tmp_path / "allegations").iterdir())
    assert allegation_pages
    for path in allegation_pages:
        page = pages(path, graph=False)
        text = page.page.locator("body").inner_text()
        assert "<script>alert(13)</script> attack" in text or "alert" not in text
        assert page.js("document.querySelectorAll('script, img, iframe, b, i').length") == 0
        assert page.js("document.querySelectorAll('svg').length") <= 1  # the timeline
        hrefs = page.page.locator("a").evaluate_all("links => links.map(a => a.href)")
        assert all(h.startswith(("file://", "https://")) for h in hrefs), hrefs
        assert page.dialogs == [] and page.errors == [] and len(page.requests) == 1


@pytest.mark.browser
@pytest.mark.slow
@browser_only
def test_thousands_of_actors_settle_and_stay_usable(pages: Any, tmp_path: Path) -> None:
    """2,000 actors and 4,000 claims: edges merged per pair, the layout settles, filters work."""
    graph = nx.MultiDiGraph()
    for i in range(2000):
        graph.add_node(f"a{i}", name=f"Actor {i}", kind="person" if i % 3 else "state")
    for i in range(4000):
        # a few hubs that many accuse, as in news about a war
        source, target = f"a{(i * 7919) % 2000}", f"a{i % 40 if i % 2 else (i * 31) % 2000}"
        graph.add_edge(source, target, stance="accuse" if i % 3 else "deny", claim=f"c{i}",
                       outlet=f"Outlet {i % 5}", published=f"2024-0{1 + i % 9}-15")  # fmt: skip
    merged = aggregate(graph)
    assert merged.number_of_edges() < graph.number_of_edges()
    render_html(merged, tmp_path / "graph.html", note="merged")
    started = time.monotonic()
    page = pages(tmp_path / "graph.html", wait=240)
    settled = time.monotonic() - started
    assert page.js("window.kgNetwork.network.body.data.nodes.length") == 2000
    assert page.js("window.kgNetwork.network.physics.options.enabled") is False
    page.page.locator("#kg-actor").select_option("a1")
    visible = page.js("window.kgNetwork.edges.get({filter: e => !e.hidden}).length")
    assert visible == sum(1 for u, v in merged.edges if "a1" in (u, v))
    assert page.errors == [] and len(page.requests) == 1
    print(f"2000 nodes, {merged.number_of_edges()} merged edges settled in {settled:.1f}s")


@pytest.mark.parametrize("module", ["kg.render.html", "kg.render.gephi", "kg.render.pages"])
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
    # the same through the command line, with actor pages and a Gephi file
    options = ["--ego", "--export", "gexf", "-q"]
    assert main(["build", str(source), "-o", str(tmp_path / "cli"), *options]) == 0
    with_pages = payload_of((tmp_path / "cli" / "graph.html").read_text(encoding="utf-8"))
    for actor in with_pages["actors"]:
        assert (tmp_path / "cli" / actor[9]).is_file()
    assert (tmp_path / "cli" / "graph.gexf").is_file()
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
    index = Visit(browser, tmp_path / "out" / "index.html", graph=False)
    try:
        assert index.dialogs == [] and index.errors == [] and len(index.requests) == 1
        assert index.js("document.querySelectorAll('script, img, iframe').length") == 0
        assert index.js("document.querySelectorAll('svg:not(.chart)').length") == 0
        assert payload_title in index.page.locator("body").inner_text()
    finally:
        index.close()
    # kg render from the build's Turtle draws the same page, without parsing the text again
    assert main(["render", str(tmp_path / "out" / "graph.ttl"), "-o", str(tmp_path / "again")]) == 0
    for name in ("graph.html", "disputes.html", "index.html"):
        assert (tmp_path / "again" / name).read_bytes() == (tmp_path / "out" / name).read_bytes()


@pytest.mark.browser
@pytest.mark.slow
@browser_only
def test_corpus_disputes_page_links_each_allegation_to_its_claims(
    pages: Any, tmp_path: Path
) -> None:
    """A real build of two disputes six years apart (tests/data/corpus): one node per corpus
    allegation, sized by its claims; the date filter keeps the one of its years; the node
    links to a page listing its claims in date order beside a timeline."""
    import kg

    corpus = Path(__file__).parent / "data" / "corpus" / "disputes.jsonl"
    out = tmp_path / "out"
    result = kg.build([corpus], out=out, store=None)
    merged = corpus_allegations(result.documents).allegations
    page = pages(out / "disputes.html")
    nodes = page.js(
        "window.kgNetwork.nodes.get().filter(n => n.kind === 'allegation')"
        ".map(n => [n.id.slice('allegation:'.length), n.size, n.page])"
    )
    assert sorted(node[0] for node in nodes) == sorted(a.id for a in merged)
    size = {key: value for key, value, _ in nodes}
    biggest = max(merged, key=lambda a: len(a.claims))
    smallest = min(merged, key=lambda a: len(a.claims))
    assert size[biggest.id] > size[smallest.id]
    # the date filter: 2024 only leaves the election allegation and its actors
    page.page.locator("#kg-from").fill("2024-01-01")
    shown = page.js("window.kgNetwork.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    election = next(a for a in merged if "election" in a.summary)
    assert {n for n in shown if n.startswith("allegation:")} == {"allegation:" + election.id}
    assert "germany" in shown and "united-kingdom" not in shown
    page.page.locator("#kg-from").fill("")
    # clicking the node shows the link to its page
    point = page.js(
        "id => { const n = window.kgNetwork.network;"
        " return n.canvasToDOM(n.getPositions([id])[id]); }",
        "allegation:" + election.id,
    )
    box = page.page.locator("#kg-network").bounding_box()
    page.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    link = page.page.locator("#kg-details-sources a").last
    assert link.get_attribute("href") == f"allegations/{election.id}.html"
    assert page.errors == [] and page.dialogs == [] and len(page.requests) == 1
    # the allegation's page: its claims in date order, with outlet, quote and link, a timeline
    detail = pages(out / "allegations" / f"{election.id}.html", graph=False)
    rows = detail.page.locator("table.claims tbody tr").all_inner_texts()
    assert len(rows) == len(election.claims)
    dates = [row.split("\t")[0] for row in rows]
    assert dates == sorted(dates) and dates[0] == "2024-03-01"
    assert "Germany" in rows[0] and "interfering in its federal election" in rows[0]
    links = detail.page.locator("table.claims a").evaluate_all("a => a.map(x => x.href)")
    assert "https://example.org/wire/2024/election-1" in links
    bars = detail.page.locator("svg.timeline rect").count()
    # a bar per month and direction: accusations and condemnations up, denials down (the
    # story's other claims, an assertion on the charge, draw none)
    drawn = {
        (m, s != "deny") for m, s, _ in election.counts if s in ("accuse", "criticize", "deny")
    }
    assert bars == len(drawn) and ("2024-03", "assert") in {(m, s) for m, s, _ in election.counts}
    assert detail.errors == [] and detail.dialogs == [] and len(detail.requests) == 1


@pytest.mark.browser
@browser_only
def test_correct_this_follows_clicks_on_an_actor_page(pages: Any, tmp_path: Path) -> None:
    """actors/<id>.html (page.html) shares curation.js with the explorer: a click goes through
    kgNetwork.showDetails, and the form follows it, offering the clicked edge's claims."""
    write_pages(hostile_documents(), tmp_path, ego=True)
    page = pages(tmp_path / "actors" / "evil.html")
    edge_ids = page.js("window.kgNetwork.edges.getIds()")
    assert edge_ids
    for edge_id in edge_ids:
        page.click_edge(edge_id)
        [clicked] = page.js("window.kgNetwork.network.getSelectedEdges()")
        offered = page.page.eval_on_selector_all(
            "#kg-correct-claim option", "os => os.map(o => o.value)"
        )
        claims = page.js("id => window.kgNetwork.edges.get(id).curation", clicked)
        assert offered and offered == [c["claim"] for c in claims]
    point = page.js(
        "() => { const n = window.kgNetwork.network;"
        " return n.canvasToDOM(n.getPositions(['evil']).evil); }"
    )
    box = page.page.locator("#kg-network").bounding_box()
    page.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.page.text_content("#kg-correct-about") == "actor evil"
    assert page.page.locator("#kg-correct-claim").is_hidden()
    assert page.dialogs == [] and page.errors == [] and len(page.requests) == 1
    assert page.js("document.querySelectorAll('img, svg, iframe, b, i').length") == 0
