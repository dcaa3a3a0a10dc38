"""A charge or denial that names no party, beside its speaker's demand that a party undo
something, is aimed at that party (`demand_addressee`): "called on Kosovo to halt the raids,
saying they are a breach" -> Kosovo; "dismissed the accusations and demanded Ukraine release
the crew" -> Ukraine.  A demand that a third party act ("urged the U.N. to investigate") and
a criticism are left as they were.

The sentences are our own, in the register of wire copy about disputes between states; none
is in the claims gold set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.extract.claims.targets_addressee as addressee
from tests.claim_helpers import resolved_names as resolved


def targets_of(found: set[tuple[str, str, tuple[str, ...]]], stance: str) -> set[str]:
    return {t for _, s, names in found if s == stance for t in names}


def test_a_charge_in_a_participle_after_a_call_to_halt(nlp: Language) -> None:
    text = (
        "Serbia has called on Kosovo to halt the police raids, saying they are a breach "
        "of the 2013 agreement."
    )
    assert targets_of(resolved(nlp, text), "accuse") == {"Kosovo"}


def test_a_denial_conjoined_with_a_demand_to_release(nlp: Language) -> None:
    text = (
        "The defense minister dismissed the smuggling accusations as absurd and demanded "
        "Ukraine release the detained crew at once."
    )
    assert "Ukraine" in targets_of(resolved(nlp, text), "deny")


def test_a_denial_beside_a_call_to_retract(nlp: Language) -> None:
    text = (
        "The Foreign Ministry said the charges were groundless and called on Reuters to "
        "retract its report."
    )
    assert "Reuters" in targets_of(resolved(nlp, text), "deny")


def test_a_demand_that_a_third_party_act_is_no_target(nlp: Language) -> None:
    text = "Pakistan denied the charges and urged the United Nations to investigate the attack."
    assert "United Nations" not in targets_of(resolved(nlp, text), "deny")


def test_off_the_charge_keeps_no_target(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(addressee, "DEMAND_ADDRESSEES", False)
    text = (
        "Serbia has called on Kosovo to halt the police raids, saying they are a breach "
        "of the 2013 agreement."
    )
    assert "Kosovo" not in targets_of(resolved(nlp, text), "accuse")


# --- addressed_party ---------------------------------------------------------------------


def test_a_complaint_made_to_a_state(nlp: Language) -> None:
    text = "China has formally complained to Japan about a visit by lawmakers to a disputed shrine."
    assert targets_of(resolved(nlp, text), "criticize") == {"Japan"}


def test_a_threat_after_warnings_issued_to_two_states(nlp: Language) -> None:
    text = (
        "Pyongyang's official news agency issued fresh warnings to Seoul and Washington, "
        "threatening a sweeping retaliation."
    )
    assert targets_of(resolved(nlp, text), "threaten") == {"South Korea", "United States"}


def test_a_protest_lodged_with_a_summoned_envoy_is_aimed_at_his_state(nlp: Language) -> None:
    text = (
        "India summoned a senior Pakistani diplomat to lodge a protest over the shelling of "
        "border villages."
    )
    assert targets_of(resolved(nlp, text), "criticize") == {"Pakistan"}


def test_a_complaint_to_reporters_or_a_world_body_names_no_party(nlp: Language) -> None:
    assert not targets_of(
        resolved(nlp, "The minister complained to reporters about the delays."), "criticize"
    )
    text = "Japan complained to the United Nations about the missile launch."
    assert "United Nations" not in targets_of(resolved(nlp, text), "criticize")


def test_off_a_complaint_keeps_no_target(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(addressee, "ADDRESSED_PARTIES", False)
    text = "China has formally complained to Japan about a visit by lawmakers to a disputed shrine."
    assert not targets_of(resolved(nlp, text), "criticize")


def test_each_of_two_parties_called_on_to_retract(nlp: Language) -> None:
    text = (
        "The broadcaster's director said the allegations were false and called on Xinhua and "
        "CGTN to retract their stories."
    )
    assert {"Xinhua", "CGTN"} <= targets_of(resolved(nlp, text), "deny")
