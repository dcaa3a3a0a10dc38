"""Approval of another side's decision, plan or act (round 21, issue 12, branch
``approve21``): the ``approved_act`` content family (optional; its cue rows "support * bid",
"support * efforts" .. are off, in kg/data/claim_cues_optional.tsv).  Each sentence is real
public copy, its source named beside it, and is in no gold part of
benchmarks/claims/gold.jsonl or benchmarks/allegations/gold.jsonl and in no agreement file
(checked with grep; tests/test_tests_sources.py checks it too)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.base import _main_verbs
from kg.extract.claims.content_approved import _approved_acts


def _approved(nlp: Language, text: str) -> list[str] | None:
    doc = nlp(text)
    found = _approved_acts(_main_verbs(doc[:]), lambda: set())
    return None if found is None else [t.text for t in found]


def test_support_for_another_sides_efforts_approves_their_owner(nlp: Language) -> None:
    # corpus/white-house-burma.jsonl, ASEAN-U.S. Special Summit 2022, Joint Vision Statement,
    # https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/13/
    # asean-u-s-special-summit-2022-joint-vision-statement/
    text = (
        "We support the efforts of the UN Secretary-General in the search for a peaceful solution."
    )
    assert _approved(nlp, text) == ["General"]


def test_an_unowned_act_judged_understandable_is_left_alone(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl (en.kremlin.ru, CC BY 4.0): nobody's act is approved
    assert _approved(nlp, "This fear of escalation is understandable.") is None


def test_the_family_is_optional() -> None:
    assert "approved_act" in RULES
    assert "approved_act" in OPTIONAL  # no development part gained (RESULTS.md, approve21)
