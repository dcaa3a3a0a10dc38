"""Check that no pool story is in a gold part: its VOA article id or URL, title or text must
share nothing with any line of ``../gold.jsonl``.  Prints counts only (never a gold line).

    .venv/bin/python benchmarks/claims/pool/check_pool.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent


def _url(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.lower().split("?")[0].rstrip("/"))
    found = re.search(r"/(\d{5,})\.html$", url)  # a VOA article id
    return found.group(1) if found and "voa" in url else url


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def main() -> int:
    urls, titles, texts = set(), set(), []
    for line in (HERE.parent / "gold.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        source = record.get("source") or {}
        urls.add(_url(source.get("url") or ""))
        titles.add(_words(source.get("title") or ""))
        if len(_words(record.get("text", ""))) > 40:
            texts.append(_words(record["text"]))
    stories = [json.loads(line) for line in (HERE / "voa_pool.jsonl").open(encoding="utf-8")]
    shared = sum(
        _url(s["url"]) in urls
        or _words(s["title"]) in titles
        or any(t in _words(s["text"]) for t in texts)
        for s in stories
    )
    print(f"pool stories {len(stories)}, sharing a URL, title or sentence with gold: {shared}")
    return 1 if shared else 0


if __name__ == "__main__":
    raise SystemExit(main())
