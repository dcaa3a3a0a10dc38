# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test39`` (round 38, branch ``annotate39``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- news stories (``news:KEY``): Voice of America copy (public domain) from VOA's Breaking News
  blog (blogs.voanews.com), as the ``search`` tool's stored page text gave it (an excerpt from the
  page's beginning), kept in ``test39_news_pages.jsonl`` beside this script with its title, URL,
  date, publisher and licence; the text there is the excerpt's body only: page furniture (the
  headline, the posting line, the comment link) and the excerpt's last, unfinished sentence are
  left out, as each ``publisher`` says;
- statements, readouts and news items of the dispute corpus (``corpus/*.jsonl``, named by
  ``file#index``): State Department, White House, Kremlin and President of Ukraine; page
  furniture (byline lines, "The below is attributable to ..." lines) is left out and said so in
  ``publisher``.

Sentences are split by ``tools/sentence_files.py`` (the rule of ``test36`` to ``test38``: a full
stop, question or exclamation mark, or a closing quote after one, then a space and a capital or
an opening quote; paragraph breaks), with the abbreviations below and initials kept whole;
nothing of ``kg`` is imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test39_sentences.py OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test39"

# (document id, "news:KEY" for test39_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    (
        "voa-2011-china-rejects-vietnamese-report-maritime-incident",
        "news:voa-2011-china-rejects-vietnamese-report-maritime-incident",
    ),
    (
        "voa-2011-pakistan-denies-firing-rockets-afghanistan",
        "news:voa-2011-pakistan-denies-firing-rockets-afghanistan",
    ),
    ("state-2021-blinken-abbas-call-may", "state-department-israel-palestinians.jsonl#0"),
    ("state-2021-blinken-king-abdullah-meeting", "state-department-israel-palestinians.jsonl#13"),
    ("state-2021-blinken-gantz-meeting-june", "state-department-israel-palestinians.jsonl#15"),
    ("state-2021-sherman-borges-meeting", "state-department-venezuela.jsonl#1"),
    (
        "ukraine-2021-zelenskyy-ukrainians-abroad-meeting",
        "president-of-ukraine-russia-ukraine.jsonl#224",
    ),
    ("state-2022-blinken-kuleba-call-february", "state-department-russia-ukraine.jsonl#15"),
    ("wh-2022-biden-johnson-call-february", "white-house-russia-ukraine.jsonl#14"),
    ("wh-2022-biden-macron-call-february", "white-house-russia-ukraine.jsonl#15"),
    ("state-2022-blinken-borrell-call-february", "state-department-russia-ukraine.jsonl#54"),
    ("state-2022-blinken-sandu-call-february", "state-department-russia-ukraine.jsonl#60"),
    ("state-2022-blinken-guterres-call-february", "state-department-russia-ukraine.jsonl#62"),
    ("wh-2022-biden-allies-partners-call", "white-house-russia-ukraine.jsonl#32"),
    ("wh-2022-biden-zelenskyy-hruby-calls", "white-house-russia-ukraine.jsonl#39"),
    ("state-2022-security-assistance-200-million", "state-department-russia-ukraine.jsonl#108"),
    ("state-2022-blinken-aliyev-call-march", "state-department-belarus.jsonl#15"),
    ("state-2022-blinken-safadi-call-april", "state-department-israel-palestinians.jsonl#36"),
    ("state-2022-blinken-mitsotakis-call", "state-department-russia-ukraine.jsonl#166"),
    ("state-2022-blinken-lipavsky-meeting-april", "state-department-russia-ukraine.jsonl#173"),
    (
        "ukraine-2022-yermak-mcfaul-energy-sanctions-roadmap",
        "president-of-ukraine-russia-ukraine.jsonl#151",
    ),
    ("state-2022-days-of-action-food-security", "state-department-russia-ukraine.jsonl#188"),
    ("wh-2022-watson-sullivan-kosovo-meeting", "white-house-russia-ukraine.jsonl#102"),
    ("state-2022-blinken-colonna-call-may", "state-department-russia-ukraine.jsonl#193"),
    (
        "ukraine-2022-yermak-mcfaul-individual-sanctions-roadmap",
        "president-of-ukraine-russia-ukraine.jsonl#195",
    ),
    ("state-2022-blinken-faki-call", "state-department-russia-ukraine.jsonl#209"),
    ("wh-2022-biden-trudeau-meeting-june", "white-house-russia-ukraine.jsonl#111"),
    ("wh-2022-biden-world-refugee-day-statement", "white-house-russia-ukraine.jsonl#116"),
    ("state-2022-blinken-gavrilita-meeting", "state-department-georgia-moldova.jsonl#7"),
]
# Taken out after the hand-over (none so far).
DROPPED: dict[str, str] = {}
ADDED: list[tuple[str, str]] = []

FURNITURE = re.compile(
    r"^(Office of the Spokesperson|Ned Price, Department Spokesperson|Antony J\. Blinken, Secretary of State"
    r"|The (below|following) is attributable to .*:|Begin [Tt]ext[:.]?|End [Tt]ext\.?|###|<…>|For (any questions|more information), please contact .*)$"
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
# ("... today in Washington, D.C. Deputy Secretary Sherman and ...": "D.C." ends a sentence there).
SPLIT_AT: list[tuple[str, str]] = [
    ("state-2021-sherman-borges-meeting", "Deputy Secretary Sherman and Commissioner Borges"),
]


PART = Part(SPLIT, HERE / "test39_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
