"""Round 41 (branch ``approve49``, issue 12, test40's class (R): assertions made from appeals):
:mod:`kg.extract.claims.appeals`, family ``appealed_content``; words in
``kg/data/appeal_contents.tsv``.

- ``EXPECTED_CONDUCT`` (on): an assertion made by "expect" whose content is a named party's or a
  body's doing ("expects Portugal to be actively involved", "we expect the guarantor states to
  help") is no claim (claims guide point 5); a forecast whose doer is no party stays ``assert``.
- ``MODAL_APPEALS`` (off: the development gold reads "X should / must V" as ``assert``): with
  it on, "Russia must return to diplomacy ..." is no claim (point 16).

The corpus sentences are from documents whose address no gold part, agreement file, pool file
or allegations gold line holds; the source of each is named above it.  Two are constructed, and
say so.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import appeals
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

#: corpus (President of Ukraine), https://www.president.gov.ua/en/news/volodimir-zelenskij-u-
#: kiyevi-zustrivsya-z-premyer-ministrom-75237
PORTUGAL = "Volodymyr Zelenskyy expects Portugal to be actively involved in this process."
#: constructed (the corpus outside the gold holds one reported "expects X to V" of a party):
#: a state's expectation of another state's doing, under a reporting verb.
CREW = "The minister said Britain expects Iran to release the crew without delay."
#: constructed (no corpus sentence outside the gold has a forecast made by "expect" in reported
#: speech): the doer is no party, so point 5's forecast stays asserted.
TALKS = "The minister said Britain expects the talks to fail."
#: corpus (President of Ukraine), https://www.president.gov.ua/en/news/prezident-chlenstvo-
#: ukrayini-v-nato-ce-pitannya-ukrayinskogo-72113
DIPLOMACY = (
    "For his part, Jens Stoltenberg stressed that Russia must return to diplomacy and "
    "de-escalation of the situation, as well as respect the sovereignty and territorial "
    "integrity of Ukraine."
)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def _stances(nlp: Language, text: str) -> list[Stance]:
    return [c.stance for c in claims_of(nlp, text)]


def _claimers(nlp: Language, text: str) -> list[str]:
    return [c.claimer.span.text for c in claims_of(nlp, text) if c.stance is Stance.ASSERT]


def test_an_expected_doing_of_another_party_is_no_assertion(nlp: Language) -> None:
    assert appeals.EXPECTED_CONDUCT
    assert Stance.ASSERT not in _stances(nlp, PORTUGAL)
    # the minister's saying stays; Britain's expectation of Iran's doing is no claim
    assert _claimers(nlp, CREW) == ["The minister"]


def test_without_the_switch_the_expectation_is_asserted(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(appeals, "EXPECTED_CONDUCT", False)
    assert Stance.ASSERT in _stances(nlp, PORTUGAL)
    assert "Britain" in _claimers(nlp, CREW)


def test_a_forecast_stays_asserted(nlp: Language) -> None:
    assert "Britain" in _claimers(nlp, TALKS)


def test_a_demand_is_asserted_while_the_switch_is_off(nlp: Language) -> None:
    assert not appeals.MODAL_APPEALS  # shipped off: the development gold reads it assert
    assert Stance.ASSERT in _stances(nlp, DIPLOMACY)


def test_with_the_switch_a_demand_is_no_assertion(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(appeals, "MODAL_APPEALS", True)
    assert Stance.ASSERT not in _stances(nlp, DIPLOMACY)
