"""Criticism read off an evaluation of another side's conduct in a content, the
``evaluated_conduct`` family (round 20, issue 12, branch ``crit20``; kg/extract/claims/
content_evaluated.py).  Each sentence is real public copy from the project's corpus
(``corpus/``, source named beside it) and is in no gold part of benchmarks/claims/gold.jsonl
or benchmarks/allegations/gold.jsonl (checked with grep)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.base import _main_verbs
from kg.extract.claims.content_evaluated import _evaluated_conduct


def _criticized(nlp: Language, text: str) -> list[str] | None:
    """Whom the family criticizes when the whole sentence is the content (no side known)."""
    doc = nlp(text)
    found = _evaluated_conduct(_main_verbs(doc[:]), lambda: set())
    return None if found is None else [t.text for t in found]


@pytest.mark.parametrize(
    ("text", "criticized"),
    [
        # corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/67709:
        # an argument of the clause that is another side's act qualified critically
        (
            "Vladimir Putin again emphasised the provocative statements and actions of the "
            "Kiev leadership, which run counter to the Minsk agreements.",
            ["Kiev"],
        ),
        # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
        # news/zvernennya-prezidenta-ukrayini-do-parlamentu-litvi-74285: an accountability
        # demand, its doers named by no actor
        ("All organizers and perpetrators of deportation must be held accountable.", []),
        # corpus/state-department-belarus.jsonl, https://www.state.gov/media-freedom-coalition-
        # statement-on-the-arrest-of-roman-protasevich/
        (
            "Those responsible must be held accountable for attacks on journalists and media "
            "workers.",
            [],
        ),
        # corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/68700:
        # a remedy said not to solve the problem, its owner not named
        (
            "Meanwhile, according to American, and our, estimates, this is about 5 or 6 million "
            "tonnes of wheat plus 7 million tonnes of corn – this is something, but it does not "
            "resolve the problems in the world grain market.",
            [],
        ),
    ],
)
def test_evaluations_of_conduct_criticize(nlp: Language, text: str, criticized: list[str]) -> None:
    assert _criticized(nlp, text) == criticized


@pytest.mark.parametrize(
    "text",
    [
        # corpus/kremlin-armenia-azerbaijan.jsonl, http://en.kremlin.ru/events/president/news/
        # 67199: "problems with the pandemic" are nobody's flaw
        "It is enough to say that despite all the problems with the pandemic and the related "
        "economic restrictions, our trade in the first nine months of this year has still "
        "increased by 11 percent– this is a good figure.",
    ],
)
def test_no_conduct_judged(nlp: Language, text: str) -> None:
    assert _criticized(nlp, text) is None


def test_on_by_default() -> None:
    # round 20: gains on the development parts, loses on no held-out part (RESULTS.md)
    assert "evaluated_conduct" in RULES
    assert "evaluated_conduct" not in OPTIONAL
