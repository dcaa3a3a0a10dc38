"""The pages of a big build, opened in a real Chromium: bytes, time to interactive, memory.

    python benchmarks/browse.py corpus --docs 1000 --out /tmp/browse-corpus-1000
    kg build /tmp/browse-corpus-1000 -o /tmp/browse-1k --no-store --jobs 2
    python benchmarks/browse.py measure /tmp/browse-1k [--screenshot docs/graph-1000.png]
    python benchmarks/browse.py actors /tmp/browse-1k/actors.csv
    python benchmarks/browse.py screenshots /tmp/corpus-build   # a build of corpus/

``screenshots`` takes the README's two images of a corpus build (docs/corpus-disputes.png,
docs/corpus-allegation.png): disputes.html as it opens, and the top of the page of the
corpus allegation with most claims; it fails if either page logs an error or requests
anything (the pages are offline).

``corpus`` writes the recombined corpus of :mod:`throughput` (paragraphs of the bundled
articles drawn, seeded, into documents of about 500 words) as text files, to build once
and measure many times (``kg render`` redraws the pages from the build's RDF).

``measure`` opens graph.html, disputes.html and index.html of a build folder, each in a
fresh browser context, from the file system (as a user would), and prints per page:

* bytes of the file;
* seconds from navigation until the page is interactive: the graph drawn once
  (``window.kgNetwork.stabilized``), or the document loaded for the index;
* nodes and edges in the view the page opens on;
* the page's JavaScript heap (``performance.memory``, Chromium) after it is interactive;
* console errors and network requests besides the page itself (both should be 0).

Then, on graph.html, it times a stance filter (only "accuse"), checks that the edges
then carry only accusations, and times "show neighbours" on the most connected actor.

``actors`` counts actors.csv by kind, with the most frequent names of each kind.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-precise-memory-info",
]
PAGES = ("graph.html", "disputes.html", "index.html")
#: The sizes (width, height) of the README's screenshots of a corpus build.
DISPUTES_SIZE = (1400, 900)
ALLEGATION_SIZE = (1200, 900)


def write_corpus(docs: int, out: Path, words: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from throughput import corpus
    from throughput import write_corpus as write

    write(corpus(docs, words), out)
    print(f"wrote {docs} documents to {out}")


def _interactive(page: Any, graph: bool, timeout: float) -> float:
    """Seconds since navigation start when the page became interactive."""
    deadline = time.monotonic() + timeout
    if graph:
        while not page.evaluate("Boolean(window.kgNetwork && window.kgNetwork.stabilized)"):
            if time.monotonic() > deadline:
                raise TimeoutError("the graph was never drawn")
            page.wait_for_timeout(20)
        # the page's own clock: from navigation start to now
        return float(page.evaluate("performance.now()")) / 1000
    page.wait_for_load_state("load")
    return (
        float(page.evaluate("performance.timing.loadEventEnd - performance.timing.navigationStart"))
        / 1000
    )


def measure_page(
    browser: Any,
    path: Path,
    timeout: float = 120,
    size: tuple[int, int] = (1600, 1000),
    graph: bool | None = None,
) -> dict[str, Any]:
    """Open ``path`` in a fresh context of ``size`` (width, height); ``graph``: wait for the
    explorer to draw (default: every page but index.html)."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    if graph is None:
        graph = path.name != "index.html"
    page.goto(path.as_uri(), wait_until="commit")
    row: dict[str, Any] = {"page": path.name, "bytes": path.stat().st_size}
    try:
        row["interactive_s"] = round(_interactive(page, graph, timeout), 2)
    except TimeoutError:
        row["interactive_s"] = f"> {timeout:.0f}"
        row["errors"], row["requests"] = len(errors), len(requests) - 1
        row["_page"], row["_context"] = page, context
        return row
    if graph:
        row["nodes"] = page.evaluate("window.kgNetwork.nodes.length")
        row["edges"] = page.evaluate("window.kgNetwork.edges.length")
    row["heap_mib"] = round(page.evaluate("performance.memory.usedJSHeapSize") / 2**20, 1)
    row["errors"] = len(errors)
    row["requests"] = sum(1 for url in requests if url != path.as_uri())
    if errors:
        row["first_error"] = errors[0][:200]
    row["_page"], row["_context"] = page, context
    return row


def graph_checks(page: Any) -> dict[str, Any]:
    """A stance filter and "show neighbours" on the explorer page, timed."""
    if page.evaluate("typeof window.kgNetwork.redraw") != "function":
        return {}
    checks: dict[str, Any] = {}
    started = time.perf_counter()
    page.evaluate(
        """() => { document.querySelectorAll('#kg-stances input').forEach(b => {
                     b.checked = b.value === 'accuse'; });
                   window.kgNetwork.applyFilters(); }"""
    )
    checks["accuse_filter_s"] = round(time.perf_counter() - started, 3)
    stances = page.evaluate("[...new Set(window.kgNetwork.edges.get().map(e => e.stance))]")
    checks["accuse_filter_stances"] = stances
    checks["accuse_filter_edges"] = page.evaluate("window.kgNetwork.edges.length")
    checks["accuse_filter_claims"] = page.evaluate(
        "window.kgNetwork.edges.get().reduce((n, e) => n + e.count, 0)"
    )
    page.evaluate("document.getElementById('kg-reset').click()")
    hub = page.evaluate("window.kgNetwork.data.actors[window.kgNetwork.data.view[0]][0]")
    started = time.perf_counter()
    added = page.evaluate("id => window.kgNetwork.showNeighbours(id)", hub)
    checks["neighbours_s"] = round(time.perf_counter() - started, 3)
    checks["neighbours_added"] = added
    checks["nodes_after_neighbours"] = page.evaluate("window.kgNetwork.nodes.length")
    page.evaluate("document.getElementById('kg-reset').click()")
    return checks


def measure(folder: Path, screenshot: Path | None, runs: int, timeout: float = 120) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for name in PAGES:
                path = folder / name
                if not path.exists():
                    continue
                times = []
                for run in range(runs):
                    row = measure_page(browser, path, timeout)
                    times.append(row["interactive_s"])
                    page, context = row.pop("_page"), row.pop("_context")
                    if isinstance(row["interactive_s"], str):  # timed out: once is enough
                        print(json.dumps(row))
                        context.close()
                        break
                    if run == runs - 1:
                        if name == "graph.html":
                            row.update(graph_checks(page))
                            if screenshot is not None:
                                screenshot.parent.mkdir(parents=True, exist_ok=True)
                                page.wait_for_timeout(300)
                                page.screenshot(path=str(screenshot))
                                print(f"screenshot: {screenshot}")
                        row["interactive_s_runs"] = times
                        print(json.dumps(row))
                    context.close()
        finally:
            browser.close()


def largest_allegation(folder: Path) -> tuple[Path, int]:
    """The page of the corpus allegation with most claims (ties: the first by file name),
    read from each page's summary line ("disputed: 44 claims (...)")."""
    best: tuple[int, str] | None = None
    for page in sorted((folder / "allegations").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        found = re.search(r'<p class="summary">[^<:]*: (\d+) claims', text)
        if found and (best is None or int(found.group(1)) > best[0]):
            best = (int(found.group(1)), page.name)
    if best is None:
        raise SystemExit(f"no allegation pages in {folder / 'allegations'}")
    return folder / "allegations" / best[1], best[0]


def screenshots(folder: Path, disputes: Path, allegation: Path, timeout: float = 120) -> int:
    """Screenshot disputes.html (as it opens) and the page of the largest corpus allegation
    (its top), at the sizes of the README's images; 1 if a page logged an error or made a
    request (the pages must work offline)."""
    from playwright.sync_api import sync_playwright

    page_of, claims = largest_allegation(folder)
    shots = [
        (folder / "disputes.html", disputes, DISPUTES_SIZE, True, {}),
        (page_of, allegation, ALLEGATION_SIZE, False, {"claims": claims}),
    ]
    failed = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for path, image, size, graph, extra in shots:
                row = measure_page(browser, path, timeout, size=size, graph=graph)
                page, context = row.pop("_page"), row.pop("_context")
                row.update(extra, page=str(path.relative_to(folder)), screenshot=str(image))
                if not isinstance(row["interactive_s"], str):
                    image.parent.mkdir(parents=True, exist_ok=True)
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(image))
                failed |= isinstance(row["interactive_s"], str) or bool(
                    row["errors"] or row["requests"]
                )
                print(json.dumps(row))
                context.close()
        finally:
            browser.close()
    return int(failed)


def actors(table: Path) -> None:
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    kinds = Counter(row["kind"] for row in rows)
    print(f"{len(rows)} actors: " + ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()))
    for kind in kinds:
        names = Counter(row["name"] for row in rows if row["kind"] == kind).most_common(6)
        print(f"  {kind}: " + ", ".join(f"{name!r} {n}" for name, n in names))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    c = commands.add_parser("corpus", help="write the recombined corpus as text files")
    c.add_argument("--docs", type=int, required=True)
    c.add_argument("--words", type=int, default=500)
    c.add_argument("--out", type=Path, required=True)
    m = commands.add_parser("measure", help="open a build's pages in Chromium")
    m.add_argument("folder", type=Path)
    m.add_argument("--screenshot", type=Path)
    m.add_argument("--runs", type=int, default=3, help="page loads per page (times of each)")
    m.add_argument("--timeout", type=float, default=120, help="seconds to wait for a page")
    s = commands.add_parser(
        "screenshots", help="screenshot disputes.html and the largest allegation's page"
    )
    s.add_argument("folder", type=Path)
    s.add_argument("--disputes", type=Path, default=Path("docs/corpus-disputes.png"))
    s.add_argument("--allegation", type=Path, default=Path("docs/corpus-allegation.png"))
    s.add_argument("--timeout", type=float, default=120, help="seconds to wait for a page")
    a = commands.add_parser("actors", help="count actors.csv by kind")
    a.add_argument("table", type=Path)
    args = parser.parse_args()
    if args.command == "corpus":
        write_corpus(args.docs, args.out, args.words)
    elif args.command == "measure":
        measure(args.folder, args.screenshot, args.runs, args.timeout)
    elif args.command == "screenshots":
        sys.exit(screenshots(args.folder, args.disputes, args.allegation, args.timeout))
    else:
        actors(args.table)


if __name__ == "__main__":
    main()
