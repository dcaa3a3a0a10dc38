"""Main text and metadata of a saved HTML page, via trafilatura (offline, deterministic).

trafilatura drops navigation, sidebars, comments and footers and reads the title,
canonical URL, site name and publication date from the page's own markup.  It
never fetches anything when given a string; the date search is bounded by a fixed
``max_date`` (not "today") so that the same page gives the same date every run.

>>> page = (
...     "<html><head><title>Kyiv Rejects Claims</title></head><body><nav>Home | World</nav>"
...     "<article><h1>Kyiv Rejects Claims</h1><p>Ukraine's foreign ministry on Tuesday rejected "
...     "the claims as absurd, saying the strikes came from Russian positions near the town.</p>"
...     "<p>Moscow insists that the attack was staged, a spokesman said late on Tuesday.</p>"
...     "</article><footer>All rights reserved.</footer></body></html>"
... )
>>> fields, text = extract_html(page)
>>> fields["title"], text.splitlines()[1][:24]
('Kyiv Rejects Claims', "Ukraine's foreign minist")
"""

from __future__ import annotations

from typing import Any

import trafilatura

from kg.ingest.errors import InputProblem

#: Passed to htmldate through trafilatura: no free-text date guessing, no "today".
DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "max_date": "2100-12-31",
}

#: trafilatura metadata field -> Article field.
_METADATA_FIELDS = {"title": "title", "url": "url", "sitename": "outlet", "date": "published"}


class NoMainTextError(InputProblem):
    """trafilatura found no article text in the page."""


def extract_html(html: str) -> tuple[dict[str, str], str]:
    """``({field: value}, main_text)``: metadata mapped to Article fields, one paragraph a line.

    Raises :class:`NoMainTextError` when the page holds no main text (a bare
    navigation page, an error page, a script-only page).
    """
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params=dict(DATE_PARAMS),
    )
    if document is None:
        raise NoMainTextError("no main text found in the HTML page")
    record: dict[str, Any] = document if isinstance(document, dict) else document.as_dict()
    text = record.get("text") or ""
    if not text.strip():
        raise NoMainTextError("no main text found in the HTML page")
    fields = {
        field: str(record[key]).strip()
        for key, field in _METADATA_FIELDS.items()
        if record.get(key) and str(record[key]).strip()
    }
    return fields, text
