"""Criticism by a judgement denied or a dismissive predicate, the ``judged_merit`` family, and
warnings against an act, the ``warned_off`` switch of the warning rule (round 25, issue 12,
branch ``criticism25``; kg/extract/claims/content_judged.py, speech_threats.py).  Each
sentence is real public copy from the project's corpus (``corpus/``, source named beside it)
and is in no gold part of benchmarks/claims/gold.jsonl or benchmarks/allegations/gold.jsonl
and in no agreement file (checked with grep)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.base import _main_verbs
from kg.extract.claims.content_judged import _judged_merit
from kg.extract.mentions import extract_mentions


def _judged(nlp: Language, text: str, after: str = "") -> list[str] | None:
    """Whom the family criticizes in ``text`` (from the word after ``after`` on, the
    content a speech verb would give it; no side known)."""
    doc = nlp(text)
    start = next((t.i + 1 for t in doc if t.text == after), 0) if after else 0
    found = _judged_merit(_main_verbs(doc[start:]), lambda: set())
    return None if found is None else [t.text for t in found]


@pytest.mark.parametrize(
    ("text", "after", "criticized"),
    [
        # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
        # news/v-ukrayini-sogodni-virishuyetsya-majbutnye-arhitekturi-yevro-72877: a merit
        # denied to another side's act (the content of "believes that")
        (
            "He believes that Russia's military activities are not justified and there are no "
            "logical reasons for such an increase in military capabilities.",
            "that",
            ["Russia"],
        ),
        # corpus/president-of-ukraine-russia-ukraine.jsonl, https://www.president.gov.ua/en/
        # news/vidpoviddyu-na-sprobu-rublovoyi-okupaciyi-hersonskoyi-ta-zap-74397: a
        # dismissive predicate of an act named before ("nothing but")
        ("This is nothing but deliberate terror.", "", []),
    ],
)
def test_judgements_criticize(nlp: Language, text: str, after: str, criticized: list[str]) -> None:
    assert _judged(nlp, text, after) == criticized


@pytest.mark.parametrize(
    "text",
    [
        # corpus/state-department-afghanistan.jsonl, https://www.state.gov/u-s-europe-
        # communique-on-afghanistan-and-peace-efforts/: a withheld support of a party (a
        # pledge), not a judgement of another side's act
        "We do not support any government in Afghanistan imposed through military force.",
    ],
)
def test_no_judgement(nlp: Language, text: str) -> None:
    assert _judged(nlp, text) is None


def _stances(nlp: Language, text: str, extra: set[str]) -> list[str]:
    doc = nlp(text)
    rules = (RULES - OPTIONAL) | extra
    return [c.stance.value for c in extract_claims(doc, extract_mentions(doc), rules=rules)]


def _stances_without(nlp: Language, text: str, family: str) -> list[str]:
    doc = nlp(text)
    rules = (RULES - OPTIONAL) - {family}
    return [c.stance.value for c in extract_claims(doc, extract_mentions(doc), rules=rules)]


def test_warning_against_an_act_is_no_threat(nlp: Language) -> None:
    # corpus/kremlin-russia-ukraine.jsonl, http://en.kremlin.ru/events/president/news/68284:
    # an addressee warned against an act of its own, no harm by the warner named
    text = (
        "Time and again, Russia has warned its partners against using double standards and "
        "the principle of collective responsibility in sports."
    )
    assert _stances(nlp, text, set()) == ["assert"]  # warned_off is on by default
    assert _stances_without(nlp, text, "warned_off") == ["threaten"]


def test_families_are_registered() -> None:
    assert {"judged_merit", "warned_off", "conjoined_stances"} <= RULES
