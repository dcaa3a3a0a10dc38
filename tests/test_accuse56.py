"""Round 44 (branch ``accuse56``, issue 12's accuse recall on wire copy, test43's class (N): a
charge told as a noun by the narrator or a fact-checker).

- :data:`kg.extract.claims.authored.POINT31_CHARGES`: the guide's point 31 read in every build
  (the ``authored_charge`` family runs whether or not it is enabled): "Beijing's accusations
  against the United States" is Beijing's accusation of the United States, content null; a
  charge noun whose only content is the wrong named by "of" ("accusations of aggression
  against NATO") is read too; a body described by a name ("the Mugabe government") makes the
  charge by that name.  A charge noun with a clause stays the allegation-noun rules', and a
  noun with no party charged makes no claim.
- :data:`kg.extract.claims.base.SHOWN_FINDINGS` (test43's class (F), a finding told as
  evidence): "Investigations by the United Nations have shown that P" is the inquiry's named
  author's statement of P, its stance read from P; an inquiry with no author named, "evidence
  shows" and a finding still to be made are not.

A search of the corpus texts in no gold file (``corpus/*.jsonl``) found charge nouns with
"against" only for court charges (a prosecutor's charges filed against a named person, authorless);
the sentences below are constructed, and say so.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import authored, base
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, resolved

#: Constructed: a fact-checker's verdict on a possessed charge noun with its accused.
VERDICT = "Beijing's accusations against the United States are false and misleading."
#: Constructed: the wrong named by "of", the accused under it.
OF_WRONG = "Moscow's accusations of aggression against NATO have no basis in fact."
#: Constructed: a described body as the author, "by" and "against" on the noun.
DESCRIBED = (
    "Rice said her concern was heightened by fresh accusations of treason by the Mugabe "
    "government against opposition leader Morgan Tsvangirai."
)
#: Constructed: a charge noun with no party charged makes no claim.
NO_ACCUSED = "Beijing's accusations are false and misleading, the fact-checkers concluded."


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=4)


def _charges(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    return [(c, t) for c, s, t in resolved(nlp, text) if s is Stance.ACCUSE]


def test_a_possessed_charge_noun_is_its_authors_accusation(nlp: Language) -> None:
    assert _charges(nlp, VERDICT) == [("China", ["United States"])]


def test_a_wrong_named_by_of_keeps_the_accused(nlp: Language) -> None:
    assert _charges(nlp, OF_WRONG) == [("Russia", ["NATO"])]


def test_a_described_body_charges_by_its_name(nlp: Language) -> None:
    charges = _charges(nlp, DESCRIBED)
    assert len(charges) == 1
    claimer, accused = charges[0]
    assert "Mugabe" in claimer
    assert accused == ["Morgan Tsvangirai"]


def test_no_party_charged_no_claim(nlp: Language) -> None:
    assert _charges(nlp, NO_ACCUSED) == []


@pytest.mark.parametrize("text", [VERDICT, OF_WRONG, DESCRIBED])
def test_without_the_switch_no_charge_is_read(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(authored, "POINT31_CHARGES", False)
    assert _charges(nlp, text) == []


# --- kg.extract.claims.base.SHOWN_FINDINGS (test43's class (F)) ---------------------------
#
# The corpus texts in no gold file hold no inquiry told as what it shows ("report ... shows
# that", "investigation ... showed that"); the sentences are constructed, and say so.

#: Constructed: an inquiry with its author by "by", the finding a hostile act.
SHOWN_BY = (
    "Investigations by the United Nations have shown that Russian forces committed war crimes "
    "in Ukraine."
)
#: Constructed: the author as the inquiry's modifier.
SHOWN_MODIFIER = "The UN report showed that Russian forces committed war crimes in Ukraine."
#: Constructed: an inquiry with no author named is left to the publisher's voice.
SHOWN_NO_AUTHOR = "The report showed that Russian forces committed war crimes in Ukraine."
#: Constructed: "evidence shows" is no inquiry.
SHOWN_EVIDENCE = "Evidence shows that Russian forces committed war crimes in Ukraine."
#: Constructed: a finding still to be made ("to show") is none.
TO_SHOW = "The UN investigation aims to show that Russian forces committed war crimes in Ukraine."


def test_finding_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=9)


@pytest.mark.parametrize("text", [SHOWN_BY, SHOWN_MODIFIER])
def test_an_authored_inquiry_shows_its_authors_charge(nlp: Language, text: str) -> None:
    assert _charges(nlp, text) == [("United Nations", ["Russia"])]


@pytest.mark.parametrize("text", [SHOWN_NO_AUTHOR, SHOWN_EVIDENCE, TO_SHOW])
def test_no_named_inquiry_no_attributed_finding(nlp: Language, text: str) -> None:
    assert not any(c == "United Nations" for c, _ in _charges(nlp, text))
    assert all(c.strip() == "" or "UN" not in c for c, _ in _charges(nlp, text)), text


@pytest.mark.parametrize("text", [SHOWN_BY, SHOWN_MODIFIER])
def test_without_the_finding_switch_nothing_is_shown(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(base, "SHOWN_FINDINGS", False)
    assert _charges(nlp, text) == []
