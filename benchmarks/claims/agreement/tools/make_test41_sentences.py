# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test41`` (round 40, branch ``annotate41``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- stored pages (``news:KEY``): four Voice of America stories (public domain) read on voanews.com
  and two State Department daily press briefing transcripts (public domain; one on the
  2009-2017.state.gov archive, one as reprinted verbatim on globalsecurity.org), as the ``search``
  tool's stored page text gave them (an excerpt from the page's beginning), kept in
  ``test41_news_pages.jsonl`` beside this script with title, URL, date, publisher and licence; the
  text there is the body only: page furniture, a closing credit line and an excerpt's last,
  unfinished sentence are left out, as each ``publisher`` says;
- statements, readouts, fact sheets and news items of the dispute corpus (``corpus/*.jsonl``,
  named by ``file#index``): State Department, White House, Kremlin and President of Ukraine;
  page furniture (byline lines, "The below is attributable to ..." lines, "Begin text:", "###")
  is left out and said so in ``publisher``.

Sentences are split by ``tools/sentence_files.py`` (the rule of ``test36`` to ``test40``), with
the abbreviations below and initials kept whole; nothing of ``kg`` is imported, nothing is
parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test41_sentences.py OUT.jsonl
    python benchmarks/claims/agreement/tools/make_test41_sentences.py --added OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test41"

# (document id, "news:KEY" for test41_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    (
        "voa-2016-cambodian-minister-opposition-spoiling-democracy",
        "news:voa-2016-cambodian-minister-opposition-spoiling-democracy",
    ),
    (
        "voa-2006-burma-says-us-britain-interfering",
        "news:voa-2006-burma-says-us-britain-interfering",
    ),
    (
        "voa-2005-zimbabwe-opposition-denies-violence-plot",
        "news:voa-2005-zimbabwe-opposition-denies-violence-plot",
    ),
    (
        "voa-2012-japanese-activists-land-disputed-islands",
        "news:voa-2012-japanese-activists-land-disputed-islands",
    ),
    (
        "state-2015-daily-press-briefing-december-3",
        "news:state-2015-daily-press-briefing-december-3",
    ),
    (
        "state-2016-daily-press-briefing-september-6",
        "news:state-2016-daily-press-briefing-september-6",
    ),
    (
        "ukraine-2021-zelenskyy-nato-membership-stoltenberg",
        "president-of-ukraine-russia-ukraine.jsonl#222",
    ),
    ("wh-2022-biden-macron-call-february-2", "white-house-russia-ukraine.jsonl#6"),
    ("state-2022-blinken-cavusoglu-call-february-8", "state-department-russia-ukraine.jsonl#19"),
    ("state-2022-blinken-stoltenberg-call-february-10", "state-department-russia-ukraine.jsonl#23"),
    ("wh-2022-biden-scholz-call-february-16", "white-house-russia-ukraine.jsonl#17"),
    ("state-2022-blinken-rau-call-february-17", "state-department-russia-ukraine.jsonl#40"),
    (
        "ukraine-2022-zelenskyy-vinnytsia-shelling-close-the-sky",
        "president-of-ukraine-russia-ukraine.jsonl#324",
    ),
    ("wh-2022-biden-macron-scholz-johnson-call-march-7", "white-house-russia-ukraine.jsonl#44"),
    ("kremlin-2022-putin-sisi-call-march-9", "kremlin-russia-ukraine.jsonl#73"),
    ("kremlin-2022-putin-niinisto-call-march-11", "kremlin-russia-ukraine.jsonl#79"),
    ("kremlin-2022-putin-erdogan-call-march-17", "kremlin-russia-ukraine.jsonl#88"),
    ("wh-2022-biden-macron-scholz-johnson-call-march-21", "white-house-russia-ukraine.jsonl#56"),
    (
        "state-2022-blinken-austin-kuleba-reznikov-meeting",
        "state-department-russia-ukraine.jsonl#131",
    ),
    ("kremlin-2022-putin-erdogan-call-april-1", "kremlin-russia-ukraine.jsonl#100"),
    (
        "ukraine-2022-ustenko-johnson-article-russian-energy",
        "president-of-ukraine-russia-ukraine.jsonl#266",
    ),
    ("wh-2022-biden-ramaphosa-call-april-8", "white-house-russia-ukraine.jsonl#74"),
    ("kremlin-2022-putin-pashinyan-call-april-9", "kremlin-armenia-azerbaijan.jsonl#14"),
    ("wh-2022-biden-scholz-call-may-5", "white-house-russia-ukraine.jsonl#90"),
    ("state-2022-military-assistance-150-million-may", "state-department-russia-ukraine.jsonl#180"),
    ("wh-2022-biden-statement-funding-covid-ukraine", "white-house-russia-ukraine.jsonl#94"),
    (
        "wh-2022-psaki-statement-house-passage-ukraine-supplemental",
        "white-house-russia-ukraine.jsonl#98",
    ),
    ("wh-2022-sullivan-kalin-call-may-30", "white-house-russia-ukraine.jsonl#107"),
]
# Taken out after the hand-over, with the reason: each has a sentence that a unit test quotes
# (``tests/test_tests_sources.py`` failed once the lines were appended; the pre-hand-over check
# compared whole sentences and URLs, not the test's six-word shingles of joined literals), so the
# extractor's authors have read it and it cannot be blind.
DROPPED: dict[str, str] = {
    "ukraine-2021-zelenskyy-nato-membership-stoltenberg": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
    "state-2022-blinken-stoltenberg-call-february-10": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
    "ukraine-2022-zelenskyy-vinnytsia-shelling-close-the-sky": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
    "kremlin-2022-putin-sisi-call-march-9": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
    "kremlin-2022-putin-erdogan-call-march-17": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over) (its first sentence, shared word for word with other Erdogan calls)",
    "wh-2022-biden-macron-scholz-johnson-call-march-21": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
    "kremlin-2022-putin-erdogan-call-april-1": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over) (its first sentence, shared word for word with other Erdogan calls)",
    "ukraine-2022-ustenko-johnson-article-russian-energy": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
    "wh-2022-biden-ramaphosa-call-april-8": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
    "kremlin-2022-putin-pashinyan-call-april-9": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over) (a phrase of six words or more)",
    "state-2022-military-assistance-150-million-may": "a unit test quotes a sentence of it (tests/test_tests_sources.py, found after the hand-over)",
}
# Added in their place (written with ``--added``, to a second file, so that the first stays as it
# was handed over): unused dispute-corpus texts that no unit test quotes by the test's own check.
ADDED: list[tuple[str, str]] = [
    (
        "state-2021-sherman-strategic-stability-dialogue-geneva",
        "state-department-russia-ukraine.jsonl#8",
    ),
    ("wh-2022-harris-stoltenberg-meeting-munich", "white-house-russia-ukraine.jsonl#20"),
    ("kremlin-2022-putin-bennett-call-march-8", "kremlin-russia-ukraine.jsonl#72"),
    (
        "ukraine-2022-yermak-op-ed-resisting-russian-aggression",
        "president-of-ukraine-russia-ukraine.jsonl#122",
    ),
    ("kremlin-2022-putin-lourenco-call-april-28", "kremlin-russia-ukraine.jsonl#121"),
    ("wh-2022-sullivan-coveney-meeting-april-28", "white-house-russia-ukraine.jsonl#85"),
    ("wh-2022-sullivan-oprisor-call-may-4", "white-house-russia-ukraine.jsonl#89"),
    (
        "ukraine-2022-yermak-wilson-meeting-us-assistance",
        "president-of-ukraine-russia-ukraine.jsonl#283",
    ),
    ("wh-2022-biden-trudeau-call-may-6", "white-house-russia-ukraine.jsonl#92"),
    ("kremlin-2022-putin-aliyev-call-may-31", "kremlin-armenia-azerbaijan.jsonl#17"),
]

FURNITURE = re.compile(
    r"^(Office of the Spokesperson|Ned Price, Department Spokesperson|Antony J\. Blinken, Secretary of State"
    r"|The (below|following) is attributable to .*:|Begin [Tt]ext[:.]?|End [Tt]ext\.?|###"
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
# Hand corrections: pairs the plain rule split wrongly (none), and pieces it kept together, split
# again at (doc id, start of the second sentence) (a quoted sentence opening with a digit).
JOIN: list[tuple[str, str]] = []
SPLIT_AT: list[tuple[str, str]] = [
    ("ukraine-2022-zelenskyy-vinnytsia-shelling-close-the-sky", "8 missiles."),
]


PART = Part(SPLIT, HERE / "test41_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
