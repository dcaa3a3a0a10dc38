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

import re
import sys
from pathlib import Path

from sentence_files import Part, write

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


PART = Part(SPLIT, HERE / "test37_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
