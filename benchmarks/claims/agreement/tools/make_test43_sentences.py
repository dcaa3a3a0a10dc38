# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test43`` (round 42, branch ``annotate43``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- stored pages (``news:KEY``, kept in ``test43_news_pages.jsonl`` beside this script with title,
  URL, date, publisher and licence), as the ``search`` tool's stored page text gave them (an
  excerpt from the page's beginning; page furniture and an excerpt's last, unfinished sentence
  left out, as each ``publisher`` says): three Voice of America stories and five listing pages of
  Polygraph, VOA's fact-checking feature (a quoted claim and VOA's verdict per item), all public
  domain; and nineteen @StateDept posts (public domain) of the dispute corpus's
  ``state-department-x-*`` files, stored there because the shared module names no publisher for
  twitter.com addresses, with their t.co links left out;
- readouts and statements of the dispute corpus (``corpus/*.jsonl``, named by ``file#index``):
  White House, State Department, Kremlin and President of Ukraine.

The list was written in three steps, each before the 23:50 hand-over time: the first 29 documents,
then 13 more, then 3 more, each step appended after the last (no earlier line changed); the
sentence file handed over holds all 45.

Sentences are split by ``tools/sentence_files.py`` (the rule of ``test36`` to ``test42``); nothing
of ``kg`` is imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test43_sentences.py OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test43"

# (document id, "news:KEY" for test43_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    (
        "voa-2020-us-believes-china-spread-false-information",
        "news:voa-2020-us-believes-china-spread-false-information",
    ),
    (
        "voa-2024-us-reinstates-sanctions-on-houthi-rebels",
        "news:voa-2024-us-reinstates-sanctions-on-houthi-rebels",
    ),
    (
        "state-x-2014-02-18-venezuela-protests-2014-0",
        "news:state-x-2014-02-18-venezuela-protests-2014-0",
    ),
    (
        "state-x-2014-02-18-venezuela-protests-2014-1",
        "news:state-x-2014-02-18-venezuela-protests-2014-1",
    ),
    (
        "state-x-2014-02-21-venezuela-protests-2014-3",
        "news:state-x-2014-02-21-venezuela-protests-2014-3",
    ),
    (
        "state-x-2014-02-22-venezuela-protests-2014-8",
        "news:state-x-2014-02-22-venezuela-protests-2014-8",
    ),
    ("state-x-2022-09-22-russia-referenda-1", "news:state-x-2022-09-22-russia-referenda-1"),
    ("state-x-2022-09-26-russia-referenda-2", "news:state-x-2022-09-26-russia-referenda-2"),
    ("state-x-2022-09-30-russia-referenda-6", "news:state-x-2022-09-30-russia-referenda-6"),
    ("state-x-2022-10-04-russia-referenda-8", "news:state-x-2022-10-04-russia-referenda-8"),
    ("state-x-2018-04-19-skripal-5", "news:state-x-2018-04-19-skripal-5"),
    ("state-x-2024-02-27-russia-2024-3", "news:state-x-2024-02-27-russia-2024-3"),
    ("state-x-2024-09-17-russia-2024-5", "news:state-x-2024-09-17-russia-2024-5"),
    ("state-x-2018-03-14-russia-2017-2018-3", "news:state-x-2018-03-14-russia-2017-2018-3"),
    ("state-x-2018-01-23-syria-ghouta-2018-1", "news:state-x-2018-01-23-syria-ghouta-2018-1"),
    ("state-x-2018-03-19-syria-ghouta-2018-18", "news:state-x-2018-03-19-syria-ghouta-2018-18"),
    ("state-x-2018-03-26-syria-ghouta-2018-21", "news:state-x-2018-03-26-syria-ghouta-2018-21"),
    ("state-x-2014-01-16-ukraine-maidan-2014-0", "news:state-x-2014-01-16-ukraine-maidan-2014-0"),
    ("state-x-2014-02-19-ukraine-maidan-2014-6", "news:state-x-2014-02-19-ukraine-maidan-2014-6"),
    ("state-x-2014-02-21-ukraine-maidan-2014-13", "news:state-x-2014-02-21-ukraine-maidan-2014-13"),
    ("state-x-2014-02-21-ukraine-maidan-2014-14", "news:state-x-2014-02-21-ukraine-maidan-2014-14"),
    ("wh-2021-sullivan-finer-call-statement-june-2", "white-house-russia-ukraine.jsonl#1"),
    ("wh-2021-sullivan-ukrainian-meeting-august-4", "white-house-russia-ukraine.jsonl#5"),
    ("wh-2022-biden-bolsonaro-meeting", "white-house-russia-ukraine.jsonl#112"),
    ("wh-2022-biden-sanchez-call", "white-house-russia-ukraine.jsonl#117"),
    ("wh-2021-sullivan-afghan-nsa-call", "white-house-afghanistan.jsonl#1"),
    ("state-2021-us-rok-dg-consultation", "state-department-dprk.jsonl#0"),
    ("kremlin-2022-putin-diaz-canel-call", "kremlin-cuba.jsonl#0"),
    ("kremlin-2022-greetings-russia-belarus-unity-day", "kremlin-belarus.jsonl#6"),
    ("voa-2018-top-five-fact-checks-2018", "news:voa-2018-top-five-fact-checks-2018"),
    ("voa-2022-polygraph-listing-page-44", "news:voa-2022-polygraph-listing-page-44"),
    ("voa-2023-polygraph-listing-page-30", "news:voa-2023-polygraph-listing-page-30"),
    ("voa-2025-polygraph-listing-february-21", "news:voa-2025-polygraph-listing-february-21"),
    ("voa-2023-polygraph-listing-june-27", "news:voa-2023-polygraph-listing-june-27"),
    (
        "voa-2017-polygraph-politics-listing-july-10",
        "news:voa-2017-polygraph-politics-listing-july-10",
    ),
    ("wh-2022-harris-hassan-meeting", "white-house-russia-ukraine.jsonl#77"),
    ("state-2022-us-turkmenistan-consultations", "state-department-russia-ukraine.jsonl#80"),
    ("state-2021-norland-visit-to-tripoli", "state-department-libya.jsonl#5"),
    ("state-2022-nuland-support-for-somalia", "state-department-somalia.jsonl#7"),
    ("wh-2021-horne-delegation-to-haiti", "white-house-haiti.jsonl#0"),
    ("wh-2021-biden-suga-meeting", "white-house-china.jsonl#1"),
    ("state-2021-hood-visits-tunisia", "state-department-tunisia.jsonl#0"),
    ("ukraine-2022-zelenskyy-bettel-meeting-kyiv", "president-of-ukraine-russia-ukraine.jsonl#316"),
    (
        "ukraine-2022-zelenskyy-european-energy-union",
        "president-of-ukraine-russia-ukraine.jsonl#250",
    ),
    (
        "ukraine-2022-zelenskyy-zaporizhzhia-displaced",
        "president-of-ukraine-russia-ukraine.jsonl#304",
    ),
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
JOIN: list[tuple[str, str]] = [
    # "Counter Jihad." ends a book title inside the sentence, not the sentence
    ("voa-2018-top-five-fact-checks-2018", "The American Military Experience"),
]
SPLIT_AT: list[tuple[str, str]] = []


PART = Part(SPLIT, HERE / "test43_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
