"""Round 42 (issue 12, branch ``readouts53``; test42's classes (A) and (P)): a readout's
account verbs and the support its speaker states.

- ``readouts.ACCOUNT_OBJECTS``: a readout verb of stressing or giving an account with a noun
  object ("stressed the invariability of Tallinn's firm support for X", "described the
  Administration's ransomware strategy", "outlined new initiatives in the energy ...
  sectors") is the subject's assertion of it; "described X as Y" is a characterization, left
  to other rules.
- ``readouts.STATED_SUPPORT``: "underscored the United States' resolute support for Ukraine's
  sovereignty" approves the party supported; another owner's support ("the support of X",
  "NATO's support") is no approval of the speaker.

Each test sets its switch on and off to show both readings.  The quoted corpus sentences are
from texts in no gold part (their URLs are in no line of the claims gold, its agreement files,
its pool or the allegations gold); the constructed ones say so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import readouts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

# A President of Ukraine readout (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/igor-zhovkva-obgovoriv-z-radniceyu-prezidenta-estoniyi-z-pit-71381).
STRESSED = (
    "Celia Kuningas-Saagpakk stressed the invariability of Tallinn's firm support for "
    "Ukraine's sovereignty and territorial integrity."
)
# A White House readout (corpus/white-house-cyber-attribution.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2021/06/11/readout-of-deputy-national-security-advisor-for-cyber-anne-neuberger-meeting-with-the-bipartisan-national-association-of-attorneys-general/).
DESCRIBED = (
    "Neuberger described the Biden Administration’s ransomware strategy which includes four "
    "lines of effort: disruption of ransomware infrastructure and actors by working closely with "
    "the private sector; international cooperation to hold countries who harbor ransom actors "
    "accountable; expanding cryptocurrency analysis to find and pursue criminal transactions; "
    "and reviewing the USG’s ransomware payment policies and approaches."
)
# A White House summary (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/18/chairs-summary-of-the-major-economies-forum-on-energy-and-climate-held-by-president-joe-biden/).
OUTLINED = (
    "The President also outlined new initiatives in the energy, transportation, and agriculture "
    "sectors and invited participants to join the United States in undertaking them."
)
# Constructed: the corpus's "described X as Y" sentences are in gold parts; a characterization
# is the label rules' reading, not an account's.
CHARACTERIZED = "The minister described the report as a smear campaign."
# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/secretary-blinkens-call-with-german-foreign-minister-baerbock/); the
# first sentence is constructed to name the speaker "He" points back to.
STATED = (
    "Secretary Blinken spoke with German Foreign Minister Annalena Baerbock today. "
    "He underscored the United States’ resolute support for Ukraine’s sovereignty and "
    "territorial integrity, and for Ukraine’s efforts to defend itself against continuing "
    "Russian aggression."
)
# Constructed: the corpus's readouts with a third party's support stated are in gold parts.
OTHERS = "The Secretary emphasized the support of the International Criminal Court for Ukraine."
# Constructed, as above: an owner that is no state.
ALLIANCE = "The Secretary emphasized NATO’s support for Ukraine."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (readouts.ACCOUNT_OBJECTS, readouts.STATED_SUPPORT)
    yield
    readouts.ACCOUNT_OBJECTS, readouts.STATED_SUPPORT = saved


def _readout(nlp: Language, text: str) -> list[tuple[str, Stance, list[str], str]]:
    """(claimer, stance, targets, content) of the ``readout_cue`` family's claims."""
    return [
        (
            c.claimer.span.text,
            c.stance,
            [t.span.text for t in c.targets],
            c.content.text if c.content else "",
        )
        for c in claims_of(nlp, text)
        if "readout_cue" in c.rule.split("+")
    ]


def test_an_account_of_its_object_asserts_it(nlp: Language, restore: None) -> None:
    readouts.ACCOUNT_OBJECTS = True
    [(claimer, stance, _, content)] = _readout(nlp, STRESSED)
    assert (claimer, stance) == ("Celia Kuningas-Saagpakk", Stance.ASSERT)
    assert content.startswith("the invariability of Tallinn's firm support")
    [(claimer, stance, _, content)] = _readout(nlp, DESCRIBED)
    assert (claimer, stance) == ("Neuberger", Stance.ASSERT)
    assert content.startswith("the Biden Administration’s ransomware strategy")
    [(claimer, stance, _, content)] = _readout(nlp, OUTLINED)
    assert (claimer, stance) == ("The President", Stance.ASSERT)
    assert content.startswith("new initiatives in the energy, transportation, and agriculture")
    readouts.ACCOUNT_OBJECTS = False
    assert _readout(nlp, STRESSED) == []
    assert _readout(nlp, DESCRIBED) == []
    assert _readout(nlp, OUTLINED) == []


def test_a_characterization_is_no_account(nlp: Language, restore: None) -> None:
    readouts.ACCOUNT_OBJECTS = True
    assert _readout(nlp, CHARACTERIZED) == []


def test_support_stated_for_the_speakers_side_approves_the_party(
    nlp: Language, restore: None
) -> None:
    readouts.STATED_SUPPORT = True
    approved = [(c, t) for c, s, t, _ in _readout(nlp, STATED) if s is Stance.APPROVE]
    assert approved == [("He", ["Ukraine"])]
    readouts.STATED_SUPPORT = False
    assert _readout(nlp, STATED) == []


def test_another_owners_support_is_no_approval(nlp: Language, restore: None) -> None:
    readouts.STATED_SUPPORT = True
    assert _readout(nlp, OTHERS) == []
    assert _readout(nlp, ALLIANCE) == []


def test_the_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)
