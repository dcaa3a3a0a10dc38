"""Cue rows derived from Open English WordNet by meaning (round 19, branch ``lexicon19``,
``scripts/derive_wordnet_cues.py``; CC BY 4.0, ``kg/data/NOTICE-wordnet``): verbs of the
hyponym closures of root synsets ("congratulate" below "praise"), predicate adjectives of
feeling from similar-to sets ("be outraged by", "be thankful to"), and the script itself,
which must reproduce the committed rows from a small excerpt of WordNet
(``tests/data/wordnet/``).

The rows are off (``kg/data/claim_cues_optional.tsv``, ``content_lexicon_optional.tsv``: no
development part gained); the extraction tests load the ones they need for their own run.
The sentences are real official and news prose from ``corpus/`` that is in no gold part."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.language import Language

import kg.extract.claims as claims_package
from kg.extract import cues
from kg.model import Stance
from tests.claim_helpers import stance_pairs

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
FIXTURE = Path(__file__).resolve().parent / "data" / "wordnet"
OPTIONAL_CUES = DATA / "claim_cues_optional.tsv"
OPTIONAL_CONTENT = DATA / "content_lexicon_optional.tsv"

sys.path.insert(0, str(ROOT / "scripts"))
import derive_wordnet_cues as derive  # noqa: E402


def wordnet_rows(text: str) -> dict[str, list[str]]:
    """The ``wordnet`` rows of a lexicon file's text by group (``# --- wordnet19 NAME``)."""
    groups: dict[str, list[str]] = {}
    group = ""
    for line in text.splitlines():
        if line.startswith("# --- wordnet19 "):
            group = line.split()[-1]
            groups[group] = []
        elif group and line and not line.startswith("#") and "\twordnet\t" in line:
            groups[group].append(line)
    return groups


def committed() -> dict[str, list[str]]:
    return {
        **wordnet_rows(OPTIONAL_CUES.read_text(encoding="utf-8")),
        **wordnet_rows(OPTIONAL_CONTENT.read_text(encoding="utf-8")),
    }


@pytest.fixture
def with_rows(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Add some optional wordnet19 cue rows (their cue patterns) to the lexicon for a test."""

    def add(*patterns: str) -> None:
        rows = [
            line
            for rows in committed().values()
            for line in rows
            if line.split("\t")[2] in patterns
        ]
        assert len(rows) == len(patterns)
        for cue in cues.load_cues("\n".join(rows)):
            if cue.verb == "be":
                monkeypatch.setitem(cues.PREDICATE_CUES, cue.noun, cue)
                words = claims_package._CUE_WORDS | {cue.noun}
                monkeypatch.setattr(claims_package, "_CUE_WORDS", words)
            else:
                monkeypatch.setitem(cues.VERB_STANCES, cue.verb, cue.stance)
                lemmas = claims_package._STANCE_LEMMAS | {cue.verb}
                monkeypatch.setattr(claims_package, "_STANCE_LEMMAS", lemmas)

    return add


def test_congratulating_a_leader_approves_of_him(nlp: Language, with_rows) -> None:  # type: ignore[no-untyped-def]
    # "congratulate" (OEWN 00885286-v) is below "praise, express approval of"
    with_rows("congratulate")
    text = (
        "Vladimir Putin congratulated Emmanuel Macron on his recent victory in the "
        "presidential election and re-election as head of state."
    )
    assert stance_pairs(nlp, text, Stance.APPROVE) == [("Vladimir Putin", ["Emmanuel Macron"])]


def test_without_the_row_congratulating_claims_nothing(nlp: Language) -> None:
    text = (
        "Vladimir Putin congratulated Emmanuel Macron on his recent victory in the "
        "presidential election and re-election as head of state."
    )
    assert stance_pairs(nlp, text, Stance.APPROVE) == []


def test_outraged_by_words_criticizes_their_speaker(nlp: Language, with_rows) -> None:  # type: ignore[no-untyped-def]
    # "outraged" is in the similar-to set of "angry" (OEWN 00114629-a)
    with_rows("be * outraged (at over about with by)")
    text = "She would have been outraged by the words of the Russian Federation today."
    found = stance_pairs(nlp, text, Stance.CRITICIZE)
    assert [claimer for claimer, _ in found] == ["She"]


def test_thankful_to_leaders_approves_of_them(nlp: Language, with_rows) -> None:  # type: ignore[no-untyped-def]
    # "thankful" shares the synset of "grateful" (OEWN 01149996-a)
    with_rows("be * thankful (with by at about for)")
    text = (
        "We are thankful to the leaders of the EAEU countries for supporting this proposal "
        "from the very beginning."
    )
    found = stance_pairs(nlp, text, Stance.APPROVE)
    assert [claimer for claimer, _ in found] == ["We"]


def test_the_rows_are_off_by_default() -> None:
    lexicon = (DATA / "claim_cues.tsv").read_text(encoding="utf-8")
    assert "\twordnet\t" not in lexicon
    assert "\twordnet\t" not in (DATA / "content_lexicon.tsv").read_text(encoding="utf-8")
    assert "congratulate" not in cues.VERB_STANCES


def test_every_row_is_a_cue_of_the_lexicons_format() -> None:
    rows = committed()
    cue_rows = [
        r
        for name, group in rows.items()
        if name != "critical_adj" and name not in derive.ACT_ROOTS
        for r in group
    ]
    assert len(cues.load_cues("\n".join(cue_rows))) == len(cue_rows)
    assert all(r.startswith("critical_adj\t") for r in rows["critical_adj"])


def test_the_sense_rank_cut_keeps_a_word_out_by_its_first_sense() -> None:
    # "discourage" is below "disapprove" by its first sense, "knock" (criticize) by its 7th
    rows = [r.split("\t")[2] for r in committed()["criticize"]]
    assert "knock" not in rows


def test_the_script_reproduces_the_committed_rows_from_the_fixture() -> None:
    synsets, entries = derive.load(FIXTURE)
    cue_texts = [(DATA / n).read_text(encoding="utf-8") for n in derive.CUE_FILES]
    content = (DATA / "content_lexicon.tsv").read_text(encoding="utf-8")
    groups = ["deny", "claim", "angry_adj", "critical_adj", "repress", "endanger", "violate"]
    lines = derive.derive(synsets, entries, cue_texts, content, groups)
    named = [line.replace("# --- ", "# --- wordnet19 ") for line in lines]
    found = wordnet_rows("\n".join(named))
    expected = committed()
    for group in groups:
        assert found[group] == expected[group], group
