"""Round 39 (branch ``accuse44``, issue 12, test38's classes (E) and (F)): charges told through
what a record shows, a failure to stop hostile actors, a charge's linked subject, a critical
evaluation of a clause that charges, and a craft's designation tagged with its maker's demonym.

- :data:`kg.extract.claims.content_evidence.SHOWN_DEEDS`: a record that *shows* a noun phrase
  naming a charged deed ("the intercepts reveal the involvement of Iranian agents") charges the
  deed's doer.
- :data:`kg.extract.claims.content_failed.FAILED_PREVENTION`: "X is not taking steps to prevent
  insurgents from crossing", "X has failed to stop the militants" accuse X.
- :data:`kg.extract.claims.targets_agents.LINKED_SUBJECTS`: the actor a clause says "is linked
  to" a group is the clause's doer.
- :data:`kg.extract.claims.content_label.EVALUATED_CHARGES`: "it is unacceptable that X shelled
  the village" is X's charge, not only a criticism.
- :data:`kg.resolve.names.DESIGNATED_CRAFT`: "Russian Su-24", one NORP entity, is Russia.

Most positive texts are constructed, and say so: the corpus texts in no gold file
(``corpus/*.jsonl`` less the URLs of the claims gold, its agreement and pool files and the
allegations gold: 944 of 2,730 texts) hold no record showing a charged deed's noun phrase,
no failure to stop hostile actors, no "it is regrettable/unacceptable that" and no demonym
before a craft's designation (searched with regular expressions for each shape); the corpus
sentences below are from those texts.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_evidence, content_failed, content_label, targets_agents
from kg.extract.claims.targets_agents import _clause_agents
from kg.model import Stance
from kg.resolve import names
from kg.resolve.names import designated_state
from tests.claim_helpers import assert_in_no_gold_part, resolved

#: Constructed: photographs that prove a state's troops' presence among rebels.
SHOWN = (
    "Officials said the photographs prove a growing presence of Iranian troops within rebel ranks."
)
#: Constructed: evidence that points to a downing by a state's missile.
POINTED = "Investigators said the evidence pointed to the downing of the plane by a Syrian missile."
#: https://www.whitehouse.gov/briefing-room/statements-releases/2021/06/25/fact-sheet-continued-u-s-support-for-a-peaceful-stable-afghanistan/
#: (White House; a showing of the speaker's own support: no record, no charge).
OWN_SUPPORT = "This assistance demonstrates our enduring support for the Afghan people."
#: Constructed: a state not taking steps to stop insurgents.
NO_STEPS = "Baghdad says Damascus is not taking serious steps to prevent insurgents from crossing the border."  # noqa: E501
#: Constructed: a state that failed to stop militants.
FAILED = "Kabul says Islamabad has failed to stop the militants from crossing into Afghanistan."
#: Constructed: the same steps taken (no failure).
STEPS_TAKEN = (
    "Baghdad says Damascus is taking serious steps to prevent insurgents from crossing the border."
)
#: https://www.state.gov/designation-of-an-indonesia-based-organization-for-support-to-terrorism/
#: (State Department; an organisation linked to a designated group).
LINKED = "MMI has also been linked to the al-Qa’ida-linked Hay’at Tahrir al-Sham in Syria, another designated terrorist group."  # noqa: E501
#: https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/02/11/fact-sheet-indo-pacific-strategy-of-the-united-states/
#: (White House; a thing, no actor, linked).
LINKED_THING = "The prosperity of everyday Americans is linked to the Indo-Pacific."
#: Constructed: a charge that a named leader is linked to a rebel group, rejected.
LINKED_CHARGE = (
    "Managua rejected Honduran charges that President Daniel Ortega is linked to the rebels."
)
#: Constructed: a critical evaluation of a clause charging a state's side with hostile actions.
UNACCEPTABLE = (
    "The minister said it is regrettable that the Armenian side has undertaken provocative "
    "actions on the border."
)
#: Constructed: a critical evaluation of the speaker's own failure.
OWN_REGRET = "The minister said it is regrettable that we could not agree on a statement."
#: Constructed: a craft's designation after its maker's demonym.
CRAFT = "Georgia said two Russian Su-24 bombers violated its airspace on Tuesday."


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=12)


def test_a_record_showing_a_deed_accuses_its_doer(nlp: Language) -> None:
    found = resolved(nlp, SHOWN)
    assert any(s is Stance.ACCUSE and "Iran" in t for _, s, t in found), found
    found = resolved(nlp, POINTED)
    assert any(s is Stance.ACCUSE and "Syria" in t for _, s, t in found), found


def test_shown_deeds_off_leaves_an_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_evidence, "SHOWN_DEEDS", False)
    found = resolved(nlp, SHOWN)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found


def test_own_support_shown_is_no_charge(nlp: Language) -> None:
    doc = nlp(OWN_SUPPORT)
    assert content_evidence.shown_deed_doers(doc[:], lambda: set()) is None


def test_a_failure_to_stop_insurgents_accuses_the_state(nlp: Language) -> None:
    found = resolved(nlp, NO_STEPS)
    assert any(s is Stance.ACCUSE and "Syria" in t for _, s, t in found), found
    found = resolved(nlp, FAILED)
    assert any(s is Stance.ACCUSE and "Pakistan" in t for _, s, t in found), found


def test_steps_taken_or_switch_off_charge_nobody(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = resolved(nlp, STEPS_TAKEN)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found
    monkeypatch.setattr(content_failed, "FAILED_PREVENTION", False)
    found = resolved(nlp, NO_STEPS)
    assert not any(s is Stance.ACCUSE and "Syria" in t for _, s, t in found), found


def test_a_linked_actor_is_the_clause_doer(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [t.text for t in _clause_agents(nlp(LINKED)[:])] == ["MMI"]
    assert _clause_agents(nlp(LINKED_THING)[:]) == []
    monkeypatch.setattr(targets_agents, "LINKED_SUBJECTS", False)
    assert _clause_agents(nlp(LINKED)[:]) == []


def test_a_rejected_charge_of_links_aims_at_its_subject(nlp: Language) -> None:
    found = resolved(nlp, LINKED_CHARGE)
    accusations = [t for _, s, t in found if s is Stance.ACCUSE]
    assert any("Daniel Ortega" in t for t in accusations), found


def test_an_unacceptable_charge_accuses(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    found = resolved(nlp, UNACCEPTABLE)
    assert any(s is Stance.ACCUSE and "Armenia" in t for _, s, t in found), found
    found = resolved(nlp, OWN_REGRET)
    assert not any(s is Stance.ACCUSE for _, s, _t in found), found
    monkeypatch.setattr(content_label, "EVALUATED_CHARGES", False)
    found = resolved(nlp, UNACCEPTABLE)
    assert any(s is Stance.CRITICIZE and "Armenia" in t for _, s, t in found), found


def test_a_designated_craft_is_its_state(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert designated_state("Russian Su-24") is not None
    assert designated_state("Russian Orthodox") is None
    assert designated_state("Russian") is None
    found = resolved(nlp, CRAFT)
    assert any(s is Stance.ACCUSE and "Russia" in t for _, s, t in found), found
    monkeypatch.setattr(names, "DESIGNATED_CRAFT", False)
    found = resolved(nlp, CRAFT)
    assert not any(s is Stance.ACCUSE and "Russia" in t for _, s, t in found), found
