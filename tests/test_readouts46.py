"""Round 40 (issue 12, branch ``readouts46``): the lead's ruling, points 47 and 48, in
press-service copy.

The speakers' own importance, efforts or readiness of imposing costs on a party, or of holding
it accountable, is each speaker's ``threaten`` of it, after a speech verb
(``commitments.COMMITTED_COSTS``) or as a readout's topic (``readouts.DISCUSSED_COSTS``);
"discussed their concerns about X's act" is each speaker's ``criticize`` of X
(``readouts.DISCUSSED_CONCERNS``).

Each test sets its switch on and off to show both readings.  The quoted corpus sentences are
from texts in no gold part (their URLs are in no line of the claims gold, its agreement files,
its pool or the allegations gold); the constructed one says so, and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.claims import commitments, readouts
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/secretary-blinkens-meeting-with-australian-foreign-minister-payne-2/).
JOINT_EFFORTS = (
    "The Secretary and Foreign Minister discussed joint efforts to hold the Russian Federation "
    "accountable for its unprovoked and unjust war against Ukraine as well as mutual efforts to "
    "provide security assistance to Ukraine."
)

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/deputy-secretary-shermans-meeting-with-estonian-foreign-ministry-secretary-general-vseviov/):
# "raise the costs on X" under the discussed efforts.
RAISED_COSTS = (
    "They discussed efforts to provide additional assistance to Ukraine and raise the costs on "
    "the Russian government for Putin’s premeditated, unjustified, and unprovoked war against "
    "Ukraine."
)

# A State Department readout (corpus/state-department-russia-ukraine.jsonl,
# https://www.state.gov/deputy-secretary-shermans-call-with-french-german-italian-and-uk-counterparts-4/):
# the readiness to impose costs sits in a clause of the efforts discussed.
READINESS = (
    "Participants discussed their ongoing diplomatic efforts to urge Russia to deescalate and "
    "choose the path of diplomacy while reaffirming their readiness to impose swift, severe costs "
    "on the Russian Federation in response to any further military action against Ukraine."
)

# A President of Ukraine item (corpus/president-of-ukraine-russia-ukraine.jsonl,
# https://www.president.gov.ua/en/news/polsha-sogodni-demonstruye-istorichnij-riven-pidtrimki-ukray-75269):
# the importance of a pressure others apply, with no doing of the speaker's: stays an assertion.
PRESSURE = "He also stressed the importance of coordinated, strong sanctions pressure on Russia."

# Constructed: the corpus's readouts outside the gold hold no "reiterated the importance of ...
# to hold X accountable" whose stance another rule does not already give.
IMPORTANCE = (
    "The Minister reiterated the importance of acting together to hold the Kremlin accountable "
    "for its aggression."
)

# A White House readout (corpus/white-house-russia-ukraine.jsonl,
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/21/readout-of-president-joe-bidens-call-with-president-macron-of-france-chancellor-scholz-of-germany-prime-minister-draghi-of-italy-prime-minister-johnson-of-the-united-kingdom/).
CONCERNS = (
    "The leaders discussed their serious concerns about Russia’s brutal tactics in Ukraine, "
    "including its attacks on civilians."
)

# A State Department readout (corpus/state-department-israel-palestinians.jsonl,
# https://www.state.gov/deputy-secretary-of-state-wendy-shermans-meeting-with-israeli-national-security-advisor-designate-dr-eyal-hulata-and-senior-foreign-policy-advisor-shimrit-meir/):
# the attack's doer is not named, so no party is criticised.
NO_DOER = "They also discussed concerns regarding the attack on the Mercer Street vessel."


@pytest.fixture
def restore() -> Iterator[None]:
    saved = (
        commitments.COMMITTED_COSTS,
        readouts.DISCUSSED_COSTS,
        readouts.DISCUSSED_CONCERNS,
    )
    yield
    (
        commitments.COMMITTED_COSTS,
        readouts.DISCUSSED_COSTS,
        readouts.DISCUSSED_CONCERNS,
    ) = saved


def test_discussed_efforts_to_hold_a_party_accountable_threaten_it(
    nlp: Language, restore: None
) -> None:
    readouts.DISCUSSED_COSTS = True
    found = stances_of(nlp, JOINT_EFFORTS)
    assert ("The Secretary", Stance.THREATEN, ["Russian Federation"]) in found
    assert ("Foreign Minister", Stance.THREATEN, ["Russian Federation"]) in found
    readouts.DISCUSSED_COSTS = False
    assert stances_of(nlp, JOINT_EFFORTS) == []


def test_discussed_costs_read_the_measure_on_the_party(nlp: Language, restore: None) -> None:
    commitments.COMMITTED_COSTS = True
    readouts.DISCUSSED_COSTS = True
    assert [s for _, s, _ in stances_of(nlp, RAISED_COSTS)] == [Stance.THREATEN]
    assert stances_of(nlp, READINESS) == [("Participants", Stance.THREATEN, ["Russian Federation"])]
    commitments.COMMITTED_COSTS = False  # the measure's reading is COMMITTED_COSTS'
    assert stances_of(nlp, READINESS) == []
    readouts.DISCUSSED_COSTS = False
    commitments.COMMITTED_COSTS = True
    assert stances_of(nlp, RAISED_COSTS) == []


def test_the_importance_of_holding_a_party_accountable_threatens_it(
    nlp: Language, restore: None
) -> None:
    commitments.COMMITTED_COSTS = True
    assert stances_of(nlp, IMPORTANCE) == [("The Minister", Stance.THREATEN, ["Kremlin"])]
    assert stances_of(nlp, PRESSURE) == [("He", Stance.ASSERT, [])]
    commitments.COMMITTED_COSTS = False
    assert stances_of(nlp, IMPORTANCE) == [("The Minister", Stance.ASSERT, [])]


def test_discussed_concerns_about_a_partys_act_criticize_it(nlp: Language, restore: None) -> None:
    readouts.DISCUSSED_CONCERNS = True
    assert stances_of(nlp, CONCERNS) == [("The leaders", Stance.CRITICIZE, ["Russia"])]
    assert stances_of(nlp, NO_DOER) == []
    readouts.DISCUSSED_CONCERNS = False
    assert stances_of(nlp, CONCERNS) == []


def test_the_quoted_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 7)
