"""Round 43 (branch ``wire54``, issue 12's accuse recall on wire copy: a charge told as a plain
statement).

- :data:`kg.extract.claims.content_accuse.REFUSED_COMPLIANCE`: a named side other than the
  speaker's refusing, in the speaker's words, a step it is asked or bound to take ("refuses to
  provide information", "has been slow to withdraw", "X's refusal to extradite") is charged with
  it; not a refusal foretold or supposed ("will refuse to", "if someone does not want to"), one
  told as another clause's cause ("because X refused to cooperate"), or the speaker's own side's.

The corpus texts in no gold file (``corpus/*.jsonl`` less the URLs of the claims gold, its
agreement and pool files and the allegations gold) hold one refusal of such a step told of a
named other side ("Kiev still refuses to honour its commitments", already an accusation by the
broken-commitment reader) and a supposed one (quoted below, real); the charged cases are
constructed, and say so.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import content_accuse
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, stances_of

#: Constructed: a named side's refusal of a step asked of it, told by another side.
REFUSES = "The minister said Kuwait refuses to provide information about the missing soldiers."
#: Constructed: the refusal told by an adjective of delay.
SLOW = "A Russian commander said Georgian troops have been slow to withdraw from the village."
#: Constructed: a refusal noun owned by the side, the subject of the content's clause.
REFUSAL = "The ministry said Moscow's refusal to extradite the suspect had stalled the inquiry."
#: Constructed: the same refusal evaluated ("was an insult"): since round 44
#: (``content_appraised.EVALUATION_OVER_CHARGE``, criticize56) an evaluative predicate of another
#: party's act with no charge word in it criticizes the act's owner before the charge readers.
EVALUATED_REFUSAL = "The ministry said Moscow's refusal to extradite the suspect was an insult."
#: Constructed: a refusal foretold is no charge.
FORETOLD = "The minister said Syria will refuse to hand over the suspects."
#: Constructed: a refusal told as another clause's cause is no charge of its own.
CAUSE = "He said his team lacked information because Israel refused to cooperate with the inquiry."
#: Constructed: the speaker's own side refusing is no charge.
OWN = "The Syrian foreign minister said Syria refuses to hand over the suspects."
#: Real: http://en.kremlin.ru/events/president/news/67904 (in no gold file): a supposed
#: refusal by an unnamed side charges no one.
SUPPOSED = (
    "We have repeatedly shown and are ready to prove once again that if someone does not want "
    "to cooperate with us and they are prepared to harm themselves like this, they will, of "
    "course, harm us too, but how?"
)
#: Real: http://en.kremlin.ru/events/president/news/67427 (in no gold file): a commitment
#: refused, an accusation with the switch on or off (the broken-commitment reader's).
COMMITMENTS = (
    "Vladimir Putin gave an extensive update on the situation in this area, noting, in "
    "particular, that Kiev still refuses to honour its commitments under the 2015 Minsk "
    "agreements, which impedes the potential holding of a new summit in the Normandy format."
)


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)


def test_a_refused_step_charges_the_refusing_side(nlp: Language) -> None:
    assert stances_of(nlp, REFUSES) == [("The minister", Stance.ACCUSE, ["Kuwait"])]


def test_a_side_slow_to_withdraw_is_charged(nlp: Language) -> None:
    assert [(s, t) for _, s, t in stances_of(nlp, SLOW)] == [(Stance.ACCUSE, ["Georgian"])]


def test_a_refusal_noun_charges_its_owner(nlp: Language) -> None:
    assert [(s, t) for _, s, t in stances_of(nlp, REFUSAL)] == [(Stance.ACCUSE, ["Moscow"])]


def test_an_evaluated_refusal_criticizes_its_owner(nlp: Language) -> None:
    found = [(s, t) for _, s, t in stances_of(nlp, EVALUATED_REFUSAL)]
    assert found == [(Stance.CRITICIZE, ["Moscow"])]


def test_without_the_switch_the_refusal_is_only_said(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_accuse, "REFUSED_COMPLIANCE", False)
    for text in (REFUSES, SLOW, REFUSAL):
        assert all(s is not Stance.ACCUSE for _, s, _ in stances_of(nlp, text)), text


@pytest.mark.parametrize("text", [FORETOLD, CAUSE, OWN, SUPPOSED])
def test_a_foretold_subordinate_or_own_refusal_charges_no_one(nlp: Language, text: str) -> None:
    assert all(s is not Stance.ACCUSE for _, s, _ in stances_of(nlp, text))


def test_a_refused_commitment_stays_an_accusation_either_way(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    on = [(s, t) for _, s, t in stances_of(nlp, COMMITMENTS)]
    monkeypatch.setattr(content_accuse, "REFUSED_COMPLIANCE", False)
    assert [(s, t) for _, s, t in stances_of(nlp, COMMITMENTS)] == on
    assert any(s is Stance.ACCUSE for s, _ in on)
