"""Round 33 (content34, issue 12): a place or a party told as coming under a hostile act
whose doer a "by" or "from" phrase names charges that doer ("the border post came under
artillery fire by Azerbaijani troops"; "fire" is no hostile noun, so before only a "from"
doer was read), as the passive "was shelled by X" does
(``content_imputed.SUFFERED_ATTACKS``, a module switch; the ``suffering_verb`` and
``suffered_noun`` rows of ``kg/data/content_lexicon.tsv``).

The sentences are wire-style copy written for these tests, checked to be in no gold part of
either benchmark, each marked "constructed" beside it.

Round 35 (``realtests35``) searched ``corpus/`` and ``benchmarks/claims/pool/`` for real
sentences of these shapes in documents whose address is in no gold part, agreement file or blind
part's texts (``corpus/voa9.jsonl``, ``voa10.jsonl``, ``wikinews3.jsonl``) and found none: no
"came under ... fire / attack by/from X" and no "came under criticism"; the one real "came under"
("A column of civilians came under fire in the Zaporizhzhia region.", president.gov.ua 73717) has
no speaker whose claim the tests read."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.claims import content_imputed
from kg.model import Article, Claim, Stance

ALLEGATIONS_GOLD = Path(__file__).parent.parent / "benchmarks" / "allegations" / "gold.jsonl"

#: constructed: no corpus sentence of this shape outside the gold parts
SHELLED = "The ministry said the border post came under artillery fire by Azerbaijani troops."
#: constructed: no corpus sentence of this shape outside the gold parts
ATTACKED = "The minister said the convoy came under machine-gun fire by Taliban insurgents."
#: constructed: no corpus sentence of this shape outside the gold parts
NO_DOER = "The minister said the town came under attack overnight."
#: constructed: no corpus sentence of this shape outside the gold parts
CRITICIZED = "The minister said the plan came under criticism from Russia."


def _speaker_claims(nlp: Language, text: str) -> list[Claim]:
    claims = extract(nlp(text), Article(id="t", text=text, source="test")).claims
    return [c for c in claims if c.claimer.span.text and "reported_prose" not in c.rule]


def test_the_switch_is_off_by_default() -> None:
    assert content_imputed.SUFFERED_ATTACKS is False


@pytest.mark.parametrize(("text", "doer"), [(SHELLED, "Azerbaijani"), (ATTACKED, "Taliban")])
def test_an_attack_suffered_charges_its_named_doer(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, doer: str
) -> None:
    (before,) = _speaker_claims(nlp, text)
    assert before.stance is Stance.ASSERT
    monkeypatch.setattr(content_imputed, "SUFFERED_ATTACKS", True)
    (claim,) = _speaker_claims(nlp, text)
    assert claim.stance is Stance.ACCUSE
    assert [t.span.text for t in claim.targets] == [doer]


@pytest.mark.parametrize("text", [NO_DOER, CRITICIZED])
def test_no_doer_or_no_hostile_act_charges_no_one(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(content_imputed, "SUFFERED_ATTACKS", True)
    (claim,) = _speaker_claims(nlp, text)
    assert claim.stance is Stance.ASSERT


def test_the_sentences_are_in_no_gold_part() -> None:
    from tests.claim_helpers import assert_in_no_gold_part

    assert_in_no_gold_part(__file__, at_least=4)
    allegations = ALLEGATIONS_GOLD.read_text(encoding="utf-8")
    for text in (SHELLED, ATTACKED, NO_DOER, CRITICIZED):
        assert text not in allegations, text
