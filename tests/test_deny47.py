"""Denials read off a verdict of falsity on a charge and an admitted act's account (round 40,
second wave, issue 12, test40's class (D), branch ``deny47``; benchmarks/claims/RESULTS.md,
"Round 40 (second wave, after the blind scoring), deny47").

Three switches, each read at extraction:

- ``labels.MOVED_AS_OBJECTS``: 'termed as "ridiculous" the notion that P' (the charge moved
  after the "as" verdict, parsed as the object of "as") is a denial of P;
- ``content_deny.PROPOSITION_SUBJECTS``: 'Any thought that P is "absurd"' (a noun stating a
  proposition in its own that-clause as the subject of a falsity verdict) is a denial of P;
- ``denials.NARRATION_UNANSWERED``: the writer's narration of an act is no charge its doer's
  account answers ("X said it fired ... in response to ..." stays an assertion).

Every sentence here is constructed, in the register of wire copy, and marked so: the corpus
(``corpus/*.jsonl``) was searched for "<termed|described|dismissed|called> as <ridiculous|
absurd|baseless|...> the <noun>", "<Any|The> <thought|idea|notion|...> that ... is <absurd|
ridiculous|nonsense|...>" and "said it <fired|launched|struck|...> ... in <response|
retaliation> to"; the one real sentence found ("The idea that we have held back security
assistance to Ukraine is nonsense.") lies in a text the claims gold names, so none may be
quoted.  No sentence here is in a gold part (tests/test_tests_sources.py checks it).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import content_deny, denials, labels
from kg.ingest import article_id
from kg.model import Article, Stance
from tests.claim_helpers import claims_of


def test_the_switches_ship_as_measured() -> None:
    # benchmarks/claims/RESULTS.md, "Round 40 (second wave, after the blind scoring), deny47"
    assert labels.MOVED_AS_OBJECTS
    assert content_deny.PROPOSITION_SUBJECTS
    assert denials.NARRATION_UNANSWERED


# constructed: the charge moved after a quoted "as" verdict
MOVED = (
    'A Foreign Ministry spokesman on Monday termed as "ridiculous" the notion that '
    "Moscow had funded the protest movement."
)


def test_a_verdict_before_a_moved_charge_denies_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labels, "MOVED_AS_OBJECTS", True)
    found = [
        (c.claimer.span.text, c.content.text if c.content else None)
        for c in claims_of(nlp, MOVED)
        if c.stance is Stance.DENY
    ]
    assert found == [("A Foreign Ministry spokesman", "Moscow had funded the protest movement")]


def test_without_the_switch_the_moved_charge_makes_no_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labels, "MOVED_AS_OBJECTS", False)
    assert not [c for c in claims_of(nlp, MOVED) if c.stance is Stance.DENY]


def test_a_moved_neutral_description_is_no_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: a verdict of no falsity before the moved noun
    monkeypatch.setattr(labels, "MOVED_AS_OBJECTS", True)
    text = "The minister described as important the report that the talks would resume."
    assert not [c for c in claims_of(nlp, text) if c.stance is Stance.DENY]


# constructed: a proposition noun outside the allegation lexicon as the verdict's subject
THOUGHT = (
    'Any thought that the ministry may have leaked the documents is "absurd," '
    "spokesman Ivan Petrov said on Tuesday."
)


@pytest.mark.parametrize(("on", "denied"), [(True, True), (False, False)])
def test_a_propositions_falsity_verdict_is_a_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, denied: bool
) -> None:
    monkeypatch.setattr(content_deny, "PROPOSITION_SUBJECTS", on)
    stances = {c.stance for c in claims_of(nlp, THOUGHT) if c.claimer.span.text == "Ivan Petrov"}
    assert (Stance.DENY in stances) is denied
    if not on:
        assert Stance.CRITICIZE in stances  # "absurd" on another noun: a criticism


def test_a_relative_clause_states_no_proposition(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # constructed: "that" a relative pronoun, the noun no proposition
    monkeypatch.setattr(content_deny, "PROPOSITION_SUBJECTS", True)
    doc = nlp("The plan that the committee drafted is absurd.")
    plan = doc[1]
    assert not content_deny._stated_proposition(plan)
    doc = nlp("The thought that the committee drafted the plan is absurd.")
    assert content_deny._stated_proposition(doc[1])


# constructed: the writer narrates the act, its doer then tells its cause
NARRATED = (
    "The militant group has fired mortar shells at the border town, ending a two-month "
    "lull. The group said it fired the shells in response to the killing of three of its "
    "fighters in an army raid on Sunday."
)


@pytest.mark.parametrize(("on", "stance"), [(True, Stance.ASSERT), (False, Stance.DENY)])
def test_an_account_after_the_writers_narration_is_no_denial(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool, stance: Stance
) -> None:
    monkeypatch.setattr(denials, "NARRATION_UNANSWERED", on)
    text = NARRATED
    article = Article(id=article_id(text), text=text, source="test", outlet="Voice of America")
    extraction = extract(nlp(text), article)
    said = [c for c in extraction.claims if c.claimer.span.text == "The group" and c.sentence == 1]
    assert said and said[0].stance is stance
