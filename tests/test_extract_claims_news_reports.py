"""Unnamed news reports as claimers (:mod:`kg.extract.claims.news_reports`): reports no verb
of saying governs, misparsed "media report that P", and "the reports" referred back to the
outlets of the sentence before.

Wire-style sentences written for these tests (none is in a gold part of
``benchmarks/claims``); each rule has a negative case beside it.  The family is optional since
round 31 (prune32: out of sample it made six wrong triples and no right one): every test here
switches it on, and one checks that a default run leaves the reports unread.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL
from kg.model import Stance
from tests.claim_helpers import claims_of, enable_families, resolved


@pytest.fixture(autouse=True)
def news_reports_on(monkeypatch: pytest.MonkeyPatch) -> None:
    enable_families(monkeypatch, "news_reports")


def _reports(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(claimer text, content text) of each REPORT claim made from ``text``."""
    return [
        (c.claimer.span.text, c.content.text if c.content else "")
        for c in claims_of(nlp, text)
        if c.stance is Stance.REPORT
    ]


# --- "there are reports (that) P" -------------------------------------------------------


def test_there_are_reports_that_p(nlp: Language) -> None:
    text = "There are reports the militia seized two fuel depots near the port."
    assert _reports(nlp, text) == [("reports", "the militia seized two fuel depots near the port")]


def test_there_were_reports_of_an_event(nlp: Language) -> None:
    text = "There were reports of heavy artillery fire along the border."
    assert _reports(nlp, text) == [("reports", "heavy artillery fire along the border")]


def test_reports_with_no_content_are_no_claim(nlp: Language) -> None:
    assert _reports(nlp, "The reports could not be independently confirmed.") == []
    assert _reports(nlp, "There were no reports of casualties.") == []


def test_off_by_default(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the family as a build runs it
    assert "news_reports" in OPTIONAL
    text = "There are reports the militia seized two fuel depots near the port."
    assert _reports(nlp, text) == []


# --- "despite news reports that P" ------------------------------------------------------


def test_unnamed_reports_with_a_that_clause_report_it(nlp: Language) -> None:
    text = (
        "The ministry denied the strike took place, despite independent news reports that "
        "dozens of civilians were killed."
    )
    assert _reports(nlp, text) == [("independent news reports", "dozens of civilians were killed")]


def test_reports_with_an_author_are_left_to_the_author(nlp: Language) -> None:
    text = "The ministry rejected reports by Human Rights Watch that prisoners were tortured."
    assert _reports(nlp, text) == [("Human Rights Watch", "prisoners were tortured")]


def test_a_relative_clause_on_reports_is_no_content(nlp: Language) -> None:
    text = "Officials dismissed reports that appeared in several newspapers last week."
    assert _reports(nlp, text) == []


# --- the parser's "media report" compound ------------------------------------------------


def test_state_media_report_that_p(nlp: Language) -> None:
    text = (
        "Chinese state media report that two coast guard vessels collided near the disputed shoal."
    )
    assert [(n, s) for n, s, _ in resolved(nlp, text)] == [("Chinese state media", Stance.REPORT)]


def test_news_reports_quoting_officials(nlp: Language) -> None:
    text = (
        "News reports in Pakistan quote local officials as saying the drone strike killed "
        "six militants."
    )
    assert _reports(nlp, text) == [
        ("News reports in Pakistan", "the drone strike killed six militants")
    ]


# --- "the reports" referred back ---------------------------------------------------------


def test_the_reports_speak_for_the_outlets_before(nlp: Language) -> None:
    text = (
        "Iranian state television and the Fars news agency said the tanker had violated "
        "maritime rules. The reports blame Britain for escalating the crisis."
    )
    accusations = [(n, t) for n, s, t in resolved(nlp, text) if s is Stance.ACCUSE]
    assert accusations == [
        ("Iranian state television", ["United Kingdom"]),
        ("Fars news agency", ["United Kingdom"]),
    ]


def test_the_reports_with_no_outlet_before_stay_unresolved(nlp: Language) -> None:
    text = (
        "The minister met the ambassador on Monday. The reports blame Britain for "
        "escalating the crisis."
    )
    assert [n for n, s, _ in resolved(nlp, text) if s is Stance.ACCUSE] == []


# --- "X are reported to hold the view that P" (reported_view) ----------------------------


def test_reported_to_believe_is_the_subjects_claim(nlp: Language) -> None:
    text = (
        "Western intelligence agencies are reported to believe that the missile was fired "
        "by rebel forces."
    )
    found = [(c.claimer.span.text, c.stance) for c in claims_of(nlp, text)]
    assert found == [("Western intelligence agencies", Stance.ASSERT)]


def test_said_to_hold_the_view_takes_its_contents_stance(nlp: Language) -> None:
    text = "Several Gulf states are said to hold the view that Tehran armed the militia."
    (claim,) = claims_of(nlp, text)
    assert claim.claimer.span.text == "Several Gulf states"
    assert claim.content is not None
    assert claim.content.text == "Tehran armed the militia"


def test_reported_to_have_done_an_act_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The minister is said to have met the envoy in Geneva.") == []
    assert claims_of(nlp, "The envoy is reported to hold talks with the rebels.") == []


def test_media_report_that_p_parsed_as_a_subjectless_verb(nlp: Language) -> None:
    text = "Russian media report that Ukrainian drones struck an oil depot."
    assert [(n, s) for n, s, _ in resolved(nlp, text)] == [("Russian media", Stance.REPORT)]


def test_a_media_report_with_no_clause_is_no_claim(nlp: Language) -> None:
    assert _reports(nlp, "The state media report on the summit was brief.") == []
