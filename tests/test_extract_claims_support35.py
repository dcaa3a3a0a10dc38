"""Round 34 (branch ``support35``, issue 12): support and commitment held with no speech verb
are approval of the party supported (switch ``commitments.HELD_SUPPORT``), and measures
promised against a party under a commitment are a threat of it
(``commitments.PROMISED_MEASURES``); the words are ``kg/data/commitment_objects.tsv``'s
round-34 rows.

The sentences are State Department and White House statements and readouts of the dispute
corpus (public domain), each from a document whose address no gold part, agreement file,
pool file or allegations gold line holds; the source of each is named above it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import commitments
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

#: corpus/state-department-x-skripal.jsonl,
#: https://twitter.com/StateDept/status/986707421417455616 (a post quoting Nikki Haley).
UNWAVERING = "Our support for our British friends and colleagues is unwavering."
#: corpus/state-department-russia-ukraine.jsonl,
#: https://www.state.gov/department-of-state-presence-in-ukraine/
NOT_UNDERMINED = (
    "The fact that we are taking prudent precautions for the sake of the safety of U.S. "
    "government personnel and U.S. citizens, as we do regularly worldwide, in no way undermines "
    "our support for, or our commitment to, Ukraine."
)
#: corpus/white-house-afghanistan.jsonl, https://www.whitehouse.gov/briefing-room/
#: statements-releases/2022/06/22/statement-by-national-security-advisor-jake-sullivan-on-
#: the-earthquake-in-afghanistan/
COMMITTED_TO_CONTINUING = (
    "We are committed to continuing our support for the needs of the Afghan people as we "
    "stand with them during and in the aftermath of this terrible tragedy."
)
#: corpus/white-house-afghanistan.jsonl, https://www.whitehouse.gov/briefing-room/
#: statements-releases/2021/07/30/statement-of-president-joe-biden-on-the-arrival-of-the-
#: first-flight-of-operation-allies-refuge/ (support of no party: no claim)
PEACE_PROCESS = "We will also continue our diplomatic support for the peace process."
#: corpus/state-department-russia-ukraine.jsonl, https://www.state.gov/deputy-secretary-
#: shermans-call-with-french-foreign-ministry-secretary-general-delattre-2/
IMPOSE_COSTS = (
    "They agreed on the need for continued support for Ukraine and committed to continue to "
    "impose costs on Russia for its aggression."
)
#: corpus/state-department-russia-ukraine.jsonl,
#: https://www.state.gov/820-million-in-new-u-s-military-assistance-for-ukraine/
NOT_WAVERING = (
    "Our commitment to the Ukrainian people will not waver, and we will continue to stand "
    "united with Ukraine."
)
#: the same statement: "remain committed to" (an adjective) the sovereignty of a state.
REMAIN_COMMITTED = (
    "As the United States prepares to commemorate our independence, we remain committed to "
    "the independence, security, sovereignty, and territorial integrity of Ukraine."
)
#: corpus/state-department-iraq.jsonl,
#: https://www.state.gov/joint-statement-on-the-u-s-iraq-strategic-dialogue-2/ ("its"
#: support, not the speaker's own first person: no claim by this rule).
ITS_SUPPORT = (
    "The United States intends to continue its support for the ISF, including the "
    "Peshmerga, to build their capacity to deal with future threats."
)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=8)


def _found(nlp: Language, text: str) -> list[tuple[str, Stance, list[str]]]:
    return [
        (c.claimer.span.text, c.stance, [t.span.text for t in c.targets])
        for c in claims_of(nlp, text)
    ]


def test_support_said_unwavering_is_approval(nlp: Language) -> None:
    assert _found(nlp, UNWAVERING) == [("Our", Stance.APPROVE, ["British"])]


def test_support_not_undermined_is_approval(nlp: Language) -> None:
    assert _found(nlp, NOT_UNDERMINED) == [("our", Stance.APPROVE, ["Ukraine"])]


def test_committed_adjective_reads_the_course(nlp: Language) -> None:
    found = _found(nlp, COMMITTED_TO_CONTINUING)
    assert [(c, s) for c, s, _ in found] == [("We", Stance.APPROVE)]
    assert found[0][2] and "Afghan" in found[0][2][0]


def test_commitment_that_will_not_waver_is_approval(nlp: Language) -> None:
    assert ("Our", Stance.APPROVE, ["the Ukrainian people"]) in _found(nlp, NOT_WAVERING)


def test_remain_committed_to_a_states_sovereignty(nlp: Language) -> None:
    assert _found(nlp, REMAIN_COMMITTED) == [("we", Stance.APPROVE, ["Ukraine"])]


def test_third_person_support_is_not_read(nlp: Language) -> None:
    assert _found(nlp, ITS_SUPPORT) == []


def test_support_of_no_party_makes_no_claim(nlp: Language) -> None:
    assert _found(nlp, PEACE_PROCESS) == []


def test_costs_imposed_on_a_party_are_a_threat(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PROMISED_MEASURES ships off (round 34: no development part moved); on, it reads this
    monkeypatch.setattr(commitments, "PROMISED_MEASURES", True)
    assert ("They", Stance.THREATEN, ["Russia"]) in _found(nlp, IMPOSE_COSTS)


@pytest.mark.parametrize("switch", ["HELD_SUPPORT", "PROMISED_MEASURES"])
def test_switches_off_restore_round_33(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    monkeypatch.setattr(commitments, switch, False)
    if switch == "HELD_SUPPORT":
        assert _found(nlp, UNWAVERING) == []
        assert _found(nlp, NOT_UNDERMINED) == []
    else:
        # round 40 (readouts46): COMMITTED_COSTS reads the same threat by the ruling's point 48
        monkeypatch.setattr(commitments, "COMMITTED_COSTS", False)
        assert all(s is not Stance.THREATEN for _, s, _ in _found(nlp, IMPOSE_COSTS))
