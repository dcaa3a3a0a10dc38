"""Round 41 (branch ``threats49``, issue 12, test40's class (T)): a promised course of
promoting accountability is a threat; a good endangered is no threat made.

:data:`kg.extract.claims.commitments.ACCOUNTABILITY_PROMISED`: under a commitment or "will
continue to", "promoting / pursuing accountability for" someone is the speaker's ``threaten``,
as "hold X accountable" is (GUIDE point 48): of the party the "for" phrase names, with no
target when it names a class (point 26). A measure taken ("is taking action to promote
accountability for ...") stays out (point 28), and accountability for no one stays no claim.

The first two sentences are State Department statements of the dispute corpus (public domain),
each from a document whose address no gold part, agreement file, pool file or allegations gold
line holds; the source of each is named above it. The corpus texts outside those files hold no
"promote accountability for" a named party under "will continue to", nor accountability for no
one under it: those two sentences are constructed, and marked so.

:data:`kg.extract.claims.speech.ENDANGERED_GOODS`: an active "threaten" whose object is a good an
act endangers ("non-state actors that threaten the peace and security of the region") reports no
threat of its subject; a harm threatened ("threatened legal action") stays a threat.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import commitments, speech
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: The switch ships off (round 41's bar: the held-out wrong triples rose by more than the
#: matched ones); the tests read it on, and the last one off.

#: corpus/state-department-russia-ukraine.jsonl,
#: https://www.state.gov/100-million-in-new-u-s-civilian-security-assistance-for-ukraine/
PURSUING = (
    "We are committed to pursuing accountability for war crimes and other atrocities using "
    "every tool available, including criminal prosecutions."
)
#: corpus/state-department-syria.jsonl,
#: https://www.state.gov/imposing-sanctions-in-defense-of-human-rights-in-syria/ (a measure
#: taken, point 28: no threat)
TAKING_ACTION = (
    "The United States is taking action to promote accountability for entities and "
    "individuals that have perpetuated the suffering of the Syrian people."
)
#: Constructed: the accountability promised for a named party.
NAMED = "We will continue to use all of our authorities to promote accountability for Russia."
#: Constructed: accountability for no one, a course of the speaker's own.
FOR_NO_ONE = (
    "We will continue to use all of our authorities to promote transparency and accountability "
    "in the region."
)


def test_texts_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=5)


def _threats(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(c, t) for c, s, t in stances_of(nlp, text) if s is Stance.THREATEN]


@pytest.fixture
def switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commitments, "ACCOUNTABILITY_PROMISED", True)


@pytest.mark.usefixtures("switched_on")
def test_accountability_for_a_class_is_a_threat_with_no_target(nlp: Language) -> None:
    assert _threats(nlp, PURSUING) == [("We", [])]


@pytest.mark.usefixtures("switched_on")
def test_accountability_for_a_named_party_threatens_it(nlp: Language) -> None:
    assert _threats(nlp, NAMED) == [("We", ["Russia"])]


@pytest.mark.usefixtures("switched_on")
def test_a_measure_taken_and_accountability_for_no_one_are_no_threat(nlp: Language) -> None:
    assert _threats(nlp, TAKING_ACTION) == []
    assert _threats(nlp, FOR_NO_ONE) == []


@pytest.mark.parametrize("text", [PURSUING, NAMED])
def test_switch_off_restores_no_claim(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(commitments, "ACCOUNTABILITY_PROMISED", False)
    assert _threats(nlp, text) == []


#: corpus/white-house-israel-palestinians.jsonl, https://www.whitehouse.gov/briefing-room/
#: statements-releases/2022/07/16/fact-sheet-the-united-states-strengthens-cooperation-with-
#: middle-east-partners-to-address-21st-century-challenges/
ENDANGERED = (
    "In particular, the United States is committed to advancing a more integrated and "
    "regionally-networked air and missile defense architecture and countering the proliferation "
    "of unmanned aerial systems and missiles to non-state actors that threaten the peace and "
    "security of the region."
)
#: Constructed: a harm threatened against a party stays a threat.
HARM_THREATENED = "The government threatened legal action against the two broadcasters on Monday."


def test_a_good_endangered_is_no_threat_made(nlp: Language) -> None:
    assert _threats(nlp, ENDANGERED) == []


def test_a_harm_threatened_stays_a_threat(nlp: Language) -> None:
    assert [c for c, _ in _threats(nlp, HARM_THREATENED)] == ["The government"]


def test_endangered_goods_off_reads_the_subject_threatening(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech, "ENDANGERED_GOODS", False)
    assert _threats(nlp, ENDANGERED) == [("non-state actors", [])]
