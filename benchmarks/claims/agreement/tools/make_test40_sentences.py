# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test40`` (round 39, branch ``annotate40``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- news stories (``news:KEY``): a Wikinews story (CC BY 2.5), two U.S. Department of Defense
  American Forces Press Service stories read from verbatim reprints, and three Voice of America
  stories read on VOA's own Tibetan-service sites (public domain), as the ``search`` tool's stored
  page text gave them (an excerpt from the page's beginning), kept in ``test40_news_pages.jsonl``
  beside this script with title, URL, date, publisher and licence; the text there is the body
  only: page furniture and an excerpt's last, unfinished sentence are left out, as each
  ``publisher`` says;
- statements, readouts, news items and a meeting transcript of the dispute corpus
  (``corpus/*.jsonl``, named by ``file#index``): State Department, White House, Kremlin and
  President of Ukraine; page furniture (byline lines, "The below is attributable to ..." lines,
  "Begin Text"/"End Text", "###", a media-contact line, a "Link here:" line, a joint statement's section headings) is left out and said so in ``publisher``.

Sentences are split by ``tools/sentence_files.py`` (the rule of ``test36`` to ``test39``), with the
abbreviations below, initials kept whole and the hand corrections listed; nothing of ``kg`` is
imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test40_sentences.py OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test40"

# (document id, "news:KEY" for test40_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    (
        "wikinews-2014-india-pakistan-accuse-ceasefire-violation",
        "news:wikinews-2014-india-pakistan-accuse-ceasefire-violation",
    ),
    (
        "dod-2008-gates-russian-actions-long-term-implications",
        "news:dod-2008-gates-russian-actions-long-term-implications",
    ),
    (
        "dod-2010-spokesman-denies-pentagon-role-wikileaks-charge",
        "news:dod-2010-spokesman-denies-pentagon-role-wikileaks-charge",
    ),
    ("voa-2006-hamas-fires-rockets-ends-truce", "news:voa-2006-hamas-fires-rockets-ends-truce"),
    (
        "voa-2008-china-slams-dalai-lama-government-report",
        "news:voa-2008-china-slams-dalai-lama-government-report",
    ),
    (
        "voa-2009-china-warns-us-tibet-criticism-harm-ties",
        "news:voa-2009-china-warns-us-tibet-criticism-harm-ties",
    ),
    (
        "state-2021-rfj-foreign-malicious-cyber-activity-reward",
        "state-department-cyber-attribution.jsonl#0",
    ),
    ("state-2022-blinken-nato-osce-eu-call-february", "state-department-russia-ukraine.jsonl#13"),
    ("wh-2022-us-uk-indo-pacific-consultations-statement", "white-house-china.jsonl#11"),
    (
        "ukraine-2022-vereshchuk-humanitarian-corridors-march-19",
        "president-of-ukraine-russia-ukraine.jsonl#44",
    ),
    ("state-2022-blinken-korcok-call-march", "state-department-russia-ukraine.jsonl#86"),
    ("state-2022-blinken-macron-meeting-paris", "state-department-russia-ukraine.jsonl#100"),
    ("wh-2022-biden-kuleba-reznikov-meeting", "white-house-russia-ukraine.jsonl#64"),
    ("wh-2022-biden-duda-meeting-warsaw", "white-house-russia-ukraine.jsonl#65"),
    ("wh-2022-harris-lee-meeting", "white-house-russia-ukraine.jsonl#67"),
    ("state-2022-us-eu-human-rights-consultations", "state-department-russia-ukraine.jsonl#132"),
    ("state-2022-blinken-aliyev-call-april", "state-department-russia-ukraine.jsonl#143"),
    ("state-2022-balkans-officials-corruption-designation", "state-department-bosnia.jsonl#2"),
    ("state-2022-blinken-kuleba-call-april-14", "state-department-russia-ukraine.jsonl#158"),
    ("state-2022-blinken-aurescu-call-april", "state-department-russia-ukraine.jsonl#160"),
    ("state-2022-blinken-abbas-call-april", "state-department-israel-palestinians.jsonl#37"),
    ("state-2022-blinken-al-alimi-call", "state-department-yemen.jsonl#14"),
    (
        "state-2022-us-armenia-strategic-dialogue-statement",
        "state-department-armenia-azerbaijan.jsonl#6",
    ),
    ("state-2022-blinken-akiba-meeting-may", "state-department-russia-ukraine.jsonl#178"),
    ("state-2022-blinken-tileuberdi-meeting", "state-department-russia-ukraine.jsonl#192"),
    (
        "state-2022-military-assistance-450-million-drawdown",
        "state-department-russia-ukraine.jsonl#217",
    ),
    (
        "state-2022-military-assistance-400-million-july",
        "state-department-russia-ukraine.jsonl#224",
    ),
]
# Taken out after the hand-over (none so far).
DROPPED: dict[str, str] = {}
ADDED: list[tuple[str, str]] = []

FURNITURE = re.compile(
    r"^(Office of the Spokesperson|Ned Price, Department Spokesperson|Antony J\. Blinken, Secretary of State"
    r"|The (below|following) is attributable to .*:|Begin [Tt]ext[:.]?|End [Tt]ext\.?|###|<…>|For (any questions|more information|media inquiries), please contact .*|Link here: .*"
    # a joint statement's section headings
    r"|Further Democratic Reforms and Promote Mutual Prosperity|Towards Security, Peace, and Regional Conflict Resolution|Looking To Tangible Results)$"
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
    "Aug",
    "E.O",
    "Sgt",
)
# Pairs of consecutive pieces the plain rule split wrongly, joined again: (doc id, start of the second piece)
# (a one-word quoted sentence inside a quotation: '"No. That's ridiculous," Whitman said.').
JOIN: list[tuple[str, str]] = [
    ("dod-2010-spokesman-denies-pentagon-role-wikileaks-charge", "That's ridiculous"),
]
# Pieces the rule kept together wrongly, split again: (doc id, start of the second sentence)
# (a quotation opened with two backquotes, which the rule does not read as a quote mark).
SPLIT_AT: list[tuple[str, str]] = [
    ("voa-2008-china-slams-dalai-lama-government-report", "``If the situation"),
]


PART = Part(SPLIT, HERE / "test40_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
