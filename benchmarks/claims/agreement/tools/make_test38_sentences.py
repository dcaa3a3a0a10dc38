# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test38`` (round 37, branch ``annotate38``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- news stories (``news:KEY``): Voice of America copy (public domain) on voanews.com and VOA's
  preview host, and Wikinews-written stories (CC BY 2.5 from 25 September 2005, public domain
  before), as the ``search`` tool's stored page text gave it (an excerpt from the page's beginning), kept in
  ``test38_news_pages.jsonl`` beside this script with its title, URL, date, publisher and
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

    python benchmarks/claims/agreement/tools/make_test38_sentences.py OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test38"

# (document id, "news:KEY" for test38_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    (
        "wikinews-2005-chinese-protesters-japanese-market",
        "news:wikinews-2005-chinese-protesters-japanese-market",
    ),
    (
        "voa-2005-syria-rejects-iraqi-comments-insurgents",
        "news:voa-2005-syria-rejects-iraqi-comments-insurgents",
    ),
    (
        "voa-2005-mixed-reactions-lebanon-un-report",
        "news:voa-2005-mixed-reactions-lebanon-un-report",
    ),
    ("voa-2006-iran-denies-aiding-hezbollah", "news:voa-2006-iran-denies-aiding-hezbollah"),
    (
        "voa-2007-sudan-president-denies-darfur-violence",
        "news:voa-2007-sudan-president-denies-darfur-violence",
    ),
    (
        "voa-2007-nato-urges-russia-stop-threats-estonia",
        "news:voa-2007-nato-urges-russia-stop-threats-estonia",
    ),
    (
        "voa-2007-state-department-backs-off-tehran-taleban",
        "news:voa-2007-state-department-backs-off-tehran-taleban",
    ),
    (
        "wikinews-2007-syria-fires-israeli-fighter-planes",
        "news:wikinews-2007-syria-fires-israeli-fighter-planes",
    ),
    (
        "voa-2008-venezuela-rejects-documents-chavez-farc",
        "news:voa-2008-venezuela-rejects-documents-chavez-farc",
    ),
    (
        "wikinews-2008-russia-joins-south-ossetian-war",
        "news:wikinews-2008-russia-joins-south-ossetian-war",
    ),
    ("state-2021-afghanistan-doha-peace-talks", "state-department-afghanistan.jsonl#4"),
    ("wh-2022-sullivan-seibert-video-call", "white-house-russia-ukraine.jsonl#11"),
    ("ukraine-2022-zelenskyy-karis-kyiv-talks", "president-of-ukraine-russia-ukraine.jsonl#231"),
    ("kremlin-2022-putin-aliyev-call-february", "kremlin-russia-ukraine.jsonl#160"),
    ("kremlin-2022-putin-scholz-macron-call", "kremlin-russia-ukraine.jsonl#165"),
    ("kremlin-2022-putin-bettel-call-march", "kremlin-russia-ukraine.jsonl#81"),
    ("kremlin-2022-putin-macron-call-march", "kremlin-russia-ukraine.jsonl#168"),
    (
        "ukraine-2022-zelenskyy-baltic-parliament-speakers",
        "president-of-ukraine-russia-ukraine.jsonl#258",
    ),
    ("kremlin-2022-putin-store-call", "kremlin-russia-ukraine.jsonl#97"),
    (
        "ukraine-2022-zelenskyy-nehammer-kyiv-meeting",
        "president-of-ukraine-russia-ukraine.jsonl#95",
    ),
    ("kremlin-2022-putin-tebboune-call", "kremlin-russia-ukraine.jsonl#175"),
    (
        "state-2022-blinken-mirzoyan-strategic-dialogue",
        "state-department-armenia-azerbaijan.jsonl#5",
    ),
    (
        "ukraine-2022-yermak-mcfaul-sanctions-leadership",
        "president-of-ukraine-russia-ukraine.jsonl#289",
    ),
    ("kremlin-2022-putin-ramaphosa-call", "kremlin-russia-ukraine.jsonl#185"),
    ("state-2022-blinken-pashinyan-call-july", "state-department-armenia-azerbaijan.jsonl#9"),
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
SPLIT_AT: list[tuple[str, str]] = []


PART = Part(SPLIT, HERE / "test38_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
