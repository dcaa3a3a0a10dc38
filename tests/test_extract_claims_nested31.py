"""Round 30 (branch ``nested31``, issue 12): a claim inside another claim, and findings denied.

* ``base.REPROACHED_SPEAKERS``: a saying reproached or praised "for" ("X blasted Y for
  criticizing Z", "Y has been criticized for saying P") is the reproached party's own claim,
  beside the reproach (the guide's nested attribution: one claim per speaker);
* ``targets_denials.FINDING_AUTHORS``: a denial of findings names, as its target, the body
  or the document's author that reached them ("denied the findings of an Amnesty
  International report" -> Amnesty International);
* ``targets_denials.REPORT_AUTHORS_BEFORE``: "the report" taken up again with no author
  of its own is the report whose author the sentence or the one before names (points 14 and
  42), never further back.

All three ship off (the bar in benchmarks/claims/RESULTS.md, "Round 30, nested31"); the
tests switch them on for their own run.  The sentences are real news copy (KBS, the Boston
Globe, Scroll.in, The Trent); none is in ``benchmarks/claims/gold.jsonl`` or
``benchmarks/allegations/gold.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import base, targets_denials
from kg.model import Stance
from tests.claim_helpers import claims_of, resolved, stance_pairs

#: The switches as the package ships them (read at import, before any test sets them).
SHIPPED = (
    base.REPROACHED_SPEAKERS,
    targets_denials.FINDING_AUTHORS,
    targets_denials.REPORT_AUTHORS_BEFORE,
)


@pytest.fixture(autouse=True)
def nested31(monkeypatch: pytest.MonkeyPatch) -> None:
    """The three switches on, as the round measured them."""
    monkeypatch.setattr(base, "REPROACHED_SPEAKERS", True)
    monkeypatch.setattr(targets_denials, "FINDING_AUTHORS", True)
    monkeypatch.setattr(targets_denials, "REPORT_AUTHORS_BEFORE", True)


BLASTED = (
    "North Korean propaganda outlets have blasted South Korean authorities for criticizing "
    "Pyongyang's verbal attack on President Moon Jae in's Liberation Day speech."
)
CAPITULATING = (
    "Sony had canceled the film's release for fear of more attacks but then reversed itself "
    "after Obama criticized it for capitulating to North Korean pressure."
)
FINDINGS = (
    "The Syrian Justice Ministry on Tuesday denied the findings of an Amnesty International "
    "report that said the government executed up to 13,000 prisoners through mass hangings "
    "at a military jail near Damascus."
)


def test_a_criticism_reproached_is_the_reproached_partys_own(nlp: Language) -> None:
    found = stance_pairs(nlp, BLASTED, Stance.CRITICIZE)
    assert ("North Korean propaganda outlets", ["South Korean authorities"]) in found
    assert ("South Korean authorities", ["Pyongyang"]) in found


def test_the_switches_ship_off() -> None:
    assert SHIPPED == (False, False, False)


def test_without_the_switch_the_reproached_saying_has_no_speaker(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "REPROACHED_SPEAKERS", False)
    speakers = [claimer for claimer, _ in stance_pairs(nlp, BLASTED, Stance.CRITICIZE)]
    assert speakers == ["North Korean propaganda outlets"]


def test_an_act_reproached_makes_no_claim_of_the_reproached(nlp: Language) -> None:
    # "capitulating" is no saying: only Obama's criticism of Sony
    claims = claims_of(nlp, CAPITULATING)
    assert [(c.claimer.span.text, c.stance) for c in claims] == [("Obama", Stance.CRITICIZE)]


def _denials(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    """(claimer, target names) of each resolved denial of ``text``."""
    return [(c, t) for c, stance, t in resolved(nlp, text) if stance is Stance.DENY]


def test_denied_findings_answer_the_reports_author(nlp: Language) -> None:
    assert _denials(nlp, FINDINGS) == [("Syrian Justice Ministry", ["Amnesty International"])]


def test_without_the_switch_denied_findings_answer_nobody(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(targets_denials, "FINDING_AUTHORS", False)
    assert _denials(nlp, FINDINGS) == [("Syrian Justice Ministry", [])]


def _report_author(nlp: Language, text: str) -> str | None:
    """The author :func:`targets_denials._report_author_before` finds for the last
    "report" of ``text``."""
    doc = nlp(text)
    report = [t for t in doc if t.lower_ == "report"][-1]
    author = targets_denials._report_author_before(report)
    return None if author is None else author.text


def test_the_report_taken_up_in_the_next_sentence_is_its_authors(nlp: Language) -> None:
    text = (
        "A spokesman for the military, Colonel Sani Usman, said the Amnesty report lacked "
        "credibility. Colonel Usman said the report was a hasty, one-sided and biased report "
        "aimed at arriving at a predetermined objective."
    )
    # the last "report" is the predicate noun; the one taken up is "the report" before it
    doc = nlp(text)
    taken_up = [t for t in doc if t.lower_ == "report"][-2]
    author = targets_denials._report_author_before(taken_up)
    assert author is not None and author.text == "Amnesty"


def test_a_report_author_two_sentences_back_is_out_of_reach(nlp: Language) -> None:
    text = (
        "A spokesman for the military, Colonel Sani Usman, said the Amnesty report lacked "
        "credibility. The army said the group had never visited Zaria. "
        "Colonel Usman said the report was biased."
    )
    assert _report_author(nlp, text) is None
