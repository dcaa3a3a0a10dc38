# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test37`` (round 36, branch ``annotate37``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- news stories (``news:KEY``): Voice of America copy (public domain) on voanews.com, VOA's
  breaking-news blog and VOA's preview host, and one Wikinews-written story (CC BY 2.5), as the
  ``search`` tool's stored page text gave it (an excerpt from the page's beginning), kept in
  ``test37_news_pages.jsonl`` beside this script with its title, URL, date, publisher and
  licence; the text there is the excerpt's body only: page furniture (navigation, headline, photo
  captions, fact boxes, credit lines) and the excerpt's last, unfinished sentence are left out, as
  each ``publisher`` says;
- statements, readouts and news items of the dispute corpus (``corpus/*.jsonl``, named by
  ``file#index``): State Department, White House, Kremlin and President of Ukraine; page
  furniture (byline lines, "The below is attributable to ..." lines, "Begin text"/"End text",
  closing ``###``) is left out and said so in ``publisher``.

Sentences are split by the plain rule of ``make_test35_sentences.py`` (a full stop, question or
exclamation mark, or a closing quote after one, then a space and a capital or an opening quote;
paragraph breaks), with the abbreviations below and initials ("P.P.S. Bindra") kept whole;
nothing of ``kg`` is imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test37_sentences.py OUT.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
HERE = Path(__file__).resolve().parent
SPLIT = "test37"

# (document id, "news:KEY" for test37_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    (
        "voa-2012-chinese-ships-enter-waters-disputed-islands",
        "news:voa-2012-chinese-ships-enter-waters-disputed-islands",
    ),
    (
        "voa-2012-chinese-official-justifies-anti-japan-protests",
        "news:voa-2012-chinese-official-justifies-anti-japan-protests",
    ),
    (
        "voa-2012-philippines-accuses-china-more-boats-shoal",
        "news:voa-2012-philippines-accuses-china-more-boats-shoal",
    ),
    (
        "wikinews-2005-syrian-officials-lahoud-accused-un-report",
        "news:wikinews-2005-syrian-officials-lahoud-accused-un-report",
    ),
    (
        "voa-2013-japan-condemns-china-weapons-radar",
        "news:voa-2013-japan-condemns-china-weapons-radar",
    ),
    ("voa-2011-iran-says-30-arrests-us-spy-case", "news:voa-2011-iran-says-30-arrests-us-spy-case"),
    (
        "voa-2013-us-b52-challenge-china-air-defense-zone",
        "news:voa-2013-us-b52-challenge-china-air-defense-zone",
    ),
    ("voa-2013-biden-abe-china-air-defense-zone", "news:voa-2013-biden-abe-china-air-defense-zone"),
    ("voa-2013-north-korea-suspend-kaesong", "news:voa-2013-north-korea-suspend-kaesong"),
    (
        "voa-2013-south-korea-calls-home-kaesong-managers",
        "news:voa-2013-south-korea-calls-home-kaesong-managers",
    ),
    (
        "voa-2012-au-south-sudan-heglig-capture-illegal",
        "news:voa-2012-au-south-sudan-heglig-capture-illegal",
    ),
    ("voa-2012-south-sudan-reinforces-heglig", "news:voa-2012-south-sudan-reinforces-heglig"),
    ("wh-2022-biden-transatlantic-leaders-video-call", "white-house-russia-ukraine.jsonl#9"),
    ("state-2022-blinken-saudi-fm-faisal-call", "state-department-yemen.jsonl#10"),
    ("ukraine-2021-zelenskyy-lublin-triangle", "president-of-ukraine-russia-ukraine.jsonl#218"),
    ("wh-2022-biden-senate-ukraine-supplemental", "white-house-russia-ukraine.jsonl#103"),
    ("state-2022-blinken-pashinyan-call-may", "state-department-armenia-azerbaijan.jsonl#8"),
    ("state-2022-friends-of-sudan-joint-statement", "state-department-sudan.jsonl#3"),
    ("wh-2022-sullivan-yang-rome-meeting", "white-house-china.jsonl#12"),
    ("state-2022-sherman-mori-call", "state-department-russia-ukraine.jsonl#36"),
    (
        "ukraine-2022-yermak-mcfaul-sanctions-action-plan",
        "president-of-ukraine-russia-ukraine.jsonl#113",
    ),
    ("state-2021-blinken-sisi-cairo-meeting", "state-department-israel-palestinians.jsonl#8"),
    ("state-2022-section-353-list-central-america", "state-department-nicaragua.jsonl#11"),
    ("state-2021-blinken-marsudi-meeting", "state-department-south-china-sea.jsonl#8"),
    ("state-2021-halki-seminary-fifty-years", "state-department-turkey.jsonl#1"),
]
# Taken out after the hand-over (none so far).
DROPPED: dict[str, str] = {}
ADDED: list[tuple[str, str]] = []

FURNITURE = re.compile(
    r"^(Office of the Spokesperson|Ned Price, Department Spokesperson|Antony J\. Blinken, Secretary of State"
    r"|The (below|following) is attributable to .*:|Begin [Tt]ext[:.]?|End [Tt]ext\.?|###|<…>|Section 353 Corrupt and Undemocratic Actors Report|For (any questions|more information), please contact .*)$"
)
ABBREV = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "No",
    "Jr",
    "U.S",
    "U.N",
    "D.C",
    "Amb",
    "Gen",
    "Lt",
    "Col",
    "MR",
)
# Pairs of consecutive pieces the plain rule split wrongly, joined again: (doc id, start of the second piece).
JOIN: list[tuple[str, str]] = []
# Pieces the abbreviation rule kept together wrongly, split again: (doc id, start of the second sentence)
# ("... today in Washington, D.C. Secretary Blinken and ...": "D.C." ends a sentence there).
SPLIT_AT: list[tuple[str, str]] = [
    ("state-2021-blinken-marsudi-meeting", "Secretary Blinken and Foreign Minister Retno")
]


def publisher(rec: dict, file: str, dropped: list[str]) -> str:
    left = "; " + ", ".join(dropped) + " left out" if dropped else ""
    url = rec["url"]
    if "president.gov.ua" in url:
        return (
            f"President of Ukraine (president.gov.ua/en news item, CC BY 4.0; text as scraped, headline left out{left}, "
            f"in the dispute corpus, corpus/{file})"
        )
    if "kremlin.ru" in url:
        return (
            f"President of Russia (en.kremlin.ru news item, CC BY 4.0; text as scraped, headline left out{left}, "
            f"in the dispute corpus, corpus/{file})"
        )
    if "state.gov" in url:
        return f"U.S. Department of State (state.gov release, public domain; text of its RSS item in the dispute corpus, corpus/{file}{left})"
    if "whitehouse.gov" in url:
        return (
            f"The White House (whitehouse.gov briefing-room release, public domain; text of its RSS item in the dispute corpus, "
            f"corpus/{file}{left})"
        )
    if "wikinews.org" in url:
        return (
            f"Wikinews (Wikinews-written story, CC BY 2.5, attribution: Wikinews contributors; stored page text of the search "
            f"tool's pages corpus, an excerpt from the page's beginning, in the dispute corpus, corpus/{file}{left})"
        )
    raise SystemExit(f"unknown publisher: {url}")


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in re.split(r"\n+|\*\*\*", text):
        para = para.strip()
        if not para:
            continue
        pieces = re.split(
            r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018'(<])|(?<=[.!?][\"\u201d\u2019'])\s+(?=[A-Z\"\u201c(<])",
            para,
        )
        buf = ""
        for p in pieces:
            buf = f"{buf} {p}" if buf else p
            if any(buf.endswith(" " + a + ".") or buf == a + "." for a in ABBREV):
                continue
            if re.search(
                r"(^|[\s.])[A-Z]\.$", buf
            ):  # an initial: "Antony J. Blinken", "P.P.S. Bindra"
                continue
            out.append(buf)
            buf = ""
        if buf:
            out.append(buf)
    return out


def load(key: str) -> tuple[dict, str, list[str], str]:
    """The document's record, its publisher line, its sentences and its licence."""
    if key.startswith("news:"):
        name = key[5:]
        for line in (HERE / "test37_news_pages.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["key"] == name:
                return rec, rec["publisher"], split_sentences(rec["text"]), rec["licence"]
        raise SystemExit(f"no news page {name}")
    file, idx = key.split("#")
    rec = [json.loads(x) for x in (ROOT / "corpus" / file).open(encoding="utf-8")][int(idx)]
    rec = dict(rec, date=rec["published"][:10])
    paras = rec["text"].split("\n")
    dropped = sorted({p.strip() for p in paras if FURNITURE.match(p.strip())})
    body = "\n".join(p for p in paras if not FURNITURE.match(p.strip()))
    sents = [x for x in split_sentences(body) if not FURNITURE.match(x)]
    return rec, publisher(rec, file, [f'"{x}"' for x in dropped]), sents, rec["licence"]


def main(path: str, added: bool = False) -> None:
    lines = []
    for doc, key in ADDED if added else DOCUMENTS:
        rec, pub, sents, licence = load(key)
        for d, start in JOIN:
            if d != doc:
                continue
            for i in range(1, len(sents)):
                if sents[i].startswith(start):
                    sents[i - 1 : i + 1] = [sents[i - 1] + " " + sents[i]]
                    break
            else:
                raise SystemExit(f"{doc}: no piece starts {start!r}")
        for d, start in SPLIT_AT:
            if d != doc:
                continue
            for i, sent in enumerate(sents):
                cut = sent.find(" " + start)
                if cut > 0:
                    sents[i : i + 1] = [sent[:cut], sent[cut + 1 :]]
                    break
            else:
                raise SystemExit(f"{doc}: no sentence holds {start!r}")
        src = {"title": rec["title"], "url": rec["url"], "date": rec["date"], "publisher": pub}
        for n, s in enumerate(sents, 1):
            assert s in rec["text"], (doc, s)
            ctx = " ".join(sents[max(0, n - 3) : n - 1]) or None
            lines.append(
                {
                    "id": f"{doc}-{n:02d}",
                    "split": SPLIT,
                    "text": s,
                    "context": ctx,
                    "source": src,
                    "licence": licence,
                    "claims": [],
                }
            )
    with open(path, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(len(ADDED if added else DOCUMENTS), "documents,", len(lines), "sentences")


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
