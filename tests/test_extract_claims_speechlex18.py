"""Statement and stance noun cues derived from CAMEO.2.0.txt's verb patterns (round 18,
branch ``lexicon18``, ``scripts/derive_speech_cues.py``): light-verb nouns of disapproval
("voiced fears over", "expressed strong skepticism about"), verb + noun patterns of
criticism and approval ("hurled insults at", "stepped up its criticism of", "threw its
weight behind", "sounded the alarm over"), and CAMEO's 012 comment nouns as assert cues that
claim only with a that-clause ("expressed doubt that P").  And the precision checks: a
thing that "casts doubt" is no speaker, a comment noun without a clause claims nothing.

The rows are off (``kg/data/claim_cues_optional.tsv``: no development part changed, one
held-out part lost); the tests load them into the lexicon for their own run.  The sentences
are the project's own, in the register of wire copy; none is in a gold part."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

import kg.extract.claims as claims_package
from kg.extract import cues
from kg.extract.claims import nominal
from kg.model import Stance
from tests.claim_helpers import stance_pairs

ROOT = Path(__file__).resolve().parents[1]
#: PETRARCH2's dictionary beside the checkout (``../shared``), or beside a worktree's parent.
CAMEO = next(
    (
        base / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt").exists()
    ),
    ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt",
)


OPTIONAL_CUES = ROOT / "kg" / "data" / "claim_cues_optional.tsv"


@pytest.fixture(autouse=True)
def speechlex(monkeypatch: pytest.MonkeyPatch) -> None:
    """The optional speechlex18 rows, added to the lexicon for this module's tests."""
    added = cues.load_cues(OPTIONAL_CUES.read_text(encoding="utf-8"))
    for cue in added:
        if cue.verb == "*":
            monkeypatch.setitem(cues.LIGHT_NOUN_CUES, cue.noun, cue)
        else:
            monkeypatch.setitem(cues.NOUN_CUES, (cue.verb, cue.noun), cue)
    verbs = nominal._NOUN_CUE_VERBS | {c.verb for c in added if c.verb != "*"}
    monkeypatch.setattr(nominal, "_NOUN_CUE_VERBS", verbs)
    monkeypatch.setattr(claims_package, "_NOUN_CUE_VERBS", verbs)


def test_fears_voiced_over_a_party_criticize_it(nlp: Language) -> None:
    # CAMEO VOICE * FEARS [110]
    found = stance_pairs(
        nlp, "Seoul voiced fears over Pyongyang's missile tests.", Stance.CRITICIZE
    )
    assert found == [("Seoul", ["Pyongyang"])]


def test_skepticism_about_a_pledge_criticizes_its_maker(nlp: Language) -> None:
    # CAMEO VOICE * {STRONG SKEPTICISM} [110]
    text = "Tokyo has expressed strong skepticism about Beijing's pledge to halt the dredging."
    assert stance_pairs(nlp, text, Stance.CRITICIZE) == [("Tokyo", ["Beijing"])]


def test_insults_hurled_at_a_delegation_criticize_it(nlp: Language) -> None:
    # CAMEO HURL * INSULT [111]
    text = "Serbia's foreign minister hurled insults at Albania during the session."
    assert stance_pairs(nlp, text, Stance.CRITICIZE) == [("Serbia's foreign minister", ["Albania"])]


def test_stepped_up_criticism_criticizes(nlp: Language) -> None:
    # CAMEO STEPPED_UP * CRITICISM [111]
    text = "Ankara stepped up its criticism of Greece's naval patrols on Tuesday."
    assert stance_pairs(nlp, text, Stance.CRITICIZE) == [("Ankara", ["Greece"])]


def test_weight_thrown_behind_a_party_approves(nlp: Language) -> None:
    # CAMEO THREW * WEIGHT (BEHIND) [051]
    text = "Washington threw its weight behind the Philippines in the maritime dispute."
    assert stance_pairs(nlp, text, Stance.APPROVE) == [("Washington", ["Philippines"])]


def test_alarm_sounded_over_a_crackdown_criticizes(nlp: Language) -> None:
    # CAMEO SOUND * ALARM [112], a warning of a danger: criticism, not a charge
    text = "Rights groups sounded the alarm over Myanmar's crackdown on the Rohingya."
    assert stance_pairs(nlp, text, Stance.CRITICIZE) == [("Rights groups", ["Myanmar"])]


def test_doubt_with_a_clause_asserts(nlp: Language) -> None:
    # CAMEO EXPRESS * DOUBT [012]: a pessimistic comment, with its clause
    text = "The European Union expressed doubt that Belgrade would meet the deadline."
    assert stance_pairs(nlp, text, Stance.ASSERT) == [("European Union", [])]


def test_a_comment_noun_without_a_clause_claims_nothing(nlp: Language) -> None:
    text = "Hanoi expressed apprehension about the joint survey of the gulf."
    assert stance_pairs(nlp, text, Stance.ASSERT) == []


def test_a_thing_casting_doubt_is_no_speaker(nlp: Language) -> None:
    text = "The satellite images cast doubt on Moscow's claim that its troops had withdrawn."
    assert stance_pairs(nlp, text, Stance.CRITICIZE) == []


def test_the_rows_are_off_by_default() -> None:
    lexicon = (ROOT / "kg" / "data" / "claim_cues.tsv").read_text(encoding="utf-8")
    assert "\t* skepticism" not in lexicon
    assert "\t* hope" not in OPTIONAL_CUES.read_text(encoding="utf-8")  # measured, left out


@pytest.mark.skipif(not CAMEO.exists(), reason="needs ../shared/data/petrarch2/CAMEO.2.0.txt")
def test_the_derived_rows_are_in_the_lexicon() -> None:
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "derive_speech_cues.py"),
            str(CAMEO),
            "disapprove",
            "praise",
            "pessimism",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = ["\t".join(line.split("\t")[1:]) for line in out.splitlines()]
    optional = OPTIONAL_CUES.read_text(encoding="utf-8")
    assert rows and all(row in optional for row in rows)
