# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test45`` (round 44, branch ``annotate45``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. All documents are stored pages
(``news:KEY``, kept in ``test45_news_pages.jsonl`` beside this script with title, URL, date,
publisher and licence), as the ``search`` tool's stored page text gave them (an excerpt from the
page's beginning; page furniture and an excerpt's last, unfinished sentence left out, as each
``publisher`` says):

- twenty-four Voice of America pages (public domain): VOA News stories read on voanews.com
  (story, AMP and archive pages), on VOA's preview host and on VOA's Burmese service host
  (English items): sixteen on Burma's military government and its critics and neighbours (the
  United States, Britain, the ILO, Thailand, China, ethnic rebels and exiles, 2001-2007), and
  Somalia and Ethiopia, Sudan, Cuba, Sri Lanka, Uzbekistan and North Korea (2004-2014);
- two State Department daily press briefing excerpts (public domain; one as posted by the U.S.
  Embassy in Venezuela, one as reprinted by GlobalSecurity.org), their labelled turns kept as in
  the transcript.

No text of the dispute corpus is used: the five unused corpus texts first chosen each hold a
sentence that a unit test quotes (the rule of ``tests/test_tests_sources.py``), so they were
dropped before the hand-over. Sentences are split by ``tools/sentence_files.py`` (the rule of
``test36`` to ``test44``), with the abbreviations below (``MS`` for the briefings' "MS. PSAKI:")
and initials kept whole (no hand correction); nothing of ``kg`` is imported, nothing is
parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test45_sentences.py OUT.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test45"
PAGES = HERE / "test45_news_pages.jsonl"

# (document id, "news:KEY" for test45_news_pages.jsonl): every stored page, in the file's order
DOCUMENTS = [
    (key, f"news:{key}") for key in (json.loads(x)["key"] for x in PAGES.open(encoding="utf-8"))
]

FURNITURE = re.compile(r"^$")  # corpus texts only; none is used
ABBREV = ("Mr", "Mrs", "Ms", "Dr", "St", "No", "Jr", "U.S", "U.N", "D.C", "Gen", "Lt", "Col", "MS")
# No document was added after the hand-over (the shared test reads ``ADDED`` of every script).
ADDED: list[tuple[str, str]] = []
# Hand corrections: none.
JOIN: list[tuple[str, str]] = []
SPLIT_AT: list[tuple[str, str]] = []


PART = Part(SPLIT, PAGES, FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
