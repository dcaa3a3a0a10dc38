"""Write a claims part's sentence file (claims empty) from corpus texts and stored news pages.

The shared half of the ``make_testNN_sentences.py`` scripts from ``test36`` on: each script keeps
its documents, the furniture lines it leaves out, its abbreviations and its hand corrections (a
:class:`Part`), and calls :func:`write`. A document is ``"news:KEY"`` (a line of the part's stored
news pages file, with its own publisher and licence) or a corpus ``"file#index"``; its text is cut
into sentences at ``.``/``!``/``?`` before a capital or a quote mark (and at paragraph breaks),
with abbreviations and initials ("P.P.S. Bindra") kept whole. Nothing of ``kg`` is imported and
nothing is parsed: an annotator's sentence file must not depend on the extractor.

>>> split_sentences('He said "No." Talks go on. Mr. Lee left.', ("Mr",))
['He said "No."', 'Talks go on.', 'Mr. Lee left.']
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
_BREAK = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018'(<])|(?<=[.!?][\"\u201d\u2019'])\s+(?=[A-Z\"\u201c(<])"
)
_INITIAL = re.compile(r"(^|[\s.])[A-Z]\.$")  # "Antony J. Blinken", "P.P.S. Bindra"


@dataclass(frozen=True)
class Part:
    """What one part's script holds: its split name, its stored news pages and its corrections.

    ``join`` pairs (document id, start of a piece) the plain rule split wrongly and are joined to
    the piece before; ``split_at`` pairs (document id, start of a sentence) are cut where the
    abbreviation rule kept two sentences together ("... Washington, D.C. Secretary Blinken ...").
    """

    split: str
    news_pages: Path
    furniture: re.Pattern[str]
    abbreviations: tuple[str, ...]
    join: Sequence[tuple[str, str]] = ()
    split_at: Sequence[tuple[str, str]] = ()


def publisher(rec: dict, file: str, dropped: list[str]) -> str:
    """The ``publisher`` line of a corpus text: its site, licence and what was left out."""
    left = "; " + ", ".join(dropped) + " left out" if dropped else ""
    url = rec["url"]
    corpus = "in the dispute corpus, corpus/"
    if "president.gov.ua" in url:
        return (
            "President of Ukraine (president.gov.ua/en news item, CC BY 4.0; text as scraped, "
            f"headline left out{left}, {corpus}{file})"
        )
    if "kremlin.ru" in url:
        return (
            "President of Russia (en.kremlin.ru news item, CC BY 4.0; text as scraped, "
            f"headline left out{left}, {corpus}{file})"
        )
    if "state.gov" in url:
        return (
            "U.S. Department of State (state.gov release, public domain; text of its RSS item "
            f"{corpus}{file}{left})"
        )
    if "whitehouse.gov" in url:
        return (
            "The White House (whitehouse.gov briefing-room release, public domain; text of its RSS "
            f"item {corpus}{file}{left})"
        )
    if "wikinews.org" in url:
        return (
            "Wikinews (Wikinews-written story, CC BY 2.5, attribution: Wikinews contributors; "
            "stored page text of the search tool's pages corpus, an excerpt from the page's "
            f"beginning, {corpus}{file}{left})"
        )
    raise SystemExit(f"unknown publisher: {url}")


def split_sentences(text: str, abbreviations: Sequence[str]) -> list[str]:
    """``text`` cut into sentences (paragraphs and ``***`` always end one)."""
    out: list[str] = []
    for para in re.split(r"\n+|\*\*\*", text):
        para = para.strip()
        if not para:
            continue
        buf = ""
        for piece in _BREAK.split(para):
            buf = f"{buf} {piece}" if buf else piece
            if any(buf.endswith(" " + a + ".") or buf == a + "." for a in abbreviations):
                continue
            if _INITIAL.search(buf):
                continue
            out.append(buf)
            buf = ""
        if buf:
            out.append(buf)
    return out


def load(part: Part, key: str) -> tuple[dict, str, list[str], str]:
    """The document's record, its publisher line, its sentences and its licence."""
    if key.startswith("news:"):
        name = key[5:]
        for line in part.news_pages.open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["key"] == name:
                sentences = split_sentences(rec["text"], part.abbreviations)
                return rec, rec["publisher"], sentences, rec["licence"]
        raise SystemExit(f"no news page {name}")
    file, index = key.split("#")
    rec = [json.loads(x) for x in (ROOT / "corpus" / file).open(encoding="utf-8")][int(index)]
    rec = dict(rec, date=rec["published"][:10])
    paras = rec["text"].split("\n")
    dropped = sorted({p.strip() for p in paras if part.furniture.match(p.strip())})
    body = "\n".join(p for p in paras if not part.furniture.match(p.strip()))
    sentences = [
        x for x in split_sentences(body, part.abbreviations) if not part.furniture.match(x)
    ]
    return rec, publisher(rec, file, [f'"{x}"' for x in dropped]), sentences, rec["licence"]


def _corrected(part: Part, doc: str, sentences: list[str]) -> list[str]:
    sentences = list(sentences)
    for d, start in part.join:
        if d != doc:
            continue
        for i in range(1, len(sentences)):
            if sentences[i].startswith(start):
                sentences[i - 1 : i + 1] = [sentences[i - 1] + " " + sentences[i]]
                break
        else:
            raise SystemExit(f"{doc}: no piece starts {start!r}")
    for d, start in part.split_at:
        if d != doc:
            continue
        for i, sentence in enumerate(sentences):
            cut = sentence.find(" " + start)
            if cut > 0:
                sentences[i : i + 1] = [sentence[:cut], sentence[cut + 1 :]]
                break
        else:
            raise SystemExit(f"{doc}: no sentence holds {start!r}")
    return sentences


def write(path: str | Path, part: Part, documents: Sequence[tuple[str, str]]) -> str:
    """Write the sentence file of ``documents`` (id, key) to ``path``; a one-line summary."""
    lines = []
    for doc, key in documents:
        rec, pub, sentences, licence = load(part, key)
        sentences = _corrected(part, doc, sentences)
        source = {"title": rec["title"], "url": rec["url"], "date": rec["date"], "publisher": pub}
        for n, text in enumerate(sentences, 1):
            assert text in rec["text"], (doc, text)
            context = " ".join(sentences[max(0, n - 3) : n - 1]) or None
            line = {"id": f"{doc}-{n:02d}", "split": part.split, "text": text, "context": context}
            line |= {"source": source, "licence": licence, "claims": []}
            lines.append(line)
    with open(path, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return f"{len(documents)} documents, {len(lines)} sentences"
