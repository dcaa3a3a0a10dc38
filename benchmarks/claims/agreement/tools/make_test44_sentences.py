# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test44`` (round 43, branch ``annotate44``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. All documents are stored pages
(``news:KEY``, kept in ``test44_news_pages.jsonl`` beside this script with title, URL, date,
publisher and licence), as the ``search`` tool's stored page text gave them (an excerpt from the
page's beginning; page furniture and an excerpt's last, unfinished sentence left out, as each
``publisher`` says):

- seventeen Voice of America pages (public domain): fifteen stories of VOA News and of VOA's
  Zimbabwe service (Studio 7) read on voanews.com, voazimbabwe.com and voaafrica.com (Zimbabwe and
  the United States, Britain, the European Union and China, 2003-2022, and Zimbabwe's government
  and opposition, 2007-2008), and two listing pages of Polygraph, VOA's fact-checking feature;
- five State Department daily press briefing transcripts (public domain; three read on state.gov,
  one as reprinted on newsonetop.com, one as excerpted on chinapolicyresearch.com) and three
  Pentagon press briefing transcripts (public domain; two read on defense.gov, one as reprinted
  in a mailing-list archive); their labelled turns (GUIDE point 55) are kept as in the transcript.

No text of the dispute corpus is used (its dispute texts are in gold, agreement, pool or
allegations files already). Sentences are split by ``tools/sentence_files.py`` (the rule of
``test36`` to ``test43``), with the abbreviations below (``MR`` for the transcripts' "MR. KIRBY:")
and initials kept whole (no hand correction); nothing of ``kg`` is imported, nothing is
parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test44_sentences.py OUT.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test44"
PAGES = HERE / "test44_news_pages.jsonl"

# (document id, "news:KEY" for test44_news_pages.jsonl): every stored page, in the file's order
DOCUMENTS = [
    (key, f"news:{key}") for key in (json.loads(x)["key"] for x in PAGES.open(encoding="utf-8"))
]

FURNITURE = re.compile(r"^$")  # corpus texts only; none is used
ABBREV = ("Mr", "Mrs", "Ms", "Dr", "St", "No", "Jr", "U.S", "U.N", "D.C", "Gen", "Lt", "Col", "MR")
# No document was added after the hand-over (the shared test reads ``ADDED`` of every script).
ADDED: list[tuple[str, str]] = []
# Hand corrections: pieces the plain rule split wrongly, and pieces it kept together (none: a
# transcript's "(Laughter.)" stays where the plain rule puts it, at the start of the next piece).
JOIN: list[tuple[str, str]] = []
SPLIT_AT: list[tuple[str, str]] = []


PART = Part(SPLIT, PAGES, FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
