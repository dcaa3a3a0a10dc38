# ruff: noqa: E501
"""Write the sentence file of the development claims part ``dev6`` (round 39, branch ``devwire44``).

Every sentence of each chosen story, in order, each line as its gold line will be (``claims``
empty, no tags): id, split, text, context (up to the two sentences before it, ``null`` for the
first), source (title, URL, date, publisher), licence. All fourteen documents are Voice of America
news stories (public domain) of the dispute corpus's ``corpus/voa.jsonl``, copied into
``dev6_news_pages.jsonl`` beside this script (``news:KEY``) with their title, URL, date, licence
and a ``publisher`` line naming the host and the corpus record; the text there is the record's,
with only two subheadings left out (each ``publisher`` says so). The corpus's own publisher
function in ``sentence_files.py`` knows no VOA host, hence the pages file.

Sentences are split by the shared plain rule of ``sentence_files.py`` with the abbreviations
below; nothing of ``kg`` is imported, nothing is parsed. Usage::

    python benchmarks/claims/agreement/tools/make_dev6_sentences.py OUT.jsonl
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sentence_files import Part, write

HERE = Path(__file__).resolve().parent
SPLIT = "dev6"

# (document id, "news:KEY" for dev6_news_pages.jsonl); the key is the document id.
DOCUMENTS = [
    (key, f"news:{key}")
    for key in (
        "voa-2006-litvinenko-dies-radiation-poisoning",
        "voa-2006-russia-criminal-case-litvinenko",
        "voa-2007-britain-expels-russian-diplomats-lugovoi",
        "voa-2010-us-rejects-north-korea-cheonan-probe",
        "voa-2014-could-north-korea-have-hacked-sony",
        "voa-2014-sony-cyberattack-national-security",
        "voa-2014-obama-respond-north-korea-sony",
        "voa-2016-american-student-detained-north-korea",
        "voa-2017-north-korea-malaysia-disagree-kim-death",
        "voa-2017-malaysia-vx-killed-kim-jong-nam",
        "voa-2017-former-cia-official-kim-jong-nam",
        "voa-2017-north-korea-accuses-us-warmbier",
        "voa-2018-ukraine-seeks-nato-help-russia",
        "voa-2023-us-chinese-balloon-spying-program",
    )
]
# Taken out after the hand-over (none).
ADDED: list[tuple[str, str]] = []

FURNITURE = re.compile(r"^$")
ABBREV = ("Mr", "Mrs", "Ms", "Dr", "St", "No", "Jr", "U.S", "U.N", "Gen", "Lt", "Col", "Jan")
JOIN: list[tuple[str, str]] = []
# "... in Washington, D.C. He says ...": the initial rule keeps "D.C." inside, the sentence ends there.
SPLIT_AT: list[tuple[str, str]] = [
    ("voa-2014-could-north-korea-have-hacked-sony", "He says that there")
]

PART = Part(SPLIT, HERE / "dev6_news_pages.jsonl", FURNITURE, ABBREV, JOIN, SPLIT_AT)


def main(path: str, added: bool = False) -> None:
    print(write(path, PART, ADDED if added else DOCUMENTS))


if __name__ == "__main__":
    main(sys.argv[-1], added="--added" in sys.argv)
