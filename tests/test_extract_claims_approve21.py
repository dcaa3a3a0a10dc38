"""Approval of another side's decision, plan or act (round 21, issue 12, branch
``approve21``): the ``approved_act`` content family and the cue rows "support * bid",
"support * efforts" .. of kg/data/claim_cues.tsv.  Each sentence is real public copy, its
source named beside it, and is in no gold part of benchmarks/claims/gold.jsonl or
benchmarks/allegations/gold.jsonl and in no agreement file (checked with grep;
tests/test_tests_sources.py checks it too)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import RULES, extract_claims
from kg.extract.claims.base import _main_verbs
from kg.extract.claims.content_approved import _approved_acts
from kg.extract.mentions import extract_mentions
from kg.model import Stance


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


def test_supported_another_sides_bid_is_an_approval_of_it(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/67749
    # (Press statements following Russia-Kazakhstan talks, 2022-02-10, CC BY 4.0)
    doc = nlp(
        "I want to make a point that Kazakhstan, without any hesitations, supported Moscow's "
        "bid to host EXPO 2030."
    )
    claims = extract_claims(doc, extract_mentions(doc))
    approvals = [c for c in claims if c.stance is Stance.APPROVE]
    assert [(c.claimer.span.text, [t.span.text for t in c.targets]) for c in approvals] == [
        ("Kazakhstan", ["Moscow"])
    ]


def test_the_family_is_a_rule() -> None:
    assert "approved_act" in RULES
