"""Round 41, second wave (branch ``wire50``, issue 12, class (W): wire copy).

- :data:`kg.extract.claims.content_imputed.MEANS_PURPOSES`: a hostile purpose pursued with a
  means put to use ("said X had used foreign money to destabilize the government", the parser's
  ``xcomp`` after the object) charges the user, also when an outlet relays it (the guide's
  point 20: the outlet that imputes a hostile aim originates the charge).
- :data:`kg.extract.claims.targets_coordinated.EMBASSY_STATES`: a directed claim's target that
  is a diplomatic post named by the states keeping it ("accused the U.S. and British embassies
  of ...") is aimed at those states, one target each; a post that speaks keeps its own name.

Every text here is constructed, and says so: the corpus texts in no gold file
(``corpus/*.jsonl`` less the URLs of the claims gold, its agreement and pool files and the
allegations gold) hold no "using/employing/exploiting X to <hostile act>" (searched with
regular expressions over every corpus sentence: the four hits are all in gold documents) and
no stance verb aimed at "the ... embassy/embassies/consulate" (no hit at all).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_imputed, targets_coordinated
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved_names, stances_of

#: Constructed: a state newspaper imputes a hostile aim pursued with a means to a named man.
MEANS_USED = (
    "The state-run newspaper said Mr. Nkosana had used foreign money to destabilize the government."
)
#: Constructed: a use kept from happening ("prevented X from using ...") charges no one.
USE_PREVENTED = (
    "The minister said the army had prevented Islamist militants from using the border "
    "region to attack the capital."
)
#: Constructed: an accusation aimed at two states' embassies.
EMBASSIES = (
    "The foreign ministry accused the U.S. and British embassies of meddling in the elections."
)
#: Constructed: "Western" names no state; the target stays the description.
WESTERN_EMBASSIES = "Officials accused the Western embassies of meddling in the elections."
#: Constructed: an embassy that speaks keeps its own name as the claimer.
EMBASSY_SPEAKS = "The U.S. embassy dismissed the accusations by the foreign ministry."


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def test_a_means_used_for_a_hostile_aim_charges_its_user(nlp: Language) -> None:
    assert stances_of(nlp, MEANS_USED) == [("The state-run newspaper", Stance.ACCUSE, ["Nkosana"])]


def test_without_the_switch_the_outlet_reports_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_imputed, "MEANS_PURPOSES", False)
    assert [s for _, s, _ in stances_of(nlp, MEANS_USED)] == [Stance.REPORT]


def test_a_use_kept_from_happening_charges_no_one(nlp: Language) -> None:
    stances = stances_of(nlp, USE_PREVENTED)
    assert all(s is not Stance.ACCUSE for _, s, _ in stances), stances


def test_embassies_are_the_states_keeping_them(nlp: Language) -> None:
    assert resolved_names(nlp, EMBASSIES) == {
        ("foreign ministry", "accuse", ("United States", "United Kingdom"))
    }


def test_without_the_switch_the_embassies_are_one_target(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(targets_coordinated, "EMBASSY_STATES", False)
    [(_, stance, targets)] = stances_of(nlp, EMBASSIES)
    assert stance is Stance.ACCUSE
    [target] = targets  # the post's noun phrase, both states inside it
    assert target.endswith("embassies") and "U.S." in target and "British" in target


def test_a_stateless_adjective_names_no_state(nlp: Language) -> None:
    [(_, stance, targets)] = stances_of(nlp, WESTERN_EMBASSIES)
    assert stance is Stance.ACCUSE
    assert targets == ["the Western embassies"]


def test_an_embassy_that_speaks_keeps_its_name(nlp: Language) -> None:
    [(claimer, stance, _)] = stances_of(nlp, EMBASSY_SPEAKS)
    assert (claimer, stance) == ("The U.S. embassy", Stance.DENY)
