# ruff: noqa: E501
"""Write the sentence file of the blind claims part ``test36`` (round 35, branch ``annotate36``).

Every sentence of each chosen document's stretch, in order, each line as its gold line will be
(``claims`` empty, no tags): id, split, text, context (up to the two sentences before it, ``null``
for the first), source (title, URL, date, publisher), licence. Two kinds of document:

- news stories (``NEWS``): Voice of America copy (public domain) on VOA's own host, on
  globalsecurity.org and on an archived GeoCities page, as the ``search`` tool's stored page text
  gave it (an excerpt from the page's beginning), kept in ``test36_news_pages.jsonl`` beside this
  script with its title, URL, date, publisher and licence; what was left out of each page (script
  header, ``INTRO:``/``TEXT:`` labels, act markers, the sentence naming the correspondent, the
  excerpt's last, unfinished sentence) is said in its ``publisher``;
- statements, readouts and news items of the dispute corpus (``corpus/*.jsonl``, named by
  ``file#index``): State Department, White House, Kremlin and President of Ukraine; page
  furniture (byline lines, "The below is attributable to ..." lines, closing ``###``) is left out
  and said so in ``publisher``.

Sentences are split by the plain rule of ``make_test35_sentences.py`` (a full stop, question or
exclamation mark, or a closing quote after one, then a space and a capital or an opening quote;
paragraph breaks), with the abbreviations below and initials ("P.P.S. Bindra") kept whole, and the
one correction in ``SPLIT_AT`` applied; nothing of ``kg`` is imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/make_test36_sentences.py OUT.jsonl
    python benchmarks/claims/agreement/tools/make_test36_sentences.py --added OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "test36"

# (document id, "news:KEY" for test36_news_pages.jsonl or corpus "file#index")
DOCUMENTS = [
    ("voa-2009-taylor-denies-meeting-sankoh", "news:voa-2009-taylor-denies-meeting-sankoh"),
    (
        "voa-2000-india-says-pakistani-troops-attacked-post",
        "news:voa-2000-india-says-pakistani-troops-attacked-post",
    ),
    (
        "voa-1998-ethiopia-reinforces-troops-eritrea-border",
        "news:voa-1998-ethiopia-reinforces-troops-eritrea-border",
    ),
    (
        "voa-1999-south-africa-denies-unita-arms-charge",
        "news:voa-1999-south-africa-denies-unita-arms-charge",
    ),
    ("voa-2007-nigeria-cameroon-bakassi-ties", "news:voa-2007-nigeria-cameroon-bakassi-ties"),
    (
        "voa-2000-namibia-blames-unita-muhopi-killings",
        "news:voa-2000-namibia-blames-unita-muhopi-killings",
    ),
    (
        "voa-1999-angolan-troops-push-unita-namibian-border",
        "news:voa-1999-angolan-troops-push-unita-namibian-border",
    ),
    (
        "voa-1999-angola-zambia-unita-supply-allegations",
        "news:voa-1999-angola-zambia-unita-supply-allegations",
    ),
    ("kremlin-2021-putin-johnson-call", "kremlin-russia-ukraine.jsonl#148"),
    ("kremlin-2022-putin-vucic-call", "kremlin-russia-ukraine.jsonl#173"),
    ("kremlin-2022-putin-tokayev-call", "kremlin-kazakhstan.jsonl#2"),
    ("kremlin-2022-putin-pashinyan-call", "kremlin-armenia-azerbaijan.jsonl#18"),
    ("kremlin-2022-putin-ortega-call", "kremlin-nicaragua.jsonl#0"),
    ("state-2022-g7-afghanistan-women-girls", "state-department-afghanistan.jsonl#20"),
    ("state-2022-taliban-central-bank-reserves-meeting", "state-department-afghanistan.jsonl#30"),
    ("state-2022-syria-envoys-paris-joint-statement", "state-department-syria.jsonl#13"),
    ("state-2021-guatemala-espana-designation", "state-department-central-america.jsonl#6"),
    ("state-2022-blinken-burma-activists", "state-department-burma.jsonl#6"),
    ("state-2022-sherman-nug-meeting", "state-department-burma.jsonl#11"),
    ("state-2022-cuba-migration-talks", "state-department-cuba.jsonl#6"),
    ("state-2022-blinken-popescu-meeting", "state-department-georgia-moldova.jsonl#5"),
    ("state-2022-blinken-aliyev-call", "state-department-armenia-azerbaijan.jsonl#7"),
    ("wh-2021-psaki-ukraine-security-assistance", "white-house-russia-ukraine.jsonl#4"),
    (
        "ukraine-2022-zelenskyy-chatham-house-mariupol",
        "president-of-ukraine-russia-ukraine.jsonl#287",
    ),
    ("ukraine-2022-yermak-mcfaul-sanctions-plan", "president-of-ukraine-russia-ukraine.jsonl#102"),
]
# Taken out of the gold after the sentence file was handed over (their lines stay in that file):
# a results file or a unit test had quoted them, which the first overlap check missed.
DROPPED = {
    # benchmarks/claims/RESULTS.md quotes two of its sentences and what the extractor made of them
    "kremlin-2022-putin-ortega-call": "quoted with the extractor's output in benchmarks/claims/RESULTS.md",
    # tests/test_nlp.py quotes its second sentence (a string literal split over lines)
    "state-2022-syria-envoys-paris-joint-statement": "its second sentence quoted by tests/test_nlp.py",
}
# Added in their place (written with ``--added``, to a second file, so that the first stays as
# handed over), checked the same way.
ADDED = [
    ("kremlin-2022-putin-aliyev-call", "kremlin-russia-ukraine.jsonl#25"),
    ("state-2022-blinken-afghan-girls-education", "state-department-afghanistan.jsonl#16"),
]

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
# ("... today in Washington, D.C. Secretary Blinken and ...": "D.C." ends a sentence there).
SPLIT_AT: list[tuple[str, str]] = [
    ("state-2022-blinken-popescu-meeting", "Secretary Blinken and Foreign Minister Popescu")
]


PART = Part(SPLIT, HERE / "test36_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
