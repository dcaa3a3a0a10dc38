# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test42`` (round 41, branch ``annotate42``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- stored pages (``news:KEY``): one Voice of America story (public domain) read on voanews.com and
  two State Department daily press briefing transcripts (public domain; one as reprinted verbatim
  on globalsecurity.org, one as reprinted on enewspf.com), as the ``search`` tool's stored page
  text gave them (an excerpt from the page's beginning), kept in ``test42_news_pages.jsonl``
  beside this script with title, URL, date, publisher and licence; the text there is the body
  only: page furniture and an excerpt's last, unfinished sentence are left out, as each
  ``publisher`` says;
- statements, readouts, fact sheets and news items of the dispute corpus (``corpus/*.jsonl``,
  named by ``file#index``): State Department, White House, Kremlin and President of Ukraine;
  page furniture (byline lines, "The below is attributable to ..." lines, "Begin text:", "###")
  is left out and said so in ``publisher``.

Sentences are split by ``tools/sentence_files.py`` (the rule of ``test36`` to ``test41``), with
the abbreviations below and initials kept whole; nothing of ``kg`` is imported, nothing is
parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test42_sentences.py OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test42"

# (document id, "news:KEY" for test42_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    (
        "voa-2013-south-korea-brushes-off-north-final-destruction-threat",
        "news:voa-2013-south-korea-brushes-off-north-final-destruction-threat",
    ),
    (
        "state-2014-daily-press-briefing-november-10",
        "news:state-2014-daily-press-briefing-november-10",
    ),
    (
        "state-2015-daily-press-briefing-february-20",
        "news:state-2015-daily-press-briefing-february-20",
    ),
    ("wh-2021-neuberger-conference-of-mayors-ransomware", "white-house-cyber-attribution.jsonl#3"),
    ("kremlin-2022-putin-bennett-call-january-13", "kremlin-russia-ukraine.jsonl#150"),
    ("state-2022-sherman-sannino-call-january", "state-department-russia-ukraine.jsonl#24"),
    ("state-2022-sherman-danish-meeting", "state-department-russia-ukraine.jsonl#37"),
    ("state-2022-blinken-al-thani-call-february-17", "state-department-russia-ukraine.jsonl#41"),
    ("state-2022-blinken-yemen-envoy-grundberg-call", "state-department-yemen.jsonl#3"),
    ("kremlin-2022-putin-orders-aid-rostov-region", "kremlin-russia-ukraine.jsonl#158"),
    (
        "state-2022-blinken-baltic-ministers-call-february-24",
        "state-department-russia-ukraine.jsonl#55",
    ),
    ("kremlin-2022-putin-mirziyoyev-call-february-25", "kremlin-russia-ukraine.jsonl#52"),
    ("state-2022-sherman-ramirez-call-february-25", "state-department-russia-ukraine.jsonl#58"),
    ("state-2022-blinken-cavusoglu-call-february-28", "state-department-russia-ukraine.jsonl#72"),
    ("state-2022-blinken-ebrard-call-march-2", "state-department-russia-ukraine.jsonl#77"),
    (
        "state-2022-republic-of-korea-economic-actions-ukraine",
        "state-department-russia-ukraine.jsonl#79",
    ),
    ("state-2022-blinken-stoltenberg-meeting-april-6", "state-department-russia-ukraine.jsonl#148"),
    ("kremlin-2022-putin-aliyev-call-april-9", "kremlin-armenia-azerbaijan.jsonl#15"),
    (
        "state-2022-blinken-popescu-remarks-before-meeting",
        "state-department-georgia-moldova.jsonl#4",
    ),
    ("wh-2022-sullivan-call-statement-april-22", "white-house-russia-ukraine.jsonl#80"),
    ("kremlin-2022-putin-lukashenko-call-may-3", "kremlin-russia-ukraine.jsonl#124"),
    ("state-2022-sherman-bongo-ondimba-meeting", "state-department-russia-ukraine.jsonl#181"),
    (
        "ukraine-2022-zelenskyy-interview-united-news-telethon",
        "president-of-ukraine-russia-ukraine.jsonl#165",
    ),
    (
        "state-2022-sherman-ukrainian-deputy-minister-meeting",
        "state-department-russia-ukraine.jsonl#207",
    ),
    ("state-2022-us-support-un-plan-fso-safer", "state-department-yemen.jsonl#25"),
    ("state-2022-blinken-cavusoglu-call-june", "state-department-russia-ukraine.jsonl#219"),
    ("wh-2022-joint-statement-us-gcc-summit", "white-house-israel-palestinians.jsonl#14"),
    ("wh-2022-letters-national-emergency-mali", "white-house-mali.jsonl#0"),
    ("wh-2022-sullivan-ethiopia-statement", "white-house-ethiopia.jsonl#1"),
]

FURNITURE = re.compile(
    r"^(Office of the Spokesperson|Ned Price, Department Spokesperson|Antony J\. Blinken, Secretary of State"
    r"|The (below|following) is attributable to .*:|Begin [Tt]ext[:.]?|End [Tt]ext\.?|###"
    r"|Washington, D\.C\.|Thomas Jefferson Room"
    r")$"
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
    "Gen",
    "Lt",
    "Col",
)
# No document was added after the hand-over (the shared test reads ``ADDED`` of every script).
ADDED: list[tuple[str, str]] = []
# Hand corrections: pairs the plain rule split wrongly, and pieces it kept together (none).
JOIN: list[tuple[str, str]] = []
SPLIT_AT: list[tuple[str, str]] = []


PART = Part(SPLIT, HERE / "test42_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
