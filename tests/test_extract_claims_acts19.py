"""Hostile-act rows of the content lexicon derived from Open English WordNet by meaning (round
19, branch ``acts19``, ``scripts/derive_wordnet_cues.py``'s ``ACT_ROOTS``; CC BY 4.0,
``kg/data/NOTICE-wordnet``): the verbs below attack, kill, destroy, seize, steal, repress ...
by their first sense, and the act nouns whose first sense derives from them.

The rows are off (``kg/data/content_lexicon_optional.tsv``: with all of them no claim of any
development or held-out part changed).  The content lexicon is read once at import and many
rule modules build their sets from it, so the extraction tests run a copy of ``kg`` with the
rows appended in a child interpreter.  The sentences are official prose from ``corpus/`` that
is in no gold part."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.ingest import article_id
from kg.model import Article
from kg.resolve.voice import post_only
from tests.test_extract_claims_wordnet19 import committed, derive

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"

RUINED = "They ruined the lives of millions of people - and we are allegedly to blame."
EMBEZZLED = "They embezzled all the money from the country; we try to benefit the youth."

#: Run in the child: extract each sentence (argv) and print its (stance, targets) pairs.
CHILD = """
import json, sys
from kg.extract import extract
from kg.ingest import article_id
from kg.model import Article
from kg.nlp import load_pipeline
nlp = load_pipeline()
out = []
for text in sys.argv[1:]:
    found = extract(nlp(text), Article(id=article_id(text), text=text, source="corpus")).claims
    out.append([[c.stance.value, [t.span.text for t in c.targets]] for c in found])
print(json.dumps(out))
"""


def charges(nlp: Language, text: str) -> list[list[object]]:
    """[stance, [target texts]] of each claim :func:`kg.extract.extract` reads off ``text``
    as a whole article (the official-prose rules included): what the child reads."""
    doc = nlp(text)
    found = extract(doc, Article(id=article_id(text), text=text, source="corpus")).claims
    # a post's own voice (``post_voice``, on from round 24) is kept in an official post
    # only, which this text is not: resolution drops it
    kept = [c for c in found if not post_only(c.rule)]
    return [[c.stance.value, [t.span.text for t in c.targets]] for c in kept]


def act_rows() -> list[str]:
    return [r for name, rows in committed().items() if name in derive.ACT_ROOTS for r in rows]


def test_act_rows_are_content_lexicon_rows_of_the_act_classes() -> None:
    rows = [r.split("\t") for r in act_rows()]
    assert len(rows) > 100
    assert all(len(r) == 5 and r[3] == "wordnet" for r in rows)
    assert {r[0] for r in rows} == {"hostile_act", "hostile_noun", "repress_verb"}
    default = derive.content_words((DATA / "content_lexicon.tsv").read_text(encoding="utf-8"))
    assert not default & {r[1] for r in rows}


def test_a_word_enters_by_its_first_sense_only() -> None:
    words = {r.split("\t")[1] for r in act_rows()}
    # "robbery", "embezzle" (first senses: theft); "seizure" is first a fit, "capture" the
    # verb first "represent in words"; "gas" is mostly a noun, "off" an adverb
    assert {"robbery", "embezzle", "oppression", "jeopardize"} <= words
    assert not {"seizure", "gas", "off", "bomb"} & words


def test_the_rows_are_off_by_default(nlp: Language) -> None:
    assert "\twordnet\t" not in (DATA / "content_lexicon.tsv").read_text(encoding="utf-8")
    assert charges(nlp, RUINED) == []
    assert charges(nlp, EMBEZZLED) == []


@pytest.mark.slow
def test_with_the_rows_ruining_and_embezzling_are_charged(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "kg", tmp_path / "kg")
    with (tmp_path / "kg" / "data" / "content_lexicon.tsv").open("a", encoding="utf-8") as f:
        f.write("\n".join(act_rows()) + "\n")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, RUINED, EMBEZZLED],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    ruined, embezzled = json.loads(out.stdout.splitlines()[-1])
    assert ruined == [["accuse", ["They"]]]
    assert embezzled == [["accuse", ["They"]]]
